import {
  ARTICLES_OF_CHAPTERS,
  CHAPTERS_OF_REGULATIONS,
  REGULATION_COUNTS,
  REGULATIONS,
  STRUCTURES_OF_REGULATIONS,
  VERSIONS_OF_REGULATIONS,
  type StructureRow,
  WHOLE_ZONES,
  type RegulationCountsRow,
} from '../queries/articles.ts';
import { inForceOn, ISO_DATE } from '../../seed/compare/in-force.ts';
import { toAkomaNtoso } from '../../seed/export/akoma-ntoso.ts';
import { chapterTitleEn } from '../../seed/chapter-titles.ts';
import { chapterKey } from '../../seed/graph-keys.ts';
import { runQuery } from '../queries/named-query.ts';
import type { ApiContext } from '../context.ts';
import { builder } from './builder.ts';
import { chapterLabels } from './clause.ts';
import { listsByKey, runShared } from './loadable-fields.ts';
import { ActorRef, ArticleRef, ChapterRef, RegulationRef } from './refs.ts';
import { AS_OF_ARG_DESCRIPTION, oneRegulation, regulationKeys, REGULATIONS_ARG_DESCRIPTION, scopeAt } from './scope.ts';
import { badInput, groupByKey } from './pagination.ts';

/** Every version of each regulation, through runShared: `versions` and `inForce` of one list share the statement. */
const loadVersions = async (keys: string[], ctx: ApiContext) =>
  groupByKey(keys, await runShared(ctx, VERSIONS_OF_REGULATIONS, { keys }), (row) => row.key, (row) => row.version);

const RegulationCounts = builder.objectRef<RegulationCountsRow>('RegulationCounts').implement({
  description: 'How much of the graph a regulation holds.',
  fields: (t) => ({
    chapters: t.exposeInt('chapters', { description: 'Chapters (章).' }),
    articles: t.exposeInt('articles', { description: 'Articles (条).' }),
    obligations: t.exposeInt('obligations', { description: 'Obligations it states.' }),
    unnamedObligations: t.exposeInt('unnamedObligations', { description: 'Of those, the obligations no actor bears (未明确主体).' }),
    actors: t.exposeInt('actors', { description: 'Actors it names (shared national bodies included).' }),
    industries: t.exposeInt('industries', { description: 'Industries it names.' }),
    zoneIndustries: t.exposeInt('zoneIndustries', { description: 'Zone → industry links it states.' }),
  }),
});

/** The graph's rows in the shape the export takes (source lines are not stored: 0). */
function structureOf(row: StructureRow) {
  const { work: _work, ...regulation } = row.regulation;
  return {
    regulation,
    chapters: row.chapters.map((c) => ({ ...c, line: 0 })),
    articles: row.articles.map((a) => ({
      ...a,
      line: 0,
      paragraphs: a.paragraphs.map((p) => ({ ...p, line: 0, items: p.items.map((i) => ({ ...i, line: 0 })) })),
    })),
    actors: row.issuers.map((x) => ({ ...x, aliases: x.aliases ?? [], members: [] })),
  };
}

const chaptersOfRegulations = listsByKey(CHAPTERS_OF_REGULATIONS, (row) => row.chapter, (row) => row.chapter.regulation);

