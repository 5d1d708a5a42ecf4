import { ARTICLES_CITING_DOCUMENTS } from '../queries/articles.ts';
import { listsByKey } from './loadable-fields.ts';
import { ArticleRef, DocumentRef } from './refs.ts';

DocumentRef.implement({
  description: 'A document the regulation cites by title (《…》), e.g. the FTZ overall plan.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title without book-title marks.' }),
    citedBy: t.loadableList({
      type: ArticleRef,
      description: 'Articles that cite it, in order.',
      load: listsByKey(ARTICLES_CITING_DOCUMENTS, (row) => row.article),
      resolve: (document) => document.id,
    }),
  }),
});
