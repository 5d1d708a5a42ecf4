// Actors: lists, what they bear and benefit from, where they are mentioned, whom they relate to (what zones
// develop is in industries.ts).
import { KEYED_LABEL } from '../../seed/graph-rows.ts';
import type { ActorKind, Modality } from '../../seed/types.ts';
import { defineQuery, PAGE_OF, type PageParams, type PageRow } from './named-query.ts';
import {
  ACTOR,
  ARTICLE,
  ARTICLE_AS_ASKED,
  OBLIGATION,
  OBLIGATION_ORDER,
  IN_REGULATIONS,
  NAMED_IN_REGULATIONS,
  type RegulationScope,
  type ActorRow,
  type ArticleRow,
  type ArticleText,
  type ObligationRow,
} from './rows.ts';

type Keys = { keys: readonly string[] };

/** Case-insensitive substring match on names and aliases; `$search` null matches everything. */
export const NAME_MATCHES = (v: string) =>
  `($search IS NULL OR toLower(${v}.name) CONTAINS toLower($search) OR toLower(${v}.nameEn) CONTAINS toLower($search)
    OR any(alias IN coalesce(${v}.aliases, []) WHERE toLower(alias) CONTAINS toLower($search)))`;

export const ACTORS_PAGE = defineQuery<PageParams & RegulationScope & { kinds: ActorKind[] | null; search: string | null }, PageRow<ActorRow>>(
  'actorsPage',
  `MATCH (a:Actor)
   WHERE ($kinds IS NULL OR a.kind IN $kinds) AND ${NAME_MATCHES('a')} AND ${NAMED_IN_REGULATIONS('a')}
   WITH a ORDER BY a.kind, a.id
   ${PAGE_OF('a', ACTOR('a'))}`,
);

export const ZONES = defineQuery<RegulationScope, { zone: ActorRow }>(
  'zones',
  // The zones proper are the ones the text groups under a collective (统称各片区); the FTZ as a whole and the
  // collective itself are not. A regulation without such a collective falls back to every non-collective zone.
  `MATCH (z:Actor {kind: 'ZONE'}) WHERE NOT EXISTS { (:Actor)-[:MEMBER_OF]->(z) } AND ${NAMED_IN_REGULATIONS('z')}
   WITH collect(z) AS candidates
   WITH candidates, [z IN candidates WHERE EXISTS { (z)-[:MEMBER_OF]->(:Actor) }] AS members
   UNWIND CASE WHEN size(members) > 0 THEN members ELSE candidates END AS z
   RETURN ${ACTOR('z')} AS zone ORDER BY z.id`,
);

export interface ObligationFilter extends PageParams, RegulationScope {
  modalities: Modality[] | null;
  chapter: number | null;
  /** Also count obligations borne by (or benefiting) collectives the actor is a MEMBER_OF. */
  includeCollective: boolean;
}

const OBLIGATION_FILTER = (o: string) =>
  `($modalities IS NULL OR ${o}.modality IN $modalities) AND ${IN_REGULATIONS(o)}
   AND ($chapter IS NULL OR EXISTS { MATCH (art:Article)-[:STATES]->(${o}) WHERE art.chapter = $chapter })`;

/**
 * The obligations actor `a` bears or benefits from (`o`, each once), and with `$includeCollective` also those of
 * the collectives it is a member of: two patterns, so that the common case is one plain expansion (a variable-length
 * MEMBER_OF*0..1 filtered afterwards cost about 0.2 ms more on the shipped regulation). `link` is the relationship
 * from an actor to `o`, e.g. `-[:BEARS]->`.
 */
const OBLIGATIONS_LINKED = (link: string) => `CALL (a) {
     OPTIONAL MATCH (a)${link}(o:Obligation) WHERE ${OBLIGATION_FILTER('o')} RETURN o
     UNION
     MATCH (a)-[:MEMBER_OF]->(:Actor)${link}(o:Obligation) WHERE $includeCollective AND ${OBLIGATION_FILTER('o')} RETURN o
   }`;

/**
 * Tail of an obligation page query over actor `a` and its obligations `items` (nodes, in reading order): the page,
 * projected alone (an actor of 101 regulations bears thousands; projecting them all took 2 ms of 11), the actor's
 * own row (so that `actor(id:)` with its obligations is one statement: the actor loader is primed from it), and
 * with `$withArticles` the distinct articles stating the page, so that the article loader is primed from the same
 * round trip (look-ahead, server/schema/look-ahead.ts), with their text only when the request reads it.
 */
const PAGE_WITH_ARTICLES = `WITH key, a, size(items) AS total, items[$offset..($offset + $limit)] AS nodes
   RETURN key, ${ACTOR('a')} AS actor, total, [o IN nodes | ${OBLIGATION('o')}] AS page, COLLECT {
     UNWIND CASE WHEN $withArticles THEN nodes ELSE [] END AS stated
     MATCH (art:Article)-[:STATES]->(stated)
     RETURN DISTINCT ${ARTICLE_AS_ASKED('art')} AS article
   } AS articles`;

