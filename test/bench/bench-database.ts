// The Neo4j the benchmarks write to. The seed benchmark REPLACES the graph of the database it uses, so by
// default it gets a throwaway project-managed server of its own: a temporary REGATLAS_NEO4J_HOME whose lib/
// links to the jars already downloaded into the project's .neo4j/lib, a free Bolt port, its own password
// and data, deleted again by `close()`. The shared test database (.neo4j/) is never touched. A server given
// by NEO4J_URI is used only with `allowOverwrite`, because its graph is overwritten.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink, unlink } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createNeo4jClient } from '../../server/db/neo4j-client.ts';
import { describeNeo4jSettings, readNeo4jSettings, type Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import {
  NEO4J_VERSION,
  readLocalNeo4jOptions,
  resolveLocalNeo4jPaths,
  startLocalNeo4j,
  stopLocalNeo4j,
  type Log,
} from '../../server/db/local-neo4j.ts';

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
  /** JVM heap and page cache of the throwaway server (2g for the scale-100 seed). */
  heap?: string;
  pageCache?: string;
  log: Log;
}

export class BenchDatabaseError extends Error {
  override name = 'BenchDatabaseError';
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
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

  const shared = resolveLocalNeo4jPaths(readLocalNeo4jOptions(env).home);
  const marker = existsSync(shared.libMarker) ? (await readFile(shared.libMarker, 'utf8')).trim() : '';
  if (marker !== NEO4J_VERSION) {
    throw new BenchDatabaseError(
      `The Neo4j ${NEO4J_VERSION} jars are not in ${shared.lib} yet: run \`npm run db:start\` (or \`npm test\`) once to download them, ` +
        'or set NEO4J_URI (with --allow-overwrite).',
    );
  }

  const home = await mkdtemp(path.join(tmpdir(), 'regatlas-bench-neo4j-'));
  const lib = path.join(home, 'lib');
  await symlink(shared.lib, lib, 'dir');
  const benchEnv: Record<string, string | undefined> = {
    ...env,
    NEO4J_URI: undefined,
    NEO4J_USER: undefined,
    NEO4J_PASSWORD: undefined,
    NEO4J_DATABASE: undefined,
    REGATLAS_NEO4J_HOME: home,
    REGATLAS_NEO4J_PORT: String(await freePort()),
    REGATLAS_NEO4J_HEAP: options.heap ?? '1g',
    REGATLAS_NEO4J_PAGECACHE: options.pageCache ?? '512m',
  };
  const remove = async () => {
    // The link goes first, so that removing the folder can never reach the shared jars.
    await unlink(lib).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  };
  let started;
  try {
    started = await startLocalNeo4j({ env: benchEnv, log });
  } catch (error) {
    await stopLocalNeo4j({ env: benchEnv, log }).catch(() => undefined);
    await remove();
    throw error;
  }
  const { settings, pid } = started;
  log(`throwaway Neo4j for the benchmarks: ${settings.uri} (home ${home}, heap ${benchEnv.REGATLAS_NEO4J_HEAP})`);
  let closed: Promise<void> | undefined;
  return {
    settings,
    kind: 'throwaway',
    description: `throwaway managed Neo4j ${NEO4J_VERSION} on ${settings.uri} (heap ${benchEnv.REGATLAS_NEO4J_HEAP}, page cache ${benchEnv.REGATLAS_NEO4J_PAGECACHE})`,
    pid,
    close: () =>
      (closed ??= (async () => {
        // Its data is deleted next, so there is nothing to shut down cleanly: kill the JVM's process group
        // (launched detached, so its pid is the group id) instead of waiting seconds for a graceful stop.
        try {
          process.kill(-pid, 'SIGKILL');
          while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
        } catch {
          await stopLocalNeo4j({ env: benchEnv, log });
        }
        log('throwaway Neo4j stopped and deleted');
        await remove();
      })()),
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
