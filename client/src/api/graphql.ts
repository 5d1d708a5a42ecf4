// Typed GraphQL documents. gql.tada infers every result and variables type from the introspection in
// graphql-env.d.ts, which is generated from /schema.graphql (`npx gql.tada generate-output -c client/tsconfig.json`;
// test/client/graphql-env.test.ts fails when it is stale). No result type is written by hand.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { JSON: unknown };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';

/** Enum types of the schema, for code that is not a query (palette, legend, URL state). */
export type ActorKind = ReturnType<typeof graphql.scalar<'ActorKind'>>;
export type Modality = ReturnType<typeof graphql.scalar<'Modality'>>;
export type GraphNodeType = ReturnType<typeof graphql.scalar<'GraphNodeType'>>;
export type GraphEdgeType = ReturnType<typeof graphql.scalar<'GraphEdgeType'>>;
