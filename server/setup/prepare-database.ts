// Shared by `npm start` and `npm run dev`: bring up Neo4j (the project-managed one unless NEO4J_URI is set)
// and seed it when it is empty or the extracted graph changed.
import { hashGraph } from '../../seed/graph-rows.ts';
import { loadedContentHash, loadGraph, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import { createNeo4jClient } from '../db/neo4j-client.ts';
import type { Neo4jSettings } from '../db/neo4j-settings.ts';
import { ensureNeo4j, loadProjectEnv } from '../db/local-neo4j.ts';

export async function prepareDatabase(log: (message: string) => void): Promise<Neo4jSettings> {
  const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log });
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    await client.verify();
    const graph = readSeedGraph();
    if ((await loadedContentHash(client)) === hashGraph(graph)) {
      log('database already seeded with the current graph');
    } else {
      log('seeding the database…');
      const summary = await loadGraph(client, graph, { onProgress: (m) => log(`  ${m}`) });
      log(`seeded ${summary.nodes} nodes and ${summary.relationships} relationships`);
    }
  } finally {
    await client.close();
  }
  return settings;
}
