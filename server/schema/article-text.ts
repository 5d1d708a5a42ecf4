// Whether a request's article rows need the article's text, most of their width: the obligations of an actor with
// each obligation's article number, or the zone–industry matrix with its articles, read no article text at all.
import type { ApiContext } from '../context.ts';
import type { ArticleText } from '../queries/rows.ts';
import { selectsOnly } from './selected-fields.ts';

/**
 * The Article fields whose resolvers read no `text` of the row (article.ts). A list of what is known safe rather
 * than of what reads the text: a field added later brings the text back until it is listed here.
 */
export const TEXT_FREE_ARTICLE_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'key', 'number', 'title', 'titleEn', 'numeral', 'citation', 'citationEn', 'heading', 'chapter',
  'regulation', 'paragraphs', 'obligations', 'mentionedActors', 'mentionedIndustries', 'citedDocuments', 'definitions',
]);

/** `$articleText` for statements projecting ARTICLE_AS_ASKED: false only when no Article field of the request reads text. */
export const articleTextOf = (ctx: ApiContext): ArticleText => ({ articleText: !selectsOnly(ctx.selected, 'Article', TEXT_FREE_ARTICLE_FIELDS) });
