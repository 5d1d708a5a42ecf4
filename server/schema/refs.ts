// References to every node type, declared before any type is implemented so that type files can point at
// each other without import cycles. Each ref loads its rows through a per-request DataLoader (one
// `UNWIND $ids` query per type per tick), and caches rows other resolvers already returned.
import { ACTOR_KINDS, MODALITIES } from '../../seed/types.ts';
import type { ApiContext } from '../context.ts';
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
import type { ZoneIndustryRow } from '../queries/actors.ts';
import { builder } from './builder.ts';

const loadNodes =
  <Row extends { id: string }>(query: NamedQuery<{ ids: readonly string[] }, { node: Row }>) =>
  async (ids: string[], ctx: ApiContext): Promise<Row[]> =>
    (await runQuery(ctx.db, query, { ids })).map((row) => row.node);

const nodeRef = <Row extends { id: string }>(name: string, query: NamedQuery<{ ids: readonly string[] }, { node: Row }>) =>
  builder.loadableNodeRef(name, {
    id: { resolve: (row: Row) => row.id },
    load: loadNodes(query),
    toKey: (row: Row) => row.id,
    sort: true,
    cacheResolved: true,
  });

export const RegulationRef = nodeRef('Regulation', REGULATIONS_BY_IDS);
export const ChapterRef = nodeRef('Chapter', CHAPTERS_BY_IDS);
export const ArticleRef = nodeRef('Article', ARTICLES_BY_IDS);
export const ParagraphRef = nodeRef('Paragraph', PARAGRAPHS_BY_IDS);
export const ItemRef = nodeRef('Item', ITEMS_BY_IDS);
export const ActorRef = nodeRef('Actor', ACTORS_BY_IDS);
export const IndustryRef = nodeRef('Industry', INDUSTRIES_BY_IDS);
export const ObligationRef = nodeRef('Obligation', OBLIGATIONS_BY_IDS);
export const DocumentRef = nodeRef('Document', DOCUMENTS_BY_IDS);

builder.interfaceField(builder.nodeInterfaceRef(), 'key', (t) =>
  t.string({
    description:
      'Stable graph id, e.g. `actor:ftz-office`, `article:28`, `obligation:10-1-1-1`. It survives re-seeding; use it in ' +
      'URLs and as the `id`/`ids`/`bearer`/`from`/`to` arguments of the query fields.',
    resolve: (node) => (node as { id: string }).id,
  }),
);

const ACTOR_KIND_DESCRIPTIONS: Record<(typeof ACTOR_KINDS)[number], string> = {
  LEADING_GROUP: 'A leading group, e.g. the FTZ work leading group (领导小组).',
  OFFICE: 'An office serving a leading group, e.g. the FTZ work office (自贸办).',
  ZONE: 'The FTZ or one of its zones (片区), e.g. 喀什片区.',
  REGIONAL_GOVERNMENT: 'The autonomous-region government (自治区人民政府) or its collective organs.',
  LOCAL_GOVERNMENT: 'Prefecture, city or county governments where a zone lies.',
  DEPARTMENT: 'A department of a government (有关部门, 商务主管部门…).',
  CENTRAL_AGENCY: 'A central-government unit stationed in Xinjiang (中央驻疆单位: customs, border inspection, tax…).',
  ZONE_AUTHORITY: 'The management body of a zone (片区管理机构).',
  INSTITUTION: 'Universities, research institutes, courts, arbitration bodies and similar institutions.',
  OTHER: 'Enterprises, individuals and any other party.',
};

export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'What kind of body an actor is.',
  values: Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, { description: ACTOR_KIND_DESCRIPTIONS[kind] }])) as Record<
    (typeof ACTOR_KINDS)[number],
    { description: string }
  >,
});

const MODALITY_DESCRIPTIONS: Record<(typeof MODALITIES)[number], string> = {
  SHALL: 'A duty: 应当 (shall).',
  RESPONSIBLE: 'A responsibility or function: 负责, 履行…职责 (is responsible for).',
  MAY: 'A permission: 可以 (may).',
  SUPPORT: 'A commitment to support: 支持 (supports).',
  ENCOURAGE: 'An encouragement: 鼓励 (encourages).',
  MUST_NOT: 'A prohibition: 不得 (must not).',
};

export const ModalityEnum = builder.enumType('Modality', {
  description: 'The deontic force of an obligation, from the modal marker in the text.',
  values: Object.fromEntries(MODALITIES.map((m) => [m, { description: MODALITY_DESCRIPTIONS[m] }])) as Record<
    (typeof MODALITIES)[number],
    { description: string }
  >,
});

export const ObligationConnection = builder.connectionObject(
  { type: ObligationRef, name: 'ObligationConnection', description: 'A page of obligations, in reading order.' },
  { name: 'ObligationEdge', description: 'An obligation with its cursor.' },
);

export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: 'ArticleConnection', description: 'A page of articles, by article number.' },
  { name: 'ArticleEdge', description: 'An article with its cursor.' },
);

export const ActorConnection = builder.connectionObject(
  { type: ActorRef, name: 'ActorConnection', description: 'A page of actors, by kind then key.' },
  { name: 'ActorEdge', description: 'An actor with its cursor.' },
);

export const IndustryConnection = builder.connectionObject(
  { type: IndustryRef, name: 'IndustryConnection', description: 'A page of industries, by key.' },
  { name: 'IndustryEdge', description: 'An industry with its cursor.' },
);

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

export const ZoneIndustryRef = builder.objectRef<ZoneIndustryRow>('ZoneIndustry');
