// What a hit shows: the passage around its match, and for an article hit the paragraph and item the match is in.
import type { ArticleLayout } from './search.ts';

export interface Snippet {
  field: string;
  text: string;
  /** Offsets of the first matched term within `text`, or null when no term occurs literally. */
  matchStart: number | null;
  matchEnd: number | null;
}

const SNIPPET_CONTEXT = 30;

/** The first occurrence of any needle in `text`, case-insensitively. */
function findFirst(text: string, needles: readonly string[]): { start: number; length: number } | null {
  const haystack = text.toLowerCase();
  let best: { start: number; length: number } | null = null;
  for (const needle of needles) {
    const start = needle === '' ? -1 : haystack.indexOf(needle.toLowerCase());
    if (start >= 0 && (best === null || start < best.start)) best = { start, length: needle.length };
  }
  return best;
}

/**
 * The part of a hit worth showing: the first field, in the given order, that contains a search term, cut
 * to a window around the match. Lucene matched analysed tokens, so a hit may contain no literal term (e.g.
 * case or width differences); then the first field's opening is shown.
 */
export function makeSnippet(fields: readonly { field: string; text: string }[], terms: readonly string[]): Snippet {
  for (const { field, text } of fields) {
    const best = findFirst(text, terms);
    if (best === null) continue;
    const from = Math.max(0, best.start - SNIPPET_CONTEXT);
    const to = Math.min(text.length, best.start + best.length + SNIPPET_CONTEXT);
    const prefix = from > 0 ? '…' : '';
    const suffix = to < text.length ? '…' : '';
    const matchStart = prefix.length + best.start - from;
    return {
      field,
      text: `${prefix}${text.slice(from, to)}${suffix}`,
      matchStart,
      matchEnd: matchStart + best.length,
    };
  }
  const first = fields[0] ?? { field: 'text', text: '' };
  const cut = first.text.length > SNIPPET_CONTEXT * 2;
  return {
    field: first.field,
    text: cut ? `${first.text.slice(0, SNIPPET_CONTEXT * 2)}…` : first.text,
    matchStart: null,
    matchEnd: null,
  };
}

/**
 * Where in an article the first term occurs: an article's text is its paragraphs in order, each on its own line
 * followed by one line per item (seed/build-article.ts), so the line of the match and the paragraphs' item
 * counts give the paragraph and item. The first paragraph when no term occurs literally (an article found by
 * number) or the layout does not fit the text.
 */
export function locateInArticle(text: string, paragraphs: ArticleLayout, terms: readonly string[]): { paragraph: number; item: number | null } {
  const fallback = { paragraph: paragraphs[0]?.number ?? 1, item: null };
  const match = findFirst(text, terms);
  if (match === null) return fallback;
  let line = text.slice(0, match.start).split('\n').length - 1;
  for (const { number, items } of paragraphs) {
    if (line === 0) return { paragraph: number, item: null };
    if (line <= items) return { paragraph: number, item: line };
    line -= items + 1;
  }
  return fallback;
}
