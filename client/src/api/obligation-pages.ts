// Obligation lists, fetched page by page (the API caps the cost of one request, and a page of obligations
// with their actors is the expensive part). The longest list, the FTZ's own, takes two pages.
import type { ApiClient } from './client.ts';
import type { ResultOf, VariablesOf } from './graphql.ts';
import type { Modality } from '../model.ts';
import { ObligationNodesQuery, ObligationsQuery, UnnamedObligationIdsQuery, type Obligation } from './operations.ts';

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

/**
 * The obligations of one modality that no actor bears (the matrix's unnamed row): their ids page by page (the
 * offset cursor pages every modality's cell at once, so paging stops when this one has no more), then the
 * obligations by id, 25 a request.
 */
export async function fetchUnnamedObligations(api: ApiClient, modality: Modality, regulations: string[]): Promise<{ totalCount: number; obligations: Obligation[] }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result: ResultOf<typeof UnnamedObligationIdsQuery> = await api.request(UnnamedObligationIdsQuery, { regulations, after });
    const cell = result.responsibilityMatrix.unnamed.cells.find((c) => c.modality === modality);
    if (!cell) break;
    totalCount = cell.count;
    ids.push(...cell.obligations.edges.map((e) => e.node.id));
    if (!cell.obligations.pageInfo.hasNextPage || !cell.obligations.pageInfo.endCursor) break;
    after = cell.obligations.pageInfo.endCursor;
  }
  const chunks = Array.from({ length: Math.ceil(ids.length / 25) }, (_, i) => ids.slice(i * 25, i * 25 + 25));
  const pages = await Promise.all(chunks.map((chunk) => api.request(ObligationNodesQuery, { ids: chunk })));
  const obligations = pages.flatMap((p) => p.nodes.filter((n): n is Obligation => !!n && 'key' in n));
  return { totalCount, obligations };
}
