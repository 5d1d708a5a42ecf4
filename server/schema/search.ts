import { runQuery } from '../queries/named-query.ts';
import { SEARCH, SEARCH_BY_CHARACTERS, type SearchParams } from '../queries/search.ts';
import { clauseKeyParts, planSearch, SearchInputError, type ClauseReference, type SearchPlan } from '../queries/search-query.ts';
import { builder } from './builder.ts';
import { selectsPath } from './look-ahead.ts';
import { badInput, pageWindow, toConnection } from './pagination.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt } from './scope.ts';
import { SearchHit, SearchHitKindEnum, SearchReferenceRef, toHitShape } from './search-hits.ts';

/** What a search connection carries beside its edges: how the query was read. */
interface SearchReading {
  reference: ClauseReference | null;
  terms: string[];
}

function readQuery(query: string): SearchPlan {
  try {
    return planSearch(query);
  } catch (error) {
    if (error instanceof SearchInputError) throw badInput(error.message);
    throw error;
  }
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchHit,
      description:
        'Search (Chinese and English) for clauses by number and for words in article text, obligation text and actor/industry ' +
        'names, best first. A clause named by number (第13条, 第十三条, 13, Art. 13, Article 13, art13, 13.2, 13(2), 第13条第2款, ' +
        '第10条第2款第1项, 10.1.1, Art. 10(1)(1)) is looked up in every regulation in scope and comes first (matchedBy REFERENCE); ' +
        'a query that is only a reference then also lists the passages citing it (第十三条). Beside a reference (第13条 海关) the other ' +
        'words are searched as usual and the reference is not searched as text; `reference` and `terms` on the answer say how the ' +
        'query was read. Words: every whitespace-separated term must match, each as a phrase, so Lucene syntax (AND, quotes, *, ' +
        'parentheses) is plain text; a common short name also matches its full form (自贸区: 自由贸易试验区, 自贸试验区); a term of one ' +
        'Chinese character (税) is found as a substring, since the index holds character pairs.',
      args: {
        query: t.arg.string({ required: true, description: 'Free text, e.g. 纺织, 海关, customs, 自贸区, 税 or 第13条 (1–200 characters).' }),
        kinds: t.arg({ type: [SearchHitKindEnum], description: 'Only hits of these kinds.' }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx, info) => {
        const window = pageWindow(args);
        const plan = readQuery(args.query);
        const params: SearchParams = {
          ...(await scopeAt(ctx, args)),
          kinds: args.kinds ?? null,
          clause: plan.reference ? clauseKeyParts(plan.reference) : null,
          characters: plan.characters,
          // The query as typed (a full name may hold brackets, which split it into terms) and a single term's forms.
          names: [args.query.trim(), ...(plan.terms.length === 1 ? plan.needles : [])],
          withLayout: selectsPath(info, ['edges', 'node', 'clause']),
          offset: window.offset,
          limit: window.limit,
        };
        const [row] =
          plan.lucene === null
            ? await runQuery(ctx.db, SEARCH_BY_CHARACTERS, params)
            : await runQuery(ctx.db, SEARCH, { ...params, lucene: plan.lucene });
        const page = (row?.page ?? []).map((hit) => toHitShape(hit, plan.needles));
        const reading: SearchReading = { reference: plan.reference, terms: plan.terms };
        return { ...toConnection(window, { total: row?.total ?? 0, page }), ...reading };
      },
    },
    {
      name: 'SearchHitConnection',
      description: 'A page of search hits, best first, and how the query was read.',
      fields: (t) => ({
        reference: t.field({
          type: SearchReferenceRef,
          nullable: true,
          description: 'The clause the query names by number, whose hits come first; null when it names none.',
          resolve: (connection) => (connection as unknown as SearchReading).reference,
        }),
        terms: t.stringList({
          description: 'The words searched as text, as typed (without the reference when there are other words).',
          resolve: (connection) => (connection as unknown as SearchReading).terms,
        }),
      }),
    },
    { name: 'SearchHitEdge', description: 'A search hit with its cursor.' },
  ),
}));
