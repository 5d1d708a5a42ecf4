// `npm start`: bring up Neo4j (the project-managed one unless NEO4J_URI is set), seed it when it is empty or
// the extracted graph changed, build the client, and serve API and client on one port.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashGraph } from '../../seed/graph-rows.ts';
import { loadedContentHash, loadGraph, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import { createNeo4jClient } from '../db/neo4j-client.ts';
import { ensureNeo4j, loadProjectEnv } from '../db/local-neo4j.ts';
import { serve } from '../main.ts';

const log = (message: string) => process.stderr.write(`[regatlas] ${message}\n`);
const clientRoot = fileURLToPath(new URL('../../client/', import.meta.url));

async function seedIfNeeded(client: ReturnType<typeof createNeo4jClient>): Promise<void> {
  const graph = readSeedGraph();
  if ((await loadedContentHash(client)) === hashGraph(graph)) {
    log('database already seeded with the current graph');
    return;
  }
  log('seeding the database…');
  const summary = await loadGraph(client, graph, { onProgress: (m) => log(`  ${m}`) });
  log(`seeded ${summary.nodes} nodes and ${summary.relationships} relationships`);
}

async function buildClient(): Promise<string | undefined> {
  if (!existsSync(`${clientRoot}index.html`)) return undefined;
  log('building the client (vite)…');
  const { build } = await import('vite');
  await build({ configFile: `${clientRoot}vite.config.ts`, logLevel: 'warn' });
  return `${clientRoot}dist`;
}

async function main(): Promise<void> {
  const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log });
  const seedClient = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    await seedClient.verify();
    await seedIfNeeded(seedClient);
  } finally {
    await seedClient.close();
  }
  const clientDir = await buildClient();
  await serve({ settings, clientDir, log });
}

main().catch((error: unknown) => {
  log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
