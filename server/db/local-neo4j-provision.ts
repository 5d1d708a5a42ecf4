/**
 * Makes the managed server startable: jars (Maven, once), password (once, set before the first start),
 * neo4j.conf (rewritten every time so memory settings apply; the port is kept). Does not start it.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_BOLT_PORT,
  Neo4jSetupError,
  buildSetPasswordJavaArgs,
  parseBoltPort,
  renderNeo4jConf,
  type LocalNeo4jOptions,
  type LocalNeo4jPaths,
  type Log,
} from './local-neo4j-config.ts';
import { downloadJars, hasCompleteJars } from './local-neo4j-jars.ts';
import { formatMissingToolsMessage, listMissingTools, type DetectedTools } from './local-neo4j-tools.ts';
import { buildManagedSettings, type Neo4jEnv, type Neo4jSettings } from './neo4j-settings.ts';
import { findFreePort, isPortFree } from './ports.ts';

export interface ProvisionedNeo4j {
  paths: LocalNeo4jPaths;
  options: LocalNeo4jOptions;
  port: number;
  settings: Neo4jSettings;
  java: string;
}

export async function provisionServer(
  env: Neo4jEnv,
  log: Log,
  options: LocalNeo4jOptions,
  paths: LocalNeo4jPaths,
  tools: DetectedTools & { java: { path: string } },
): Promise<ProvisionedNeo4j> {
  const jarsPresent = await hasCompleteJars(paths);
  for (const dir of [paths.home, paths.confDir, paths.data, paths.logs, paths.run]) await mkdir(dir, { recursive: true });
  if (!jarsPresent) {
    if (!tools.mvn) throw new Neo4jSetupError(formatMissingToolsMessage(listMissingTools(tools, true)));
    await downloadJars(paths, tools.mvn, log);
  }

  const port = await choosePort(paths, options, log);
  await writeFile(paths.confFile, renderNeo4jConf({ paths, port, pageCache: options.pageCache }));

  const password = await ensurePassword(paths, tools.java.path, env, log);
  return { paths, options, port, settings: buildManagedSettings(port, password), java: tools.java.path };
}

/** The settings a previous provisioning wrote: the port in neo4j.conf and the password file. */
export async function readManagedSettings(paths: LocalNeo4jPaths): Promise<Neo4jSettings> {
  const port = parseBoltPort(await readFile(paths.confFile, 'utf8'));
  if (port === undefined) throw new Neo4jSetupError(`${paths.confFile} has no server.bolt.listen_address; run npm run db:stop and start again.`);
  const password = (await readFile(paths.passwordFile, 'utf8')).trim();
  return buildManagedSettings(port, password);
}

async function choosePort(paths: LocalNeo4jPaths, options: LocalNeo4jOptions, log: Log): Promise<number> {
  if (options.port !== undefined) return options.port;
  const remembered = existsSync(paths.confFile) ? parseBoltPort(await readFile(paths.confFile, 'utf8')) : undefined;
  if (remembered !== undefined) {
    if (await isPortFree(remembered)) return remembered;
    const next = await findFreePort();
    log(`port ${remembered} used last time is now taken by another program; using ${next} from now on`);
    return next;
  }
  if (await isPortFree(DEFAULT_BOLT_PORT)) return DEFAULT_BOLT_PORT;
  const port = await findFreePort();
  log(`port ${DEFAULT_BOLT_PORT} is taken; the managed Neo4j will use ${port} (remembered in ${paths.confFile})`);
  return port;
}

/**
 * The password is generated once and set with the admin tool before the first start: that only works while
 * the system database does not exist yet, so a lost password file with existing data cannot be repaired.
 */
async function ensurePassword(paths: LocalNeo4jPaths, java: string, env: Neo4jEnv, log: Log): Promise<string> {
  const systemDbExists = existsSync(path.join(paths.data, 'databases', 'system'));
  let password = existsSync(paths.passwordFile) ? (await readFile(paths.passwordFile, 'utf8')).trim() : undefined;
  if (systemDbExists) {
    if (!password) {
      throw new Neo4jSetupError(
        `${paths.passwordFile} is missing but the database in ${paths.data} already exists, so its password is unknown. ` +
          `Delete ${paths.data} to start over with an empty database (or restore the password file).`,
      );
    }
    return password;
  }
  if (!password) {
    password = randomBytes(24).toString('base64url');
    await writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  }
  log('setting the initial password (stored in the password file, mode 600)');
  const result = spawnSync(java, buildSetPasswordJavaArgs(paths, password), {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.confDir },
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replaceAll(password, '<password>').trim();
    throw new Neo4jSetupError(`neo4j-admin set-initial-password failed (exit code ${result.status}):\n${output}`);
  }
  return password;
}
