// Shared set-up of the API integration tests: the real regulation seeded once, a Yoga app on it.
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { createYogaApp, type YogaApp } from '../../server/yoga.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { connectTestClient } from '../support/neo4j.ts';
import { ensureSeeded } from '../support/seeded-graph.ts';

export interface SeededApi {
  client: Neo4jClient;
  yoga: YogaApp;
  graph: ExtractedGraph;
  /** Messages the API logged (unexpected errors); tests expect none. */
  logged: string[];
}

export async function startSeededApi(): Promise<SeededApi> {
  // Seeding writes the whole graph in one transaction: allow it more than the default 10 s.
  const client = connectTestClient({ txTimeoutMs: 120_000 });
  const graph = await ensureSeeded(client);
  const logged: string[] = [];
  const yoga = createYogaApp({ client, logger: { error: (message) => logged.push(message) } });
  return { client, yoga, graph, logged };
}
