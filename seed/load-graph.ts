// The last seed stage: write one regulation's extracted graph into Neo4j, beside the regulations already
// there. The schema first (once per store, and only what is missing), then the regulation in ONE write
// transaction: what it owns (chapters, articles, paragraphs, items, obligations) is replaced whole, the bodies,
// industries and documents it names are merged with the other regulations' (and removed when no regulation
// names them any more). Readers see the previous version of the regulation or the new one, never a mix; a
// failure leaves the previous intact. A regulation not yet in the graph has nothing to replace: it is created
// in large UNWIND batches without any delete.
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
  type NodeRow,
  type PropertyValue,
  type RelationshipGroup,
  type RelationshipRow,
  type RelationshipType,
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

/** Rows per UNWIND statement: a regulation of 6,200 articles is a few dozen statements. */
export const BATCH_SIZE = 10_000;

/**
 * Relationships that give an owned node its one place (its chapter or regulation, article, paragraph, source
 * clause): created by the statement that creates the node, so that end needs no lookup and its id travels once.
 */
const STRUCTURAL_TYPES: ReadonlySet<RelationshipType> = new Set(['HAS_CHAPTER', 'HAS_ARTICLE', 'HAS_PARAGRAPH', 'HAS_ITEM', 'STATES', 'SOURCE']);

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
  await createGraphSchema(client);
  await clearOlderModel(client, progress);
  preparedStores.add(client);
}

// Statements: rows travel as arrays under one list of keys (not one map per row), and the regulation's id,
// which every owned row carries, travels once as $regulation.

interface Statement {
  query: string;
  params: Record<string, unknown>;
  /** Rows the statement must have matched (RETURN count(*) AS created), and what it means when it did not. */
  expect?: { rows: number; problem: (missing: number) => string };
  onResult?: (rows: readonly Record<string, unknown>[]) => void;
}

const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Keys of the rows (`id` first when there is one), and those whose every value is the regulation's id. */
function columnsOf(rows: readonly Record<string, PropertyValue>[], regulation: string) {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) keys.add(key);
  for (const key of keys) if (!PROPERTY_KEY.test(key)) throw new Error(`property key ${JSON.stringify(key)} cannot be written`);
  const ordered = [...keys].sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : 0));
  const fromRegulation = ordered.filter((key) => key === 'regulation' && rows.every((row) => row[key] === regulation));
  const columns = ordered.filter((key) => !fromRegulation.includes(key));
  return { columns, fromRegulation, values: (row: Record<string, PropertyValue>) => columns.map((key) => row[key] ?? null) };
}

/** `{id: row[2], title: row[3], regulation: $regulation}`: a null value sets no property. */
function propertyMap(columns: readonly string[], offset: number, fromRegulation: readonly string[]): string {
  return `{${[...columns.map((key, i) => `${key}: row[${offset + i}]`), ...fromRegulation.map((key) => `${key}: $regulation`)].join(', ')}}`;
}

interface Attachment {
  group: RelationshipGroup;
  /** The other end, created earlier in the transaction, by id of the node being created. */
  otherOf: Map<string, string>;
  other: NodeLabel;
  outgoing: boolean;
}

/**
 * The structural groups that can be created with `label`'s nodes: no properties, the other end already
 * written, and at most one row per node of `label`. Rows attached are taken out of `remaining`.
 */
function attachmentsOf(label: NodeLabel, ids: ReadonlySet<string>, remaining: Map<RelationshipGroup, RelationshipRow[]>, written: ReadonlySet<NodeLabel>) {
  const attachments: Attachment[] = [];
  for (const [group, rows] of remaining) {
    const outgoing = group.fromLabel === label;
    const other = outgoing ? group.toLabel : group.fromLabel;
    if (!STRUCTURAL_TYPES.has(group.type) || group.fromLabel === group.toLabel || (!outgoing && group.toLabel !== label)) continue;
    if (!written.has(other) || rows.some((row) => Object.keys(row.props).length > 0)) continue;
    const [otherOf, left] = [new Map<string, string>(), [] as RelationshipRow[]];
    let unique = true;
    for (const row of rows) {
      const own = outgoing ? row.from : row.to;
      if (!ids.has(own)) left.push(row);
      else if (otherOf.has(own)) unique = false;
      else otherOf.set(own, outgoing ? row.to : row.from);
    }
    if (!unique || otherOf.size === 0) continue;
    attachments.push({ group, otherOf, other, outgoing });
    remaining.set(group, left);
  }
  return attachments;
}

