// What hiding a node takes with it: what it alone held on screen (an obligation only the hidden actor bore, and
// the industry only that obligation concerned). Pure, over the graph as shown, so that the rule is tested
// without Cytoscape and hiding stays one undoable step.
import type { GraphData, GraphNode } from './graph-data.ts';

/** Actors stand on their own: one left without links is still a fact (as in filterGraph), never an orphan. */
const isActor = (node: GraphNode) => node.type === 'ACTOR';

/**
 * The nodes of `shown` (the graph on screen) that hiding `hiding` cuts loose: every part of what remains that
 * was linked to a hidden node and holds no anchor (an actor) any more. Nodes that had no link before, and
 * anything still linked to an anchor, stay. In the graph's order; never one of `hiding` itself.
 */
export function orphansOf(shown: GraphData, hiding: readonly string[], isAnchor: (node: GraphNode) => boolean = isActor): string[] {
  const gone = new Set(hiding);
  const byId = new Map(shown.nodes.map((n) => [n.id, n]));
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const edge of shown.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  // Where the cut is: nodes that stay and were linked to a hidden one.
  const cut = [...gone].flatMap((id) => links.get(id) ?? []).filter((id) => !gone.has(id) && byId.has(id));
  const seen = new Set<string>();
  const orphans = new Set<string>();
  for (const start of cut) {
    if (seen.has(start)) continue;
    // The part of the remaining graph this node is in, and whether anything in it stands on its own.
    const part: string[] = [];
    let anchored = false;
    const queue = [start];
    seen.add(start);
    while (queue.length) {
      const id = queue.pop()!;
      part.push(id);
      if (isAnchor(byId.get(id)!)) anchored = true;
      for (const next of links.get(id) ?? []) {
        if (gone.has(next) || seen.has(next) || !byId.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    if (!anchored) for (const id of part) orphans.add(id);
  }
  return shown.nodes.filter((n) => orphans.has(n.id)).map((n) => n.id);
}
