// Cross-tabulations: who bears how many obligations of each modality, and which zone develops which industry.
import type { ActorKind, Modality } from '../../seed/types.ts';
import { defineQuery } from './named-query.ts';
import {
  ACTOR,
  ARTICLE_AS_ASKED,
  INDUSTRY,
  IN_REGULATIONS,
  OBLIGATION_ORDER,
  type ActorRow,
  type ArticleRow,
  type ArticleText,
  type DevelopmentRow,
  type IndustryRow,
  type RegulationScope,
} from './rows.ts';

export interface ResponsibilityRow {
  actor: ActorRow;
  /** Per modality present: how many obligations, and their ids in reading order. */
  cells: { modality: Modality; count: number; ids: string[] }[];
}

export const RESPONSIBILITY_MATRIX = defineQuery<RegulationScope & { kinds: ActorKind[] | null }, ResponsibilityRow>(
  'responsibilityMatrix',
  `MATCH (a:Actor)-[:BEARS]->(o:Obligation)
   WHERE ($kinds IS NULL OR a.kind IN $kinds) AND ${IN_REGULATIONS('o')}
   WITH a, o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH a, o.modality AS modality, count(o) AS count, collect(o.id) AS ids
   WITH a, collect({modality: modality, count: count, ids: ids}) AS cells
   RETURN ${ACTOR('a')} AS actor, cells ORDER BY a.kind, a.id`,
);

/**
 * The same counts without the ids, for requests that do not list the cells' obligations (look-ahead): no sort of
 * every obligation into reading order and no ids, which were most of the answer (with 101 regulations the sort
 * alone made the matrix 5× the floor).
 */
export const RESPONSIBILITY_COUNTS = defineQuery<RegulationScope & { kinds: ActorKind[] | null }, ResponsibilityRow>(
  'responsibilityCounts',
  `MATCH (a:Actor)-[:BEARS]->(o:Obligation)
   WHERE ($kinds IS NULL OR a.kind IN $kinds) AND ${IN_REGULATIONS('o')}
   WITH a, o.modality AS modality, count(o) AS count
   WITH a, collect({modality: modality, count: count, ids: []}) AS cells
   RETURN ${ACTOR('a')} AS actor, cells ORDER BY a.kind, a.id`,
);

/**
 * A zone → industry link as a list, its zone and industry as keys into the row's `zones` and `industries`:
 * [regulation, zone, industry, level, rank, levelEn, article, paragraph]. Lists rather than maps because Neo4j
 * builds, and the driver decodes, a map key by key: on 101 regulations (6,000 links) the statement took 30 ms
 * with lists against 50 ms with maps.
 */
export type DevelopmentTuple = [string, string, string, string, number, string | null, number, number | null];

const DEVELOPMENT_TUPLE = (z: string, d: string, i: string) =>
  `[${d}.regulation, ${z}.id, ${i}.id, ${d}.level, coalesce(${d}.rank, 1), ${d}.levelEn, ${d}.article, ${d}.paragraph]`;

/**
 * The matrix's links in reading order, each zone and industry once (whole rows, as the node loaders hold them,
 * rather than repeated on every link), and with `$withArticles` the articles stating them (their text only with
 * `$articleText`).
 */
export interface ZoneIndustryMatrixRow {
  links: DevelopmentTuple[];
  zones: ActorRow[];
  industries: IndustryRow[];
  articles: ArticleRow[];
}

/**
 * One statement for the matrix and, when the request asks for the cells' articles, those articles (rather than a
 * second statement pipelined beside it: each statement is planned, run and answered on its own). A graph seeded
 * before levels had ranks reads as rank 1.
 */
export const ZONE_INDUSTRY_MATRIX = defineQuery<RegulationScope & ArticleText & { withArticles: boolean }, ZoneIndustryMatrixRow>(
  'zoneIndustryMatrix',
  `MATCH (z:Actor)-[d:DEVELOPS]->(i:Industry) WHERE ${IN_REGULATIONS('d')}
   WITH z, d, i ORDER BY z.id, d.regulation, d.article, d.paragraph, i.id
   WITH collect(${DEVELOPMENT_TUPLE('z', 'd', 'i')}) AS links, collect(DISTINCT z) AS zones, collect(DISTINCT i) AS industries,
        collect(DISTINCT CASE WHEN $withArticles THEN [d.regulation, d.article] END) AS stated
   RETURN links, [z IN zones | ${ACTOR('z')}] AS zones, [i IN industries | ${INDUSTRY('i')}] AS industries, COLLECT {
     UNWIND stated AS clause
     MATCH (art:Article {number: clause[1]}) WHERE art.regulation = clause[0]
     RETURN ${ARTICLE_AS_ASKED('art')} AS article
   } AS articles`,
);

/** The links of a ZONE_INDUSTRY_MATRIX row with their zone and industry rows, in the row's order. */
export function developmentsOf(row: ZoneIndustryMatrixRow | undefined): DevelopmentRow[] {
  if (!row) return [];
  const zones = new Map(row.zones.map((z) => [z.id, z]));
  const industries = new Map(row.industries.map((i) => [i.id, i]));
  return row.links.map(([regulation, zone, industry, level, rank, levelEn, article, paragraph]) => ({
    regulation,
    zone: zones.get(zone)!,
    industry: industries.get(industry)!,
    level,
    rank,
    levelEn,
    article,
    paragraph,
  }));
}

/** Every obligation in scope per modality, and those of them no actor bears (the text names no bearer, or the rules placed none). */
export const OBLIGATION_TOTALS = defineQuery<RegulationScope, { modality: Modality; ids: string[]; unnamed: string[] }>(
  'obligationTotals',
  `MATCH (o:Obligation) WHERE ${IN_REGULATIONS('o')}
   WITH o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH o.modality AS modality, collect(o.id) AS ids,
        collect(CASE WHEN NOT EXISTS { (:Actor)-[:BEARS]->(o) } THEN o.id END) AS unnamed
   RETURN modality, ids, unnamed`,
);
