// Type definitions for @neo4j/graphql (the peer) over the graph seed/load-graph.ts writes: the labels,
// properties, relationships and full-text indexes the canonical queries touch. Read-only like our API:
// `@mutation(operations: [])` removes the generated create/update/delete mutations.

/** The head of Actor and of Industry: both are in the one entity_names full-text index, over the same name fields. */
const namedEntity = (type: string, queryName: string) => /* GraphQL */ `type ${type} @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "${queryName}", fields: ["name", "nameEn", "aliasesText"] }]) {
  id: String!
  name: String!
  nameEn: String!
  aliasesText: String`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
${namedEntity('Actor', 'actorsByName')}
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

${namedEntity('Industry', 'industriesByName')}
  gbCode: String
}

type Obligation @node @mutation(operations: [])
  @fulltext(indexes: [{ indexName: "obligation_text", queryName: "obligationsByText", fields: ["text"] }]) {
  id: String!
  regulation: String!
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
