// What a load must have written, checked before its speed is reported: nodes per label and relationships per
// type in the database against the rows of the extracted graphs. Bodies, industries and documents are shared,
// so several regulations hold each of them once; everything else adds up.
import { KEYED_LABEL, NODE_LABELS, SHARED_LABELS, toGraphRows } from '../../seed/graph-rows.ts';
import type { GraphStore } from '../../seed/graph-store.ts';
import type { ExtractedGraph } from '../../seed/types.ts';

export interface GraphCounts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

/** The counts a database holding exactly these regulations has. */
export function expectedCounts(graphs: readonly ExtractedGraph[]): GraphCounts {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const shared = new Map<string, Set<string>>(SHARED_LABELS.map((label) => [label, new Set()]));
  for (const graph of graphs) {
    const rows = toGraphRows(graph);
    for (const label of NODE_LABELS) {
      const ids = shared.get(label);
      if (ids) for (const node of rows.nodes[label]) ids.add(node.id);
      else labels[label] = (labels[label] ?? 0) + rows.nodes[label].length;
    }
    for (const group of rows.relationships) types[group.type] = (types[group.type] ?? 0) + group.rows.length;
  }
  for (const [label, ids] of shared) labels[label] = ids.size;
  labels[KEYED_LABEL] = Object.values(labels).reduce((n, count) => n + count, 0);
  return { labels: nonZero(labels), types: nonZero(types) };
}

export async function countGraph(client: GraphStore): Promise<GraphCounts> {
  const labels = await client.read<{ label: string; n: number }>('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  const types = await client.read<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
  return {
    labels: nonZero(Object.fromEntries(labels.map((row) => [row.label, row.n]))),
    types: nonZero(Object.fromEntries(types.map((row) => [row.type, row.n]))),
  };
}

/** Throws, naming every difference, unless the database holds exactly what was expected. */
export async function assertGraphCounts(client: GraphStore, graphs: readonly ExtractedGraph[], what: string): Promise<GraphCounts> {
  const expected = expectedCounts(graphs);
  const found = await countGraph(client);
  const differences = (['labels', 'types'] as const).flatMap((kind) => {
    const keys = new Set([...Object.keys(expected[kind]), ...Object.keys(found[kind])]);
    return [...keys].filter((key) => expected[kind][key] !== found[kind][key]).map((key) => `${key} ${found[kind][key] ?? 0} (extracted ${expected[kind][key] ?? 0})`);
  });
  if (differences.length > 0) throw new Error(`${what}: the database differs from the extracted graph: ${differences.join(', ')}`);
  return found;
}

function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
