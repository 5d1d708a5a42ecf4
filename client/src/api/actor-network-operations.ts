// The actors-only view's operation: actors tied by co-borne duties (会同 counted apart), duties owed to
// another, and membership, each link with the duties behind it (their clauses, for the details panel).
import { graphql, type ResultOf } from './graphql.ts';
import { ActorRefFields, ObligationFields } from './operations.ts';

export const ActorNetworkQuery = graphql(
  `
  query ActorNetwork($regulations: [String!]!) {
    actorNetwork(regulations: $regulations) {
      links {
        relation
        count
        jointly
        source { ...ActorRefFields }
        target { ...ActorRefFields }
        obligations { ...ObligationFields }
      }
    }
  }
`,
  [ActorRefFields, ObligationFields],
);

export type ActorNetworkLink = ResultOf<typeof ActorNetworkQuery>['actorNetwork']['links'][number];
