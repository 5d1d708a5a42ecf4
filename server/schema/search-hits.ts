// The types of a search answer: the hit interface with one object type per kind, and how the query was read.
import type { ActorRow, ArticleRow, IndustryRow, ItemRow, ObligationRow, ParagraphRow } from '../queries/rows.ts';
import { locateInArticle, makeSnippet, type Snippet } from '../queries/search-snippet.ts';
import { SEARCH_KINDS, SEARCH_MATCHES, type SearchHitRow, type SearchKind, type SearchMatch } from '../queries/search.ts';
import { writeCitation, type ClauseReference } from '../queries/search-query.ts';
import { builder } from './builder.ts';
import { articleLabels, ClauseRef, clauseLabels, type ClauseShape, type Labels } from './clause.ts';
import { ActorRef, ArticleRef, describedEnum, IndustryRef, ItemRef, ObligationRef, ParagraphRef, RegulationRef } from './refs.ts';

export type SearchHitShape = SearchHitRow & { snippet: Snippet; clause: ClauseShape | null };

const KIND_DESCRIPTIONS: Record<SearchKind, string> = {
  ARTICLE: 'An article named by number or whose text matches.',
  PARAGRAPH: 'A paragraph (款) named by number, e.g. 第10条第2款 or 10(2).',
  ITEM: 'An item (项) named by number, e.g. 第10条第2款第1项 or 10.2.1.',
  OBLIGATION: 'An obligation whose clause text matches.',
  ACTOR: 'An actor whose Chinese or English name or alias matches.',
  INDUSTRY: 'An industry whose Chinese or English name or alias matches.',
};

export const SearchHitKindEnum = describedEnum('SearchHitKind', 'What a search hit is.', SEARCH_KINDS, KIND_DESCRIPTIONS);

const MATCH_DESCRIPTIONS: Record<SearchMatch, string> = {
  REFERENCE: 'The clause the query names by number (第13条, Art. 13(2), 10.2.1); these hits come first.',
  TEXT: 'Every term matched through the full-text index (a short name also as its full form).',
  SUBSTRING: 'Every term is one Chinese character, found in the text as a substring.',
};

const SearchMatchEnum = describedEnum('SearchMatch', 'How a search hit was found.', SEARCH_MATCHES, MATCH_DESCRIPTIONS);

const SnippetRef = builder.objectRef<Snippet>('Snippet').implement({
  description: 'The matched passage of a hit, cut around the first literal occurrence of a search term.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Which field matched: text, name, nameEn or alias.' }),
    text: t.exposeString('text', { description: 'The passage; … marks cut text.' }),
    matchStart: t.exposeInt('matchStart', {
      nullable: true,
      description: 'Offset of the matched term in `text`; null when the match was not literal (analysed tokens) or the hit was found by number.',
    }),
    matchEnd: t.exposeInt('matchEnd', { nullable: true, description: 'Offset just past the matched term in `text`.' }),
  }),
});

function labelsOf(hit: SearchHitRow): Labels {
  switch (hit.kind) {
    case 'ARTICLE':
      return articleLabels(hit.node.number);
    case 'PARAGRAPH':
      return clauseLabels({ article: hit.node.article, paragraph: hit.node.number, item: null });
    case 'ITEM':
      return clauseLabels({ article: hit.node.article, paragraph: hit.node.paragraph, item: hit.node.number });
    case 'OBLIGATION': {
      const { label, labelEn } = clauseLabels(hit.node);
      return { label: `${label} ${hit.node.marker}`, labelEn: `${labelEn} ${hit.node.modality}` };
    }
    case 'ACTOR':
    case 'INDUSTRY':
      return { label: hit.node.name, labelEn: hit.node.nameEn };
  }
}

function snippetFields(hit: SearchHitRow): { field: string; text: string }[] {
  if (hit.kind !== 'ACTOR' && hit.kind !== 'INDUSTRY') return [{ field: 'text', text: hit.node.text }];
  return [
    { field: 'name', text: hit.node.name },
    { field: 'nameEn', text: hit.node.nameEn },
    ...(hit.node.aliases ?? []).map((alias) => ({ field: 'alias', text: alias })),
  ];
}

function clauseOf(hit: SearchHitRow, needles: readonly string[]): ClauseShape | null {
  const regulation = hit.kind === 'ACTOR' || hit.kind === 'INDUSTRY' ? null : hit.node.regulation;
  switch (hit.kind) {
    case 'ARTICLE':
      return { regulation, article: hit.node.number, ...locateInArticle(hit.node.text, hit.paragraphs ?? [], needles) };
    case 'PARAGRAPH':
      return { regulation, article: hit.node.article, paragraph: hit.node.number, item: null };
    case 'ITEM':
      return { regulation, article: hit.node.article, paragraph: hit.node.paragraph, item: hit.node.number };
    case 'OBLIGATION':
      return { regulation, article: hit.node.article, paragraph: hit.node.paragraph, item: hit.node.item };
    default:
      return null;
  }
}

/** A hit with what it shows: a hit found by number shows its opening, a text hit the passage of the match. */
export function toHitShape(hit: SearchHitRow, needles: readonly string[]): SearchHitShape {
  const terms = hit.matchedBy === 'REFERENCE' ? [] : needles;
  // Made when first asked: a request for titles and keys only pays for neither.
  let snippet: Snippet | undefined;
  let clause: ClauseShape | null | undefined;
  return {
    ...hit,
    get snippet() {
      return (snippet ??= makeSnippet(snippetFields(hit), terms));
    },
    get clause() {
      if (clause === undefined) clause = clauseOf(hit, terms);
      return clause;
    },
  };
}

