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

// Tail shared by list queries: count everything, return one slice, in the same round trip.
export const PAGE_TAIL = 'RETURN size(items) AS total, items[$offset..($offset + $limit)] AS page';
