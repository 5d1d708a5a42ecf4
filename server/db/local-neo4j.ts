/**
 * The project-managed Neo4j Community server in `<project>/.neo4j/` (or REGATLAS_NEO4J_HOME): jars fetched
 * with Maven, launched with our own `java` command line, password generated once. This module starts,
 * stops and reports on it, and picks it or NEO4J_URI (`ensureNeo4j`); the parts live beside it:
 * local-neo4j-config.ts (paths, options, neo4j.conf, java arguments), local-neo4j-tools.ts (Java and Maven),
 * local-neo4j-jars.ts (the Maven download), local-neo4j-provision.ts (conf, port, password) and
 * local-neo4j-process.ts (the JVM process, pid file and start lock).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { NEO4J_VERSION, logToStderr, parseBoltPort, readLocalNeo4jOptions, resolveLocalNeo4jPaths, type Log } from './local-neo4j-config.ts';
import { hasCompleteJars } from './local-neo4j-jars.ts';
import { isProcessAlive, launchServer, readRunningPid, stopProcessGroup, waitForBolt, withStartLock } from './local-neo4j-process.ts';
import { provisionServer, readManagedSettings } from './local-neo4j-provision.ts';
import { assertToolsAvailable, detectTools } from './local-neo4j-tools.ts';
import { describeNeo4jSettings, readNeo4jSettings, type Neo4jEnv, type Neo4jSettings } from './neo4j-settings.ts';
import { isPortOpen } from './ports.ts';

export interface LocalNeo4jRequest {
  env?: Neo4jEnv;
  log?: Log;
}

export interface StartResult {
  settings: Neo4jSettings;
  startedHere: boolean;
  pid: number;
}

/** Starts the managed server, or reuses it when it is already running. Resolves once Bolt accepts our login. */
export async function startLocalNeo4j(request: LocalNeo4jRequest = {}): Promise<StartResult> {
  const env = request.env ?? process.env;
  const log = request.log ?? logToStderr;
  const options = readLocalNeo4jOptions(env);
  const paths = resolveLocalNeo4jPaths(options.home);

  const reuse = async (pid: number): Promise<StartResult> => {
    const settings = await readManagedSettings(paths);
    if (options.port !== undefined && options.port !== Number(new URL(settings.uri).port)) {
      log(`REGATLAS_NEO4J_PORT is ${options.port} but the running server uses ${settings.uri}; npm run db:stop, then start again to apply it.`);
    }
    await waitForBolt(settings, pid, paths, log);
    return { settings, startedHere: false, pid };
  };
  const alreadyRunning = await readRunningPid(paths);
  if (alreadyRunning !== undefined) return reuse(alreadyRunning);

  // Check the tools before creating anything, so a machine without Java gets the three options and no folder.
  const tools = detectTools(env);
  assertToolsAvailable(tools, !(await hasCompleteJars(paths)));
  await mkdir(paths.run, { recursive: true });

  return withStartLock(paths, log, async () => {
    // Another process may have started it while we waited for the lock.
    const running = await readRunningPid(paths);
    if (running !== undefined) return reuse(running);

    const provisioned = await provisionServer(env, log, options, paths, tools);
    const pid = await launchServer(provisioned, log);
    try {
      await waitForBolt(provisioned.settings, pid, paths, log);
    } catch (error) {
      // Timed out or refused our password: do not leave a half-usable server behind.
      if (isProcessAlive(pid)) await stopProcessGroup(pid, paths, log).catch(() => undefined);
      throw error;
    }
    return { settings: provisioned.settings, startedHere: true, pid };
  });
}

export interface StopResult {
  wasRunning: boolean;
  pid?: number;
}

export async function stopLocalNeo4j(request: LocalNeo4jRequest = {}): Promise<StopResult> {
  const env = request.env ?? process.env;
  const log = request.log ?? logToStderr;
  const paths = resolveLocalNeo4jPaths(readLocalNeo4jOptions(env).home);
  const pid = await readRunningPid(paths);
  if (pid === undefined) {
    await rm(paths.pidFile, { force: true });
    return { wasRunning: false };
  }
  await stopProcessGroup(pid, paths, log);
  return { wasRunning: true, pid };
}

export interface LocalNeo4jStatus {
  home: string;
  neo4jVersion: string;
  jarsPresent: boolean;
  running: boolean;
  pid: number | null;
  boltUri: string | null;
  boltListening: boolean;
  dataDir: string;
  passwordFile: string;
  consoleLog: string;
}

export async function localNeo4jStatus(request: Pick<LocalNeo4jRequest, 'env'> = {}): Promise<LocalNeo4jStatus> {
  const env = request.env ?? process.env;
  const paths = resolveLocalNeo4jPaths(readLocalNeo4jOptions(env).home);
  const pid = await readRunningPid(paths);
  const port = existsSync(paths.confFile) ? parseBoltPort(await readFile(paths.confFile, 'utf8')) : undefined;
  return {
    home: paths.home,
    neo4jVersion: NEO4J_VERSION,
    jarsPresent: await hasCompleteJars(paths),
    running: pid !== undefined,
    pid: pid ?? null,
    boltUri: port === undefined ? null : `bolt://127.0.0.1:${port}`,
    boltListening: pid !== undefined && port !== undefined && (await isPortOpen(port)),
    dataDir: paths.data,
    passwordFile: paths.passwordFile,
    consoleLog: paths.consoleLog,
  };
}

export interface EnsureNeo4jResult {
  settings: Neo4jSettings;
  /** True when this call launched the managed server, so the caller may stop it when done. */
  startedHere: boolean;
}

/** NEO4J_URI set → use it, provision nothing; otherwise start (or reuse) the project-managed server. */
export async function ensureNeo4j(request: LocalNeo4jRequest = {}): Promise<EnsureNeo4jResult> {
  const env = request.env ?? process.env;
  const log = request.log ?? logToStderr;
  const configured = readNeo4jSettings(env);
  if (configured) return { settings: configured, startedHere: false };

  for (const name of ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
    if (env[name]?.trim()) log(`${name} is set but NEO4J_URI is not: ignoring it and using the project-managed Neo4j.`);
  }
  const { settings, startedHere } = await startLocalNeo4j({ env, log });
  log(`${startedHere ? 'started' : 'reusing'} ${describeNeo4jSettings(settings)}`);
  return { settings, startedHere };
}
