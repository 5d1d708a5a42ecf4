// Per-request context. The DataLoaders themselves live in the Pothos context cache (one set per request,
// created on first use by the dataloader plugin), so two requests never share cached rows.
import { initContextCache } from '@pothos/core';
import type { Reader } from './queries/named-query.ts';

export interface ApiContext {
  /** Read-only access to Neo4j: every resolver goes through `runQuery(ctx.db, NAMED_QUERY, params)`. */
  db: Reader;
  /** Correlates a response (header `x-request-id`, masked errors) with the server log. */
  requestId: string;
}

export function createApiContext(db: Reader, requestId: string): ApiContext {
  return { ...initContextCache(), db, requestId };
}
