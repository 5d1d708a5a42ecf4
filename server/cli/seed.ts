// `npm run seed [-- <file>] [--id regulation:<slug>] [--if-changed]`: parse, extract and load a regulation into
// Neo4j (the project-managed server unless NEO4J_URI is set). It lives beside the driver, not in seed/: the
// pipeline stays pure and this command only joins it to a database. The source is fully parsed and extracted
// before the database is touched, so bad input never half-writes; the load itself is one transaction.
// Progress goes to stderr; the summary (JSON) to stdout.
import { readSourceGraph, reportSeedError } from '../../seed/cli/source-graph.ts';
import { loadIfChanged } from '../../seed/load-graph.ts';
import { withSeedingClient } from '../setup/seeding-client.ts';

const log = (message: string) => process.stderr.write(`[seed] ${message}\n`);
const USAGE = 'usage: npm run seed [-- <file>] [--id regulation:<slug>] [--if-changed]';

async function main(): Promise<void> {
  const started = performance.now();
  const { file, graph, unusedNotes, flags } = readSourceGraph(process.argv.slice(2), { requireFile: false, usage: USAGE, flags: ['if-changed'] });
  if (unusedNotes.length > 0) log(`notes naming nothing the rules found: ${unusedNotes.join(', ')}`);
  log(`extracted ${graph.articles.length} articles, ${graph.obligations.length} obligations from ${file}`);
  await withSeedingClient(log, async (client) => {
    const outcome = await loadIfChanged(client, graph, { force: !flags['if-changed'], onProgress: log });
    if (outcome.loaded) {
      const seconds = (performance.now() - started) / 1000;
      log(`loaded ${outcome.nodes} nodes and ${outcome.relationships} relationships in ${seconds.toFixed(2)} s`);
      process.stdout.write(`${JSON.stringify(outcome)}\n`);
    } else {
      log('the database already holds this graph; nothing to do');
      process.stdout.write(`${JSON.stringify({ loaded: false, reason: 'unchanged' })}\n`);
    }
  });
}

main().catch((error: unknown) => {
  process.exitCode = reportSeedError(error);
});
