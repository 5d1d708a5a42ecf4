// Nobody writes through the API, the database answers only on loopback and only with the password, and the
// password shows up in no log, output or response of a real server and seed run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jClient, DatabaseAuthError, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import { readLocalNeo4jOptions, resolveLocalNeo4jPaths } from '../../server/db/local-neo4j-config.ts';
import { loadProjectEnv } from '../../server/project-env.ts';
import { EXAMPLE_QUERIES } from '../../server/graphiql-examples.ts';
import { createYogaApp } from '../../server/yoga.ts';
import { graphql } from '../api/graphql-request.ts';
import { connectTestClient, testNeo4jSettings, uniqueTestLabel } from '../support/neo4j.ts';
import { ensureSeeded, graphFingerprint } from '../support/seeded-graph.ts';
import { envForNeo4j, PROJECT_ROOT as ROOT, runTsx, spawnTsx } from '../support/child-process.ts';

let client: Neo4jClient;

beforeAll(async () => {
  client = connectTestClient({ txTimeoutMs: 120_000 });
  await ensureSeeded(client);
});
afterAll(async () => {
  await client?.close();
});

describe('the API cannot write', () => {
  const label = uniqueTestLabel('ReadOnly');
  it.each([
    ['CREATE', `CREATE (n:${label} {id: 'x'}) RETURN n`],
    ['MERGE', `MERGE (n:${label} {id: 'x'}) RETURN n`],
    ['SET', "MATCH (a:Article {id: 'article:xinjiang-ftz-2025/28'}) SET a.text = 'changed' RETURN a.id"],
    ['DETACH DELETE', `MATCH (n:${label}) DETACH DELETE n`],
    ['schema', `CREATE INDEX ${label.toLowerCase()}_x IF NOT EXISTS FOR (n:${label}) ON (n.x)`],
  ])('its sessions are READ: %s is refused by Neo4j', async (_name, cypher) => {
    await expect(client.read(cypher)).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
      message: expect.stringMatching(/^Writing in read access mode not allowed/),
    });
  });

  it('so nothing was written', async () => {
    const [row] = await client.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
    expect(row!.n).toBe(0);
    const [article] = await client.read<{ text: string }>("MATCH (a:Article {id: 'article:xinjiang-ftz-2025/28'}) RETURN a.text AS text");
    expect(article!.text).not.toBe('changed');
  });

  it('every query the API runs for the GraphiQL examples is a read, and the graph is unchanged', async () => {
    const before = await graphFingerprint(client);
    const modes: string[] = [];
    const stop = client.onQuery((event) => modes.push(event.mode));
    try {
      const yoga = createYogaApp({ client, logger: { error: () => {} } });
      for (const { query } of EXAMPLE_QUERIES) expect((await graphql(yoga, query)).errors).toBeUndefined();
    } finally {
      stop();
    }
    expect(modes.length).toBeGreaterThan(EXAMPLE_QUERIES.length - 1);
    expect(new Set(modes)).toEqual(new Set(['READ']));
    expect(await graphFingerprint(client)).toEqual(before);
  });
});

describe('the database', () => {
  const settings = testNeo4jSettings();
  const managed = settings.source === 'managed';

  it('refuses a wrong password', async () => {
    const wrong = createNeo4jClient({ ...settings, password: `${settings.password}-wrong` }, { maxRetryTimeMs: 0 });
    try {
      await expect(wrong.verify()).rejects.toBeInstanceOf(DatabaseAuthError);
    } finally {
      await wrong.close();
    }
  });

  it.skipIf(!managed)('(the project-managed one) is configured for 127.0.0.1 only, with auth on', async () => {
    const paths = resolveLocalNeo4jPaths(readLocalNeo4jOptions(await loadProjectEnv()).home);
    const conf = readFileSync(paths.confFile, 'utf8');
    const port = new URL(settings.uri).port;
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    expect(conf).toMatch(new RegExp(`^server\\.bolt\\.listen_address=127\\.0\\.0\\.1:${port}$`, 'm'));
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    expect(conf).toMatch(/^server\.http\.enabled=false$/m);
  });

  it.skipIf(!managed)('(the project-managed one) cannot be reached on any other address of this machine', async () => {
    const port = Number(new URL(settings.uri).port);
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of addresses) {
      const reachable = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port });
        socket.setTimeout(2_000, () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
      expect(reachable, `${address}:${port}`).toBe(false);
    }
  });
});

describe('credentials', () => {
  const password = testNeo4jSettings().password;

  it.skipIf(testNeo4jSettings().source !== 'managed')("are not in the project-managed Neo4j's own logs", async () => {
    const { logs } = resolveLocalNeo4jPaths(readLocalNeo4jOptions(await loadProjectEnv()).home);
    const files = readdirSync(logs);
    expect(files).toContain('security.log');
    for (const file of files) expect(readFileSync(join(logs, file)).includes(password), file).toBe(false);
  });

  it.skipIf(!existsSync(join(ROOT, '.git')))('are not in the repository', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(tracked.filter((file) => file === '.env' || file.startsWith('.neo4j/'))).toEqual([]);
    const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.neo4j/', '.env']));
    for (const file of tracked) {
      if (!existsSync(join(ROOT, file))) continue;
      expect(readFileSync(join(ROOT, file)).includes(password), file).toBe(false);
    }
  });

  it('never appear in the logs and responses of a server and seed run', async () => {
    const settings = testNeo4jSettings();
    const server = spawnTsx('server/main.ts', [], envForNeo4j(settings, { PORT: '0', HOST: '127.0.0.1', CORS_ORIGINS: 'https://atlas.example.org' }));
    const responses: string[] = [];
    try {
      const [, url] = await server.waitForOutput(/GraphQL API and GraphiQL at (http:\/\/\S+)\/graphql/, 60_000);
      const ask = async (path: string, init?: RequestInit) => {
        const response = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
        responses.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
        return response;
      };
      const post = (query: string, headers: Record<string, string> = {}) =>
        ask('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
      expect((await ask('/healthz')).status).toBe(200);
      expect((await post('{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { name } }')).status).toBe(200);
      await post('{ nope }');
      await post('{ search(query: "\\"") { totalCount } }');
      await post('{ actor(id: "x") { obligations(first: 1000) { totalCount } } }');
      await ask('/graphql', { headers: { accept: 'text/html' } });
      // CORS_ORIGINS reaches the real server: the listed origin may read, others may not.
      expect((await post('{ __typename }', { origin: 'https://atlas.example.org' })).headers.get('access-control-allow-origin')).toBe('https://atlas.example.org');
      expect((await post('{ __typename }', { origin: 'https://evil.example' })).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      server.child.kill('SIGTERM');
    }
    const serverRun = await server.waitForExit(15_000);
    expect(serverRun.code).toBe(0);

    const seedRun = await runTsx('server/cli/seed.ts', ['--if-changed'], envForNeo4j(settings), 60_000);
    expect(seedRun.code, seedRun.stderr).toBe(0);
    // A wrong password is reported by the setting's name, not echoed.
    const wrongPassword = `${settings.password}-typo`;
    const refused = await runTsx('server/cli/seed.ts', ['--if-changed'], envForNeo4j({ ...settings, password: wrongPassword }), 60_000);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused to authenticate.*NEO4J_PASSWORD/);

    const everything = [serverRun.stdout, serverRun.stderr, seedRun.stdout, seedRun.stderr, refused.stdout, refused.stderr, ...responses].join('\n');
    expect(everything.length).toBeGreaterThan(500);
    expect(everything).not.toContain(settings.password);
    expect(everything).not.toContain(wrongPassword);
  });
});
