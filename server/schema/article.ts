import {
  ACTORS_MENTIONED_BY_ARTICLES,
  ARTICLES_PAGE,
  DEFINITIONS_OF_ARTICLES,
  DOCUMENTS_CITED_BY_ARTICLES,
  INDUSTRIES_MENTIONED_BY_ARTICLES,
  ITEMS_OF_PARAGRAPHS,
  OBLIGATIONS_OF_ARTICLES,
  OBLIGATIONS_OF_ITEMS,
  OBLIGATIONS_OF_PARAGRAPHS,
  PARAGRAPHS_OF_ARTICLES,
  type DefinitionRow,
} from '../queries/articles.ts';
import { ARTICLES_MENTIONING } from '../queries/actors.ts';
import { runQuery } from '../queries/named-query.ts';
import type { ItemRow, ParagraphRow } from '../queries/rows.ts';
import { articleKey, chapterKey, paragraphKey } from '../../seed/graph-keys.ts';
import { articleOf } from './article-text.ts';
import { builder } from './builder.ts';
import { badInput } from './pagination.ts';
import { AS_OF_ARG_DESCRIPTION, oneRegulation, REGULATIONS_ARG_DESCRIPTION, scopeAt, scopeOf } from './scope.ts';
import { articleLabels, articleNumeral, citations, ClauseRef, clauseLabels, itemMarker } from './clause.ts';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { listsByKey, loadPage, pagesOfKeys } from './loadable-fields.ts';
import { toConnection } from './pagination.ts';
import {
  ActorRef,
  ArticleConnection,
  ArticleRef,
  ChapterRef,
  DocumentRef,
  IndustryRef,
  ItemRef,
  ObligationRef,
  ParagraphRef,
  RegulationRef,
} from './refs.ts';

interface MentionShape {
  target: string;
  start: number;
  end: number;
  surface: string;
}

function isMention(value: unknown): value is MentionShape {
  const m = value as Partial<MentionShape> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.target === 'string' &&
    typeof m.start === 'number' &&
    typeof m.end === 'number' &&
    typeof m.surface === 'string'
  );
}

/** Clause nodes keep their mentions as a JSON string (Neo4j properties cannot hold objects). */
export function parseMentions(json: string | null): MentionShape[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter(isMention) : [];
  } catch {
    return [];
  }
}

/** One page of the articles mentioning each actor or industry key, with mention counts on the edges. */
export const loadMentioningArticles = pagesOfKeys(
  ARTICLES_MENTIONING,
  (args: DefaultConnectionArguments & { regulations?: readonly string[] | null }) => scopeOf(args),
  (window, { total, page }) =>
    toConnection(window, { total, page: page.map((m) => m.article) }, (index) => ({ mentionCount: page[index]?.count ?? 0 })),
);

const EntityUnion = builder.unionType('Entity', {
  description: 'Something the text names: an actor or an industry.',
  types: [ActorRef, IndustryRef],
  resolveType: (entity) => ((entity as { id: string }).id.startsWith('actor:') ? 'Actor' : 'Industry'),
});

