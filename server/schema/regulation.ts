import { ARTICLES_OF_CHAPTERS, CHAPTERS, REGULATION_QUERY, WHOLE_ZONE } from '../queries/articles.ts';
import type { ApiContext } from '../context.ts';
import { runQuery } from '../queries/named-query.ts';
import { builder } from './builder.ts';
import { chapterLabels } from './clause.ts';
import { listsByKey } from './loadable-fields.ts';
import { ActorRef, ArticleRef, ChapterRef, RegulationRef } from './refs.ts';

const loadChapters = async (ctx: ApiContext) => (await runQuery(ctx.db, CHAPTERS, {})).map((row) => row.chapter);

RegulationRef.implement({
  description: 'A regulation as promulgated (e.g. an FTZ regulation, 中国（…）自由贸易试验区条例), with its chapters and articles.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Full title without book-title marks.' }),
    issuer: t.exposeString('issuer', { nullable: true, description: 'The body that adopted and promulgated it.' }),
    adopted: t.exposeString('adopted', { nullable: true, description: 'Adoption date (YYYY-MM-DD).' }),
    promulgated: t.exposeString('promulgated', { nullable: true, description: 'Promulgation date (YYYY-MM-DD).' }),
    noticeNumber: t.exposeString('noticeNumber', { nullable: true, description: 'Promulgation notice number as written, e.g. 第56号.' }),
    effective: t.exposeString('effective', { nullable: true, description: 'Date it takes effect (YYYY-MM-DD).' }),
    wholeZone: t.field({
      type: ActorRef,
      nullable: true,
      description:
        'The zone the regulation is about: the actor of kind ZONE its title names, not a collective of Areas (the FTZ of an FTZ ' +
        'regulation, whose Areas are the other zones). Null when the title names no zone.',
      resolve: async (regulation, _args, ctx) => (await runQuery(ctx.db, WHOLE_ZONE, { id: regulation.id }))[0]?.zone ?? null,
    }),
    chapters: t.field({
      type: [ChapterRef],
      description: 'Its chapters in order.',
      resolve: (_regulation, _args, ctx) => loadChapters(ctx),
    }),
  }),
});

ChapterRef.implement({
  description: 'A chapter (章) of the regulation.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Chapter number (第三章 → 3).' }),
    label: t.string({ description: 'Display label of the number, e.g. 第3章.', resolve: (c) => chapterLabels(c.number).label }),
    labelEn: t.string({ description: 'English display label of the number, e.g. Chapter 3.', resolve: (c) => chapterLabels(c.number).labelEn }),
    title: t.exposeString('title', { description: 'Chapter title, e.g. 产业发展.' }),
    articles: t.loadableList({
      type: ArticleRef,
      description: 'The articles of this chapter in order.',
      load: listsByKey(ARTICLES_OF_CHAPTERS, (row) => row.article, (row) => row.article.chapter),
      resolve: (chapter) => chapter.number,
    }),
  }),
});

builder.queryFields((t) => ({
  regulation: t.field({
    type: RegulationRef,
    nullable: true,
    description: 'The regulation in the graph; null while the database is empty.',
    resolve: async (_root, _args, ctx) => (await runQuery(ctx.db, REGULATION_QUERY, {}))[0]?.regulation ?? null,
  }),
  chapters: t.field({
    type: [ChapterRef],
    description: 'All chapters in order.',
    resolve: (_root, _args, ctx) => loadChapters(ctx),
  }),
  chapter: t.field({
    type: ChapterRef,
    nullable: true,
    description: 'One chapter by number; null when there is no such chapter.',
    args: { number: t.arg.int({ required: true, description: 'Chapter number, e.g. 3 for 第三章.' }) },
    resolve: (_root, args) => `chapter:${args.number}`,
  }),
}));
