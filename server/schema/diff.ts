// diff(from:, to:): what an amendment changed, article by article, and the obligations it added and dropped.
// Two reads (the articles, the obligations with their bearers, of both texts) and the pure diff of
// seed/compare/diff-versions.ts; the articles and obligations named come through the batched loaders.
import { diffVersions, type ArticleChange, type ArticleChangeKind } from '../../seed/compare/diff-versions.ts';
import { articleKey } from '../../seed/graph-keys.ts';
import { VERSION_ARTICLES, VERSION_OBLIGATIONS } from '../queries/diff.ts';
import { runQuery } from '../queries/named-query.ts';
import { builder } from './builder.ts';
import { badInput } from './pagination.ts';
import { ArticleRef, describedEnum, ObligationRef, RegulationRef } from './refs.ts';

interface DiffShape {
  from: string;
  to: string;
  articles: ArticleChange[];
  gained: string[];
  lost: string[];
}

const KIND_DESCRIPTIONS: Record<ArticleChangeKind, string> = {
  ADDED: 'An article of the newer text that the older has no counterpart of.',
  REMOVED: 'An article of the older text that the newer no longer has.',
  CHANGED: 'An article of both, amended (possibly renumbered).',
  UNCHANGED: 'An article of both with the same words (possibly renumbered).',
};

const ArticleChangeKindEnum = describedEnum(
  'ArticleChangeKind',
  'What an amendment did to an article.',
  ['ADDED', 'REMOVED', 'CHANGED', 'UNCHANGED'] as const,
  KIND_DESCRIPTIONS,
);

const ArticleChangeRef = builder.objectRef<ArticleChange & { fromKey: string; toKey: string }>('ArticleChange').implement({
  description: 'One article of the older text, the newer, or both, paired by their words (articles are renumbered by amendments).',
  fields: (t) => ({
    kind: t.field({ type: ArticleChangeKindEnum, description: 'What happened to it.', resolve: (c) => c.kind }),
    from: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article in the older text; null when added.',
      resolve: (c) => (c.from === null ? null : articleKey(c.fromKey, c.from)),
    }),
    to: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The article in the newer text; null when removed.',
      resolve: (c) => (c.to === null ? null : articleKey(c.toKey, c.to)),
    }),
    similarity: t.float({ description: 'How alike the two texts are (character bigrams, 1 = the same words); 0 when added or removed.', resolve: (c) => c.similarity }),
  }),
});

const count = (d: DiffShape, kind: ArticleChangeKind) => d.articles.filter((c) => c.kind === kind).length;

const VersionDiff = builder.objectRef<DiffShape>('VersionDiff').implement({
  description: 'What changed from one text of a regulation to another.',
  fields: (t) => ({
    from: t.field({ type: RegulationRef, description: 'The older text.', resolve: (d) => d.from }),
    to: t.field({ type: RegulationRef, description: 'The newer text.', resolve: (d) => d.to }),
    articles: t.field({
      type: [ArticleChangeRef],
      description: 'Every article of either text, in reading order of the newer (removed ones where they stood).',
      args: { changedOnly: t.arg.boolean({ defaultValue: false, description: 'Leave out UNCHANGED articles.' }) },
      resolve: (d, args) =>
        d.articles.filter((c) => !args.changedOnly || c.kind !== 'UNCHANGED').map((c) => ({ ...c, fromKey: d.from, toKey: d.to })),
    }),
    added: t.int({ description: 'Articles added.', resolve: (d) => count(d, 'ADDED') }),
    removed: t.int({ description: 'Articles removed.', resolve: (d) => count(d, 'REMOVED') }),
    changed: t.int({ description: 'Articles amended.', resolve: (d) => count(d, 'CHANGED') }),
    unchanged: t.int({ description: 'Articles kept word for word.', resolve: (d) => count(d, 'UNCHANGED') }),
    obligationsGained: t.field({
      type: [ObligationRef],
      description: 'Obligations the newer text states and the older does not (same modality, bearers and nearly the same words count as one).',
      resolve: (d) => d.gained,
    }),
    obligationsLost: t.field({
      type: [ObligationRef],
      description: 'Obligations the older text states and the newer no longer does.',
      resolve: (d) => d.lost,
    }),
  }),
});

builder.queryFields((t) => ({
  diff: t.field({
    type: VersionDiff,
    description: 'Compares two texts of a regulation (`Regulation.versions`), article by article; any two regulations can be compared.',
    args: {
      from: t.arg.string({ required: true, description: 'Key of the older text.' }),
      to: t.arg.string({ required: true, description: 'Key of the newer text.' }),
    },
    resolve: async (_root, args, ctx) => {
      const keys = [args.from, args.to];
      const [articles, obligations] = await Promise.all([
        runQuery(ctx.db, VERSION_ARTICLES, { keys }),
        runQuery(ctx.db, VERSION_OBLIGATIONS, { keys }),
      ]);
      const side = (key: string) => ({
        articles: articles.filter((a) => a.regulation === key),
        obligations: obligations.filter((o) => o.regulation === key),
      });
      const from = side(args.from);
      const to = side(args.to);
      const missing = keys.filter((key, i) => [from, to][i]!.articles.length === 0);
      if (missing.length > 0) throw badInput(`No articles for ${missing.join(', ')}: is it a regulation key?`);
      const diff = diffVersions(from, to);
      return { from: args.from, to: args.to, articles: diff.articles, gained: diff.gained.map((o) => o.id), lost: diff.lost.map((o) => o.id) };
    },
  }),
}));
