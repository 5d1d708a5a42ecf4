// Obligations: the filtered list researchers query most, and who bears, benefits from and is concerned
// by each obligation (batched over obligation ids).
import type { BearerMethod, Modality } from '../../seed/types.ts';
import { defineQuery, PAGE_OF, type PageParams, type PageRow } from './named-query.ts';
import {
  ACTOR,
  INDUSTRY,
  IN_REGULATIONS,
  OBLIGATION,
  OBLIGATION_ORDER,
  type ActorRow,
  type IndustryRow,
  type ObligationRow,
  type RegulationScope,
} from './rows.ts';

type Keys = { keys: readonly string[] };

export interface ObligationsFilter extends PageParams, RegulationScope {
  bearer: string | null;
  beneficiary: string | null;
  modalities: Modality[] | null;
  chapter: number | null;
  article: number | null;
  industry: string | null;
  bearerMethods: BearerMethod[] | null;
  includeCollective: boolean;
}

export const OBLIGATIONS_PAGE = defineQuery<ObligationsFilter, PageRow<ObligationRow>>(
  'obligationsPage',
  `MATCH (o:Obligation)
   WHERE ($modalities IS NULL OR o.modality IN $modalities) AND ${IN_REGULATIONS('o')}
     AND ($bearerMethods IS NULL OR o.bearerMethod IN $bearerMethods)
     AND ($article IS NULL OR o.article = $article)
     AND ($chapter IS NULL OR EXISTS { MATCH (art:Article)-[:STATES]->(o) WHERE art.chapter = $chapter })
     AND ($bearer IS NULL OR EXISTS {
       MATCH (a:Actor {id: $bearer})-[:MEMBER_OF*0..1]->(b:Actor)-[:BEARS]->(o) WHERE b = a OR $includeCollective })
     AND ($beneficiary IS NULL OR EXISTS {
       MATCH (a:Actor {id: $beneficiary})-[:MEMBER_OF*0..1]->(b:Actor)<-[:BENEFITS]-(o) WHERE b = a OR $includeCollective })
     AND ($industry IS NULL OR EXISTS { MATCH (o)-[:CONCERNS]->(:Industry {id: $industry}) })
   WITH o ORDER BY ${OBLIGATION_ORDER('o')}
   ${PAGE_OF('o', OBLIGATION('o'))}`,
);

export const BEARERS_OF_OBLIGATIONS = defineQuery<Keys, { key: string; actor: ActorRow }>(
  'bearersOfObligations',
  `UNWIND $keys AS key
   MATCH (a:Actor)-[:BEARS]->(:Obligation {id: key})
   RETURN DISTINCT key, ${ACTOR('a')} AS actor ORDER BY actor.id`,
);

export const BENEFICIARIES_OF_OBLIGATIONS = defineQuery<Keys, { key: string; actor: ActorRow }>(
  'beneficiariesOfObligations',
  `UNWIND $keys AS key
   MATCH (:Obligation {id: key})-[:BENEFITS]->(a:Actor)
   RETURN DISTINCT key, ${ACTOR('a')} AS actor ORDER BY actor.id`,
);

export const INDUSTRIES_OF_OBLIGATIONS = defineQuery<Keys, { key: string; industry: IndustryRow }>(
  'industriesOfObligations',
  `UNWIND $keys AS key
   MATCH (:Obligation {id: key})-[:CONCERNS]->(i:Industry)
   RETURN DISTINCT key, ${INDUSTRY('i')} AS industry ORDER BY industry.id`,
);

