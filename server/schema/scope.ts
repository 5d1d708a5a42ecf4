// Which regulations a question is about. Lists and matrices take `regulations:` (default: every regulation
// in the graph); fields that name one article or chapter by number need one regulation, which may be left out
// while the graph holds only one.
import type { ApiContext } from '../context.ts';
import { runQuery } from '../queries/named-query.ts';
import { REGULATIONS } from '../queries/articles.ts';
import type { RegulationScope } from '../queries/rows.ts';
import { badInput } from './pagination.ts';
import { inForceOn, ISO_DATE } from '../../seed/compare/in-force.ts';
import type { RegulationRow } from '../queries/rows.ts';

export const REGULATIONS_ARG_DESCRIPTION =
  'Only what these regulations state or name (keys, e.g. `regulation:<slug>`); default: every regulation.';

export const AS_OF_ARG_DESCRIPTION =
  'Only the versions in force on this date (YYYY-MM-DD): of the texts of one regulation, the one that took effect last on or ' +
  'before it (a text without dates counts as always in force).';

export const scopeOf = (args: { regulations?: readonly string[] | null }): RegulationScope => ({ regulations: args.regulations ?? null });

const loadedRegulations = new WeakMap<ApiContext, Promise<RegulationRow[]>>();

/** Every regulation in the graph, asked once per request. */
export function allRegulations(ctx: ApiContext): Promise<RegulationRow[]> {
  let rows = loadedRegulations.get(ctx);
  if (!rows) {
    rows = runQuery(ctx.db, REGULATIONS, { regulations: null }).then((found) => found.map((row) => row.regulation));
    loadedRegulations.set(ctx, rows);
  }
  return rows;
}

export const regulationKeys = async (ctx: ApiContext): Promise<string[]> => (await allRegulations(ctx)).map((r) => r.id);

/** The scope of a root list: the regulations asked for (default all), narrowed to those in force `asOf` a date. */
export async function scopeAt(
  ctx: ApiContext,
  args: { regulations?: readonly string[] | null; asOf?: string | null },
): Promise<RegulationScope> {
  if (args.asOf == null) return scopeOf(args);
  if (!ISO_DATE.test(args.asOf)) throw badInput(`Argument "asOf" must be a date YYYY-MM-DD (got "${args.asOf}").`);
  const all = await allRegulations(ctx);
  const current = inForceOn(all, args.asOf);
  return { regulations: (args.regulations ?? all.map((r) => r.id)).filter((key) => current.has(key)) };
}

/** The regulation asked for, or the only one in the graph; null when the graph is empty. */
export async function oneRegulation(ctx: ApiContext, given: string | null | undefined): Promise<string | null> {
  if (given) return given;
  const keys = await regulationKeys(ctx);
  if (keys.length <= 1) return keys[0] ?? null;
  throw badInput(`The graph holds ${keys.length} regulations (${keys.join(', ')}); name one with \`regulation:\`.`);
}
