// One seeding run in a process of its own, so that its peak memory (maxRSS) is the seed's alone:
// `node --import tsx test/bench/seed-child.ts <file> <regulation id>` with NEO4J_URI/USER/PASSWORD in the
// environment. Reads the file, parses and extracts (timed), loads with the real loader (timed by phase),
// and prints one JSON line (SeedChildResult) on stdout.
import { readFileSync } from 'node:fs';
import { createNeo4jClient, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import { readNeo4jSettings } from '../../server/db/neo4j-settings.ts';
import { loadGraph, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { SEED_SOURCE_PATH } from '../../seed/seed-source.ts';

export interface SeedChildResult {
  chars: number;
  articles: number;
  obligations: number;
  nodes: number;
  relationships: number;
  parseExtractMs: number;
  /** loadGraph as a whole: schema statements, the one write transaction, waiting for the indexes. */
  loadMs: number;
  /** Only the write transaction (the part that grows with the graph). */
  transactionMs: number;
  /** Time inside the loader's statements by kind (from the client's onQuery events); the rest of the transaction is its commit. */
  statementMs: Record<LoadPhase, number>;
  statements: number;
  /** Peak resident memory of this process, bytes. */
  maxRssBytes: number;
  heapUsedAfterExtractBytes: number;
}

export type LoadPhase = 'schema' | 'deleteRelationships' | 'mergeNodes' | 'pruneNodes' | 'createRelationships';

/** Which part of load-graph.ts a statement is, from its text. */
function phaseOf(query: string): LoadPhase {
  if (/^\s*(CREATE (CONSTRAINT|INDEX|FULLTEXT)|CALL db\.awaitIndexes)/.test(query)) return 'schema';
  if (/^\s*MATCH \(\)-\[r:/.test(query)) return 'deleteRelationships';
  if (/DETACH DELETE/.test(query)) return 'pruneNodes';
  if (/\bMERGE \(n:/.test(query)) return 'mergeNodes';
  return 'createRelationships';
}

async function main(): Promise<void> {
  const [file, id, warmup] = process.argv.slice(2);
  if (!file || !id) throw new Error('usage: seed-child.ts <file> <regulation id> [--warmup]');
  const settings = readNeo4jSettings(process.env);
  if (!settings) throw new Error('seed-child: NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD must be set');

  // Warm-up (not timed): the extractor's regular expressions and hot functions get compiled on the real
  // regulation first, so the timed run measures steady-state cost per element rather than JIT start-up.
  if (warmup === '--warmup') buildGraph(readFileSync(SEED_SOURCE_PATH, 'utf8'), { id: 'regulation:warmup' });

  const text = readFileSync(file, 'utf8');
  const started = performance.now();
  const graph = buildGraph(text, { id });
  const parseExtractMs = performance.now() - started;
  const heapUsedAfterExtractBytes = process.memoryUsage().heapUsed;

  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    await client.verify();
    let transactionMs = 0;
    const timed: Neo4jClient = {
      ...client,
      writeTransaction: async (work) => {
        const t0 = performance.now();
        try {
          return await client.writeTransaction(work);
        } finally {
          transactionMs += performance.now() - t0;
        }
      },
    };
    const statementMs: Record<LoadPhase, number> = { schema: 0, deleteRelationships: 0, mergeNodes: 0, pruneNodes: 0, createRelationships: 0 };
    let statements = 0;
    const stop = client.onQuery((event) => {
      statementMs[phaseOf(event.query)] += event.ms;
      statements++;
    });
    const loadStarted = performance.now();
    const summary = await loadGraph(timed, graph);
    const loadMs = performance.now() - loadStarted;
    stop();
    const result: SeedChildResult = {
      chars: text.length,
      articles: graph.articles.length,
      obligations: graph.obligations.length,
      nodes: summary.nodes,
      relationships: summary.relationships,
      parseExtractMs,
      loadMs,
      transactionMs,
      statementMs,
      statements,
      // resourceUsage().maxRSS is in kilobytes.
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapUsedAfterExtractBytes,
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
