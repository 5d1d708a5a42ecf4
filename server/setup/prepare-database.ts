// Shared by `npm start` and `npm run dev`: bring up Neo4j (the project-managed one unless NEO4J_URI is set)
// and seed it when it is empty or the extracted graph changed.
import { loadIfChanged, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import { createNeo4jClient } from '../db/neo4j-client.ts';
import type { Neo4jSettings } from '../db/neo4j-settings.ts';
import { ensureNeo4j } from '../db/local-neo4j.ts';
import { loadProjectEnv } from '../project-env.ts';

export async function prepareDatabase(log: (message: string) => void): Promise<Neo4jSettings> {
  const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log });
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    await client.verify();
    const outcome = await loadIfChanged(client, readSeedGraph(), { onProgress: (m) => log(`  ${m}`) });
    log(outcome.loaded ? `seeded ${outcome.nodes} nodes and ${outcome.relationships} relationships` : 'database already seeded with the current graph');
  } finally {
    await client.close();
  }
  return settings;
}
