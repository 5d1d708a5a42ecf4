import { runQuery } from '../queries/named-query.ts';
import type { ActorRow, ArticleRow, IndustryRow, ObligationRow } from '../queries/rows.ts';
import {
  makeSnippet,
  SEARCH,
  SEARCH_KINDS,
  SearchInputError,
  splitSearchTerms,
  toLuceneQuery,
  type SearchHitRow,
  type SearchKind,
  type Snippet,
} from '../queries/search.ts';
import { builder } from './builder.ts';
import { articleLabels, clauseLabels } from './clause.ts';
import { badInput, pageWindow, toConnection } from './pagination.ts';
import { ActorRef, ArticleRef, describedEnum, IndustryRef, ObligationRef, RegulationRef } from './refs.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt } from './scope.ts';

type SearchHitShape = SearchHitRow & { snippet: Snippet };

const KIND_DESCRIPTIONS: Record<SearchKind, string> = {
  ARTICLE: 'An article whose text matches.',
  OBLIGATION: 'An obligation whose clause text matches.',
  ACTOR: 'An actor whose Chinese or English name or alias matches.',
  INDUSTRY: 'An industry whose Chinese or English name or alias matches.',
};

const SearchHitKindEnum = describedEnum('SearchHitKind', 'What a search hit is.', SEARCH_KINDS, KIND_DESCRIPTIONS);

const SnippetRef = builder.objectRef<Snippet>('Snippet').implement({
  description: 'The matched passage of a hit, cut around the first literal occurrence of a search term.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Which field matched: text, name, nameEn or alias.' }),
    text: t.exposeString('text', { description: 'The passage; … marks cut text.' }),
    matchStart: t.exposeInt('matchStart', {
      nullable: true,
      description: 'Offset of the matched term in `text`; null when the match was not literal (analysed tokens).',
    }),
    matchEnd: t.exposeInt('matchEnd', { nullable: true, description: 'Offset just past the matched term in `text`.' }),
  }),
});

function titleOf(hit: SearchHitRow): string {
  switch (hit.kind) {
    case 'ARTICLE':
      return articleLabels(hit.node.number).label;
    case 'OBLIGATION':
      return `${clauseLabels(hit.node).label} ${hit.node.marker}`;
    case 'ACTOR':
    case 'INDUSTRY':
      return hit.node.name;
  }
}

function snippetFields(hit: SearchHitRow): { field: string; text: string }[] {
  if (hit.kind === 'ARTICLE' || hit.kind === 'OBLIGATION') return [{ field: 'text', text: hit.node.text }];
  return [
    { field: 'name', text: hit.node.name },
    { field: 'nameEn', text: hit.node.nameEn },
    ...(hit.node.aliases ?? []).map((alias) => ({ field: 'alias', text: alias })),
  ];
}

const SearchHit = builder.interfaceRef<SearchHitShape>('SearchHit').implement({
  description: 'A full-text search hit; the concrete type (ArticleHit, ObligationHit, ActorHit, IndustryHit) holds the object.',
  resolveType: (hit) => `${hit.kind.charAt(0)}${hit.kind.slice(1).toLowerCase()}Hit`,
  fields: (t) => ({
    kind: t.field({ type: SearchHitKindEnum, description: 'What was found.', resolve: (h) => h.kind }),
    key: t.string({ description: 'Stable key of the object found.', resolve: (h) => h.node.id }),
    title: t.string({ description: 'Display label of the object found.', resolve: titleOf }),
    score: t.float({ description: 'Lucene relevance score; only comparable within one index.', resolve: (h) => h.score }),
    snippet: t.field({ type: SnippetRef, description: 'The matched passage.', resolve: (h) => h.snippet }),
    regulation: t.field({
      type: RegulationRef,
      nullable: true,
      description: 'The regulation an article or obligation hit is in; null for actors and industries, which regulations share.',
      resolve: (h) => (h.kind === 'ARTICLE' || h.kind === 'OBLIGATION' ? h.node.regulation : null),
    }),
  }),
});

builder.objectRef<SearchHitShape & { node: ArticleRow }>('ArticleHit').implement({
  description: 'An article whose text matches.',
  interfaces: [SearchHit],
  fields: (t) => ({ article: t.field({ type: ArticleRef, description: 'The article.', resolve: (h) => h.node }) }),
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

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchHit,
      description:
        'Full-text search (Chinese and English) over article text, obligation text and actor/industry names. Every ' +
        'whitespace-separated term must match; each term is matched as a phrase, so Lucene syntax (AND, quotes, *, ' +
        'parentheses) is treated as plain text. Chinese terms match as character bigrams: use two or more characters.',
      args: {
        query: t.arg.string({ required: true, description: 'Free text, e.g. 纺织, 海关 or customs (1–200 characters).' }),
        kinds: t.arg({ type: [SearchHitKindEnum], description: 'Only hits of these kinds.' }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx) => {
        const window = pageWindow(args);
        let lucene: string;
        try {
          lucene = toLuceneQuery(args.query);
        } catch (error) {
          if (error instanceof SearchInputError) throw badInput(error.message);
          throw error;
        }
        const terms = splitSearchTerms(args.query);
        const [row] = await runQuery(ctx.db, SEARCH, {
          ...(await scopeAt(ctx, args)),
          query: lucene,
          kinds: args.kinds ?? null,
          offset: window.offset,
          limit: window.limit,
        });
        const page = (row?.page ?? []).map((hit) => ({ ...hit, snippet: makeSnippet(snippetFields(hit), terms) }));
        return toConnection(window, { total: row?.total ?? 0, page });
      },
    },
    { name: 'SearchHitConnection', description: 'A page of search hits, best first.' },
    { name: 'SearchHitEdge', description: 'A search hit with its cursor.' },
  ),
}));
