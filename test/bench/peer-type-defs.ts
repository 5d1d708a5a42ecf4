// Type definitions for @neo4j/graphql (the peer) over the graph seed/load-graph.ts writes: the labels,
// properties, relationships and full-text indexes the canonical queries touch. Read-only like our API:
// `@mutation(operations: [])` removes the generated create/update/delete mutations.
export const PEER_TYPE_DEFS = /* GraphQL */ `
type Actor @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "actorsByName", fields: ["name", "nameEn", "aliasesText"] }]) {
  id: String!
  name: String!
  nameEn: String!
  aliasesText: String
  kind: String!
  bears: [Obligation!]! @relationship(type: "BEARS", direction: OUT)
  benefits: [Obligation!]! @relationship(type: "BENEFITS", direction: IN)
  develops: [Industry!]! @relationship(type: "DEVELOPS", direction: OUT, properties: "Develops")
  memberOf: [Actor!]! @relationship(type: "MEMBER_OF", direction: OUT)
}

type Develops @relationshipProperties {
  level: String!
  article: Int!
  paragraph: Int!
}

type Industry @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "industriesByName", fields: ["name", "nameEn", "aliasesText"] }]) {
  id: String!
  name: String!
  nameEn: String!
  aliasesText: String
  gbCode: String
}

type Obligation @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "obligation_text", queryName: "obligationsByText", fields: ["text"] }]) {
  id: String!
  modality: String!
  marker: String!
  text: String!
  article: Int!
  paragraph: Int!
  item: Int
  statedIn: [Article!]! @relationship(type: "STATES", direction: IN)
  bearers: [Actor!]! @relationship(type: "BEARS", direction: IN)
}

type Article @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "article_text", queryName: "articlesByText", fields: ["text"] }]) {
  id: String!
  number: Int!
  chapter: Int
  heading: String
  text: String!
  obligations: [Obligation!]! @relationship(type: "STATES", direction: OUT)
}
`;
