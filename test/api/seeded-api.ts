// Shared set-up of the API integration tests: the real regulation seeded once, a Yoga app on it.
import { afterAll, beforeAll, expect } from 'vitest';
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

/**
 * For a test file: the seeded API started before its tests and closed after them, failing the file if the
 * API logged an unexpected error. The returned object is filled in by beforeAll, so tests read it directly.
 */
export function useSeededApi(): SeededApi {
  const api = {} as SeededApi;
  beforeAll(async () => {
    Object.assign(api, await startSeededApi());
  });
  afterAll(async () => {
    expect(api.logged).toEqual([]);
    await api.client.close();
  });
  return api;
}
