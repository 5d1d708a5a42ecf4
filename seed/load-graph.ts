// The last seed stage: write the extracted graph into Neo4j. Constraints and indexes first, then the whole
// graph in ONE write transaction, so readers see either the previous graph or the new one, never a mix, and
// a failure leaves the previous graph intact.
import type { CypherRunner, GraphStore } from './graph-store.ts';
import { hashGraph, KEYED_LABEL, NODE_LABELS, RELATIONSHIP_TYPES, toGraphRows, type GraphRows, type NodeLabel } from './graph-rows.ts';
import type { ExtractedGraph } from './types.ts';

const FULLTEXT = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }";

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE CONSTRAINT keyed_id IF NOT EXISTS FOR (n:${KEYED_LABEL}) REQUIRE n.id IS UNIQUE`,
  'CREATE INDEX obligation_modality IF NOT EXISTS FOR (n:Obligation) ON (n.modality)',
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
  'CREATE INDEX article_number IF NOT EXISTS FOR (n:Article) ON (n.number)',
  `CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (n:Article) ON EACH [n.text] ${FULLTEXT}`,
  `CREATE FULLTEXT INDEX obligation_text IF NOT EXISTS FOR (n:Obligation) ON EACH [n.text] ${FULLTEXT}`,
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Actor|Industry) ON EACH [n.name, n.nameEn, n.aliasesText] ${FULLTEXT}`,
];

/** The whole graph is written in one transaction, which takes far longer than an API read. */
export const SEED_TX_TIMEOUT_MS = 300_000;

export interface LoadOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  onProgress?: (message: string) => void;
}

export interface LoadSummary {
  nodes: number;
  relationships: number;
  contentHash: string;
}

function* batches<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

export async function createGraphSchema(client: GraphStore): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await client.runSchema(statement);
  // Full-text indexes populate asynchronously; wait so that a search right after seeding finds everything.
  await client.runSchema('CALL db.awaitIndexes(300)');
}

async function writeRows(tx: CypherRunner, rows: GraphRows, batchSize: number, progress: (m: string) => void) {
  // Writing the Regulation node first takes its write lock, so concurrent seeds run one after the other:
  // without it both would delete the old relationships before either committed, then both create them.
  await tx.run(`UNWIND $rows AS row MERGE (n:Regulation {id: row.id}) SET n = row, n:${KEYED_LABEL}`, { rows: rows.nodes.Regulation });
  // Our relationships are rebuilt from scratch inside this transaction; nodes are merged by id and the ones
  // no longer in the graph are removed, so a re-seed leaves exactly the new graph.
  await tx.run(`MATCH ()-[r:${RELATIONSHIP_TYPES.join('|')}]->() DELETE r`);
  for (const label of NODE_LABELS) {
    const nodeRows = rows.nodes[label];
    for (const batch of batches(nodeRows, batchSize)) {
      await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row, n:${KEYED_LABEL}`, { rows: batch });
    }
    await tx.run(`MATCH (n:${label}) WHERE NOT n.id IN $ids DETACH DELETE n`, { ids: nodeRows.map((r) => r.id) });
    progress(`${label}: ${nodeRows.length} nodes`);
  }
  for (const { type, fromLabel, toLabel, rows: relRows } of rows.relationships) {
    for (const batch of batches(relRows, batchSize)) {
      const [created] = await tx.run<{ created: number }>(
        `UNWIND $rows AS row
         MATCH (a:${fromLabel} {id: row.from})
         MATCH (b:${toLabel} {id: row.to})
         CREATE (a)-[r:${type}]->(b) SET r = row.props
         RETURN count(r) AS created`,
        { rows: batch },
      );
      if ((created?.created ?? 0) !== batch.length) {
        throw new Error(
          `${type} (${fromLabel}→${toLabel}): ${batch.length - (created?.created ?? 0)} relationship(s) point at ids ` +
            'that are not in the graph',
        );
      }
    }
  }
  progress(`relationships: ${rows.relationships.reduce((n, g) => n + g.rows.length, 0)}`);
}

export async function loadGraph(
  client: GraphStore,
  graph: ExtractedGraph,
  options: LoadOptions & { contentHash?: string } = {},
): Promise<LoadSummary> {
  const progress = options.onProgress ?? (() => {});
  const rows = toGraphRows(graph, options.contentHash);
  await createGraphSchema(client);
  await client.writeTransaction((tx) => writeRows(tx, rows, options.batchSize ?? 1000, progress));
  await client.runSchema('CALL db.awaitIndexes(300)');
  const nodes = NODE_LABELS.reduce((n, label: NodeLabel) => n + rows.nodes[label].length, 0);
  const relationships = rows.relationships.reduce((n, g) => n + g.rows.length, 0);
  return { nodes, relationships, contentHash: rows.contentHash };
}

/** The content hash of the loaded regulation, or null when the database holds none. */
async function loadedContentHash(client: GraphStore): Promise<string | null> {
  const rows = await client.read<{ hash: string | null }>('MATCH (r:Regulation) RETURN r.contentHash AS hash LIMIT 1');
  return rows[0]?.hash ?? null;
}

export type LoadOutcome = ({ loaded: true } & LoadSummary) | { loaded: false; contentHash: string };

/**
 * Loads the graph unless the database already holds exactly it (same content hash), so restarting the
 * server or re-running a seed costs one read. `force` loads regardless.
 */
export async function loadIfChanged(
  client: GraphStore,
  graph: ExtractedGraph,
  options: LoadOptions & { force?: boolean } = {},
): Promise<LoadOutcome> {
  const contentHash = hashGraph(graph);
  if (!options.force && (await loadedContentHash(client)) === contentHash) return { loaded: false, contentHash };
  return { loaded: true, ...(await loadGraph(client, graph, { ...options, contentHash })) };
}
