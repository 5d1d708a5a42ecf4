// Obligation lists, fetched page by page (the API caps the cost of one request, and a page of obligations
// with their actors is the expensive part). The longest list, the FTZ's own, takes two pages.
import type { ApiClient } from './client.ts';
import type { ResultOf, VariablesOf } from './graphql.ts';
import { ObligationsQuery, type Obligation } from './operations.ts';

export type ObligationFilter = Omit<VariablesOf<typeof ObligationsQuery>, 'after'>;

const MAX_PAGES = 20;

export async function fetchObligations(api: ApiClient, filter: ObligationFilter): Promise<{ totalCount: number; obligations: Obligation[] }> {
  const obligations: Obligation[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result: ResultOf<typeof ObligationsQuery> = await api.request(ObligationsQuery, { ...filter, after });
    const connection = result.obligations;
    totalCount = connection.totalCount;
    obligations.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return { totalCount, obligations };
}
