// Full-text search over the three cjk-analysed indexes. User input never reaches Lucene's query syntax:
// each whitespace-separated term becomes a quoted phrase (inside quotes only `"` and `\` are special) and
// all terms are required, so `纺织 AND (` means "纺织" and "AND", and stray operators or wildcards are text.
import { defineQuery, type PageParams, type PageRow } from './named-query.ts';
import {
  ACTOR,
  ARTICLE,
  INDUSTRY,
  NAMED_IN_REGULATIONS,
  OBLIGATION,
  type ActorRow,
  type ArticleRow,
  type IndustryRow,
  type ObligationRow,
  type RegulationScope,
} from './rows.ts';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_TERMS = 10;

export const SEARCH_KINDS = ['ARTICLE', 'OBLIGATION', 'ACTOR', 'INDUSTRY'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Input that cannot become a search: empty, too long, or nothing but punctuation. */
export class SearchInputError extends Error {
  override name = 'SearchInputError';
}

/** Splits free text into search terms: runs of characters that contain at least one letter or digit. */
export function splitSearchTerms(input: string): string[] {
  return input
    .split(/[\s\u3000]+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_SEARCH_TERMS);
}

/** Builds the Lucene query for free text; throws SearchInputError when there is nothing to search for. */
export function toLuceneQuery(input: string): string {
  if (input.length > MAX_SEARCH_LENGTH) {
    throw new SearchInputError(`Search text is too long: at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  const terms = splitSearchTerms(input);
  if (terms.length === 0) {
    throw new SearchInputError('Search text must contain at least one letter or digit.');
  }
  return terms.map((term) => `+"${term.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(' ');
}

export type SearchHitRow =
  | { kind: 'ARTICLE'; score: number; node: ArticleRow }
  | { kind: 'OBLIGATION'; score: number; node: ObligationRow }
  | { kind: 'ACTOR'; score: number; node: ActorRow }
  | { kind: 'INDUSTRY'; score: number; node: IndustryRow };

export const SEARCH = defineQuery<PageParams & RegulationScope & { query: string; kinds: SearchKind[] | null }, PageRow<SearchHitRow>>(
  'search',
  `CALL () {
     CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node, score
     RETURN 'ARTICLE' AS kind, node, score
     UNION ALL
     CALL db.index.fulltext.queryNodes('obligation_text', $query) YIELD node, score
     RETURN 'OBLIGATION' AS kind, node, score
     UNION ALL
     CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
     RETURN CASE WHEN node:Actor THEN 'ACTOR' ELSE 'INDUSTRY' END AS kind, node, score
   }
   WITH kind, node, score WHERE ($kinds IS NULL OR kind IN $kinds)
     AND CASE WHEN kind IN ['ARTICLE', 'OBLIGATION'] THEN $regulations IS NULL OR node.regulation IN $regulations
              ELSE ${NAMED_IN_REGULATIONS('node')} END
   WITH kind, node, score ORDER BY score DESC, node.id
   WITH collect({
     kind: kind,
     score: score,
     node: CASE kind
       WHEN 'ARTICLE' THEN ${ARTICLE('node')}
       WHEN 'OBLIGATION' THEN ${OBLIGATION('node')}
       WHEN 'ACTOR' THEN ${ACTOR('node')}
       ELSE ${INDUSTRY('node')}
     END
   }) AS items
   RETURN size(items) AS total, items[$offset..($offset + $limit)] AS page`,
);

export interface Snippet {
  field: string;
  text: string;
  /** Offsets of the first matched term within `text`, or null when no term occurs literally. */
  matchStart: number | null;
  matchEnd: number | null;
}

const SNIPPET_CONTEXT = 30;

/**
 * The part of a hit worth showing: the first field, in the given order, that contains a search term, cut
 * to a window around the match. Lucene matched analysed tokens, so a hit may contain no literal term (e.g.
 * case or width differences); then the first field's opening is shown.
 */
export function makeSnippet(fields: readonly { field: string; text: string }[], terms: readonly string[]): Snippet {
  const needles = terms.map((t) => t.toLowerCase());
  for (const { field, text } of fields) {
    const haystack = text.toLowerCase();
    let best: { start: number; length: number } | null = null;
    for (const needle of needles) {
      const start = haystack.indexOf(needle);
      if (start >= 0 && (best === null || start < best.start)) best = { start, length: needle.length };
    }
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
