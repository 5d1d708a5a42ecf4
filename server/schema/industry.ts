import { INDUSTRIES_PAGE, OBLIGATIONS_CONCERNING_INDUSTRIES, ZONES_DEVELOPING_INDUSTRIES } from '../queries/industries.ts';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Modality } from '../../seed/types.ts';
import { loadMentioningArticles } from './article.ts';
import { articleOf } from './article-text.ts';
import { builder } from './builder.ts';
import { ClauseRef } from './clause.ts';
import { listsByKey, loadPage, pagedByKey, pagesOfKeys } from './loadable-fields.ts';
import {
  ActorRef,
  ArticleMentionConnection,
  ArticleRef,
  IndustryConnection,
  IndustryRef,
  ModalityEnum,
  ObligationConnection,
  ParagraphRef,
  RegulationRef,
  ZoneIndustryRef,
} from './refs.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt, scopeOf } from './scope.ts';
import { paragraphKey } from '../../seed/graph-keys.ts';

ZoneIndustryRef.implement({
  description: 'A zone (an Area, or the zone as a whole) and an industry the regulation says it is to develop.',
  fields: (t) => ({
    zone: t.field({ type: ActorRef, description: 'The zone.', resolve: (z) => z.zone }),
    industry: t.field({ type: IndustryRef, description: 'The industry.', resolve: (z) => z.industry }),
    level: t.exposeString('level', { description: 'The verb phrase that sets the priority, as written, e.g. 重点发展, 积极培育.' }),
    rank: t.exposeInt('rank', {
      description: 'How strong the level is, higher is stronger: 3 a priority (重点发展), 2 emphatic (积极培育), 1 plain (发展); 1 for a level the vocabulary does not list.',
    }),
    levelEn: t.exposeString('levelEn', {
      nullable: true,
      description: 'English gloss of the level, e.g. "focus on" for 重点发展; null for a level the vocabulary does not list.',
    }),
    regulation: t.field({ type: RegulationRef, description: 'The regulation that says so.', resolve: (z) => z.regulation }),
    article: t.field({ type: ArticleRef, description: 'The article that says so.', resolve: (z, _args, ctx) => articleOf(ctx, z.regulation, z.article) }),
    paragraph: t.field({
      type: ParagraphRef,
      nullable: true,
      description: 'The paragraph that says so.',
      resolve: (z) => (z.paragraph === null ? null : paragraphKey(z.regulation, z.article, z.paragraph)),
    }),
    clause: t.field({
      type: ClauseRef,
      nullable: true,
      description: 'The paragraph that says so, with its labels.',
      resolve: (z) => (z.paragraph === null ? null : { regulation: z.regulation, article: z.article, paragraph: z.paragraph, item: null }),
    }),
  }),
});

IndustryRef.implement({
  description: 'An industry or sector the regulation names, e.g. 纺织服装 (textiles and apparel).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Chinese name.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    gbCode: t.exposeString('gbCode', {
      nullable: true,
      description: 'GB/T 4754-2017 industry code where one clearly applies.',
    }),
    aliases: t.stringList({ description: 'Other wordings the text uses for it.', resolve: (i) => i.aliases ?? [] }),
    zones: t.loadableList({
      type: ZoneIndustryRef,
      description: 'Zones that are to develop it, with level and article.',
      load: listsByKey(ZONES_DEVELOPING_INDUSTRIES, (row) => row.link),
      resolve: (industry) => industry.id,
    }),
    articles: t.loadable({
      type: ArticleMentionConnection,
      description: 'Articles that mention it, by regulation and article number, with mention counts.',
      args: { ...t.arg.connectionArgs(), regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }) },
      ...pagedByKey(loadMentioningArticles),
    }),
    obligations: t.loadable({
      type: ObligationConnection,
      description: 'Obligations that concern it, in reading order.',
      args: {
        ...t.arg.connectionArgs(),
        modality: t.arg({ type: [ModalityEnum], description: 'Only these modalities.' }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
      },
      ...pagedByKey(
        pagesOfKeys(
          OBLIGATIONS_CONCERNING_INDUSTRIES,
          (args: DefaultConnectionArguments & { modality?: Modality[] | null; regulations?: readonly string[] | null }) => ({
            ...scopeOf(args),
            modalities: args.modality ?? null,
          }),
        ),
      ),
    }),
  }),
});

builder.queryFields((t) => ({
  industry: t.field({
    type: IndustryRef,
    nullable: true,
    description: 'One industry by stable key (e.g. `industry:fangzhi-fuzhuang`); null when unknown.',
    args: { id: t.arg.string({ required: true, description: 'Stable industry key.' }) },
    resolve: (_root, args) => args.id,
  }),
  industries: t.connection(
    {
      type: IndustryRef,
      description: 'Industries by key, optionally filtered by name.',
      args: {
        search: t.arg.string({
          description: 'Case-insensitive substring of the Chinese or English name or an alias, e.g. 纺织 or textile.',
        }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx) =>
        loadPage(ctx, INDUSTRIES_PAGE, args, { ...(await scopeAt(ctx, args)), search: args.search?.trim() || null }),
    },
    IndustryConnection,
  ),
}));
