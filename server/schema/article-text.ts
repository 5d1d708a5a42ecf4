// What a request's article rows need to hold, decided once for the whole request from what it selects on Article
// (selected-fields.ts): whole rows primed into the per-request loader answer every later Article field of the same
// request, so leaving a property out is only safe when no field of the request reads it.
//   - the text, most of a row's width: left out when no Article field of the request reads it;
//   - the row itself: when every Article field asked follows from the article's key (its number, labels, what it
//     states), a field pointing at an article answers from the key alone, with no statement and no loader.
// Both lists name what is known safe rather than what is not: a field added later brings the text (and the row)
// back until it is listed here.
import { articleKey } from '../../seed/graph-keys.ts';
import type { ApiContext } from '../context.ts';
import type { ArticleRow, ArticleText } from '../queries/rows.ts';
import { selectsOnly } from './selected-fields.ts';

/** Article fields computed from the row's id, regulation and number (article.ts), or loaded by its id. */
export const KEY_DERIVED_ARTICLE_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'key', 'number', 'title', 'titleEn', 'numeral', 'citation', 'citationEn', 'regulation',
  'paragraphs', 'obligations', 'mentionedActors', 'mentionedIndustries', 'citedDocuments', 'definitions',
]);

/** Article fields whose resolvers read no `text` of the row. */
export const TEXT_FREE_ARTICLE_FIELDS: ReadonlySet<string> = new Set([...KEY_DERIVED_ARTICLE_FIELDS, 'heading', 'chapter']);

/** `$articleText` for statements projecting ARTICLE_AS_ASKED: false only when no Article field of the request reads text. */
export const articleTextOf = (ctx: ApiContext): ArticleText => ({ articleText: !selectsOnly(ctx.selected, 'Article', TEXT_FREE_ARTICLE_FIELDS) });

const fromKeys = new WeakMap<ApiContext, boolean>();

/** Article rows of this request by id, as statements returned them with their answers (primeArticles). */
const knownArticles = new WeakMap<ApiContext, Map<string, ArticleRow>>();

/**
 * Article rows a statement returned with its answer (an actor's obligation page, the zone × industry matrix): primed
 * into the article loader for fields that load by id, and kept by id so that articleOf answers with the row itself.
 * A loaded id would be a promise per field: 100 obligations with their articles would each wait on one, and so would
 * every edge and the page around them, where rows at hand let the whole page complete at once.
 */
export function primeArticles(ctx: ApiContext, loader: { prime(id: string, row: ArticleRow): unknown }, rows: Iterable<ArticleRow>): void {
  let known = knownArticles.get(ctx);
  if (!known) knownArticles.set(ctx, (known = new Map()));
  for (const row of rows) {
    loader.prime(row.id, row);
    known.set(row.id, row);
  }
}

/**
 * Whether every Article field of the request follows from the article's key, so that no article row is needed.
 * Asked by every field pointing at an article (thousands of matrix cells), so worked out once per request.
 */
export function articlesFromKeys(ctx: ApiContext): boolean {
  let answer = fromKeys.get(ctx);
  if (answer === undefined) {
    answer = selectsOnly(ctx.selected, 'Article', KEY_DERIVED_ARTICLE_FIELDS);
    // Before execution starts nothing is recorded yet: do not remember that answer.
    if (ctx.selected) fromKeys.set(ctx, answer);
  }
  return answer;
}

/**
 * What a field pointing at article `number` of `regulation` resolves to: its key, loaded by the article loader, or
 * when the request needs no article row (articlesFromKeys), a row holding only what the key gives. Only for links
 * the graph guarantees (an obligation's, a paragraph's, a development's article exists).
 */
export function articleOf(ctx: ApiContext, regulation: string, number: number): string | ArticleRow {
  const id = articleKey(regulation, number);
  const known = knownArticles.get(ctx)?.get(id);
  if (known) return known;
  if (!articlesFromKeys(ctx)) return id;
  return { id, regulation, number, chapter: null, heading: null, text: null as unknown as string };
}
