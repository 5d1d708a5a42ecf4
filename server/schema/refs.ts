// References to every node type, declared before any type is implemented so that type files can point at
// each other without import cycles. Each ref loads its rows through a per-request DataLoader (one
// `UNWIND $ids` query per type per tick), and caches rows other resolvers already returned.
import type { OutputType } from '@pothos/core';
import { ACTOR_KINDS, BEARER_METHODS, MODALITIES } from '../../seed/types.ts';
import type { ApiContext } from '../context.ts';
import type { DevelopmentRow } from '../queries/rows.ts';
import { runQuery, type NamedQuery } from '../queries/named-query.ts';
import {
  ACTORS_BY_IDS,
  ARTICLES_BY_IDS,
  CHAPTERS_BY_IDS,
  DOCUMENTS_BY_IDS,
  INDUSTRIES_BY_IDS,
  ITEMS_BY_IDS,
  OBLIGATIONS_BY_IDS,
  PARAGRAPHS_BY_IDS,
  REGULATIONS_BY_IDS,
} from '../queries/nodes.ts';
import { articleTextOf } from './article-text.ts';
import { builder } from './builder.ts';

type Ids = { ids: readonly string[] };

/** `paramsOf`: what else the statement takes, from the request (e.g. whether article rows carry their text). */
const nodeRef = <Row extends { id: string }, P extends Ids = Ids>(
  name: string,
  query: NamedQuery<P, { node: Row }>,
  paramsOf: (ctx: ApiContext) => Omit<P, 'ids'> = () => ({}) as Omit<P, 'ids'>,
) =>
  builder.loadableNodeRef(name, {
    id: { resolve: (row: Row) => row.id },
    load: async (ids: string[], ctx: ApiContext): Promise<Row[]> =>
      (await runQuery(ctx.db, query, { ...paramsOf(ctx), ids } as unknown as P)).map((row) => row.node),
    toKey: (row: Row) => row.id,
    sort: true,
    cacheResolved: true,
  });

export const RegulationRef = nodeRef('Regulation', REGULATIONS_BY_IDS);
export const ChapterRef = nodeRef('Chapter', CHAPTERS_BY_IDS);
export const ArticleRef = nodeRef('Article', ARTICLES_BY_IDS, articleTextOf);
export const ParagraphRef = nodeRef('Paragraph', PARAGRAPHS_BY_IDS);
export const ItemRef = nodeRef('Item', ITEMS_BY_IDS);
export const ActorRef = nodeRef('Actor', ACTORS_BY_IDS);
export const IndustryRef = nodeRef('Industry', INDUSTRIES_BY_IDS);
export const ObligationRef = nodeRef('Obligation', OBLIGATIONS_BY_IDS);
export const DocumentRef = nodeRef('Document', DOCUMENTS_BY_IDS);

builder.interfaceField(builder.nodeInterfaceRef(), 'key', (t) =>
  t.string({
    description:
      'Stable graph id, e.g. `actor:haiguan`, `article:<slug>/28`, `obligation:<slug>/10-1-1-1` (what a ' +
      'regulation owns is keyed under it; bodies and industries are shared). It survives re-seeding; use it in ' +
      'URLs and as the `id`/`ids`/`bearer`/`from`/`to` arguments of the query fields.',
    resolve: (node) => (node as { id: string }).id,
  }),
);

const ACTOR_KIND_DESCRIPTIONS: Record<(typeof ACTOR_KINDS)[number], string> = {
  LEGISLATURE: 'A people\'s congress or its standing committee (人民代表大会常务委员会).',
  LEADING_GROUP: 'A leading group or deliberation and coordination body (领导小组, 议事协调机构).',
  OFFICE: 'An office serving a leading group or government (工作办公室, 办事机构).',
  ZONE: 'A zone or one of its Areas acting as a body (自贸试验区, 片区, 自由贸易港).',
  REGIONAL_GOVERNMENT: 'The government of the regulation\'s own province-level jurisdiction (市人民政府 in Shanghai, 自治区人民政府), or that jurisdiction acting as one (本市, 海南省).',
  LOCAL_GOVERNMENT: 'A government below the province level (区人民政府, prefecture and county governments).',
  DEPARTMENT: 'A department or authority of a local government (有关部门, 商务主管部门, 行政机关).',
  CENTRAL_AGENCY: 'A national body (国务院, 海关, 中国人民银行, 国务院有关部门) or the State (国家).',
  ZONE_AUTHORITY: 'The management body of a zone (管委会, 片区管理机构).',
  JUDICIARY: 'A court or procuratorate (人民法院, 人民检察院).',
  INSTITUTION: 'Financial, research, service and professional institutions, associations and organisations.',
  ENTERPRISE: 'Enterprises, investors, operators and other business entities.',
  PERSON: 'Individuals, residents, parties and staff.',
  OTHER: 'Any other party (单位, 法人).',
};

