// The loaders behind the schema's batched fields: one named query for all the parents of a request, its rows
// split back into one list, or one connection page, per parent key. Type files declare the fields; these
// helpers are the logic the fields share.
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import type { SelectionInfo } from './look-ahead.ts';
import type { ApiContext } from '../context.ts';
import { runQuery, type NamedQuery, type PageParams, type PageRow } from '../queries/named-query.ts';
import { groupByKey, pagesByKey, pageWindow, toConnection, type ConnectionResult, type PageWindow } from './pagination.ts';

type Keys<K> = { keys: readonly K[] };

/** A `loadableList` loader: the rows of a batched `UNWIND $keys` query, one list per key in row order. */
export function listsByKey<K, Row extends { key: K }, V>(query: NamedQuery<Keys<K>, Row>, valueOf: (row: Row) => V): (keys: K[], ctx: ApiContext) => Promise<V[][]>;
/** The same for queries whose rows carry their key inside the value (`row.paragraph.article`). */
export function listsByKey<K, Row, V>(
  query: NamedQuery<Keys<K>, Row>,
  valueOf: (row: Row) => V,
  keyOf: (row: Row) => K,
): (keys: K[], ctx: ApiContext) => Promise<V[][]>;
export function listsByKey<K, Row, V>(query: NamedQuery<Keys<K>, Row>, valueOf: (row: Row) => V, keyOf?: (row: Row) => K) {
  const key = keyOf ?? ((row: Row) => (row as Row & { key: K }).key);
  return async (keys: K[], ctx: ApiContext): Promise<V[][]> => groupByKey(keys, await runQuery(ctx.db, query, { keys }), key, valueOf);
}

type PagedQuery<P, T> = NamedQuery<Keys<string> & PageParams & P, { key: string } & PageRow<T>>;
/** `info` is the first caller's: with `byPath`, every caller of one loader has the same selection (look-ahead). */
type PagesLoader<A, N> = (keys: string[], ctx: ApiContext, args: A, info?: GraphQLResolveInfo) => Promise<ConnectionResult<N>[]>;

const sharedStatements = new WeakMap<ApiContext, Map<string, Promise<unknown[]>>>();

/**
 * runQuery, sent at most once per request for the same query and parameters: a root resolver can start a
 * nested field's statement early (beside its own, pipelined in the request's transaction) and the field's
 * loader then finds it running instead of sending it one level later.
 */
export function runShared<P extends Record<string, unknown>, Row>(ctx: ApiContext, query: NamedQuery<P, Row>, params: P): Promise<Row[]> {
  let statements = sharedStatements.get(ctx);
  if (!statements) sharedStatements.set(ctx, (statements = new Map()));
  const key = `${query.name}\u0000${JSON.stringify(params)}`;
  let rows = statements.get(key) as Promise<Row[]> | undefined;
  if (!rows) statements.set(key, (rows = runQuery(ctx.db, query, params)));
  return rows;
}

/** The page query for `keys` with the field's page window, through runShared. */
async function loadPages<P extends Record<string, unknown>, R extends { key: string } & PageRow<unknown>>(
  ctx: ApiContext,
  query: NamedQuery<Keys<string> & PageParams & P, R>,
  keys: string[],
  args: DefaultConnectionArguments,
  params: P,
): Promise<{ window: PageWindow; rows: R[] }> {
  const window = pageWindow(args);
  return { window, rows: await runShared(ctx, query, { keys, ...params, offset: window.offset, limit: window.limit }) };
}

/**
 * A `loadable` connection loader: one page per key from a batched page query (`{key, total, page}` rows), the
 * field's arguments turned into the query's filters by `paramsOf`.
 */
export function pagesOfKeys<P extends Record<string, unknown>, T, A extends DefaultConnectionArguments>(
  query: PagedQuery<P, T>,
  paramsOf: (args: A) => P,
): PagesLoader<A, T>;
/** The same with each page turned into a connection by `connect` (e.g. to put extra fields on the edges). */
export function pagesOfKeys<P extends Record<string, unknown>, T, A extends DefaultConnectionArguments, N>(
  query: PagedQuery<P, T>,
  paramsOf: (args: A) => P,
  connect: (window: PageWindow, page: PageRow<T>) => ConnectionResult<N>,
): PagesLoader<A, N>;
export function pagesOfKeys<P extends Record<string, unknown>, T, A extends DefaultConnectionArguments>(
  query: PagedQuery<P, T>,
  paramsOf: (args: A) => P,
  connect: (window: PageWindow, page: PageRow<T>) => ConnectionResult<unknown> = toConnection,
): PagesLoader<A, unknown> {
  return async (keys, ctx, args) => {
    const { window, rows } = await loadPages(ctx, query, keys, args, paramsOf(args));
    return pagesByKey(keys, rows).map((page) => connect(window, page));
  };
}

/**
 * A `loadable` connection loader like pagesOfKeys whose query may also return rows of the page's nodes' children
 * when the selection asks for them (`paramsOf` sees the selection): `prime` puts them into their loaders first.
 */
export function pagesOfKeysPriming<P extends Record<string, unknown>, R extends { key: string } & PageRow<unknown>, A extends DefaultConnectionArguments>(
  query: NamedQuery<Keys<string> & PageParams & P, R>,
  paramsOf: (args: A, info: SelectionInfo | undefined, ctx: ApiContext) => P,
  prime: (rows: R[], ctx: ApiContext) => void,
): (keys: string[], ctx: ApiContext, args: A, info?: SelectionInfo) => Promise<ConnectionResult<R['page'][number]>[]> {
  return async (keys, ctx, args, info) => {
    const { window, rows } = await loadPages(ctx, query, keys, args, paramsOf(args, info, ctx));
    prime(rows, ctx);
    return pagesByKey(keys, rows).map((page) => toConnection(window, page));
  };
}

/**
 * What every paged `loadable` field of a node adds to its loader: batches by path (fields asked with other page
 * sizes or filters load apart), and page arguments checked in the resolver, so a bad `first` fails this field
 * with its own message rather than the whole batch.
 */
export function pagedByKey<L>(load: L) {
  return {
    byPath: true as const,
    load,
    resolve: (parent: { id: string }, args: DefaultConnectionArguments) => {
      pageWindow(args);
      return parent.id;
    },
  };
}

/** A top-level connection: one page of a list query (`{total, page}`) with the field's filters; no row is an empty list. */
export async function loadPage<P extends Record<string, unknown>, T>(
  ctx: ApiContext,
  query: NamedQuery<P & PageParams, PageRow<T>>,
  args: DefaultConnectionArguments,
  params: P,
): Promise<ConnectionResult<T>> {
  const window = pageWindow(args);
  const [row] = await runQuery(ctx.db, query, { ...params, offset: window.offset, limit: window.limit });
  return toConnection(window, row ?? { total: 0, page: [] });
}
