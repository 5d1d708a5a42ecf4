// The explorer opening on a corpus: the real client (Vite build) served by the real server against the graph
// the corpus benchmark loaded, in headless Chromium, timed from navigation until its first graph is drawn and
// laid out (client-pages.ts measureRegulation), after one unmeasured warm-up visit.
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { envForNeo4j, startServerChild } from '../support/child-process.ts';
import { measureRegulation, type RegulationRun } from './client-pages.ts';

export async function measureExplorerOpening(settings: Neo4jSettings, runs: number, log: (line: string) => void): Promise<RegulationRun[]> {
  const client = await buildClient();
  const cleanups: Array<() => Promise<void>> = [client.remove];
  try {
    const server = await startServerChild('test/bench/serve-child.ts', ['ours', client.dir], envForNeo4j(settings), log);
    cleanups.push(server.stop);
    const browser = await launchChromium();
    cleanups.push(() => browser.close());
    await measureRegulation(browser, server.url);
    const measured: RegulationRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await measureRegulation(browser, server.url);
      log(`corpus: explorer ready at ${run.ready.toFixed(0)} ms (${run.nodes} nodes)`);
      measured.push(run);
    }
    return measured;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
