// `npm run seed [-- <file>] [--id regulation:<slug>] [--if-changed]`: parse, extract and load a regulation into
// Neo4j (the project-managed server unless NEO4J_URI is set). The source is fully parsed and extracted before
// the database is touched, so bad input never half-writes; the load itself is one transaction.
// Progress goes to stderr; the summary (JSON) to stdout.
import { createNeo4jClient } from '../../server/db/neo4j-client.ts';
import { ensureNeo4j, loadProjectEnv } from '../../server/db/local-neo4j.ts';
import { hashGraph } from '../graph-rows.ts';
import { loadedContentHash, loadGraph, SEED_TX_TIMEOUT_MS } from '../load-graph.ts';
import { readSourceGraph, reportSeedError } from './source-graph.ts';

const log = (message: string) => process.stderr.write(`[seed] ${message}\n`);
const USAGE = 'usage: npm run seed [-- <file>] [--id regulation:<slug>] [--if-changed]';

async function main(): Promise<void> {
  const started = performance.now();
  const { file, graph, unusedNotes, flags } = readSourceGraph(process.argv.slice(2), { requireFile: false, usage: USAGE, flags: ['if-changed'] });
  const ifChanged = flags['if-changed'] === true;
  if (unusedNotes.length > 0) log(`notes naming nothing the rules found: ${unusedNotes.join(', ')}`);
  log(`extracted ${graph.articles.length} articles, ${graph.obligations.length} obligations from ${file}`);
  const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log });
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    await client.verify();
    if (ifChanged && (await loadedContentHash(client)) === hashGraph(graph)) {
      log('the database already holds this graph; nothing to do');
      process.stdout.write(`${JSON.stringify({ loaded: false, reason: 'unchanged' })}\n`);
      return;
    }
    const summary = await loadGraph(client, graph, { onProgress: log });
    const seconds = (performance.now() - started) / 1000;
    log(`loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${seconds.toFixed(2)} s`);
    process.stdout.write(`${JSON.stringify({ loaded: true, ...summary })}\n`);
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  process.exitCode = reportSeedError(error);
});
