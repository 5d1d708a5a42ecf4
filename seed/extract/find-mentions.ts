// Entity spans of a text and their mentions. Actors come from the grammar (find-actors.ts); industries are
// matched by the names the industry rules found (find-industries.ts), longest first, outside actor names
// (金融 is no industry in 金融机构) and outside 《》 titles.
import type { ClauseRef, Mention } from '../types.ts';
import type { Registry } from './registry.ts';
import { enclosedRanges } from './split-clauses.ts';

export type EntityKind = 'actor' | 'industry';

export interface EntitySpan {
  start: number;
  end: number;
  target: string;
  kind: EntityKind;
}

export interface IndustryMatcher {
  /** Forms by first character, longest first. */
  byFirst: Map<string, Array<{ form: string; target: string }>>;
}

export function buildIndustryMatcher(registry: Registry): IndustryMatcher {
  const byFirst = new Map<string, Array<{ form: string; target: string }>>();
  for (const [form, target] of registry.industryForms) {
    if (form === '') continue;
    const list = byFirst.get(form[0]!) ?? [];
    list.push({ form, target });
    byFirst.set(form[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return { byFirst };
}

/** Industry spans of `norm` that overlap none of `taken`. */
export function findIndustrySpans(norm: string, matcher: IndustryMatcher, taken: readonly EntitySpan[]): EntitySpan[] {
  const blocked = new Uint8Array(norm.length);
  for (const span of taken) blocked.fill(1, span.start, span.end);
  for (const [from, to] of enclosedRanges(norm, '《', '》')) blocked.fill(1, from, to);
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < norm.length) {
    const found = blocked[i] ? undefined : matcher.byFirst.get(norm[i]!)?.find(({ form }) => norm.startsWith(form, i) && !blocked.subarray(i, i + form.length).includes(1));
    if (found === undefined) {
      i++;
      continue;
    }
    spans.push({ start: i, end: i + found.form.length, target: found.target, kind: 'industry' });
    i += found.form.length;
  }
  return spans;
}

export function mergeSpans(a: readonly EntitySpan[], b: readonly EntitySpan[]): EntitySpan[] {
  return [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
}

export function toMentions(ref: ClauseRef, text: string, spans: readonly EntitySpan[]): Mention[] {
  return spans.map((span) => ({
    article: ref.article,
    paragraph: ref.paragraph,
    item: ref.item,
    target: span.target,
    start: span.start,
    end: span.end,
    surface: text.slice(span.start, span.end),
  }));
}
