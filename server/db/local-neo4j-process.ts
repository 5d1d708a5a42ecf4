/**
 * The managed server's JVM process: launched detached in its own process group with its pid in run/, waited
 * for until Bolt accepts our login, stopped as a group; and the start lock that keeps two RegAtlas processes
 * from launching it at once.
 */
import { spawn } from 'node:child_process';
import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { NEO4J_VERSION, Neo4jSetupError, buildServerJavaArgs, type LocalNeo4jPaths, type Log } from './local-neo4j-config.ts';
import type { ProvisionedNeo4j } from './local-neo4j-provision.ts';
import { DatabaseAuthError, DatabaseUnavailableError, createNeo4jClient } from './neo4j-client.ts';
import type { Neo4jSettings } from './neo4j-settings.ts';
import { isPortOpen } from './ports.ts';

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;
const LAUNCH_MARKER = '--- launched by RegAtlas';

export async function launchServer(provisioned: ProvisionedNeo4j, log: Log): Promise<number> {
  const { paths, options, java, port } = provisioned;
  const consoleFile = await open(paths.consoleLog, 'a');
  try {
    await consoleFile.write(`\n${LAUNCH_MARKER} (pid ${process.pid}) at ${new Date().toISOString()} ---\n`);
    const child = spawn(java, buildServerJavaArgs({ paths, heap: options.heap }), {
      cwd: paths.home,
      // Own process group, output to a file: the server outlives this process and can be stopped as a group.
      detached: true,
      stdio: ['ignore', consoleFile.fd, consoleFile.fd],
      env: { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
    });
    const pid = child.pid;
    if (pid === undefined) throw new Neo4jSetupError(`could not launch ${java}`);
    child.unref();
    await writeFile(paths.pidFile, `${pid}\n`);
    log(`launched Neo4j ${NEO4J_VERSION} (pid ${pid}, heap ${options.heap}, page cache ${options.pageCache}) on bolt://127.0.0.1:${port}; log: ${paths.consoleLog}`);
    return pid;
  } finally {
    await consoleFile.close();
  }
}

/** Polls until the server accepts an authenticated session, failing early if the java process dies. */
export async function waitForBolt(settings: Neo4jSettings, pid: number, paths: LocalNeo4jPaths, log: Log): Promise<void> {
  const started = Date.now();
  let lastReport = started;
  const port = Number(new URL(settings.uri).port);
  for (;;) {
    if (!isProcessAlive(pid)) {
      await rm(paths.pidFile, { force: true });
      throw new Neo4jSetupError(`Neo4j (pid ${pid}) exited during startup. Last lines of ${paths.consoleLog}:\n${await readTail(paths.consoleLog, 30)}`);
    }
    if (await isPortOpen(port)) {
      const client = createNeo4jClient(settings, { connectionTimeoutMs: 3_000, maxRetryTimeMs: 0 });
      try {
        await client.verify();
        if (Date.now() - started > 1_000) log(`Neo4j answered on ${settings.uri} after ${Math.round((Date.now() - started) / 1000)} s`);
        return;
      } catch (error) {
        if (error instanceof DatabaseAuthError) {
          throw new Neo4jSetupError(
            `The managed Neo4j refused the password in ${paths.passwordFile}. If you changed that file, restore it; ` +
              `otherwise delete ${paths.data} (with the server stopped) to start over with an empty database.`,
          );
        }
        if (!(error instanceof DatabaseUnavailableError)) throw error;
      } finally {
        await client.close();
      }
    }
    const elapsed = Date.now() - started;
    if (elapsed > START_TIMEOUT_MS) {
      throw new Neo4jSetupError(
        `Neo4j (pid ${pid}) did not accept Bolt connections on ${settings.uri} within ${START_TIMEOUT_MS / 1000} s. ` +
          `Last lines of ${paths.consoleLog}:\n${await readTail(paths.consoleLog, 30)}`,
      );
    }
    if (Date.now() - lastReport >= 5_000) {
      lastReport = Date.now();
      log(`waiting for Neo4j on ${settings.uri} (${Math.round(elapsed / 1000)} s)…`);
    }
    await sleep(500);
  }
}

export async function stopProcessGroup(pid: number, paths: LocalNeo4jPaths, log: Log): Promise<void> {
  log(`stopping Neo4j (pid ${pid})…`);
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isProcessAlive(pid) && Date.now() < deadline) await sleep(250);
  if (isProcessAlive(pid)) {
    log(`Neo4j did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
    signalGroup(pid, 'SIGKILL');
    while (isProcessAlive(pid)) await sleep(100);
  }
  await rm(paths.pidFile, { force: true });
  log('Neo4j stopped');
}

/** The server was launched detached, so its pid is also its process group id (POSIX). */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid from the pid file if that process is alive and (where /proc tells us) is our Neo4j, not a reused pid. */
export async function readRunningPid(paths: LocalNeo4jPaths): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number((await readFile(paths.pidFile, 'utf8')).trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return undefined;
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(paths.home) ? pid : undefined;
  } catch {
    return pid;
  }
}

/**
 * Two RegAtlas processes (a test run and `npm run db:start`, say) must not download or launch at the same
 * time. The lock file holds the owner's pid, so a lock left by a crashed process is taken over.
 */
export async function withStartLock<R>(paths: LocalNeo4jPaths, log: Log, work: () => Promise<R>): Promise<R> {
  const deadline = Date.now() + 15 * 60_000;
  let reported = false;
  for (;;) {
    try {
      const handle = await open(paths.lockFile, 'wx');
      await handle.write(`${process.pid}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(paths.lockFile, 'utf8').catch(() => '')).trim());
      if (!Number.isInteger(owner) || owner <= 0 || !isProcessAlive(owner)) {
        await rm(paths.lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Neo4jSetupError(`gave up waiting for process ${owner} holding ${paths.lockFile}`);
      if (!reported) log(`waiting for another RegAtlas process (pid ${owner}) that is starting Neo4j…`);
      reported = true;
      await sleep(1_000);
    }
  }
  try {
    return await work();
  } finally {
    await rm(paths.lockFile, { force: true });
  }
}

/** The last lines the server printed since our latest launch (console.log accumulates across runs). */
async function readTail(file: string, lines: number): Promise<string> {
  try {
    const text = await readFile(file, 'utf8');
    const sinceLaunch = text.slice(Math.max(0, text.lastIndexOf(LAUNCH_MARKER)));
    return sinceLaunch.trimEnd().split('\n').slice(1).slice(-lines).join('\n') || '(no output)';
  } catch {
    return '(no output)';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
