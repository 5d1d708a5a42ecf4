// Finds actor and industry names in a normalised text. Of all overlapping lexicon matches the chosen
// set covers the most characters (then uses the fewest, i.e. longest, names), so 自治区人民政府有关部门
// beats 自治区人民政府 + 有关部门, and in 各片区管理机构 the authority 片区管理机构 beats the collective
// 各片区. Stop phrases take part in the choice and then vanish (海关特殊监管区域 hides 海关).
import type { Mention, ClauseRef } from '../types.ts';
import type { Registry } from './registry.ts';
import { enclosedRanges } from './split-clauses.ts';

export type EntityKind = 'actor' | 'industry';

export interface EntitySpan {
  start: number;
  end: number;
  target: string;
  kind: EntityKind;
}

interface Candidate {
  form: string;
  target: string;
  kind: EntityKind | 'stop';
  /** Bare words such as 金融 that only name an actor inside 等<collective> enumerations. */
  enumerationOnly: boolean;
  /** A single zone: 其他自贸试验区 (other FTZs) does not name it. */
  individualZone: boolean;
}

export interface Matcher {
  /** Candidates by the UTF-16 code of their first character. */
  byFirstChar: Map<number, Candidate[]>;
}

export function buildMatcher(registry: Registry): Matcher {
  const byFirstChar = new Map<number, Candidate[]>();
  const add = (candidate: Candidate): void => {
    if (candidate.form === '') return;
    const first = candidate.form.charCodeAt(0);
    const list = byFirstChar.get(first) ?? [];
    list.push(candidate);
    byFirstChar.set(first, list);
  };
  for (const [form, target] of registry.actorForms) {
    const actor = registry.actors.get(target)!;
    add({
      form,
      target,
      kind: 'actor',
      enumerationOnly: actor.enumerationOnly.has(form),
      individualZone: actor.kind === 'ZONE' && !actor.collective,
    });
  }
  for (const [form, target] of registry.industryForms) {
    add({ form, target, kind: 'industry', enumerationOnly: false, individualZone: false });
  }
  for (const form of registry.stopPhrases) {
    add({ form, target: '', kind: 'stop', enumerationOnly: false, individualZone: false });
  }
  return { byFirstChar };
}

/**
 * Entity spans in `norm`, sorted by start. `forced` spans (found by context, e.g. enumeration members)
 * are kept as they are and nothing else may overlap them. Names inside 《》 are titles, not mentions.
 */
export function findEntitySpans(norm: string, matcher: Matcher, forced: readonly EntitySpan[] = []): EntitySpan[] {
  const n = norm.length;
  const blocked = new Uint8Array(n + 1);
  const forcedEnd = new Int32Array(n + 1);
  const forcedAt = new Map<number, EntitySpan>();
  for (const span of forced) {
    forcedAt.set(span.start, span);
    forcedEnd[span.start] = span.end;
    for (let i = span.start; i < span.end; i++) blocked[i] = 1;
  }

  // Occurrences as parallel arrays grouped by start (starts ascending), DP from the right.
  const occStart: number[] = [];
  const occEnd: number[] = [];
  const occCandidate: Candidate[] = [];
  const firstAt = new Int32Array(n + 1).fill(-1);
  const countAt = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const candidates = matcher.byFirstChar.get(norm.charCodeAt(i));
    if (candidates === undefined || blocked[i]) continue;
    for (const candidate of candidates) {
      if (candidate.enumerationOnly || !norm.startsWith(candidate.form, i)) continue;
      if (candidate.individualZone && i >= 2 && norm[i - 2] === '其' && norm[i - 1] === '他') continue;
      const end = i + candidate.form.length;
      let free = true;
      for (let j = i + 1; j < end && free; j++) if (blocked[j]) free = false;
      if (!free) continue;
      if (firstAt[i] === -1) firstAt[i] = occStart.length;
      countAt[i]!++;
      occStart.push(i);
      occEnd.push(end);
      occCandidate.push(candidate);
    }
  }

  const cover = new Int32Array(n + 1);
  const count = new Int32Array(n + 1);
  const take = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const skipTo = forcedEnd[i]!;
    if (skipTo > 0) {
      cover[i] = cover[skipTo]!;
      count[i] = count[skipTo]!;
      continue;
    }
    cover[i] = cover[i + 1]!;
    count[i] = count[i + 1]!;
    for (let k = firstAt[i]!; k !== -1 && k < firstAt[i]! + countAt[i]!; k++) {
      const end = occEnd[k]!;
      const c = cover[end]! + (end - i);
      const m = count[end]! + 1;
      if (c > cover[i]! || (c === cover[i]! && m < count[i]!)) {
        cover[i] = c;
        count[i] = m;
        take[i] = k;
      }
    }
  }

  const titles = enclosedRanges(norm, '《', '》');
  const inTitle = (start: number, end: number): boolean => titles.some(([from, to]) => start < to && end > from);
  const spans: EntitySpan[] = [];
  let i = 0;
  while (i < n) {
    const forcedSpan = forcedAt.get(i);
    if (forcedSpan !== undefined) {
      spans.push(forcedSpan);
      i = forcedSpan.end;
      continue;
    }
    const k = take[i]!;
    if (k === -1) {
      i++;
      continue;
    }
    const candidate = occCandidate[k]!;
    const end = occEnd[k]!;
    if (candidate.kind !== 'stop' && !inTitle(i, end)) spans.push({ start: i, end, target: candidate.target, kind: candidate.kind });
    i = end;
  }
  return spans;
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
