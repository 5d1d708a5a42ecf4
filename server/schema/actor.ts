import {
  ACTORS_PAGE,
  OBLIGATIONS_BENEFITING_ACTORS,
  OBLIGATIONS_BORNE_BY_ACTORS,
  RELATED_ACTORS,
  ZONES,
  ZONE_ROLES,
  type ActorRelation,
  type ZoneRole,
  type RelatedActorRow,
} from '../queries/actors.ts';
import { INDUSTRIES_DEVELOPED_BY_ZONES } from '../queries/industries.ts';
import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import type { Modality } from '../../seed/types.ts';
import { runQuery } from '../queries/named-query.ts';
import { loadMentioningArticles } from './article.ts';
import { builder } from './builder.ts';
import { articleTextOf, primeArticles } from './article-text.ts';
import { listsByKey, loadPage, pagedByKey, pagesOfKeysPriming } from './loadable-fields.ts';
import { fieldsAt, selectsPath } from './look-ahead.ts';
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql/index.js';
import type { ApiContext } from '../context.ts';
import { groupByKey } from './pagination.ts';
import { AS_OF_ARG_DESCRIPTION, REGULATIONS_ARG_DESCRIPTION, scopeAt, scopeOf } from './scope.ts';
import {
  ActorConnection,
  ActorKindEnum,
  ActorRef,
  ArticleMentionConnection,
  ArticleRef,
  describedEnum,
  ModalityEnum,
  ObligationConnection,
  ZoneIndustryRef,
} from './refs.ts';

const ACTOR_RELATIONS: Record<ActorRelation, string> = {
  MEMBER: 'The other actor is a member of this collective actor (e.g. one Area, …片区, of 各片区).',
  COLLECTIVE: 'This actor is a member of the other, collective actor (e.g. 海关 of the central bodies a text names together).',
  CO_BEARER: 'Both bear at least one common obligation.',
};

const ActorRelationEnum = describedEnum('ActorRelation', 'How two actors are related.', ['MEMBER', 'COLLECTIVE', 'CO_BEARER'] as const, ACTOR_RELATIONS);

const ZONE_ROLE_DESCRIPTIONS: Record<ZoneRole, string> = {
  WHOLE_ZONE: 'The zone a regulation is about: its title names it (中国（…）自由贸易试验区).',
  AREA: 'An Area of a zone: a member of the collective of Areas (…片区 of 各片区).',
  AREA_COLLECTIVE: 'The Areas taken together (各片区).',
  OTHER_ZONE: 'Another zone-like body: a cooperation centre, a bonded or pilot zone that is neither the whole zone nor an Area.',
};

const ZoneRoleEnum = describedEnum('ZoneRole', 'What part a zone plays.', ['WHOLE_ZONE', 'AREA', 'AREA_COLLECTIVE', 'OTHER_ZONE'] as const, ZONE_ROLE_DESCRIPTIONS);

const RelatedActor = builder.objectRef<RelatedActorRow>('RelatedActor').implement({
  description: 'An actor related to another one, and how.',
  fields: (t) => ({
    actor: t.field({ type: ActorRef, description: 'The related actor.', resolve: (r) => r.actor }),
    relation: t.field({ type: ActorRelationEnum, description: 'How it is related.', resolve: (r) => r.relation }),
    sharedObligations: t.exposeInt('shared', {
      description: 'For CO_BEARER: how many obligations both bear; 0 otherwise.',
    }),
  }),
});

type ActorObligationsQuery = typeof OBLIGATIONS_BORNE_BY_ACTORS | typeof OBLIGATIONS_BENEFITING_ACTORS;

/** Pages of the obligations each actor bears or benefits from, for all actors of a request in one query. */
const loadActorObligations = (query: ActorObligationsQuery) =>
  pagesOfKeysPriming(
    query,
    (
      args: DefaultConnectionArguments & {
        modality?: Modality[] | null;
        chapter?: number | null;
        includeCollective?: boolean | null;
        regulations?: readonly string[] | null;
      },
      info,
      ctx,
    ) => ({
      ...scopeOf(args),
      modalities: args.modality ?? null,
      chapter: args.chapter ?? null,
      includeCollective: args.includeCollective ?? false,
      // Each obligation's article, when asked for, comes with the page rather than one round trip later.
      withArticles: selectsPath(info, ['edges', 'node', 'article']),
      ...articleTextOf(ctx),
    }),
    (rows, ctx) => {
      const actors = ActorRef.getDataloader(ctx);
      const articles = ArticleRef.getDataloader(ctx);
      for (const row of rows) {
        actors.prime(row.actor.id, row.actor);
        primeArticles(ctx, articles, row.articles);
      }
    },
  );

const loadBorne = loadActorObligations(OBLIGATIONS_BORNE_BY_ACTORS);
const loadBenefiting = loadActorObligations(OBLIGATIONS_BENEFITING_ACTORS);

/**
 * For `actor(id:)`: starts the obligation pages the request asks of that actor now rather than after the actor's
 * row, and waits for them: each page's statement also returns the actor's row and primes its loader, so the actor
 * with its obligations is one statement (two pipelined with benefits too); the fields' loaders find them done.
 * Without either field, or for an unknown actor, the actor loader reads the row itself.
 */
async function prefetchObligations(id: string, ctx: ApiContext, info: GraphQLResolveInfo): Promise<void> {
  const fields = (info.schema.getType('Actor') as GraphQLObjectType).getFields();
  const pages: Promise<unknown>[] = [];
  for (const [name, load] of [['obligations', loadBorne], ['benefits', loadBenefiting]] as const) {
    const [node] = fieldsAt(info, [name]);
    if (!node) continue;
    const args = getArgumentValues(fields[name]!, node, info.variableValues);
    pages.push(load([id], ctx, args, { fieldNodes: [node], fragments: info.fragments }));
  }
  // A bad argument fails the field itself when its loader runs the same statement; here it is dropped.
  await Promise.allSettled(pages);
}