RegulationRef.implement({
  description: 'A regulation as promulgated (e.g. an FTZ regulation, 中国（…）自由贸易试验区条例), with its chapters and articles.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Full title without book-title marks.' }),
    issuer: t.exposeString('issuer', { nullable: true, description: 'The body that adopted and promulgated it.' }),
    adopted: t.exposeString('adopted', { nullable: true, description: 'Adoption date (YYYY-MM-DD).' }),
    promulgated: t.exposeString('promulgated', { nullable: true, description: 'Promulgation date (YYYY-MM-DD).' }),
    noticeNumber: t.exposeString('noticeNumber', { nullable: true, description: 'Promulgation notice number as written, e.g. 第56号.' }),
    effective: t.exposeString('effective', { nullable: true, description: 'Date it takes effect (YYYY-MM-DD).' }),
    wholeZone: t.loadable({
      type: ActorRef,
      nullable: true,
      description:
        'The zone the regulation is about: the actor of kind ZONE its title names, not a collective of Areas (the FTZ of an FTZ ' +
        'regulation, whose Areas are the other zones). Null when the title names no zone.',
      load: async (keys: string[], ctx) => {
        const rows = await runQuery(ctx.db, WHOLE_ZONES, { keys });
        return keys.map((key) => rows.find((row) => row.key === key)?.zone ?? null);
      },
      resolve: (regulation) => regulation.id,
    }),
    counts: t.loadable({
      type: RegulationCounts,
      description: 'How many chapters, articles, obligations, actors, industries and zone links it holds.',
      load: async (keys: string[], ctx) => {
        const rows = await runQuery(ctx.db, REGULATION_COUNTS, { keys });
        return keys.map((key) => rows.find((row) => row.key === key) ?? new Error(`no regulation ${key}`));
      },
      resolve: (regulation) => regulation.id,
    }),
    work: t.exposeString('work', {
      nullable: true,
      description: 'What it is a version of: its title without spacing and amendment note. Versions share it.',
    }),
    versions: t.loadableList({
      type: RegulationRef,
      description: 'Every text of the same regulation in the graph (this one included), oldest first by effective date.',
      load: loadVersions,
      resolve: (regulation) => regulation.id,
    }),
    inForce: t.loadable({
      type: 'Boolean',
      description: 'Whether this is the version in force on the date: of its versions, the one that took effect last on or before it.',
      args: { on: t.arg.string({ required: true, description: 'A date, YYYY-MM-DD.' }) },
      // One statement for every regulation of the list, by path: a field asked with another date loads apart.
      byPath: true,
      load: async (keys: string[], ctx, args) => {
        const versions = await loadVersions(keys, ctx);
        return keys.map((key, i) => inForceOn(versions[i]!, args.on).has(key));
      },
      // Checked here, not in the loader, so that a bad date fails this field with its own message.
      resolve: (regulation, args) => {
        if (!ISO_DATE.test(args.on)) throw badInput(`Argument "on" must be a date YYYY-MM-DD (got "${args.on}").`);
        return regulation.id;
      },
    }),
    akomaNtoso: t.loadable({
      type: 'String',
      description:
        'Its parsed structure as Akoma Ntoso 3.0 XML (OASIS LegalDocML): FRBR identification, 章 → chapter, 条 → article ' +
        '(eId art_28), 款 → paragraph (art_28__para_2), 项 → point (art_28__para_2__point_1). The same as ' +
        '`npm run extract -- FILE --akn` gives for the text.',
      load: async (keys: string[], ctx) => {
        const rows = await runQuery(ctx.db, STRUCTURES_OF_REGULATIONS, { keys });
        return keys.map((key) => {
          const row = rows.find((r) => r.key === key);
          return row ? toAkomaNtoso(structureOf(row)) : new Error(`no regulation ${key}`);
        });
      },
      resolve: (regulation) => regulation.id,
    }),
    chapters: t.loadableList({
      type: ChapterRef,
      description: 'Its chapters in order.',
      load: chaptersOfRegulations,
      resolve: (regulation) => regulation.id,
    }),
    chapter: t.field({
      type: ChapterRef,
      nullable: true,
      description: 'One of its chapters by number; null when there is no such chapter.',
      args: { number: t.arg.int({ required: true, description: 'Chapter number, e.g. 3 for 第三章.' }) },
      resolve: (regulation, args) => chapterKey(regulation.id, args.number),
    }),
  }),
});

ChapterRef.implement({
  description: 'A chapter (章) of a regulation.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Chapter number (第三章 → 3).' }),
    label: t.string({ description: 'Display label of the number, e.g. 第3章.', resolve: (c) => chapterLabels(c.number).label }),
    labelEn: t.string({ description: 'English display label of the number, e.g. Chapter 3.', resolve: (c) => chapterLabels(c.number).labelEn }),
    title: t.exposeString('title', { description: 'Chapter title, e.g. 产业发展.' }),
    titleEn: t.string({
      nullable: true,
      description: 'English chapter title from the generic vocabulary of chapter phrases (产业发展 → Industrial Development); null when it has none.',
      resolve: (c) => chapterTitleEn(c.title),
    }),
    regulation: t.field({ type: RegulationRef, description: 'The regulation it belongs to.', resolve: (c) => c.regulation }),
    articles: t.loadableList({
      type: ArticleRef,
      description: 'The articles of this chapter in order.',
      load: listsByKey(ARTICLES_OF_CHAPTERS, (row) => row.article),
      resolve: (chapter) => chapter.id,
    }),
  }),
});

builder.queryFields((t) => ({
  regulations: t.field({
    type: [RegulationRef],
    description: 'The regulations in the graph, by key.',
    args: {
      keys: t.arg.stringList({ description: 'Only these (keys, e.g. `regulation:<slug>`).' }),
      asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) =>
      (await runQuery(ctx.db, REGULATIONS, await scopeAt(ctx, { regulations: args.keys, asOf: args.asOf }))).map((row) => row.regulation),
  }),
  regulation: t.field({
    type: RegulationRef,
    nullable: true,
    description:
      'One regulation by key; without a key, the only regulation in the graph (an error when it holds several). Null when ' +
      'there is no such regulation or the graph is empty.',
    args: { key: t.arg.string({ description: 'Regulation key, e.g. `regulation:<slug>`.' }) },
    resolve: (_root, args, ctx) => oneRegulation(ctx, args.key),
  }),
  chapters: t.field({
    type: [ChapterRef],
    description: 'Chapters in order, regulation by regulation.',
    args: { regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }), asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const keys = (await scopeAt(ctx, args)).regulations ?? (await regulationKeys(ctx));
      return (await chaptersOfRegulations([...keys], ctx)).flat();
    },
  }),
  chapter: t.field({
    type: ChapterRef,
    nullable: true,
    description: 'One chapter by number; null when there is no such chapter.',
    args: {
      number: t.arg.int({ required: true, description: 'Chapter number, e.g. 3 for 第三章.' }),
      regulation: t.arg.string({ description: 'The regulation (key); may be left out while the graph holds one.' }),
    },
    resolve: async (_root, args, ctx) => {
      const regulation = await oneRegulation(ctx, args.regulation);
      return regulation === null ? null : chapterKey(regulation, args.number);
    },
  }),
}));
