// The last seed stage: write one regulation's extracted graph into Neo4j, beside the regulations already
// there. The schema first (once per store, and only what is missing), then the regulation in ONE write
// transaction: what it owns (chapters, articles, paragraphs, items, obligations) is replaced whole, the bodies,
// industries and documents it names are merged with the other regulations' (and removed when no regulation
// names them any more). Readers see the previous version of the regulation or the new one, never a mix; a
// failure leaves the previous intact. A regulation not yet in the graph has nothing to replace: it is created
// in large UNWIND batches without any delete.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { recomputeSharedNames } from './shared-names.ts';
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
  type RelationshipGroup,
  type RelationshipRow,
} from './graph-rows.ts';
import { attachmentsOf, ownedNodeStatements, relationshipStatements, sharedNodeStatements, type Statement } from './load-statements.ts';
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

/** Rows per UNWIND statement: a regulation of 6,200 articles is a few dozen statements. */
export const BATCH_SIZE = 10_000;

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

/** `CREATE CONSTRAINT keyed_id IF NOT EXISTS …` → keyed_id (a constraint's index has the constraint's name). */
const schemaName = (statement: string) => /^CREATE (?:CONSTRAINT|(?:FULLTEXT )?INDEX) (\w+) /.exec(statement)![1]!;

/**
 * Creates what is missing of the schema (one read when nothing is) and waits for new indexes to come online,
 * so that a search right after seeding finds everything. Writes into an online index are part of each commit.
 */
export async function createGraphSchema(client: GraphStore): Promise<void> {
  const present = await client.read<{ name: string; state: string; owningConstraint: string | null }>(
    'SHOW INDEXES YIELD name, state, owningConstraint',
  );
  const byName = new Map(present.map((index) => [index.name, index]));
  const missing = SCHEMA_STATEMENTS.filter((statement) => {
    const index = byName.get(schemaName(statement));
    return !index || (statement.startsWith('CREATE CONSTRAINT') && index.owningConstraint !== index.name);
  });
  for (const statement of missing) await client.runSchema(statement);
  const populating = SCHEMA_STATEMENTS.some((statement) => byName.get(schemaName(statement))?.state !== 'ONLINE');
  if (missing.length > 0 || populating) await client.runSchema('CALL db.awaitIndexes(300)');
}

/** Stores whose schema and graph model this process has checked: both are checked once, not per load. */
const preparedStores = new WeakSet<GraphStore>();

async function prepareStore(client: GraphStore, progress: (m: string) => void): Promise<void> {
  if (preparedStores.has(client)) return;
  // The schema read and the older-model count at once: a first load waits for one round trip, not two.
  const [, older] = await Promise.all([createGraphSchema(client), countOlderModel(client)]);
  if (older > 0) await clearOlderModel(client, older, progress);
  preparedStores.add(client);
}

/**
 * Sends statements without waiting for each other's results: Neo4j runs them one after the other in the
 * transaction while the next ones travel. `settle` waits for all and throws the first failure, in order.
 */
function pipeline(tx: CypherRunner) {
  const sent: Promise<void>[] = [];
  return {
    /**
     * Resolves on the event loop's next turn, so that the statement just packed leaves the socket (and Neo4j starts
     * on it) while the next one is packed, instead of every statement waiting for the last to be packed.
     */
    async send(statement: Statement): Promise<void> {
      const done = tx.run<{ created?: number }>(statement.query, statement.params).then((result) => {
        const { expect } = statement;
        statement.onResult?.(result);
        const created = result[0]?.created ?? 0;
        if (expect && created !== expect.rows) throw new Error(expect.problem(expect.rows - created));
      });
      done.catch(() => undefined);
      sent.push(done);
      await nextTurn();
    },
    /** Runs `report` once everything sent so far has run. */
    after(report: () => void): void {
      void (sent.at(-1) ?? Promise.resolve()).then(report, () => undefined);
    },
    async settle(): Promise<void> {
      for (const done of sent) await done;
    },
  };
}

