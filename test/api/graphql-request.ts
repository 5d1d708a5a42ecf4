// In-process GraphQL requests against a Yoga app (house style: yoga.fetch, assert on parsed JSON).
import type { YogaApp } from '../../server/yoga.ts';

export interface GraphQLResponse<D = any> {
  status: number;
  headers: Headers;
  data?: D;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function graphql<D = any>(
  yoga: YogaApp,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<D>> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<D>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** Data of a request that must succeed; fails the test with the errors otherwise. */
export async function graphqlData<D = any>(yoga: YogaApp, query: string, variables?: Record<string, unknown>): Promise<D> {
  const result = await graphql<D>(yoga, query, variables);
  if (result.errors?.length || result.data === undefined) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
