// The last seed stage: write one regulation's extracted graph into Neo4j, beside the regulations already
// there. Constraints and indexes first, then the regulation in ONE write transaction: what it owns (chapters,
// articles, paragraphs, items, obligations) is replaced whole, the bodies, industries and documents it names
// are merged with the other regulations' (and removed when no regulation names them any more). Readers see
// the previous version of the regulation or the new one, never a mix; a failure leaves the previous intact.
import type { CypherRunner, GraphStore } from './graph-store.ts';
import {
  GRAPH_MODEL_VERSION,
  hashGraph,
  KEYED_LABEL,
  NODE_LABELS,
  OWNED_LABELS,
  REGULATION_STATED_TYPES,
  SHARED_LABELS,
  toGraphRows,
  type GraphRows,
  type NodeLabel,
} from './graph-rows.ts';
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
  'CREATE INDEX regulation_work IF NOT EXISTS FOR (n:Regulation) ON (n.work)',
  // What one regulation owns or states is found by its id, to replace it and to scope queries to it.
  ...OWNED_LABELS.map((label) => `CREATE INDEX ${label.toLowerCase()}_regulation IF NOT EXISTS FOR (n:${label}) ON (n.regulation)`),
  ...REGULATION_STATED_TYPES.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_regulation IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.regulation)`,
  ),
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
  const regulation = rows.nodes.Regulation[0]!;
  const id = regulation.id;
  // Writing the Regulation node first takes its write lock, so two seeds of the same regulation run one after
  // the other: without it both would delete the old version before either committed, then both create it.
  await tx.run(`MERGE (r:Regulation {id: $id}) SET r = $props, r:${KEYED_LABEL}`, { id, props: regulation });
  const named = await clearRegulation(tx, id);
  for (const label of NODE_LABELS) {
    if (label === 'Regulation') continue;
    const nodeRows = rows.nodes[label];
    // Owned nodes were just deleted, so they are created; shared ones may exist from another regulation.
    const write = (OWNED_LABELS as readonly string[]).includes(label) ? `CREATE (n:${label})` : `MERGE (n:${label} {id: row.id})`;
    for (const batch of batches(nodeRows, batchSize)) {
      await tx.run(`UNWIND $rows AS row ${write} SET n = row, n:${KEYED_LABEL}`, { rows: batch });
    }
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
  // A shared body's aliases are those of every regulation that names it (自贸办 is one regulation's short form).
  const sharedIds = SHARED_LABELS.flatMap((label) => rows.nodes[label].map((n) => n.id));
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${KEYED_LABEL} {id: id}) WHERE n:Actor OR n:Industry
     MATCH (reg:Regulation)-[r:NAMES]->(n)
     WITH n, r ORDER BY reg.id
     WITH n, collect(r.aliases) AS lists
     WITH n, reduce(acc = [], list IN lists | acc + [a IN list WHERE NOT a IN acc]) AS aliases
     SET n.aliases = aliases, n.aliasesText = reduce(text = '', a IN aliases | text + CASE text WHEN '' THEN '' ELSE ' ' END + a)`,
    { ids: sharedIds },
  );
  await removeUnnamed(tx, named);
}

/**
 * Deletes what the regulation owns and states, and its NAMES links; returns the ids of the shared nodes it
 * named, which may now be named by no regulation.
 */
async function clearRegulation(tx: CypherRunner, id: string): Promise<string[]> {
  const [named] = await tx.run<{ ids: string[] }>(
    `MATCH (:Regulation {id: $id})-[:NAMES]->(n:${KEYED_LABEL}) RETURN collect(n.id) AS ids`,
    { id },
  );
  for (const label of OWNED_LABELS) await tx.run(`MATCH (n:${label} {regulation: $id}) DETACH DELETE n`, { id });
  for (const type of REGULATION_STATED_TYPES) await tx.run(`MATCH (:Actor)-[r:${type} {regulation: $id}]->() DELETE r`, { id });
  await tx.run(`MATCH (:Regulation {id: $id})-[r:NAMES]->() DELETE r`, { id });
  return named?.ids ?? [];
}

/** Shared nodes among `ids` that no regulation names any more go. */
async function removeUnnamed(tx: CypherRunner, ids: string[]): Promise<void> {
  await tx.run(`UNWIND $ids AS id MATCH (n:${KEYED_LABEL} {id: id}) WHERE NOT (n)<-[:NAMES]-(:Regulation) DETACH DELETE n`, { ids });
}

/** Takes one regulation out of the graph (what it owns, states and alone names); false when it was not there. */
export async function removeRegulation(client: GraphStore, id: string): Promise<boolean> {
  return client.writeTransaction(async (tx) => {
    const [found] = await tx.run<{ n: number }>('MATCH (r:Regulation {id: $id}) SET r.removing = true RETURN count(r) AS n', { id });
    if ((found?.n ?? 0) === 0) return false;
    await removeUnnamed(tx, await clearRegulation(tx, id));
    await tx.run('MATCH (r:Regulation {id: $id}) DETACH DELETE r', { id });
    return true;
  });
}

/**
 * A database written by a RegAtlas whose graph model is older holds nodes without the keys and links this one
 * uses; it is cleared once (every regulation in it is then re-seeded from its source).
 */
async function clearOlderModel(client: GraphStore, progress: (m: string) => void): Promise<void> {
  const [older] = await client.read<{ n: number }>(
    'MATCH (r:Regulation) WHERE coalesce(r.graphModel, 0) < $model RETURN count(r) AS n',
    { model: GRAPH_MODEL_VERSION },
  );
  if ((older?.n ?? 0) === 0) return;
  progress(`clearing a graph written by an older RegAtlas (${older!.n} regulation(s))`);
  await client.writeTransaction((tx) => tx.run(`MATCH (n:${NODE_LABELS.join('|')}) DETACH DELETE n`));
}

export async function loadGraph(
  client: GraphStore,
  graph: ExtractedGraph,
  options: LoadOptions & { contentHash?: string } = {},
): Promise<LoadSummary> {
  const progress = options.onProgress ?? (() => {});
  const rows = toGraphRows(graph, options.contentHash);
  await createGraphSchema(client);
  await clearOlderModel(client, progress);
  await client.writeTransaction((tx) => writeRows(tx, rows, options.batchSize ?? 1000, progress));
  await client.runSchema('CALL db.awaitIndexes(300)');
  const nodes = NODE_LABELS.reduce((n, label: NodeLabel) => n + rows.nodes[label].length, 0);
  const relationships = rows.relationships.reduce((n, g) => n + g.rows.length, 0);
  return { nodes, relationships, contentHash: rows.contentHash };
}

/** The content hash the database holds for this regulation (null when it holds none, or an older model). */
async function loadedContentHash(client: GraphStore, regulationId: string): Promise<string | null> {
  const rows = await client.read<{ hash: string | null }>(
    'MATCH (r:Regulation {id: $id}) WHERE r.graphModel = $model RETURN r.contentHash AS hash',
    { id: regulationId, model: GRAPH_MODEL_VERSION },
  );
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
  if (!options.force && (await loadedContentHash(client, graph.regulation.id)) === contentHash) return { loaded: false, contentHash };
  return { loaded: true, ...(await loadGraph(client, graph, { ...options, contentHash })) };
}