async function writeRows(tx: CypherRunner, rows: GraphRows, batchSize: number, progress: (m: string) => void) {
  const regulation = rows.nodes.Regulation[0]!;
  const id = regulation.id;
  // Writing the Regulation node first takes its write lock, so two seeds of the same regulation run one after
  // the other: without it both would delete the old version before either committed, then both create it.
  const [merged] = await tx.run<{ fresh: boolean }>(
    `MERGE (r:Regulation {id: $id}) ON CREATE SET r.loading = true
     WITH r, r.loading IS NOT NULL AS fresh
     SET r = $props, r:${KEYED_LABEL}
     RETURN fresh`,
    { id, props: regulation },
  );
  // Only a regulation the graph already holds has something to replace.
  const named = merged?.fresh ? [] : await clearRegulation(tx, id);

  const pipe = pipeline(tx);
  const existing: string[] = [];
  const remaining = new Map(rows.relationships.map((group) => [group, group.rows]));
  const written = new Set<NodeLabel>(['Regulation', ...SHARED_LABELS]);
  for (const label of SHARED_LABELS) {
    for (const statement of sharedNodeStatements(label, rows.nodes[label], id, batchSize, existing)) await pipe.send(statement);
    pipe.after(() => progress(`${label}: ${rows.nodes[label].length} nodes`));
  }
  for (const label of OWNED_LABELS) {
    const nodes = rows.nodes[label];
    const attachments = attachmentsOf(label, new Set(nodes.map((n) => n.id)), remaining, written);
    for (const statement of ownedNodeStatements(label, nodes, attachments, id, batchSize)) await pipe.send(statement);
    written.add(label);
    pipe.after(() => progress(`${label}: ${nodes.length} nodes`));
  }
  for (const [group, left] of remaining) for (const statement of relationshipStatements(group, left, id, batchSize)) await pipe.send(statement);
  await pipe.settle();
  progress(`relationships: ${rows.relationships.reduce((n, g) => n + g.rows.length, 0)}`);
  // A body new to the graph has only this regulation's aliases and names, set with it.
  if (existing.length > 0) await recomputeSharedNames(tx, existing);
  if (named.length > 0) await removeUnnamed(tx, named);
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
    const named = await clearRegulation(tx, id);
    await removeUnnamed(tx, named);
    // Those still named by other regulations keep only their aliases, and their names from those.
    await recomputeSharedNames(tx, named);
    await tx.run('MATCH (r:Regulation {id: $id}) DETACH DELETE r', { id });
    return true;
  });
}

/**
 * A database written by a RegAtlas whose graph model is older holds nodes without the keys and links this one
 * uses; it is cleared once (every regulation in it is then re-seeded from its source).
 */
async function countOlderModel(client: GraphStore): Promise<number> {
  const [older] = await client.read<{ n: number }>(
    'MATCH (r:Regulation) WHERE coalesce(r.graphModel, 0) < $model RETURN count(r) AS n',
    { model: GRAPH_MODEL_VERSION },
  );
  return older?.n ?? 0;
}

async function clearOlderModel(client: GraphStore, regulations: number, progress: (m: string) => void): Promise<void> {
  progress(`clearing a graph written by an older RegAtlas (${regulations} regulation(s))`);
  await client.writeTransaction((tx) => tx.run(`MATCH (n:${NODE_LABELS.join('|')}) DETACH DELETE n`));
}

export async function loadGraph(
  client: GraphStore,
  graph: ExtractedGraph,
  options: LoadOptions & { contentHash?: string } = {},
): Promise<LoadSummary> {
  const progress = options.onProgress ?? (() => {});
  const rows = toGraphRows(graph, options.contentHash);
  await prepareStore(client, progress);
  await client.writeTransaction((tx) => writeRows(tx, rows, options.batchSize ?? BATCH_SIZE, progress));
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
