// Subgraphs for the Cytoscape view: the neighbourhood of some nodes (breadth-first, one query whatever
// the depth); paths between two nodes are in path.ts. Start nodes are found by the label every keyed
// node carries (unique index on id). Node and relationship types are filtered with parameters.
import { KEYED_LABEL } from '../../seed/graph-rows.ts';
import { defineQuery } from './named-query.ts';

export const MAX_NEIGHBORHOOD_DEPTH = 3;

export interface RawGraphNode {
  labels: string[];
  props: Record<string, unknown>;
}

export interface RawGraphEdge {
  /** Driver element id: only used to drop duplicates within one answer, never exposed. */
  key: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

export const NODE_VIEW = (n: string) => `{labels: labels(${n}), props: properties(${n})}`;
/**
 * The properties a node's summary fields (id, type, labels, clause: server/schema/graph-view.ts) are computed from,
 * for a request that asks nothing else of its nodes, by label: an article's or a paragraph's text is most of a row
 * and no summary reads it, and a property a label never has would travel as a null. An obligation's label reads the
 * first 20 characters of its text (40 code points are at least as many UTF-16 units, so the label is the same).
 */
export const NODE_SUMMARY_VIEW = (n: string) =>
  `{labels: labels(${n}), props: CASE ` +
  `WHEN ${n}:Actor OR ${n}:Industry THEN ${n} {.id, .name, .nameEn} ` +
  `WHEN ${n}:Obligation THEN ${n} {.id, .regulation, .article, .paragraph, .item, .marker, .modality, text: left(${n}.text, 40)} ` +
  `WHEN ${n}:Paragraph OR ${n}:Item THEN ${n} {.id, .regulation, .article, .paragraph, .number} ` +
  `WHEN ${n}:Article THEN ${n} {.id, .number} ` +
  `ELSE ${n} {.id, .number, .title} END}`;
export const EDGE_VIEW = (r: string) =>
  `{key: elementId(${r}), type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id, props: properties(${r})}`;

interface TypeFilter extends Record<string, unknown> {
  /** Node labels to expand into (seeds are always kept); null for all. */
  labels: string[] | null;
  /** Relationship types to follow; null for all. */
  relTypes: string[] | null;
}

// A regulation's NAMES links reach every body it names: followed only when asked for by type, or an actor's
// neighbourhood would always hold every regulation.
// With a scope ($regulations), what other regulations own or state is not entered; shared nodes always are.
const STEP_ALLOWED =
  `(CASE WHEN $relTypes IS NULL THEN type(r) <> 'NAMES' ELSE type(r) IN $relTypes END) ` +
  `AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels)) ` +
  `AND ($regulations IS NULL OR ((m.regulation IS NULL OR m.regulation IN $regulations) AND (r.regulation IS NULL OR r.regulation IN $regulations)))`;

/**
 * Breadth-first, each level's relationships once: a step from level k does not go back to a node of an earlier level,
 * because that link was found from the earlier node already (both ends passed the filters: the earlier node was
 * expanded, the node of level k was reached), so no relationship travels twice. Links within one level are found
 * from both ends and collected once.
 */
export const NEIGHBORHOOD = defineQuery<
  TypeFilter & { ids: readonly string[]; depth: number; limit: number; regulations: readonly string[] | null; wholeNodes: boolean },
  { total: number; nodes: RawGraphNode[]; edges: RawGraphEdge[] }
>(
  'neighborhood',
  `MATCH (seed:${KEYED_LABEL}) WHERE seed.id IN $ids
   WITH collect(DISTINCT seed) AS level0
   CALL (level0) {
     UNWIND level0 AS n
     MATCH (n)-[r]-(m) WHERE ${STEP_ALLOWED}
     RETURN collect(DISTINCT m) AS found1, collect(DISTINCT r) AS rels1
   }
   WITH level0, rels1, [m IN found1 WHERE NOT m IN level0] AS new1
   CALL (level0, new1) {
     UNWIND CASE WHEN $depth >= 2 THEN new1 ELSE [] END AS n
     MATCH (n)-[r]-(m) WHERE NOT m IN level0 AND ${STEP_ALLOWED}
     RETURN collect(DISTINCT m) AS found2, collect(DISTINCT r) AS rels2
   }
   WITH level0, rels1, new1, rels2, [m IN found2 WHERE NOT m IN new1] AS new2
   CALL (level0, new1, new2) {
     UNWIND CASE WHEN $depth >= 3 THEN new2 ELSE [] END AS n
     MATCH (n)-[r]-(m) WHERE NOT m IN level0 AND NOT m IN new1 AND ${STEP_ALLOWED}
     RETURN collect(DISTINCT m) AS found3, collect(DISTINCT r) AS rels3
   }
   WITH level0 + new1 + new2 + [m IN found3 WHERE NOT m IN new2] AS reached,
        rels1 + rels2 + rels3 AS rels
   RETURN size(reached) AS total,
          [n IN reached[0..$limit] | CASE WHEN $wholeNodes THEN ${NODE_VIEW('n')} ELSE ${NODE_SUMMARY_VIEW('n')} END] AS nodes,
          [r IN rels | ${EDGE_VIEW('r')}] AS edges`,
);

export const NODE_BY_KEY = defineQuery<{ id: string }, { node: RawGraphNode }>(
  'nodeByKey',
  `MATCH (n:${KEYED_LABEL} {id: $id}) RETURN ${NODE_VIEW('n')} AS node LIMIT 1`,
);