/** An enum whose values keep the order of `values`, each described (the Record leaves none out). */
export function describedEnum<V extends string>(name: string, description: string, values: readonly V[], descriptions: Record<V, string>) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(values.map((value) => [value, { description: descriptions[value] }])) as Record<V, { description: string }>,
  });
}

export const ActorKindEnum = describedEnum('ActorKind', 'What kind of body an actor is.', ACTOR_KINDS, ACTOR_KIND_DESCRIPTIONS);

const MODALITY_DESCRIPTIONS: Record<(typeof MODALITIES)[number], string> = {
  SHALL: 'A duty: 应当 (shall).',
  RESPONSIBLE: 'A responsibility or function: 负责, 履行…职责 (is responsible for).',
  MAY: 'A permission: 可以 (may).',
  SUPPORT: 'A commitment to support: 支持 (supports).',
  ENCOURAGE: 'An encouragement: 鼓励 (encourages).',
  MUST_NOT: 'A prohibition: 不得 (must not).',
};

export const ModalityEnum = describedEnum('Modality', 'The deontic force of an obligation, from the modal marker in the text.', MODALITIES, MODALITY_DESCRIPTIONS);

const BEARER_METHOD_DESCRIPTIONS: Record<(typeof BEARER_METHODS)[number], string> = {
  SUBJECT: 'The clause names its bearer as its subject (管委会应当…).',
  COORDINATION: 'The subject is a coordination of bearers (A、B和C应当…).',
  DEFINED_TERM: 'The subject is a term the regulation defines (以下简称…).',
  CO_BEARER: 'The subject and the bodies it acts with (A会同B…).',
  AGENT: 'The agent of 由X负责 / 应当由X….',
  LIST_INTRODUCTION: 'An item takes the bearer of the sentence that introduces its list (X履行下列职责：…).',
  SAME_SENTENCE: 'An earlier clause of the same sentence names the bearer.',
  EARLIER_SENTENCE: 'The clause has no subject; the nearest earlier sentence of the article names the bearer.',
  UNRESOLVED: 'The clause has a subject that names no actor (an activity or a thing); its words are in `subject`.',
  NONE: 'The text names no bearer (支持…, 鼓励… without a subject, or a general prohibition).',
};

export const BearerMethodEnum = describedEnum(
  'BearerMethod',
  'How the extraction rules found the bearers of an obligation, so that uncertain ones can be reviewed.',
  BEARER_METHODS,
  BEARER_METHOD_DESCRIPTIONS,
);

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

/** `<Name>Connection` of `<Name>Edge`s: a page of a list and its items. */
const connectionOf = <Type extends OutputType<BuilderTypes>>(type: Type, name: string, page: string, item: string) =>
  builder.connectionObject({ type, name: `${name}Connection`, description: page }, { name: `${name}Edge`, description: item });

export const ObligationConnection = connectionOf(ObligationRef, 'Obligation', 'A page of obligations, in reading order.', 'An obligation with its cursor.');
export const ArticleConnection = connectionOf(ArticleRef, 'Article', 'A page of articles, by article number.', 'An article with its cursor.');
export const ActorConnection = connectionOf(ActorRef, 'Actor', 'A page of actors, by kind then key.', 'An actor with its cursor.');
export const IndustryConnection = connectionOf(IndustryRef, 'Industry', 'A page of industries, by key.', 'An industry with its cursor.');

export const ArticleMentionConnection = builder.connectionObject(
  {
    type: ArticleRef,
    name: 'ArticleMentionConnection',
    description: 'A page of the articles that mention an actor or industry, by article number.',
  },
  {
    name: 'ArticleMentionEdge',
    description: 'An article that mentions the actor or industry, with how often.',
    fields: (t) => ({
      mentionCount: t.int({
        description: 'How many times the article mentions it.',
        resolve: (edge) => (edge as unknown as { mentionCount: number }).mentionCount,
      }),
    }),
  },
);

export const ZoneIndustryRef = builder.objectRef<DevelopmentRow>('ZoneIndustry');