const TextMention = builder.objectRef<MentionShape>('TextMention').implement({
  description: 'Where a clause names an actor or industry: offsets into the clause `text` (UTF-16 code units).',
  fields: (t) => ({
    surface: t.exposeString('surface', { description: 'The words as they appear, e.g. 自贸办 or 纺织服装.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character in the clause text.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
    key: t.exposeString('target', { description: 'Stable key of the entity named.' }),
    entity: t.field({
      type: EntityUnion,
      nullable: true,
      description: 'The actor or industry named; null if it is no longer in the graph.',
      resolve: (mention, _args, ctx) =>
        mention.target.startsWith('actor:')
          ? ActorRef.getDataloader(ctx).load(mention.target)
          : IndustryRef.getDataloader(ctx).load(mention.target),
    }),
  }),
});

const Definition = builder.objectRef<DefinitionRow>('Definition').implement({
  description: 'A short form the article defines (以下简称…), e.g. 自贸办 for the FTZ work office.',
  fields: (t) => ({
    term: t.exposeString('term', { description: 'The short form.' }),
    full: t.exposeString('full', { description: 'The full form it stands for.' }),
    actor: t.field({ type: ActorRef, description: 'The actor the term names.', resolve: (d) => d.actor }),
  }),
});

ArticleRef.implement({
  description: 'An article (条) of the regulation with its paragraphs, what it states, mentions and cites.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Article number (第二十八条 → 28).' }),
    title: t.string({ description: 'Display label, e.g. 第28条.', resolve: (a) => articleLabels(a.number).label }),
    titleEn: t.string({ description: 'English display label, e.g. Article 28.', resolve: (a) => articleLabels(a.number).labelEn }),
    numeral: t.string({ description: 'The heading as the regulation writes it, e.g. 第二十八条.', resolve: (a) => articleNumeral(a.number) }),
    citation: t.string({
      description: 'A citation to copy, e.g. 《…条例》第十三条.',
      resolve: async (a, _args, ctx) => citations((await RegulationRef.getDataloader(ctx).load(a.regulation)).title, { article: a.number }).citation,
    }),
    citationEn: t.string({
      description: 'The English form, e.g. Art. 13, 《…条例》.',
      resolve: async (a, _args, ctx) => citations((await RegulationRef.getDataloader(ctx).load(a.regulation)).title, { article: a.number }).citationEn,
    }),
    heading: t.exposeString('heading', { nullable: true, description: 'Inline heading (【…】) when the article has one.' }),
    text: t.exposeString('text', { description: 'Whole article text: paragraphs and items one per line.' }),
    chapter: t.field({
      type: ChapterRef,
      nullable: true,
      description: 'The chapter it belongs to.',
      resolve: (a) => (a.chapter === null ? null : chapterKey(a.regulation, a.chapter)),
    }),
    regulation: t.field({ type: RegulationRef, description: 'The regulation it belongs to.', resolve: (a) => a.regulation }),
    paragraphs: t.loadableList({
      type: ParagraphRef,
      description: 'Its paragraphs (款) in order.',
      load: listsByKey(PARAGRAPHS_OF_ARTICLES, (row) => row.paragraph),
      resolve: (a) => a.id,
    }),
    obligations: t.loadableList({
      type: ObligationRef,
      description: 'Obligations the article states, in reading order.',
      load: listsByKey(OBLIGATIONS_OF_ARTICLES, (row) => row.obligation),
      resolve: (a) => a.id,
    }),
    mentionedActors: t.loadableList({
      type: ActorRef,
      description: 'Actors the article names, most mentioned first.',
      load: listsByKey(ACTORS_MENTIONED_BY_ARTICLES, (row) => row.actor),
      resolve: (a) => a.id,
    }),
    mentionedIndustries: t.loadableList({
      type: IndustryRef,
      description: 'Industries the article names, most mentioned first.',
      load: listsByKey(INDUSTRIES_MENTIONED_BY_ARTICLES, (row) => row.industry),
      resolve: (a) => a.id,
    }),
    citedDocuments: t.loadableList({
      type: DocumentRef,
      description: 'Documents the article cites by title.',
      load: listsByKey(DOCUMENTS_CITED_BY_ARTICLES, (row) => row.document),
      resolve: (a) => a.id,
    }),
    definitions: t.loadableList({
      type: Definition,
      description: 'Short forms the article defines.',
      load: listsByKey(DEFINITIONS_OF_ARTICLES, (row) => row),
      resolve: (a) => a.id,
    }),
  }),
});

const paragraphClause = (p: ParagraphRow) => ({ regulation: p.regulation, article: p.article, paragraph: p.number, item: null });
const itemClause = (i: ItemRow) => ({ regulation: i.regulation, article: i.article, paragraph: i.paragraph, item: i.number });

