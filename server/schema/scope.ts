// Which regulations a question is about. Lists and matrices take `regulations:` (default: every regulation
// in the graph); fields that name one article or chapter by number need one regulation, which may be left out
// while the graph holds only one.
import type { ApiContext } from '../context.ts';
import { runQuery } from '../queries/named-query.ts';
import { REGULATIONS } from '../queries/articles.ts';
import type { RegulationScope } from '../queries/rows.ts';
import { badInput } from './pagination.ts';

export const REGULATIONS_ARG_DESCRIPTION =
  'Only what these regulations state or name (keys, e.g. `regulation:xinjiang-ftz-2025`); default: every regulation.';

export const scopeOf = (args: { regulations?: readonly string[] | null }): RegulationScope => ({ regulations: args.regulations ?? null });

const loadedKeys = new WeakMap<ApiContext, Promise<string[]>>();

/** Keys of every regulation in the graph, asked once per request. */
export function regulationKeys(ctx: ApiContext): Promise<string[]> {
  let keys = loadedKeys.get(ctx);
  if (!keys) {
    keys = runQuery(ctx.db, REGULATIONS, { regulations: null }).then((rows) => rows.map((row) => row.regulation.id));
    loadedKeys.set(ctx, keys);
  }
  return keys;
}

/** The regulation asked for, or the only one in the graph; null when the graph is empty. */
export async function oneRegulation(ctx: ApiContext, given: string | null | undefined): Promise<string | null> {
  if (given) return given;
  const keys = await regulationKeys(ctx);
  if (keys.length <= 1) return keys[0] ?? null;
  throw badInput(`The graph holds ${keys.length} regulations (${keys.join(', ')}); name one with \`regulation:\`.`);
}
