// Actors linked by what they share, for the "actors only" view: two actors bearing one duty (co-bearers, those
// joined by 会同 counted apart), one bearing a duty that benefits the other (support, facilitation), membership of
// a collective. One query whatever the size; the obligations behind a link are returned as ids, loaded in one
// batch when asked for.
import type { ActorKind } from '../../seed/types.ts';
import { defineQuery } from './named-query.ts';
import { IN_REGULATIONS, OBLIGATION_ORDER, type RegulationScope } from './rows.ts';

export type ActorLinkRelation = 'CO_BEARS' | 'BENEFITS' | 'MEMBER_OF';

export interface ActorLinkRow {
  source: string;
  target: string;
  relation: ActorLinkRelation;
  /** Obligations behind the link, in reading order (none for membership). */
  obligations: string[];
  /** How many of them join their bearers with 会同 (bearerMethod CO_BEARER): one acts together with the other. */
  jointly: number;
}

export const ACTOR_LINKS = defineQuery<RegulationScope & { kinds: ActorKind[] | null }, ActorLinkRow>(
  'actorLinks',
  `CALL () {
     MATCH (a:Actor)-[:BEARS]->(o:Obligation)<-[:BEARS]-(b:Actor) WHERE a.id < b.id AND ${IN_REGULATIONS('o')}
     WITH a, b, o ORDER BY ${OBLIGATION_ORDER('o')}
     RETURN a, b, 'CO_BEARS' AS relation, collect(o.id) AS obligations,
            count(CASE WHEN o.bearerMethod = 'CO_BEARER' THEN 1 END) AS jointly
     UNION ALL
     MATCH (a:Actor)-[:BEARS]->(o:Obligation)-[:BENEFITS]->(b:Actor) WHERE a <> b AND ${IN_REGULATIONS('o')}
     WITH a, b, o ORDER BY ${OBLIGATION_ORDER('o')}
     RETURN a, b, 'BENEFITS' AS relation, collect(o.id) AS obligations, 0 AS jointly
     UNION ALL
     MATCH (a:Actor)-[m:MEMBER_OF]->(b:Actor) WHERE ${IN_REGULATIONS('m')}
     RETURN DISTINCT a, b, 'MEMBER_OF' AS relation, [] AS obligations, 0 AS jointly
   }
   WITH a, b, relation, obligations, jointly WHERE $kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds)
   RETURN a.id AS source, b.id AS target, relation, obligations, jointly ORDER BY relation, source, target`,
);
