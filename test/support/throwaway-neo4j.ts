/**
 * A Neo4j of a test's or benchmark's own, for those that stop, kill or overwrite their database, so the
 * shared one every other `*.int.test.ts` uses (.neo4j/) is never touched. It is a project-managed server in a
 * temporary REGATLAS_NEO4J_HOME on a free port, with its own password and data and the heap asked for. Its
 * lib/ is a symlink to the project's jars when those are complete, so nothing is downloaded (otherwise
 * local-neo4j.ts fetches them into the temporary folder as usual). `close()` kills it and deletes the folder.
 */
import { rmSync, unlinkSync } from 'node:fs';
import { mkdtemp, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NEO4J_VERSION, readLocalNeo4jOptions, resolveLocalNeo4jPaths, type LocalNeo4jPaths, type Log } from '../../server/db/local-neo4j-config.ts';
import { hasCompleteJars } from '../../server/db/local-neo4j-jars.ts';
import { isProcessAlive, signalGroup } from '../../server/db/local-neo4j-process.ts';
import { detectTools, listMissingTools } from '../../server/db/local-neo4j-tools.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/db/local-neo4j.ts';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { findFreePort } from '../../server/db/ports.ts';
import { loadProjectEnv } from '../../server/project-env.ts';

type Env = Readonly<Record<string, string | undefined>>;

export interface ThrowawayNeo4jOptions {
  /** Where Java and the project's jars are found; by default process.env with `<project>/.env`. */
  env?: Env;
  /** JVM heap and page cache; by default 512m and 64m. */
  heap?: string;
  pageCache?: string;
  log?: Log;
}

export interface ThrowawayNeo4j {
  home: string;
  settings: Neo4jSettings;
  /** The JVM's pid (also its process group id), e.g. for its memory; undefined after a SIGKILL until start(). */
  readonly pid: number | undefined;
  /** Signals the JVM's process group: SIGKILL (a crash; resolves once it is gone), SIGSTOP (hung) or SIGCONT. */
  signal(signal: 'SIGKILL' | 'SIGSTOP' | 'SIGCONT'): Promise<void>;
  /** Starts it again on the same port, data and password; resolves once Bolt accepts the login. */
  start(): Promise<void>;
  /** Kills it if running and deletes its folder; every call returns the same promise. */
  close(): Promise<void>;
}

const logToStderr: Log = (line) => process.stderr.write(`[throwaway-neo4j] ${line}\n`);

/** The project's own managed server folder (the one `npm run db:start` uses), whose jars a throwaway one links to. */
export function resolveProjectNeo4jPaths(env: Env): LocalNeo4jPaths {
  return resolveLocalNeo4jPaths(readLocalNeo4jOptions(env).home);
}

/** Why a throwaway Neo4j cannot run here (no Java 17+), or undefined when it can. */
export function throwawayUnavailableReason(env: Env = process.env): string | undefined {
  const missing = listMissingTools(detectTools(env), false);
  return missing.length > 0 ? `cannot run a throwaway Neo4j: missing ${missing.join('; ')}` : undefined;
}

export async function startThrowawayNeo4j(options: ThrowawayNeo4jOptions = {}): Promise<ThrowawayNeo4j> {
  const base = options.env ?? (await loadProjectEnv());
  const log = options.log ?? logToStderr;
  const heap = options.heap ?? '512m';
  const pageCache = options.pageCache ?? '64m';
  const home = await mkdtemp(path.join(tmpdir(), 'regatlas-neo4j-'));
  const lib = path.join(home, 'lib');
  const project = resolveProjectNeo4jPaths(base);
  if (await hasCompleteJars(project)) await symlink(project.lib, lib, 'dir');
  const env: Env = {
    ...base,
    REGATLAS_NEO4J_HOME: home,
    REGATLAS_NEO4J_PORT: String(await findFreePort()),
    REGATLAS_NEO4J_HEAP: heap,
    REGATLAS_NEO4J_PAGECACHE: pageCache,
  };

  let pid: number | undefined;
  // If the process ends without close() (an interrupted run), leave neither a JVM (it runs detached in its
  // own process group) nor the folder behind.
  const cleanUpOnExit = () => {
    if (pid !== undefined) signalGroup(pid, 'SIGKILL');
    try {
      unlinkSync(lib);
    } catch {
      // not a symlink, or already gone
    }
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', cleanUpOnExit);

  const start = async (): Promise<Neo4jSettings> => {
    const result = await startLocalNeo4j({ env, log });
    pid = result.pid;
    return result.settings;
  };
  const kill = async () => {
    // Its data is thrown away, so there is nothing to shut down cleanly.
    if (pid !== undefined) {
      signalGroup(pid, 'SIGKILL');
      while (isProcessAlive(pid)) await sleep(50);
      pid = undefined;
    }
    await stopLocalNeo4j({ env, log }).catch(() => undefined);
  };
  const remove = async () => {
    process.off('exit', cleanUpOnExit);
    // The link goes first, so that removing the folder can never reach the shared jars.
    await unlink(lib).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  };

  let settings: Neo4jSettings;
  try {
    settings = await start();
  } catch (error) {
    await kill();
    await remove();
    throw error;
  }
  log(`throwaway Neo4j ${NEO4J_VERSION} on ${settings.uri} (home ${home}, heap ${heap}, page cache ${pageCache})`);

  let closed: Promise<void> | undefined;
  return {
    home,
    settings,
    get pid() {
      return pid;
    },
    signal: async (signal) => {
      if (pid === undefined) throw new Error('the throwaway Neo4j is not running');
      process.kill(-pid, signal);
      if (signal !== 'SIGKILL') return;
      const deadline = Date.now() + 30_000;
      while (isProcessAlive(pid) && Date.now() < deadline) await sleep(50);
      pid = undefined;
    },
    start: async () => {
      await start();
    },
    close: () =>
      (closed ??= (async () => {
        await kill();
        await remove();
        log('throwaway Neo4j stopped and deleted');
      })()),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
