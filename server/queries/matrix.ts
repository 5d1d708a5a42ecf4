// Cross-tabulations: who bears how many obligations of each modality, and which zone develops which industry.
import type { ActorKind, Modality } from '../../seed/types.ts';
import { defineQuery } from './named-query.ts';
import { ACTOR, ARTICLE, DEVELOPMENT, IN_REGULATIONS, OBLIGATION_ORDER, type ActorRow, type ArticleRow, type DevelopmentRow, type RegulationScope } from './rows.ts';

export interface ResponsibilityRow {
  actor: ActorRow;
  /** Obligation ids in reading order, per modality present. */
  cells: { modality: Modality; ids: string[] }[];
}

export const RESPONSIBILITY_MATRIX = defineQuery<RegulationScope & { kinds: ActorKind[] | null }, ResponsibilityRow>(
  'responsibilityMatrix',
  `MATCH (a:Actor)-[:BEARS]->(o:Obligation)
   WHERE ($kinds IS NULL OR a.kind IN $kinds) AND ${IN_REGULATIONS('o')}
   WITH a, o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH a, o.modality AS modality, collect(o.id) AS ids
   WITH a, collect({modality: modality, ids: ids}) AS cells
   RETURN ${ACTOR('a')} AS actor, cells ORDER BY a.kind, a.id`,
);

/** Every zone → industry link in reading order and, with `$withArticles`, the articles stating them. */
export interface ZoneIndustryMatrixRow {
  links: DevelopmentRow[];
  articles: ArticleRow[];
}

/**
 * The matrix's links and, when the request asks for the cells' articles, those articles in the same statement
 * (one statement rather than two pipelined: each statement is planned, run and answered on its own).
 */
export const ZONE_INDUSTRY_MATRIX = defineQuery<RegulationScope & { withArticles: boolean }, ZoneIndustryMatrixRow>(
  'zoneIndustryMatrix',
  `MATCH (z:Actor)-[d:DEVELOPS]->(i:Industry) WHERE ${IN_REGULATIONS('d')}
   WITH z, d, i ORDER BY z.id, d.regulation, d.article, d.paragraph, i.id
   WITH collect(${DEVELOPMENT('z', 'd', 'i')}) AS links,
        collect(DISTINCT CASE WHEN $withArticles THEN [d.regulation, d.article] END) AS stated
   RETURN links, COLLECT {
     UNWIND stated AS clause
     MATCH (art:Article {number: clause[1]}) WHERE art.regulation = clause[0]
     RETURN ${ARTICLE('art')} AS article
   } AS articles`,
);

/** Every obligation in scope per modality, and those of them no actor bears (the text names no bearer, or the rules placed none). */
export const OBLIGATION_TOTALS = defineQuery<RegulationScope, { modality: Modality; ids: string[]; unnamed: string[] }>(
  'obligationTotals',
  `MATCH (o:Obligation) WHERE ${IN_REGULATIONS('o')}
   WITH o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH o.modality AS modality, collect(o.id) AS ids,
        collect(CASE WHEN NOT EXISTS { (:Actor)-[:BEARS]->(o) } THEN o.id END) AS unnamed
   RETURN modality, ids, unnamed`,
);
