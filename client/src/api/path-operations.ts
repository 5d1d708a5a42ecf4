// The path finder's operations (panels/path-finder.ts), beside operations.ts as text-operations.ts is: result and
// variable types inferred from schema.graphql by gql.tada, each checked against the schema and the server's limits
// by test/client/graphql-types.test.ts.
import { graphql } from './graphql.ts';
import { ActorRefFields, ClauseFields, GraphViewFields } from './operations.ts';

/** The path finder (panels/path-finder.ts): every shortest path over the relations chosen, each as steps with their clause. */
export const PathsQuery = graphql(
  `
  query Paths($from: String!, $to: String!, $relationships: [GraphEdgeType!]!, $regulations: [String!]) {
    paths(from: $from, to: $to, relationships: $relationships, regulations: $regulations) {
      length
      found
      more
      paths { nodes edges steps { from to kind type reversed via edges clause { ...ClauseFields citation } } }
      view { ...GraphViewFields }
    }
  }
`,
  [ClauseFields, GraphViewFields],
);

/** A name typed into the path finder, resolved to actors (its suggestions). */
export const PathEndQuery = graphql(
  `
  query PathEnd($query: String!, $regulations: [String!]) {
    actors(search: $query, regulations: $regulations, first: 8) { edges { node { ...ActorRefFields } } }
  }
`,
  [ActorRefFields],
);
