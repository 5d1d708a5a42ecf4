// Offset cursors over lists that the database counts and slices in the same query. Page sizes above
// MAX_PAGE_SIZE are refused with an error rather than silently cut, so a client never mistakes a capped
// page for the end of a list.
import { cursorToOffset, offsetForArgs, offsetToCursor, type DefaultConnectionArguments } from '@pothos/plugin-relay';
// `graphql/index.js` rather than `graphql`: under Vitest a bare `graphql` resolves to index.mjs, a second copy
// beside the CommonJS one that Pothos and Yoga load, and `instanceof GraphQLError` would then fail.
import { GraphQLError } from 'graphql/index.js';
import type { PageParams, PageRow } from '../queries/named-query.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageWindow extends PageParams {
  hasPreviousPage: boolean;
}

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function pageWindow(args: DefaultConnectionArguments): PageWindow {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && (size < 0 || size > MAX_PAGE_SIZE)) {
      throw badInput(`Argument "${name}" must be between 0 and ${MAX_PAGE_SIZE} (got ${size}); page with "after".`);
    }
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor == null) continue;
    let offset: number | undefined;
    try {
      offset = cursorToOffset(cursor);
    } catch {
      offset = undefined;
    }
    if (offset === undefined || !Number.isSafeInteger(offset) || offset < 0) {
      throw badInput(`Argument "${name}" is not a cursor of this list; use a \`cursor\` or \`endCursor\` it returned.`);
    }
  }
  let window: ReturnType<typeof offsetForArgs>;
  try {
    window = offsetForArgs({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
  } catch (error) {
    // e.g. `last` without `before`: the plugin's message says what to change.
    throw badInput(error instanceof Error ? error.message : String(error));
  }
  const { offset, expectedSize, hasPreviousPage } = window;
  return { offset, limit: expectedSize, hasPreviousPage };
}

export function toConnection<T, E extends object = object>(
  window: PageWindow,
  { page, total }: PageRow<T>,
  edgeExtra?: (index: number) => E,
): ConnectionResult<T> {
  const edges = page.map((node, index) => ({
    ...(edgeExtra ? edgeExtra(index) : {}),
    cursor: offsetToCursor(window.offset + index),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.offset + page.length < total,
      hasPreviousPage: window.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}

/** Turns `{key, total, page}` rows of a batched page query into one page per requested key. */
export function pagesByKey<T>(keys: readonly string[], rows: readonly ({ key: string } & PageRow<T>)[]): PageRow<T>[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => byKey.get(key) ?? { total: 0, page: [] });
}

/** Groups `{key, …}` rows into one list per requested key, in row order. */
export function groupByKey<K, R, V>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K, valueOf: (row: R) => V): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(valueOf(row));
  }
  return keys.map((key) => groups.get(key) ?? []);
}
