// Every Cypher statement the API runs is a named constant here: the name shows up in logs and round-trip
// counts, the text never contains user input (labels, relationship types and path bounds cannot be Cypher
// parameters, so they come from constants), and values always travel as `$parameters`.
import type { Neo4jClient } from '../db/neo4j-client.ts';

export type Reader = Pick<Neo4jClient, 'read'>;

/** What the API is given: a reader, and where it can (a real client), one read scope per request. */
export type ScopedReader = Reader & Partial<Pick<Neo4jClient, 'readScope'>>;

export interface NamedQuery<Params extends Record<string, unknown>, Row> {
  readonly name: string;
  readonly cypher: string;
  /** Phantom field: carries the parameter and row types, never set. */
  readonly types?: { params: Params; row: Row };
}

export function defineQuery<Params extends Record<string, unknown>, Row>(name: string, cypher: string): NamedQuery<Params, Row> {
  return { name, cypher: cypher.trim() };
}

export function runQuery<Params extends Record<string, unknown>, Row>(
  db: Reader,
  query: NamedQuery<Params, Row>,
  params: Params,
): Promise<Row[]> {
  return db.read<Row>(`// ${query.name}\n${query.cypher}`, params);
}

/** Offset window of one connection page; `limit` is the page size (no look-ahead row: totals are counted). */
export interface PageParams extends Record<string, unknown> {
  offset: number;
  limit: number;
}

/** A page of rows with the size of the whole (filtered) list, from one round trip. */
export interface PageRow<T> {
  total: number;
  page: T[];
}

/**
 * Tail shared by list queries over nodes `v` (in order): count everything, return one slice, in the same round trip.
 * Only the slice is projected (`projection` of `v`): a list of thousands projected whole and then sliced read every
 * item's properties for a page of twenty. `keys` are variables carried through, e.g. `key` in batched queries.
 */
export const PAGE_OF = (v: string, projection: string, keys: readonly string[] = []) => {
  const carried = keys.map((key) => `${key}, `).join('');
  return `WITH ${carried}collect(${v}) AS items
   RETURN ${carried}size(items) AS total, [${v} IN items[$offset..($offset + $limit)] | ${projection}] AS page`;
};
