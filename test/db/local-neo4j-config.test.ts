import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildServerJavaArgs,
  buildSetPasswordJavaArgs,
  NEO4J_VERSION,
  parseBoltPort,
  readLocalNeo4jOptions,
  renderNeo4jConf,
  resolveLocalNeo4jPaths,
} from '../../server/db/local-neo4j-config.ts';
import { buildMavenArgs, renderPom } from '../../server/db/local-neo4j-jars.ts';
import { Neo4jSettingsError } from '../../server/db/neo4j-settings.ts';

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
