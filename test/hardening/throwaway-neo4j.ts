/**
 * A second project-managed Neo4j for tests that stop, kill or corrupt-in-flight their database, so the shared
 * one every other `*.int.test.ts` uses is never touched. It lives in a temporary REGATLAS_NEO4J_HOME on a free
 * port with a small heap; its lib/ is a symlink to the project's jars when those are complete, so nothing is
 * downloaded (otherwise local-neo4j.ts fetches them into the temporary folder as usual).
 */
import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { mkdtemp, rm, symlink, unlink } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  detectTools,
  listMissingTools,
  loadProjectEnv,
  NEO4J_VERSION,
  readLocalNeo4jOptions,
  resolveLocalNeo4jPaths,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../../server/db/local-neo4j.ts';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';

export interface ThrowawayNeo4j {
  home: string;
  settings: Neo4jSettings;
  /** Signals the JVM's process group: SIGKILL (a crash; resolves once it is gone), SIGSTOP (hung) or SIGCONT. */
  signal(signal: 'SIGKILL' | 'SIGSTOP' | 'SIGCONT'): Promise<void>;
  /** Starts it again on the same port, data and password; resolves once Bolt accepts the login. */
  start(): Promise<void>;
  /** Stops it if running and deletes its folder. */
  remove(): Promise<void>;
}

const log = (line: string) => process.stderr.write(`[throwaway-neo4j] ${line}\n`);

/** Why the managed server cannot run here (no Java 17+), or undefined when it can. */
export function throwawayUnavailableReason(): string | undefined {
  const missing = listMissingTools(detectTools(process.env), false);
  return missing.length > 0 ? `cannot run a throwaway Neo4j: missing ${missing.join('; ')}` : undefined;
}

export async function startThrowawayNeo4j(): Promise<ThrowawayNeo4j> {
  const home = await mkdtemp(path.join(tmpdir(), 'regatlas-neo4j-'));
  const projectLib = resolveLocalNeo4jPaths(readLocalNeo4jOptions(await loadProjectEnv()).home).lib;
  const marker = path.join(projectLib, '.regatlas-complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION) {
    await symlink(projectLib, path.join(home, 'lib'), 'dir');
  }
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    JAVA_HOME: process.env.JAVA_HOME,
    REGATLAS_NEO4J_HOME: home,
    REGATLAS_NEO4J_PORT: String(await findFreePort()),
    REGATLAS_NEO4J_HEAP: '512m',
    REGATLAS_NEO4J_PAGECACHE: '64m',
  };

  let pid: number | undefined;
  const kill = () => {
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  // If the test process ends without afterAll (interrupted run), leave neither a JVM (it runs detached in its
  // own process group) nor the folder behind.
  const cleanUpOnExit = () => {
    kill();
    try {
      unlinkSync(path.join(home, 'lib'));
    } catch {
      // not a symlink, or already gone
    }
    rmSync(home, { recursive: true, force: true, maxRetries: 3 });
  };
  process.once('exit', cleanUpOnExit);

  const start = async () => {
    const result = await startLocalNeo4j({ env, log });
    pid = result.pid;
    return result.settings;
  };
  const settings = await start();

  return {
    home,
    settings,
    signal: async (signal) => {
      if (pid === undefined) throw new Error('the throwaway Neo4j is not running');
      process.kill(-pid, signal);
      if (signal !== 'SIGKILL') return;
      const deadline = Date.now() + 30_000;
      while (isAlive(pid) && Date.now() < deadline) await sleep(50);
      pid = undefined;
    },
    start: async () => {
      await start();
    },
    remove: async () => {
      // Its data is thrown away, so there is nothing to shut down cleanly.
      kill();
      while (pid !== undefined && isAlive(pid)) await sleep(50);
      await stopLocalNeo4j({ env, log }).catch(() => undefined);
      pid = undefined;
      process.off('exit', cleanUpOnExit);
      // Remove the symlink itself first, so nothing could ever follow it into the project's jars.
      await unlink(path.join(home, 'lib')).catch(() => undefined);
      await rm(home, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}
