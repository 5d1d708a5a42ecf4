// One seeding run in a process of its own, so that its peak memory (maxRSS) is the seed's alone:
// `node --import tsx test/bench/seed-child.ts <file> <regulation id> [--warmup | --warm-load]` with
// NEO4J_URI/USER/PASSWORD in the environment. Reads the file, parses and extracts (timed), loads with the real
// loader (timed by phase), checks that the database holds exactly the extracted graph, and prints one JSON line
// (SeedChildResult) on stdout. --warm-load first seeds the same file untimed (about 100,000 elements' worth, emptying the database after
// each): the timed run is then what a long-lived seeding process pays for its next regulation of that size.
import { readFileSync } from 'node:fs';
import { clearDatabase } from './bench-database.ts';
import { createNeo4jClient, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import { readNeo4jSettings, type Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { loadGraph, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { SEED_SOURCE_PATH } from '../../seed/seed-source.ts';
import { assertGraphCounts } from './seed-counts.ts';
import { LOAD_PHASES, type LoadPhase, type SeedChildResult } from './seed-child-result.ts';

/** Which part of load-graph.ts a statement is, from its text. */
function phaseOf(query: string): LoadPhase {
  // Schema (a SHOW when it is all there) and the older-model check: once per store, before the transaction.
  if (/^\s*(SHOW INDEXES|CREATE (CONSTRAINT|INDEX|FULLTEXT)|CALL db\.awaitIndexes|MATCH \(r:Regulation\) WHERE coalesce)/.test(query)) return 'prepare';
  if (/^\s*MERGE \(r:Regulation/.test(query)) return 'regulation';
  if (/NOT \(n\)<-\[:NAMES\]/.test(query)) return 'pruneNodes';
  // Replacing a regulation already in the graph: what it named, then its owned nodes and stated links.
  if (/\bDELETE\b|RETURN collect\(n\.id\) AS ids/.test(query)) return 'deleteOld';
  if (/SET n\.aliases/.test(query)) return 'aliases';
  if (/\bMERGE \(n:/.test(query)) return 'mergeShared';
  // Owned nodes, with the structural links created in the same statement.
  if (/\bCREATE \(n:/.test(query)) return 'createNodes';
  return 'createRelationships';
}

/**
 * Untimed seeds before a --warm-load run add up to about this many elements (one ×100 regulation, eight ×10 ones):
 * every scale's process has then done the same work before its timed seed, so that JIT and heap are as warm.
 */
const WARM_ELEMENTS = 100_000;
const MAX_WARM_SEEDS = 10;

/** The warm-up of --warm-load (not timed): whole seeds of the same file, each on a client of its own, each followed by an empty database. */
async function seedUntimed(settings: Neo4jSettings, text: string, id: string): Promise<number> {
  let seeds = 0;
  for (let elements = 0; elements < WARM_ELEMENTS && seeds < MAX_WARM_SEEDS; seeds++) {
    const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
    try {
      const summary = await loadGraph(client, buildGraph(text, { id }));
      elements += summary.nodes + summary.relationships;
    } finally {
      await client.close();
    }
    await clearDatabase(settings);
  }
  return seeds;
}

async function main(): Promise<void> {
  const [file, id, warmup, ...extra] = process.argv.slice(2);
  if (!file || !id || extra.length > 0 || (warmup !== undefined && warmup !== '--warmup' && warmup !== '--warm-load')) {
    throw new Error(`usage: seed-child.ts <file> <regulation id> [--warmup | --warm-load] (got: ${process.argv.slice(2).join(' ')})`);
  }
  const settings = readNeo4jSettings(process.env);
  if (!settings) throw new Error('seed-child: NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD must be set');

  const text = readFileSync(file, 'utf8');
  // Warm-up (not timed): the extractor's regular expressions and hot functions get compiled on the real
  // regulation first, so the timed run measures steady-state cost per element rather than JIT start-up.
  if (warmup === '--warmup') buildGraph(readFileSync(SEED_SOURCE_PATH, 'utf8'), { id: 'regulation:warmup' });
  // The timed load below still uses a new client, so it pays the schema check and every statement as a first load does.
  const warmSeeds = warmup === '--warm-load' ? await seedUntimed(settings, text, id) : 0;

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
    const statementMs = Object.fromEntries(LOAD_PHASES.map((phase) => [phase, 0])) as Record<LoadPhase, number>;
    let statements = 0;
    let lastAnswer = 0;
    const stop = client.onQuery((event) => {
      const answered = performance.now();
      statementMs[phaseOf(event.query)] += Math.max(0, answered - Math.max(answered - event.ms, lastAnswer));
      lastAnswer = answered;
      statements++;
    });
    const loadStarted = performance.now();
    const cpuBefore = process.cpuUsage();
    const summary = await loadGraph(timed, graph);
    const loadMs = performance.now() - loadStarted;
    const cpu = process.cpuUsage(cpuBefore);
    stop();
    // The database was emptied before this run: it must hold exactly the extracted graph, or the speed means nothing.
    const counts = await assertGraphCounts(client, [graph], `seed of ${id}`);
    const result: SeedChildResult = {
      chars: text.length,
      articles: graph.articles.length,
      obligations: graph.obligations.length,
      nodes: summary.nodes,
      relationships: summary.relationships,
      parseExtractMs,
      loadMs,
      transactionMs,
      loadCpuMs: (cpu.user + cpu.system) / 1000,
      statementMs,
      statements,
      warmSeeds,
      // resourceUsage().maxRSS is in kilobytes.
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapUsedAfterExtractBytes,
      counts,
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
