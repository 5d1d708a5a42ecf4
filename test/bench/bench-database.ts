// The Neo4j the benchmarks write to. The seed benchmark REPLACES the graph of the database it uses, so by
// default it gets a throwaway project-managed server of its own (test/support/throwaway-neo4j.ts) whose lib/
// links to the jars already downloaded into the project's .neo4j/lib, deleted again by `close()`. The shared
// test database (.neo4j/) is never touched. A server given by NEO4J_URI is used only with `allowOverwrite`,
// because its graph is overwritten.
import { NEO4J_VERSION, type Log } from '../../server/db/local-neo4j-config.ts';
import { hasCompleteJars } from '../../server/db/local-neo4j-jars.ts';
import { createNeo4jClient } from '../../server/db/neo4j-client.ts';
import { describeNeo4jSettings, readNeo4jSettings, type Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { resolveProjectNeo4jPaths, startThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

export interface BenchDatabase {
  settings: Neo4jSettings;
  /** `throwaway`: started here and deleted by close(); `existing`: NEO4J_URI, overwritten. */
  kind: 'throwaway' | 'existing';
  /** For reports: where it runs, without the password. */
  description: string;
  /** The managed server's JVM process, for its memory (throwaway only). */
  pid: number | null;
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  env: Readonly<Record<string, string | undefined>>;
  allowOverwrite: boolean;
  /** JVM heap and page cache of the throwaway server (4g for the scale-100 seed, run.ts). */
  heap?: string;
  pageCache?: string;
  log: Log;
}

export class BenchDatabaseError extends Error {
  override name = 'BenchDatabaseError';
}

export async function openBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const { env, log } = options;
  const configured = readNeo4jSettings(env);
  if (configured) {
    if (!options.allowOverwrite) {
      throw new BenchDatabaseError(
        `NEO4J_URI is set (${configured.uri}). The benchmarks load synthetic graphs that REPLACE the graph in that database. ` +
          'Pass --allow-overwrite to use it anyway, or unset NEO4J_URI to let the benchmarks start a throwaway Neo4j of their own.',
      );
    }
    log(`WARNING: using ${describeNeo4jSettings(configured)} from NEO4J_URI; its graph will be overwritten (--allow-overwrite)`);
    const client = createNeo4jClient(configured);
    try {
      await client.verify();
    } finally {
      await client.close();
    }
    return { settings: configured, kind: 'existing', description: describeNeo4jSettings(configured), pid: null, close: async () => {} };
  }

  // The benchmarks never download: a throwaway server without the project's jars would fetch 125 MB first.
  const shared = resolveProjectNeo4jPaths(env);
  if (!(await hasCompleteJars(shared))) {
    throw new BenchDatabaseError(
      `The Neo4j ${NEO4J_VERSION} jars are not in ${shared.lib} yet: run \`npm run db:start\` (or \`npm test\`) once to download them, ` +
        'or set NEO4J_URI (with --allow-overwrite).',
    );
  }
  const heap = options.heap ?? '1g';
  const pageCache = options.pageCache ?? '512m';
  const neo4j = await startThrowawayNeo4j({ env, heap, pageCache, log });
  return {
    settings: neo4j.settings,
    kind: 'throwaway',
    description: `throwaway managed Neo4j ${NEO4J_VERSION} on ${neo4j.settings.uri} (heap ${heap}, page cache ${pageCache})`,
    pid: neo4j.pid ?? null,
    close: () => neo4j.close(),
  };
}

/** Deletes everything in the database, in batches (not timed; benchmarks call it between runs). */
export async function clearDatabase(settings: Neo4jSettings): Promise<void> {
  const client = createNeo4jClient(settings, { txTimeoutMs: 600_000 });
  try {
    await client.runSchema('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await client.close();
  }
}
