import { ARTICLES_CITING_DOCUMENTS } from '../queries/articles.ts';
import { runQuery } from '../queries/named-query.ts';
import { groupByKey } from './pagination.ts';
import { ArticleRef, DocumentRef } from './refs.ts';

DocumentRef.implement({
  description: 'A document the regulation cites by title (《…》), e.g. the FTZ overall plan.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title without book-title marks.' }),
    citedBy: t.loadableList({
      type: ArticleRef,
      description: 'Articles that cite it, in order.',
      load: async (keys: string[], ctx) => {
        const rows = await runQuery(ctx.db, ARTICLES_CITING_DOCUMENTS, { keys });
        return groupByKey(keys, rows, (row) => row.key, (row) => row.article);
      },
      resolve: (document) => document.id,
    }),
  }),
});
