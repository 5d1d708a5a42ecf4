// Shortest connections between two nodes for the explorer's path finder. SHORTEST over a quantified path
// pattern checks the relationship types (and the regulation scope) while it searches, so a path restricted to
// the responsibility relations is found, or ruled out, in milliseconds; the older shortestPath() with a WHERE
// over the whole path first found the shortest path of any type and then searched on exhaustively when that
// one failed the filter. Only the length bound must be literal Cypher, so each allowed bound has its own query.
import { KEYED_LABEL } from '../../seed/graph-rows.ts';
import { EDGE_VIEW, NODE_VIEW, type RawGraphEdge, type RawGraphNode } from './graph-view.ts';
import { defineQuery } from './named-query.ts';

export const MAX_PATH_LENGTH = 8;
/**
 * Shortest paths counted before they are ordered: between two hubs of a corpus there are thousands of equally
 * short paths (every pair of duties through one big beneficiary), and enumerating 1000 of them took 130–250 ms
 * with 100 regulations loaded; past this many the count stops (`more`) instead of the answer slowing down.
 */
export const PATH_SCAN = 100;

/** A MEMBER_OF link states no clause; the paragraphs of its regulation that name both ends say where it is read. */
export interface RawMembership {
  key: string;
  paragraphs: { regulation: string; article: number; paragraph: number }[];
}

export interface RawPath {
  nodes: RawGraphNode[];
  edges: RawGraphEdge[];
}

interface PathParams extends Record<string, unknown> {
  from: string;
  to: string;
  /** Relationship types to follow; null for every type but NAMES. */
  relTypes: string[] | null;
}

// With a scope, nothing another regulation owns or states is entered; shared bodies always are.
const STEP_ALLOWED =
  `(CASE WHEN $relTypes IS NULL THEN type(r) <> 'NAMES' ELSE type(r) IN $relTypes END) ` +
  `AND ($regulations IS NULL OR ((m.regulation IS NULL OR m.regulation IN $regulations) AND (r.regulation IS NULL OR r.regulation IN $regulations)))`;

const shortestPathQuery = (maxLength: number) =>
  defineQuery<PathParams, RawPath>(
    `shortestPath${maxLength}`,
    `MATCH (a:${KEYED_LABEL} {id: $from})
     MATCH (b:${KEYED_LABEL} {id: $to})
     MATCH p = SHORTEST 1 (a)(()-[r]-() WHERE ($relTypes IS NULL AND type(r) <> 'NAMES') OR type(r) IN $relTypes){1,${maxLength}}(b)
     RETURN [n IN nodes(p) | ${NODE_VIEW('n')}] AS nodes, [r IN relationships(p) | ${EDGE_VIEW('r')}] AS edges`,
  );

/** SHORTEST_PATH[n] bounds the path at n relationships (1 ≤ n ≤ MAX_PATH_LENGTH). */
export const SHORTEST_PATH = Array.from({ length: MAX_PATH_LENGTH + 1 }, (_, n) => shortestPathQuery(Math.max(n, 1)));

// Every shortest path (ALL SHORTEST), cut at PATH_SCAN, ordered by the keys along it so that one URL always lists
// the same paths in the same order (while there are no more than PATH_SCAN); `found` counts them before `$limit`. The MEMBER_OF links on the
// listed paths come back with the paragraphs that name both ends, in the same round trip.
const allShortestQuery = (maxLength: number) =>
  defineQuery<
    PathParams & { limit: number; regulations: readonly string[] | null },
    { found: number; more: boolean; paths: RawPath[]; memberships: RawMembership[] }
  >(
    `allShortestPaths${maxLength}`,
    `MATCH (a:${KEYED_LABEL} {id: $from})
     MATCH (b:${KEYED_LABEL} {id: $to})
     MATCH p = ALL SHORTEST (a)(()-[r]-(m) WHERE ${STEP_ALLOWED}){1,${maxLength}}(b)
     WITH p LIMIT ${PATH_SCAN + 1}
     WITH p ORDER BY [n IN nodes(p) | n.id]
     WITH collect(p) AS found
     WITH size(found) AS total, found[0..$limit] AS listed
     CALL (listed) {
       UNWIND listed AS p
       UNWIND relationships(p) AS r
       WITH DISTINCT r WHERE type(r) = 'MEMBER_OF'
       WITH r, startNode(r) AS s, endNode(r) AS e
       RETURN collect({
         key: elementId(r),
         paragraphs: COLLECT {
           MATCH (s)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(e)
           WHERE art.regulation = r.regulation
           MATCH (art)-[:HAS_PARAGRAPH]->(par:Paragraph)
           WHERE par.mentions CONTAINS ('"' + s.id + '"') AND par.mentions CONTAINS ('"' + e.id + '"')
           RETURN {regulation: par.regulation, article: par.article, paragraph: par.number} AS at ORDER BY at.article, at.paragraph
         }
       }) AS memberships
     }
     RETURN CASE WHEN total > ${PATH_SCAN} THEN ${PATH_SCAN} ELSE total END AS found, total > ${PATH_SCAN} AS more,
            [p IN listed | {nodes: [n IN nodes(p) | ${NODE_VIEW('n')}], edges: [r IN relationships(p) | ${EDGE_VIEW('r')}]}] AS paths,
            memberships`,
  );

/** ALL_SHORTEST_PATHS[n] bounds the paths at n relationships (1 ≤ n ≤ MAX_PATH_LENGTH). */
export const ALL_SHORTEST_PATHS = Array.from({ length: MAX_PATH_LENGTH + 1 }, (_, n) => allShortestQuery(Math.max(n, 1)));
