/**
 * Global setup of the `int` project: one Neo4j for the whole run. NEO4J_URI (from the environment or .env)
 * selects an existing server; otherwise the project-managed one is started, or reused if already running.
 * Teardown stops it only if this run started it, so a server started with `npm run db:start` stays up.
 */
import type { TestProject } from 'vitest/node';
import { createNeo4jClient } from '../../server/db/neo4j-client.ts';
import { describeNeo4jSettings, type Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { ensureNeo4j, stopLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { loadProjectEnv } from '../../server/project-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jSettings;
  }
}

const log = (line: string) => process.stderr.write(`[neo4j] ${line}\n`);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = await loadProjectEnv();
  const { settings, startedHere } = await ensureNeo4j({ env, log });
  const client = createNeo4jClient(settings);
  try {
    await client.verify();
  } finally {
    await client.close();
  }
  log(`integration tests use ${describeNeo4jSettings(settings)}`);
  project.provide('neo4j', settings);

  return async () => {
    if (startedHere) await stopLocalNeo4j({ env, log });
  };
}