export interface ObligationPageRow extends PageRow<ObligationRow> {
  key: string;
  /** The actor the page is of. */
  actor: ActorRow;
  /** With `$withArticles`: the articles that state the page's obligations; otherwise empty. */
  articles: ArticleRow[];
}

export const OBLIGATIONS_BORNE_BY_ACTORS = defineQuery<Keys & ObligationFilter & ArticleText & { withArticles: boolean }, ObligationPageRow>(
  'obligationsBorneByActors',
  `UNWIND $keys AS key
   MATCH (a:Actor {id: key})
   ${OBLIGATIONS_LINKED('-[:BEARS]->')}
   WITH key, a, o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH key, a, collect(o) AS items
   ${PAGE_WITH_ARTICLES}`,
);

export const OBLIGATIONS_BENEFITING_ACTORS = defineQuery<Keys & ObligationFilter & ArticleText & { withArticles: boolean }, ObligationPageRow>(
  'obligationsBenefitingActors',
  `UNWIND $keys AS key
   MATCH (a:Actor {id: key})
   ${OBLIGATIONS_LINKED('<-[:BENEFITS]-')}
   WITH key, a, o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH key, a, collect(o) AS items
   ${PAGE_WITH_ARTICLES}`,
);

export interface MentioningArticleRow {
  article: ArticleRow;
  count: number;
}

/**
 * Articles that mention each actor or industry (both are MENTIONS targets), with the mention count. Only the
 * page's articles are projected: an industry named in hundreds of articles reads one page of texts, not all.
 * Not PAGE_OF: each item pairs an article with its mention count, and a map projection needs a plain variable.
 */
export const ARTICLES_MENTIONING = defineQuery<Keys & PageParams & RegulationScope, { key: string } & PageRow<MentioningArticleRow>>(
  'articlesMentioning',
  `UNWIND $keys AS key
   OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(target:${KEYED_LABEL} {id: key}) WHERE ${IN_REGULATIONS('a')}
   WITH key, a, m ORDER BY a.regulation, a.number
   WITH key, collect(CASE WHEN a IS NULL THEN null ELSE {article: a, count: m.count} END) AS items
   CALL (items) {
     UNWIND items[$offset..($offset + $limit)] AS item
     WITH item, item.article AS a
     RETURN collect({article: ${ARTICLE('a')}, count: item.count}) AS page
   }
   RETURN key, size(items) AS total, page`,
);

export type ActorRelation = 'MEMBER' | 'COLLECTIVE' | 'CO_BEARER';

export interface RelatedActorRow {
  key: string;
  actor: ActorRow;
  relation: ActorRelation;
  shared: number;
}

export const RELATED_ACTORS = defineQuery<Keys & { relations: ActorRelation[] | null }, RelatedActorRow>(
  'relatedActors',
  `UNWIND $keys AS key
   MATCH (a:Actor {id: key})
   CALL (a) {
     MATCH (m:Actor)-[:MEMBER_OF]->(a) RETURN m AS other, 'MEMBER' AS relation, 0 AS shared
     UNION ALL
     MATCH (a)-[:MEMBER_OF]->(c:Actor) RETURN c AS other, 'COLLECTIVE' AS relation, 0 AS shared
     UNION ALL
     MATCH (a)-[:BEARS]->(o:Obligation)<-[:BEARS]-(b:Actor) WHERE b <> a
     RETURN b AS other, 'CO_BEARER' AS relation, count(DISTINCT o) AS shared
   }
   WITH key, other, relation, shared WHERE $relations IS NULL OR relation IN $relations
   RETURN key, ${ACTOR('other')} AS actor, relation, shared ORDER BY relation DESC, shared DESC, other.id`,
);


export type ZoneRole = 'WHOLE_ZONE' | 'AREA' | 'AREA_COLLECTIVE' | 'OTHER_ZONE';

/**
 * What part a zone actor plays, from the graph: the zone a regulation naming it is about (its title names it),
 * a collective of Areas (others are its members), an Area (a member of such a collective), or another zone-like
 * body (a cooperation centre, a bonded zone). Null for actors that are no zone.
 */
export const ZONE_ROLES = defineQuery<Keys, { key: string; role: ZoneRole | null }>(
  'zoneRoles',
  `UNWIND $keys AS key
   MATCH (z:Actor {id: key})
   RETURN key, CASE
     WHEN z.kind <> 'ZONE' THEN null
     WHEN EXISTS { (:Actor)-[:MEMBER_OF]->(z) } THEN 'AREA_COLLECTIVE'
     WHEN EXISTS { (z)-[:MEMBER_OF]->(:Actor {kind: 'ZONE'}) } THEN 'AREA'
     WHEN EXISTS { MATCH (r:Regulation)-[:NAMES]->(z) WHERE r.title CONTAINS z.name } THEN 'WHOLE_ZONE'
     ELSE 'OTHER_ZONE' END AS role`,
);
