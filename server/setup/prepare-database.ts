// Shared by `npm start` and `npm run dev`: bring up Neo4j (the project-managed one unless NEO4J_URI is set)
// and seed it when it is empty or the extracted graph changed.
import { loadIfChanged } from '../../seed/load-graph.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import type { Neo4jSettings } from '../db/neo4j-settings.ts';
import { withSeedingClient } from './seeding-client.ts';

export async function prepareDatabase(log: (message: string) => void): Promise<Neo4jSettings> {
  const { settings } = await withSeedingClient(log, async (client) => {
    const outcome = await loadIfChanged(client, readSeedGraph(), { onProgress: (m) => log(`  ${m}`) });
    log(outcome.loaded ? `seeded ${outcome.nodes} nodes and ${outcome.relationships} relationships` : 'database already seeded with the current graph');
  });
  return settings;
}