ActorRef.implement({
  description: 'A body the regulation assigns duties to or benefits: leading group, office, zone, department…',
  fields: (t) => {
    const obligationsField = (query: ActorObligationsQuery, description: string, includeCollective: string) =>
      t.loadable({
        type: ObligationConnection,
        description,
        args: {
          ...t.arg.connectionArgs(),
          modality: t.arg({ type: [ModalityEnum], description: 'Only these modalities.' }),
          chapter: t.arg.int({ description: 'Only obligations stated in this chapter.' }),
          includeCollective: t.arg.boolean({ defaultValue: false, description: includeCollective }),
          regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        },
        ...pagedByKey(query === OBLIGATIONS_BORNE_BY_ACTORS ? loadBorne : loadBenefiting),
      });
    return {
      name: t.exposeString('name', { description: 'Canonical Chinese name, e.g. 国务院 or 上海市人民政府.' }),
      nameEn: t.exposeString('nameEn', { description: 'English name.' }),
      kind: t.field({ type: ActorKindEnum, description: 'What kind of body it is.', resolve: (a) => a.kind }),
      jurisdiction: t.exposeString('jurisdiction', {
        nullable: true,
        description: 'The jurisdiction a local body belongs to (e.g. 上海市); null for national bodies and for roles such as 企业.',
      }),
      aliases: t.stringList({
        description: 'Other names the text uses, including defined short forms (以下简称…).',
        resolve: (a) => a.aliases ?? [],
      }),
      zoneRole: t.loadable({
        type: ZoneRoleEnum,
        nullable: true,
        description: 'For a zone (kind ZONE): the whole zone, an Area, the Areas together, or another zone-like body; null otherwise.',
        load: async (keys: string[], ctx) => {
          const rows = await runQuery(ctx.db, ZONE_ROLES, { keys });
          return keys.map((key) => rows.find((row) => row.key === key)?.role ?? null);
        },
        resolve: (actor) => actor.id,
      }),
      obligations: obligationsField(
        OBLIGATIONS_BORNE_BY_ACTORS,
        'Obligations it bears, in reading order.',
        'Also obligations borne by collectives it is a member of (e.g. 各片区 for a zone).',
      ),
      benefits: obligationsField(
        OBLIGATIONS_BENEFITING_ACTORS,
        'Obligations that benefit it (it is owed support, facilitation…), in reading order.',
        'Also obligations that benefit collectives it is a member of.',
      ),
      articles: t.loadable({
        type: ArticleMentionConnection,
        description: 'Articles that mention it, by regulation and article number, with mention counts.',
        args: { ...t.arg.connectionArgs(), regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }) },
        ...pagedByKey(loadMentioningArticles),
      }),
      relatedActors: t.loadableList({
        type: RelatedActor,
        byPath: true,
        description: 'Members, collectives and co-bearers of this actor.',
        args: { relations: t.arg({ type: [ActorRelationEnum], description: 'Only these relations.' }) },
        load: async (keys: string[], ctx, args) => {
          const rows = await runQuery(ctx.db, RELATED_ACTORS, { keys, relations: args.relations ?? null });
          return groupByKey(keys, rows, (row) => row.key, (row) => row);
        },
        resolve: (actor) => actor.id,
      }),
      industries: t.loadableList({
        type: ZoneIndustryRef,
        description: 'Industries it is to develop (for zones and the zone as a whole), with level and article.',
        load: listsByKey(INDUSTRIES_DEVELOPED_BY_ZONES, (row) => row.link),
        resolve: (actor) => actor.id,
      }),
    };
  },
});

builder.queryFields((t) => ({
  actor: t.field({
    type: ActorRef,
    nullable: true,
    description: 'One actor by stable key (e.g. `actor:guowuyuan`, `actor:<jurisdiction>-<pinyin-of-name>`); null when unknown.',
    args: { id: t.arg.string({ required: true, description: 'Stable actor key.' }) },
    resolve: async (_root, args, ctx, info) => {
      await prefetchObligations(args.id, ctx, info);
      return args.id;
    },
  }),
  actors: t.connection(
    {
      type: ActorRef,
      description: 'Actors by kind then key, optionally filtered.',
      args: {
        kind: t.arg({ type: [ActorKindEnum], description: 'Only these kinds (one or several).' }),
        search: t.arg.string({
          description: 'Case-insensitive substring of the Chinese or English name or an alias, e.g. 海关 or customs.',
        }),
        regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }),
        asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }),
      },
      resolve: async (_root, args, ctx) =>
        loadPage(ctx, ACTORS_PAGE, args, { ...(await scopeAt(ctx, args)), kinds: args.kind ?? null, search: args.search?.trim() || null }),
    },
    ActorConnection,
  ),
  zones: t.field({
    type: [ActorRef],
    description:
      'The zones the text names: actors of kind ZONE that are no collective (the zone as a whole, `Regulation.wholeZone`, and ' +
      'its Areas, …片区); `industries` gives what each is to develop.',
    args: { regulations: t.arg.stringList({ description: REGULATIONS_ARG_DESCRIPTION }), asOf: t.arg.string({ description: AS_OF_ARG_DESCRIPTION }), },
    resolve: async (_root, args, ctx) => (await runQuery(ctx.db, ZONES, await scopeAt(ctx, args))).map((row) => row.zone),
  }),
}));
