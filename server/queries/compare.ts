// Regulations side by side: what each actor bears in each regulation, and which regulations name each actor.
// Both take the regulations compared as `$regulations` (a list, never null).
import type { Modality } from '../../seed/types.ts';
import { defineQuery } from './named-query.ts';
import { ACTOR, OBLIGATION_ORDER, type ActorRow } from './rows.ts';

export interface BorneInRegulationRow {
  actor: ActorRow;
  regulation: string;
  /** Obligation ids in reading order, per modality present. */
  cells: { modality: Modality; ids: string[] }[];
}

export const BORNE_BY_REGULATION = defineQuery<{ regulations: readonly string[] }, BorneInRegulationRow>(
  'borneByRegulation',
  `MATCH (a:Actor)-[:BEARS]->(o:Obligation) WHERE o.regulation IN $regulations
   WITH a, o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH a, o.regulation AS regulation, o.modality AS modality, collect(o.id) AS ids
   WITH a, regulation, collect({modality: modality, ids: ids}) AS cells
   RETURN ${ACTOR('a')} AS actor, regulation, cells ORDER BY a.kind, a.id, regulation`,
);

export const ACTORS_NAMED_BY = defineQuery<{ regulations: readonly string[] }, { actor: ActorRow; regulations: string[] }>(
  'actorsNamedBy',
  `MATCH (r:Regulation)-[:NAMES]->(a:Actor) WHERE r.id IN $regulations
   WITH a, r ORDER BY r.id
   WITH a, collect(r.id) AS regulations
   RETURN ${ACTOR('a')} AS actor, regulations ORDER BY a.kind, a.id`,
);