const ownedBy = (hit: SearchHitShape): string | null => (hit.kind === 'ACTOR' || hit.kind === 'INDUSTRY' ? null : hit.node.regulation);

export const SearchHit = builder.interfaceRef<SearchHitShape>('SearchHit').implement({
  description:
    'A search hit; the concrete type (ArticleHit, ParagraphHit, ItemHit, ObligationHit, ActorHit, IndustryHit) holds the object.',
  resolveType: (hit) => `${hit.kind.charAt(0)}${hit.kind.slice(1).toLowerCase()}Hit`,
  fields: (t) => ({
    kind: t.field({ type: SearchHitKindEnum, description: 'What was found.', resolve: (h) => h.kind }),
    matchedBy: t.field({ type: SearchMatchEnum, description: 'How it was found.', resolve: (h) => h.matchedBy }),
    key: t.string({ description: 'Stable key of the object found.', resolve: (h) => h.node.id }),
    title: t.string({
      description: 'Display label: the clause (第13条, 第10条第2款, 第10条第2款第1项, 第28条第1款 应当) or the name.',
      resolve: (h) => labelsOf(h).label,
    }),
    titleEn: t.string({
      description: 'English display label: Article 13, Art. 10(2), Art. 10(2)(1), Art. 28(1) SHALL, or the English name.',
      resolve: (h) => labelsOf(h).labelEn,
    }),
    score: t.float({
      description:
        'Relevance within one way of matching, best first: the Lucene score for TEXT (comparable within one index only), how often ' +
        'the characters occur for SUBSTRING, 1 for REFERENCE.',
      resolve: (h) => h.score,
    }),
    snippet: t.field({ type: SnippetRef, description: 'The matched passage, or the opening of a clause found by number.', resolve: (h) => h.snippet }),
    regulation: t.field({
      type: RegulationRef,
      nullable: true,
      description: 'The regulation the hit is in; null for actors and industries, which regulations share.',
      resolve: ownedBy,
    }),
    clause: t.field({
      type: ClauseRef,
      nullable: true,
      description:
        'Where the hit sits, with its article key: the paragraph or item itself, the obligation\'s clause, for an article the ' +
        'paragraph and item of the first literal match (the first paragraph when there is none, e.g. found by number); null ' +
        'for actors and industries.',
      resolve: (h) => h.clause,
    }),
  }),
});

builder.objectRef<SearchHitShape & { node: ArticleRow }>('ArticleHit').implement({
  description: 'An article named by number or whose text matches.',
  interfaces: [SearchHit],
  fields: (t) => ({ article: t.field({ type: ArticleRef, description: 'The article.', resolve: (h) => h.node }) }),
});
builder.objectRef<SearchHitShape & { node: ParagraphRow }>('ParagraphHit').implement({
  description: 'A paragraph (款) named by number.',
  interfaces: [SearchHit],
  fields: (t) => ({ paragraph: t.field({ type: ParagraphRef, description: 'The paragraph.', resolve: (h) => h.node }) }),
});
builder.objectRef<SearchHitShape & { node: ItemRow }>('ItemHit').implement({
  description: 'An item (项) named by number.',
  interfaces: [SearchHit],
  fields: (t) => ({ item: t.field({ type: ItemRef, description: 'The item.', resolve: (h) => h.node }) }),
});
builder.objectRef<SearchHitShape & { node: ObligationRow }>('ObligationHit').implement({
  description: 'An obligation whose clause text matches.',
  interfaces: [SearchHit],
  fields: (t) => ({ obligation: t.field({ type: ObligationRef, description: 'The obligation.', resolve: (h) => h.node }) }),
});
builder.objectRef<SearchHitShape & { node: ActorRow }>('ActorHit').implement({
  description: 'An actor whose name or alias matches.',
  interfaces: [SearchHit],
  fields: (t) => ({ actor: t.field({ type: ActorRef, description: 'The actor.', resolve: (h) => h.node }) }),
});
builder.objectRef<SearchHitShape & { node: IndustryRow }>('IndustryHit').implement({
  description: 'An industry whose name or alias matches.',
  interfaces: [SearchHit],
  fields: (t) => ({ industry: t.field({ type: IndustryRef, description: 'The industry.', resolve: (h) => h.node }) }),
});

export const SearchReferenceRef = builder.objectRef<ClauseReference>('SearchReference').implement({
  description: 'The clause a search query names by number, as it was read.',
  fields: (t) => ({
    article: t.exposeInt('article', { description: 'Article number.' }),
    paragraph: t.exposeInt('paragraph', { nullable: true, description: 'Paragraph (款) number; null when the query names the article only.' }),
    item: t.exposeInt('item', { nullable: true, description: 'Item (项) number; null when the query names none.' }),
    label: t.string({ description: 'Chinese label: 第13条, 第10条第2款, 第10条第2款第1项.', resolve: (r) => referenceLabels(r).label }),
    labelEn: t.string({ description: 'English label: Article 13, Art. 10(2), Art. 10(2)(1).', resolve: (r) => referenceLabels(r).labelEn }),
    citation: t.string({ description: 'As a regulation cites it: 第十三条, 第十条第二款, 第十条第二款第一项.', resolve: writeCitation }),
  }),
});

function referenceLabels(ref: ClauseReference): Labels {
  return ref.paragraph === null ? articleLabels(ref.article) : clauseLabels({ article: ref.article, paragraph: ref.paragraph, item: ref.item });
}
