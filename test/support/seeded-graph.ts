// Integration tests share one database: seed the real regulation once (skipped when it is already loaded),
// and take out any other regulation a test that failed half-way left behind.
import { createHash } from 'node:crypto';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import type { ExtractedGraph } from '../../seed/types.ts';

let cached: ExtractedGraph | undefined;

/** The graph extracted from the real regulation text. */
export function realGraph(): ExtractedGraph {
  cached ??= readSeedGraph();
  return cached;
}

export async function ensureSeeded(client: Neo4jClient): Promise<ExtractedGraph> {
  const graph = realGraph();
  const others = await client.read<{ id: string }>('MATCH (r:Regulation) WHERE r.id <> $id RETURN r.id AS id', { id: graph.regulation.id });
  for (const { id } of others) await removeRegulation(client, id);
  await loadIfChanged(client, graph);
  return graph;
}

/** Counts and a checksum of everything in the database, to prove a graph unchanged. */
export async function graphFingerprint(client: Neo4jClient): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await client.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await client.read<{ from: unknown; type: string; to: unknown; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const keys = [
    ...nodes.map((n) => canonicalJson([n.labels.slice().sort(), n.props])),
    ...relationships.map((r) => canonicalJson([r.from, r.type, r.to, r.props])),
  ].sort();
  const checksum = createHash('sha256').update(keys.join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
