// Article-level diff between two versions of a regulation (an amendment and the text it amends). Amendments
// insert, delete and renumber articles, so articles are paired by text, not by number: a monotone alignment
// (the articles keep their order) that maximises the summed similarity of the pairs, each pair at least
// PAIR_THRESHOLD alike. Within a pair, and for articles added or removed, obligations are compared by what
// they say (modality, bearers, words), so that a duty moved to another article is neither gained nor lost.
// Pure: the server feeds it what it reads from the graph, tests feed it extracted graphs.

export interface VersionArticle {
  number: number;
  heading: string | null;
  text: string;
}

export interface VersionObligation {
  id: string;
  article: number;
  modality: string;
  text: string;
  bearers: readonly string[];
}

export interface VersionText {
  articles: readonly VersionArticle[];
  obligations: readonly VersionObligation[];
}

export type ArticleChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED';

export interface ArticleChange {
  kind: ArticleChangeKind;
  /** Article number in the older version; null when added. */
  from: number | null;
  /** Article number in the newer version; null when removed. */
  to: number | null;
  /** Dice similarity of the two texts' character bigrams (1 = identical); 0 for added and removed. */
  similarity: number;
}

export interface VersionDiff {
  articles: ArticleChange[];
  /** Obligations of the newer version that the older does not state. */
  gained: VersionObligation[];
  /** Obligations of the older version that the newer no longer states. */
  lost: VersionObligation[];
}

/** Two article texts this alike (bigram Dice) are one article, amended; below, one is removed and one added. */
export const PAIR_THRESHOLD = 0.5;
/** Obligations with the same modality and bearers and texts this alike are the same obligation, reworded. */
const SAME_OBLIGATION = 0.8;

/** Letters and digits only: OCR spacing, punctuation and line breaks are no amendment. */
const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...compact(text)];
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  if (chars.length === 1) counts.set(chars[0]!, 1);
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [gram, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(gram) ?? 0);
  }
  return sizeA + sizeB === 0 ? 1 : (2 * shared) / (sizeA + sizeB);
}

export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/** The order-keeping pairing of articles with the greatest total similarity (dynamic programming, O(n·m)). */
function alignArticles(from: readonly VersionArticle[], to: readonly VersionArticle[]): ArticleChange[] {
  const a = from.map((x) => bigrams(`${x.heading ?? ''}${x.text}`));
  const b = to.map((x) => bigrams(`${x.heading ?? ''}${x.text}`));
  const sim = a.map((ga) => b.map((gb) => dice(ga, gb)));
  const n = from.length;
  const m = to.length;
  // best[i][j]: best total over from[i..] and to[j..].
  const best = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= PAIR_THRESHOLD ? s + best[i + 1]![j + 1]! : -Infinity;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const changes: ArticleChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = sim[i]![j]!;
      if (s >= PAIR_THRESHOLD && best[i]![j] === s + best[i + 1]![j + 1]!) {
        const same = compact(from[i]!.text) === compact(to[j]!.text) && (from[i]!.heading ?? '') === (to[j]!.heading ?? '');
        changes.push({ kind: same ? 'UNCHANGED' : 'CHANGED', from: from[i]!.number, to: to[j]!.number, similarity: s });
        i++;
        j++;
        continue;
      }
      if (best[i]![j] === best[i + 1]![j]) {
        changes.push({ kind: 'REMOVED', from: from[i]!.number, to: null, similarity: 0 });
        i++;
      } else {
        changes.push({ kind: 'ADDED', from: null, to: to[j]!.number, similarity: 0 });
        j++;
      }
    } else if (i < n) {
      changes.push({ kind: 'REMOVED', from: from[i++]!.number, to: null, similarity: 0 });
    } else {
      changes.push({ kind: 'ADDED', from: null, to: to[j++]!.number, similarity: 0 });
    }
  }
  return changes;
}

const bearersKey = (o: VersionObligation) => [...o.bearers].sort().join('|');

/** Pairs obligations saying the same thing; returns those of each side left over. */
function unmatched(older: readonly VersionObligation[], newer: readonly VersionObligation[]): { lost: VersionObligation[]; gained: VersionObligation[] } {
  const gained = [...newer];
  const lost: VersionObligation[] = [];
  for (const o of older) {
    const key = `${o.modality}#${bearersKey(o)}`;
    let bestIndex = -1;
    let bestScore = SAME_OBLIGATION;
    gained.forEach((n, index) => {
      if (`${n.modality}#${bearersKey(n)}` !== key) return;
      const score = textSimilarity(o.text, n.text);
      if (score >= bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    });
    if (bestIndex === -1) lost.push(o);
    else gained.splice(bestIndex, 1);
  }
  return { lost, gained };
}

export function diffVersions(from: VersionText, to: VersionText): VersionDiff {
  const articles = alignArticles(from.articles, to.articles);
  const byArticle = (list: readonly VersionObligation[]) => {
    const map = new Map<number, VersionObligation[]>();
    for (const o of list) map.set(o.article, [...(map.get(o.article) ?? []), o]);
    return map;
  };
  const older = byArticle(from.obligations);
  const newer = byArticle(to.obligations);
  let gained: VersionObligation[] = [];
  let lost: VersionObligation[] = [];
  for (const change of articles) {
    if (change.from === null || change.to === null) continue;
    const pair = unmatched(older.get(change.from) ?? [], newer.get(change.to) ?? []);
    gained.push(...pair.gained);
    lost.push(...pair.lost);
  }
  // Obligations of added and removed articles, and those left over above, may have moved between articles.
  for (const change of articles) {
    if (change.to === null) lost.push(...(older.get(change.from!) ?? []));
    if (change.from === null) gained.push(...(newer.get(change.to!) ?? []));
  }
  const moved = unmatched(lost, gained);
  const order = (list: VersionObligation[], side: VersionText) => list.sort((x, y) => side.obligations.indexOf(x) - side.obligations.indexOf(y));
  gained = order(moved.gained, to);
  lost = order(moved.lost, from);
  return { articles, gained, lost };
}
