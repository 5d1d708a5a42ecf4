// The one way a command opens the database to write the graph: bring up Neo4j (the project-managed server
// unless NEO4J_URI is set), connect with the long seed timeout, check the connection, and always close it.
import { SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { createNeo4jClient, type Neo4jClient } from '../db/neo4j-client.ts';
import type { Neo4jSettings } from '../db/neo4j-settings.ts';
import { ensureNeo4j } from '../db/local-neo4j.ts';
import { loadProjectEnv } from '../project-env.ts';

export async function withSeedingClient<T>(
  log: (message: string) => void,
  work: (client: Neo4jClient) => Promise<T>,
): Promise<{ settings: Neo4jSettings; result: T }> {
  const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log });
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    await client.verify();
    return { settings, result: await work(client) };
  } finally {
    await client.close();
  }
}