function ownedNodeStatements(label: NodeLabel, nodes: readonly NodeRow[], attachments: readonly Attachment[], regulation: string, size: number): Statement[] {
  const { columns, fromRegulation, values } = columnsOf(nodes, regulation);
  // Nodes with the same attachments (articles of a chapter, and those directly under the regulation) share a statement.
  const partitions = new Map<string, { links: Attachment[]; rows: PropertyValue[][] }>();
  for (const node of nodes) {
    const links = attachments.filter((a) => a.otherOf.has(node.id));
    const key = links.map((a) => attachments.indexOf(a)).join(',');
    let partition = partitions.get(key);
    if (!partition) partitions.set(key, (partition = { links, rows: [] }));
    partition.rows.push([...links.map((a) => a.otherOf.get(node.id)!), ...values(node)]);
  }
  const statements: Statement[] = [];
  for (const { links, rows } of partitions.values()) {
    const match = links.map((a, i) => `MATCH (p${i}:${a.other} {id: row[${i}]}) `).join('');
    const link = links.map((a, i) => (a.outgoing ? ` CREATE (n)-[:${a.group.type}]->(p${i})` : ` CREATE (p${i})-[:${a.group.type}]->(n)`)).join('');
    const create = `CREATE (n:${label}:${KEYED_LABEL} ${propertyMap(columns, links.length, fromRegulation)})`;
    const what = links.map((a) => `${a.group.type} (${a.group.fromLabel}→${a.group.toLabel})`).join(', ');
    for (const batch of batches(rows, size)) {
      statements.push({
        query: `UNWIND $rows AS row ${match}${create}${link}${links.length > 0 ? ' RETURN count(*) AS created' : ''}`,
        params: { rows: batch, regulation },
        ...(links.length > 0 && {
          expect: { rows: batch.length, problem: (missing: number) => `${what}: ${missing} ${label} node(s) point at ids that are not in the graph` },
        }),
      });
    }
  }
  return statements;
}

/** Shared nodes are merged; the ids of those the graph held already are passed to `existing`. */
function sharedNodeStatements(label: NodeLabel, nodes: readonly NodeRow[], regulation: string, size: number, existing: string[]): Statement[] {
  // In id order, so that two loads merging the same bodies lock them in the same order instead of deadlocking.
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { columns, fromRegulation, values } = columnsOf(sorted, regulation);
  const query =
    `UNWIND $rows AS row MERGE (n:${label} {id: row[0]}) ON CREATE SET n.loading = true ` +
    `WITH n, row, n.loading IS NULL AS existed SET n = ${propertyMap(columns, 0, fromRegulation)}, n:${KEYED_LABEL} ` +
    'RETURN collect(CASE WHEN existed THEN row[0] END) AS existing';
  return [...batches(sorted.map(values), size)].map((batch) => ({
    query,
    params: { rows: batch, regulation },
    onResult: ([row]) => existing.push(...((row?.existing as string[] | undefined) ?? [])),
  }));
}

/**
 * Ends of which a load writes few nodes (its Regulation, and the bodies, industries and documents it names): looked
 * up once per statement, in `$<side>Ids` order, so that a row names them by position instead of seeking its id again.
 * A missing id leaves the statement no row to create, which its count reports.
 */
const FEW_NODE_LABELS: ReadonlySet<NodeLabel> = new Set(['Regulation', ...SHARED_LABELS]);