ParagraphRef.implement({
  description: 'A paragraph (款) of an article; its items (项) are separate.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Paragraph number within the article, from 1.' }),
    title: t.string({ description: 'Display label, e.g. 第28条第2款.', resolve: (p) => clauseLabels(paragraphClause(p)).label }),
    clause: t.field({ type: ClauseRef, description: 'Where it sits, with its labels.', resolve: paragraphClause }),
    text: t.exposeString('text', { description: 'Paragraph text without its items.' }),
    article: t.field({ type: ArticleRef, description: 'The article it belongs to.', resolve: (p, _args, ctx) => articleOf(ctx, p.regulation, p.article) }),
    items: t.loadableList({
      type: ItemRef,
      description: 'Its items (项) in order.',
      load: listsByKey(ITEMS_OF_PARAGRAPHS, (row) => row.item),
      resolve: (p) => p.id,
    }),
    obligations: t.loadableList({
      type: ObligationRef,
      description: 'Obligations whose source is this paragraph text itself (not its items).',
      load: listsByKey(OBLIGATIONS_OF_PARAGRAPHS, (row) => row.obligation),
      resolve: (p) => p.id,
    }),
    mentions: t.field({
      type: [TextMention],
      description: 'Actors and industries named in the paragraph text, in text order.',
      resolve: (p) => parseMentions(p.mentions),
    }),
  }),
});

ItemRef.implement({
  description: 'An item (项) of a paragraph, e.g. （一）.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Item number: （一） → 1.' }),
    marker: t.string({ description: 'The marker as the regulation writes it, e.g. （一）.', resolve: (i) => itemMarker(i.number) }),
    title: t.string({ description: 'Display label, e.g. 第10条第1款第1项.', resolve: (i) => clauseLabels(itemClause(i)).label }),
    clause: t.field({ type: ClauseRef, description: 'Where it sits, with its labels.', resolve: itemClause }),
    text: t.exposeString('text', { description: 'Item text without its （一） marker.' }),
    paragraph: t.field({
      type: ParagraphRef,
      description: 'The paragraph it belongs to.',
      resolve: (i) => paragraphKey(i.regulation, i.article, i.paragraph),
    }),
    article: t.field({ type: ArticleRef, description: 'The article it belongs to.', resolve: (i, _args, ctx) => articleOf(ctx, i.regulation, i.article) }),
    obligations: t.loadableList({
      type: ObligationRef,
      description: 'Obligations whose source is this item.',
      load: listsByKey(OBLIGATIONS_OF_ITEMS, (row) => row.obligation),
      resolve: (i) => i.id,
    }),
    mentions: t.field({
      type: [TextMention],
      description: 'Actors and industries named in the item text, in text order.',
      resolve: (i) => parseMentions(i.mentions),
    }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'One article by key, or by number in a regulation; null when there is no such article.',
    args: {
      key: t.arg.string({ description: 'Article key, e.g. `article:<slug>/28`.' }),
      number: t.arg.int({ description: 'Article number, e.g. 28 for 第二十八条.' }),
      regulation: t.arg.string({ description: 'With `number`: the regulation (key); may be left out while the graph holds one.' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.key) return args.key;
      if (args.number == null) throw badInput('Give `key`, or `number` (with `regulation` when the graph holds several).');
      const regulation = await oneRegulation(ctx, args.regulation);
      return regulation === null ? null : articleKey(regulation, args.number);
    },
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: 'Articles in order (regulation by regulation), optionally of one chapter number.',
      args: {
        chapter: t.arg.int({ description: 'Only articles of this chapter number.' }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx) => loadPage(ctx, ARTICLES_PAGE, args, { ...(await scopeAt(ctx, args)), chapter: args.chapter ?? null }),
    },
    ArticleConnection,
  ),
}));

builder.objectFields(RegulationRef, (t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: 'One of its articles by number; null when there is no such article.',
    args: { number: t.arg.int({ required: true, description: 'Article number, e.g. 28 for 第二十八条.' }) },
    resolve: (regulation, args) => articleKey(regulation.id, args.number),
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: 'Its articles in order, optionally of one chapter.',
      args: { chapter: t.arg.int({ description: 'Only articles of this chapter number.' }) },
      resolve: (regulation, args, ctx) =>
        loadPage(ctx, ARTICLES_PAGE, args, { regulations: [regulation.id], chapter: args.chapter ?? null }),
    },
    ArticleConnection,
  ),
}));
