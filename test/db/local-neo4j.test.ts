import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assertToolsAvailable,
  buildMavenArgs,
  buildServerJavaArgs,
  buildSetPasswordJavaArgs,
  detectTools,
  ensureNeo4j,
  findExecutable,
  mergeDotEnv,
  Neo4jSetupError,
  NEO4J_VERSION,
  parseBoltPort,
  parseJavaMajorVersion,
  readLocalNeo4jOptions,
  renderNeo4jConf,
  renderPom,
  resolveLocalNeo4jPaths,
} from '../../server/db/local-neo4j.ts';
import { Neo4jSettingsError } from '../../server/db/neo4j-settings.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'regatlas-local-neo4j-'));
/** A PATH with neither java nor mvn. */
const emptyBin = path.join(scratch, 'empty-bin');
mkdirSync(emptyBin);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const paths = resolveLocalNeo4jPaths('/srv/regatlas/.neo4j');

/** neo4j.conf as a key → value map, ignoring comments. */
function parseConf(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1)] as const;
    });
  return new Map(entries);
}

/** A fake executable that prints what `java -version` would print, on stderr like the real one. */
function fakeTool(dir: string, name: string, stderr = ''): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\necho '${stderr}' >&2\n`);
  chmodSync(file, 0o755);
  return file;
}

function setupError(run: () => unknown): Neo4jSetupError {
  try {
    run();
  } catch (error) {
    if (error instanceof Neo4jSetupError) return error;
    throw error;
  }
  throw new Error('expected a Neo4jSetupError');
}

function expectThreeOptions(message: string): void {
  expect(message).toMatch(/NEO4J_URI.*NEO4J_USER.*NEO4J_PASSWORD/);
  expect(message).toContain('docker compose up -d neo4j');
  expect(message).toContain('.env.example');
  expect(message).toMatch(/Install Java 17\+ and Maven/);
}

describe('neo4j.conf', () => {
  const conf = parseConf(renderNeo4jConf({ paths, port: 17687, pageCache: '512m' }));

  it('listens on the loopback interface only, Bolt on the chosen port', () => {
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:17687');
  });

  it('disables HTTP, HTTPS and usage reports and keeps authentication on', () => {
    expect(conf.get('server.http.enabled')).toBe('false');
    expect(conf.get('server.https.enabled')).toBe('false');
    expect(conf.get('dbms.usage_report.enabled')).toBe('false');
    expect(conf.get('dbms.security.auth_enabled')).toBe('true');
  });

  it('keeps data, logs and run files inside the managed folder', () => {
    expect(conf.get('server.directories.data')).toBe('/srv/regatlas/.neo4j/data');
    expect(conf.get('server.directories.logs')).toBe('/srv/regatlas/.neo4j/logs');
    expect(conf.get('server.directories.run')).toBe('/srv/regatlas/.neo4j/run');
    expect(conf.get('server.memory.pagecache.size')).toBe('512m');
  });

  it('remembers the port for the next run', () => {
    expect(parseBoltPort(renderNeo4jConf({ paths, port: 24242, pageCache: '256m' }))).toBe(24242);
    expect(parseBoltPort('server.http.enabled=false\n')).toBeUndefined();
  });
});

describe('command lines', () => {
  it('launches the community server in console mode with the heap and the opened modules', () => {
    const args = buildServerJavaArgs({ paths, heap: '2g' });
    expect(args).toEqual(expect.arrayContaining(['-Xms2g', '-Xmx2g', '--add-opens=java.base/java.nio=ALL-UNNAMED', '--console-mode']));
    expect(args[args.indexOf('-cp') + 1]).toBe(path.join('/srv/regatlas/.neo4j/lib', '*'));
    expect(args).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(args).toContain('--home-dir=/srv/regatlas/.neo4j');
    expect(args).toContain(`--config-dir=${path.join('/srv/regatlas/.neo4j', 'conf')}`);
  });

  it('sets the initial password with the admin tool', () => {
    expect(buildSetPasswordJavaArgs(paths, 'pw').slice(-5)).toEqual(['org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', 'pw']);
    // A generated password may start with '-': after `--` it is still the password, not an option.
    expect(buildSetPasswordJavaArgs(paths, '-pw').slice(-2)).toEqual(['--', '-pw']);
  });

  it('copies the runtime dependencies of org.neo4j:neo4j into lib/', () => {
    expect(renderPom()).toMatch(
      new RegExp(`<groupId>org.neo4j</groupId>\\s*<artifactId>neo4j</artifactId>\\s*<version>${NEO4J_VERSION.replaceAll('.', '\\.')}</version>`),
    );
    expect(buildMavenArgs(paths)).toEqual(
      expect.arrayContaining(['-B', 'dependency:copy-dependencies', `-DoutputDirectory=${paths.lib}`, '-DincludeScope=runtime']),
    );
  });
});

describe('readLocalNeo4jOptions', () => {
  it('defaults to <project>/.neo4j, 1g heap, 256m page cache and no fixed port', () => {
    expect(readLocalNeo4jOptions({}, '/srv/regatlas')).toEqual({
      home: path.join('/srv/regatlas', '.neo4j'),
      port: undefined,
      heap: '1g',
      pageCache: '256m',
    });
  });

  it('reads the REGATLAS_NEO4J_* overrides, resolving a relative home against the project', () => {
    expect(
      readLocalNeo4jOptions(
        { REGATLAS_NEO4J_HOME: 'var/neo4j', REGATLAS_NEO4J_PORT: '7777', REGATLAS_NEO4J_HEAP: '2G', REGATLAS_NEO4J_PAGECACHE: '1g' },
        '/srv/regatlas',
      ),
    ).toEqual({ home: path.resolve('/srv/regatlas', 'var/neo4j'), port: 7777, heap: '2g', pageCache: '1g' });
  });

  it.each([
    ['REGATLAS_NEO4J_PORT', '70000'],
    ['REGATLAS_NEO4J_PORT', 'bolt'],
    ['REGATLAS_NEO4J_HEAP', 'lots'],
    ['REGATLAS_NEO4J_PAGECACHE', '1.5g'],
  ])('rejects %s=%s naming the variable', (name, value) => {
    expect(() => readLocalNeo4jOptions({ [name]: value })).toThrow(Neo4jSettingsError);
    expect(() => readLocalNeo4jOptions({ [name]: value })).toThrow(name);
  });
});

describe('tool detection', () => {
  it('parses the major Java version, old and new numbering', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21-ea" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajorVersion('command not found')).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('finds java and mvn on the given PATH, preferring JAVA_HOME', () => {
    const bin = path.join(scratch, 'bin');
    fakeTool(bin, 'java', 'openjdk version "11.0.2" 2019-01-15');
    const mvn = fakeTool(bin, 'mvn');
    const javaHome = path.join(scratch, 'jdk21');
    const java21 = fakeTool(path.join(javaHome, 'bin'), 'java', 'openjdk version "21.0.1" 2023-10-17');

    expect(findExecutable('mvn', { PATH: `/nonexistent:${bin}` })).toBe(mvn);
    expect(detectTools({ PATH: bin, JAVA_HOME: javaHome })).toEqual({ java: { path: java21, major: 21 }, mvn });
    expect(detectTools({ PATH: bin }).java?.major).toBe(11);
  });

  it('reports all three ways out when neither Java nor Maven is on PATH', () => {
    const tools = detectTools({ PATH: emptyBin });
    expect(tools).toEqual({});
    const error = setupError(() => assertToolsAvailable(tools, true));
    expectThreeOptions(error.message);
    expect(error.message).toContain('Maven');
  });

  it('asks for Maven only while the jars are missing, and for Java 17+ always', () => {
    expect(() => assertToolsAvailable({ java: { path: '/usr/bin/java', major: 17 } }, false)).not.toThrow();
    expect(setupError(() => assertToolsAvailable({ java: { path: '/usr/bin/java', major: 17 } }, true)).message).toContain('Maven');
    const old = setupError(() => assertToolsAvailable({ java: { path: '/usr/bin/java', major: 11 } }, false));
    expect(old.message).toMatch(/Java 17\+ \(\/usr\/bin\/java is Java 11\)/);
    expectThreeOptions(old.message);
  });

  it('ensureNeo4j without NEO4J_URI, Java or Maven fails with the three options and creates nothing', async () => {
    const home = path.join(scratch, 'never-created');
    const env = { PATH: emptyBin, REGATLAS_NEO4J_HOME: home };
    const error = await ensureNeo4j({ env, log: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jSetupError);
    expectThreeOptions((error as Error).message);
    expect(existsSync(home)).toBe(false);
  });
});

describe('mergeDotEnv', () => {
  it('fills unset variables from .env but never overrides the environment', () => {
    const merged = mergeDotEnv({ NEO4J_USER: 'from-env' }, 'NEO4J_USER=from-file\nNEO4J_URI=bolt://127.0.0.1:7687\n# NEO4J_DATABASE=x\n');
    expect(merged).toMatchObject({ NEO4J_USER: 'from-env', NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(merged.NEO4J_DATABASE).toBeUndefined();
  });
});
