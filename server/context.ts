// Per-request context. The DataLoaders themselves live in the Pothos context cache (one set per request,
// created on first use by the dataloader plugin), so two requests never share cached rows.
import { initContextCache } from '@pothos/core';
import type { Reader, ScopedReader } from './queries/named-query.ts';
import type { SelectedFields } from './schema/selected-fields.ts';

export interface ApiContext {
  /** Read-only access to Neo4j: every resolver goes through `runQuery(ctx.db, NAMED_QUERY, params)`. */
  db: Reader;
  /** Correlates a response (header `x-request-id`, masked errors) with the server log. */
  requestId: string;
  /** Ends the request's read scope (its one transaction); called when execution is done. */
  release(): void;
  /** What the operation selects on each type (set when execution starts), so that rows can leave out the rest. */
  selected?: SelectedFields;
}

export function createApiContext(client: ScopedReader, requestId: string): ApiContext {
  const scope = client.readScope?.();
  // The scope's end (a rollback round trip) is not awaited: the response need not wait for it.
  const release = () => void scope?.close();
  return { ...initContextCache(), db: scope ?? client, requestId, release };
}
