// The graph the explorer shows, as plain data: the union of the API's `neighborhood` answers, minus what the
// researcher hid or filtered out. Pure functions, so that what is on screen is a function of the state.
import { isActorKind, isModality, type ActorKind, type Modality, type NodeCategory } from '../model.ts';

/** A node as the API's `neighborhood` and `path` return it. `data` is the node's own properties. */
export interface GraphNode {
  id: string;
  type: string;
  label: string;
  labelEn: string | null;
  /** Where a paragraph, item or obligation sits, labelled by the API; optional so that graphs made without the API still type. */
  clause?: { label: string; labelEn: string; citation?: string | null } | null;
  /** An obligation's word-safe gist (the API's `GraphNode.gist`). */
  gist?: string | null;
  data: unknown;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string | null;
  /** The API's English label (a DEVELOPS edge: its level's gloss); optional so that graphs made without the API still type. */
  labelEn?: string | null;
  /** The clause a relationship was read from (a DEVELOPS link), labelled by the API. */
  clause?: { article: number; articleKey?: string | null; regulation?: string | null; paragraph: number; item: number | null; label: string; labelEn: string; citation?: string | null } | null;
  data: unknown;
}

export interface GraphData {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };

/** The `data` of a node or edge as a record (the API sends a JSON object; anything else reads as empty). */
export function dataOf(item: { data: unknown }): Record<string, unknown> {
  const { data } = item;
  if (typeof data === 'string') {
    try {
      const parsed: unknown = JSON.parse(data);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

export function actorKindOf(node: GraphNode): ActorKind | null {
  const kind = dataOf(node).kind;
  return node.type === 'ACTOR' && isActorKind(kind) ? kind : null;
}

export function modalityOf(item: { data: unknown }): Modality | null {
  const modality = dataOf(item).modality;
  return isModality(modality) ? modality : null;
}

/** What the legend filters a node by: its actor kind, or its type for anything that is not an actor. */
export function categoryOf(node: GraphNode): NodeCategory {
  return actorKindOf(node) ?? ((node.type === 'ACTOR' ? 'OTHER' : node.type) as NodeCategory);
}

/**
 * The modality an edge stands for: its own, or that of the obligation at either end (BEARS, BENEFITS and
 * CONCERNS edges connect an obligation to actors and industries; the obligation carries the modality).
 */
export function edgeModality(edge: GraphEdge, nodesById: ReadonlyMap<string, GraphNode>): Modality | null {
  const own = modalityOf(edge);
  if (own) return own;
  for (const end of [edge.source, edge.target]) {
    const node = nodesById.get(end);
    if (node?.type === 'OBLIGATION') return modalityOf(node);
  }
  return null;
}

/** Union of several graphs; the first occurrence of an id wins. Edges whose ends are missing are dropped. */
export function mergeGraphs(parts: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const part of parts) {
    for (const node of part.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of part.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)),
  };
}

export interface GraphFilter {
  hidden: readonly string[];
  hiddenCategories: readonly NodeCategory[];
  hiddenModalities: readonly Modality[];
}

/**
 * The graph without hidden nodes and filtered categories. A filtered modality removes its edges and its
 * obligation nodes; nodes left without any edge are kept (an isolated actor is still a fact).
 */
export function filterGraph(graph: GraphData, filter: GraphFilter): GraphData {
  const hidden = new Set(filter.hidden);
  const categories = new Set<string>(filter.hiddenCategories);
  const modalities = new Set<string>(filter.hiddenModalities);
  const nodes = graph.nodes.filter((node) => {
    if (hidden.has(node.id) || categories.has(categoryOf(node))) return false;
    const modality = node.type === 'OBLIGATION' ? modalityOf(node) : null;
    return !(modality && modalities.has(modality));
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((edge) => {
    if (!byId.has(edge.source) || !byId.has(edge.target)) return false;
    const modality = edgeModality(edge, byId);
    return !(modality && modalities.has(modality));
  });
  return { nodes, edges };
}

/**
 * The part of an API graph that the selected regulations state. A neighbourhood crosses regulations through
 * the bodies and industries they share (customs bears duties in many), and the API does not scope it: nodes a
 * regulation owns and relationships it states carry its key in `data.regulation`, and those of the others are
 * dropped here, with the shared nodes they alone led to. Nodes in `keep` (the seeds) stay in any case.
 */
export function scopeGraph(graph: GraphData, regulations: readonly string[], keep: ReadonlySet<string> = new Set()): GraphData {
  const selected = new Set(regulations);
  const inScope = (item: { data: unknown }) => {
    const regulation = dataOf(item).regulation;
    return typeof regulation !== 'string' || selected.has(regulation);
  };
  const owned = new Set(graph.nodes.filter((n) => typeof dataOf(n).regulation === 'string').map((n) => n.id));
  const nodes = graph.nodes.filter(inScope);
  const present = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => inScope(e) && present.has(e.source) && present.has(e.target));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const droppedSomething = nodes.length < graph.nodes.length || edges.length < graph.edges.length;
  // A shared node is kept when something in scope links to it; nodes that were isolated in the API's answer stay.
  const wasLinked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  const kept = droppedSomething ? nodes.filter((n) => keep.has(n.id) || owned.has(n.id) || linked.has(n.id) || !wasLinked.has(n.id)) : nodes;
  return kept.length === graph.nodes.length && edges.length === graph.edges.length ? graph : { nodes: kept, edges };
}