function relationshipStatements(group: RelationshipGroup, rows: readonly RelationshipRow[], regulation: string, size: number): Statement[] {
  const { type, fromLabel, toLabel } = group;
  const { columns, fromRegulation, values } = columnsOf(rows.map((row) => row.props), regulation);
  const props = columns.length + fromRegulation.length > 0 ? ` ${propertyMap(columns, 2, fromRegulation)}` : '';
  const ends = [
    { side: 'a', label: fromLabel, few: FEW_NODE_LABELS.has(fromLabel), id: (row: RelationshipRow) => row.from },
    { side: 'b', label: toLabel, few: FEW_NODE_LABELS.has(toLabel), id: (row: RelationshipRow) => row.to },
  ];
  const looked = ends.filter((end) => end.few).map((end) => `${end.side}Nodes`);
  const lookups = ends
    .filter((end) => end.few)
    .map(({ side, label }, i) => {
      const carried = looked.slice(0, i).map((name) => `${name}, `).join('');
      return (
        `UNWIND range(0, size($${side}Ids) - 1) AS i MATCH (x:${label} {id: $${side}Ids[i]}) WITH ${carried}i, x ORDER BY i ` +
        `WITH ${carried}collect(x) AS ${side}Nodes WHERE size(${side}Nodes) = size($${side}Ids) `
      );
    })
    .join('');
  const matches = ends
    .map(({ side, label, few }, i) => (few ? '' : `MATCH (${side}:${label} {id: row[${i}]}) `))
    .join('');
  const bound = ends.map(({ side, few }, i) => (few ? `${side}Nodes[row[${i}]] AS ${side}` : side)).join(', ');
  const query =
    `${lookups}UNWIND $rows AS row ${matches}WITH ${bound}, row ` +
    `CREATE (a)-[:${type}${props}]->(b) RETURN count(*) AS created`;
  return [...batches(rows, size)].map((batch) => {
    const params: Record<string, unknown> = { regulation };
    const positions = ends.map(({ side, few, id }) => {
      if (!few) return null;
      const ids = [...new Set(batch.map(id))];
      params[`${side}Ids`] = ids;
      return new Map(ids.map((key, i) => [key, i]));
    });
    params.rows = batch.map((row) => [
      positions[0]?.get(row.from) ?? row.from,
      positions[1]?.get(row.to) ?? row.to,
      ...values(row.props),
    ]);
    return {
      query,
      params,
      expect: {
        rows: batch.length,
        problem: (missing: number) => `${type} (${fromLabel}→${toLabel}): ${missing} relationship(s) point at ids that are not in the graph`,
      },
    };
  });
}

/**
 * Sends statements without waiting for each other's results: Neo4j runs them one after the other in the
 * transaction while the next ones travel. `settle` waits for all and throws the first failure, in order.
 */
function pipeline(tx: CypherRunner) {
  const sent: Promise<void>[] = [];
  return {
    send(statement: Statement): void {
      const done = tx.run<{ created?: number }>(statement.query, statement.params).then((result) => {
        const { expect } = statement;
        statement.onResult?.(result);
        const created = result[0]?.created ?? 0;
        if (expect && created !== expect.rows) throw new Error(expect.problem(expect.rows - created));
      });
      done.catch(() => undefined);
      sent.push(done);
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
    for (const statement of sharedNodeStatements(label, rows.nodes[label], id, batchSize, existing)) pipe.send(statement);
    pipe.after(() => progress(`${label}: ${rows.nodes[label].length} nodes`));
  }
  for (const label of OWNED_LABELS) {
    const nodes = rows.nodes[label];
    const attachments = attachmentsOf(label, new Set(nodes.map((n) => n.id)), remaining, written);
    for (const statement of ownedNodeStatements(label, nodes, attachments, id, batchSize)) pipe.send(statement);
    written.add(label);
    pipe.after(() => progress(`${label}: ${nodes.length} nodes`));
  }
  for (const [group, left] of remaining) for (const statement of relationshipStatements(group, left, id, batchSize)) pipe.send(statement);
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
