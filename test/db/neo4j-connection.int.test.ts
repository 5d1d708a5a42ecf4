import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureNeo4j, type LocalNeo4jStatus } from '../../server/db/local-neo4j.ts';
import {
  createNeo4jClient,
  DatabaseAuthError,
  DatabaseUnavailableError,
  type Neo4jClient,
  type QueryEvent,
} from '../../server/db/neo4j-client.ts';
import { connectTestClient, testNeo4jSettings, uniqueTestLabel } from '../support/neo4j.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const settings = testNeo4jSettings();
const label = uniqueTestLabel('ConnectionTest');
let client: Neo4jClient;

beforeAll(() => {
  // Other test files and developers share this database; a longer timeout rides out their big seeding transactions.
  client = connectTestClient({ txTimeoutMs: 30_000 });
});
afterAll(async () => {
  await client.writeTransaction((tx) => tx.run(`MATCH (n:${label}) DETACH DELETE n`));
  await client.close();
});

/** Awaits a promise that must reject, with how long it took. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a rejection');
}

describe('a client for the provided Neo4j', () => {
  it('authenticates over Bolt', async () => {
    await expect(client.verify()).resolves.toBeUndefined();
    expect(client.uri).toBe(settings.uri);
  });

  it('writes, reads and deletes a node, returning plain values', async () => {
    await client.writeTransaction(async (tx) => {
      await tx.run(
        `CREATE (n:${label} {id: $id, article: $article, ratio: 0.5, tags: ['zone', 'industry'],
                 signed: datetime('2025-01-15T08:00:00Z'), day: date('2025-03-01')})`,
        { id: 'article:28', article: 28 },
      );
      await tx.run(`MATCH (a:${label} {id: 'article:28'}) CREATE (a)-[:CITES {weight: 2}]->(:${label} {id: 'article:29'})`);
    });

    const rows = await client.read<{ n: Record<string, unknown>; r: Record<string, unknown>; info: Record<string, unknown> }>(
      `MATCH (n:${label} {id: $id})-[r:CITES]->(m) RETURN n, r, {next: m.id, hops: [1, 2]} AS info`,
      { id: 'article:28' },
    );
    expect(rows).toEqual([
      {
        n: {
          id: 'article:28',
          article: 28,
          ratio: 0.5,
          tags: ['zone', 'industry'],
          signed: '2025-01-15T08:00:00Z',
          day: '2025-03-01',
        },
        r: { weight: 2 },
        info: { next: 'article:29', hops: [1, 2] },
      },
    ]);

    // Whole JS numbers arrive as Cypher integers, so they work where Cypher insists on one.
    const [limited] = await client.read<{ ids: string[] }>(`MATCH (n:${label}) WITH n ORDER BY n.id LIMIT $n RETURN collect(n.id) AS ids`, {
      n: 1,
    });
    expect(limited?.ids).toEqual(['article:28']);

    await client.writeTransaction((tx) => tx.run(`MATCH (n:${label}) DETACH DELETE n`));
    expect(await client.read(`MATCH (n:${label}) RETURN n`)).toEqual([]);
  });

  it('writes all statements of a transaction or none', async () => {
    const failed = await failure(
      client.writeTransaction(async (tx) => {
        await tx.run(`CREATE (:${label} {id: 'half-written'})`);
        await tx.run('RETURN 1/0');
      }),
    );
    expect(failed.error).toBeInstanceOf(Error);
    expect(await client.read(`MATCH (n:${label} {id: 'half-written'}) RETURN n`)).toEqual([]);
  });

  it('runs schema statements outside explicit transactions', async () => {
    const index = `${label}_id`;
    await client.runSchema(`CREATE INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
    try {
      const rows = await client.read<{ labels: string[]; properties: string[] }>(
        'SHOW INDEXES YIELD name, labelsOrTypes, properties WHERE name = $index RETURN labelsOrTypes AS labels, properties',
        { index },
      );
      expect(rows).toEqual([{ labels: [label], properties: ['id'] }]);
    } finally {
      await client.runSchema(`DROP INDEX ${index} IF EXISTS`);
    }
  });

  it('reports every round trip to listeners', async () => {
    const events: QueryEvent[] = [];
    const unsubscribe = client.onQuery((event) => events.push(event));
    await client.read('RETURN 1 AS one');
    await client.writeTransaction(async (tx) => {
      await tx.run('RETURN 1 AS one');
      await tx.run('RETURN 2 AS two');
    });
    unsubscribe();
    await client.read('RETURN 3 AS three');
    expect(events.map((e) => e.mode)).toEqual(['READ', 'WRITE', 'WRITE']);
    expect(events.every((e) => e.ms >= 0)).toBe(true);
  });
});

describe('read scopes (one read transaction per API request)', () => {
  it('runs every read of a scope in one transaction', async () => {
    const events: QueryEvent[] = [];
    const unsubscribe = client.onQuery((event) => events.push(event));
    const scope = client.readScope();
    const ids = await Promise.all([1, 2, 3].map(() => scope.read<{ tx: string }>("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId AS tx")));
    await scope.close();
    unsubscribe();
    // The same server-side transaction answered all three, concurrently issued, statements.
    expect(ids.map((rows) => rows.length)).toEqual([1, 1, 1]);
    expect(new Set(ids.map(([row]) => row!.tx)).size).toBe(1);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.scope)).size).toBe(1);
    expect(events.every((e) => e.mode === 'READ' && e.scope !== undefined)).toBe(true);
  });

  it('refuses writes: the transaction is a read transaction', async () => {
    const scope = client.readScope();
    await expect(scope.read(`CREATE (:${label} {id: 'scope-write'})`)).rejects.toThrow(/read|access mode/i);
    await scope.close();
    expect(await client.read(`MATCH (n:${label} {id: 'scope-write'}) RETURN n`)).toEqual([]);
  });

  it('a failed statement fails alone: later reads of the scope still answer', async () => {
    const scope = client.readScope();
    const bad = scope.read('RETURN 1/0 AS boom');
    const good = scope.read('RETURN 2 AS two');
    await expect(bad).rejects.toThrow('/ by zero');
    expect(await good).toEqual([{ two: 2 }]);
    expect(await scope.read('RETURN 3 AS three')).toEqual([{ three: 3 }]);
    await scope.close();
  });

  it('leaves stack traces on once its results are made without them, after a success or a failure', async () => {
    const limit = Error.stackTraceLimit;
    const scope = client.readScope();
    const bad = scope.read('RETURN 1/0 AS boom');
    expect(Error.stackTraceLimit).toBe(limit);
    await expect(bad).rejects.toThrow('/ by zero');
    expect(await client.read('RETURN 5 AS five')).toEqual([{ five: 5 }]);
    await scope.close();
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('here').stack).toMatch(/neo4j-connection\.int\.test/);
  });

  it('reads after close still answer (each in its own transaction)', async () => {
    const scope = client.readScope();
    await scope.close();
    expect(await scope.read('RETURN 4 AS four')).toEqual([{ four: 4 }]);
  });
});

describe('configuration errors', () => {
  it('a wrong password fails fast, naming NEO4J_PASSWORD but not the password', async () => {
    const wrong = `wrong-${uniqueTestLabel()}`;
    const bad = createNeo4jClient({ ...settings, password: wrong, source: 'env' });
    const { error, ms } = await failure(bad.verify());
    await bad.close();
    expect(error).toBeInstanceOf(DatabaseAuthError);
    const message = (error as Error).message;
    expect(message).toContain('NEO4J_PASSWORD');
    expect(message).toContain(settings.uri);
    expect(message).not.toContain(wrong);
    expect(message).not.toContain(settings.password);
    expect(ms).toBeLessThan(5_000);
  });

  it('an unreachable NEO4J_URI fails fast, naming it', async () => {
    const bad = createNeo4jClient({ ...settings, uri: 'bolt://127.0.0.1:1', source: 'env' });
    const { error, ms } = await failure(bad.verify());
    await bad.close();
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toContain('NEO4J_URI');
    expect((error as Error).message).not.toContain(settings.password);
    expect(ms).toBeLessThan(5_000);
  });

  it('a host that accepts TCP but never speaks Bolt fails within the connection timeout, not after minutes', async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const bad = createNeo4jClient({ ...settings, uri: `bolt://127.0.0.1:${port}`, source: 'env' }, { connectionTimeoutMs: 1_000 });
    try {
      const { error, ms } = await failure(bad.verify());
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toContain('NEO4J_URI');
      expect(ms).toBeLessThan(4_000);
    } finally {
      await bad.close();
      silent.close();
    }
  });
});

describe('ensureNeo4j', () => {
  it('with NEO4J_URI set uses that server and provisions nothing', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'regatlas-ensure-'));
    const managedHome = path.join(scratch, 'managed');
    try {
      const env = {
        NEO4J_URI: settings.uri,
        NEO4J_USER: settings.user,
        NEO4J_PASSWORD: settings.password,
        REGATLAS_NEO4J_HOME: managedHome,
        // No java or mvn either: this path must not need them.
        PATH: scratch,
      };
      const logged: string[] = [];
      const result = await ensureNeo4j({ env, log: (line) => logged.push(line) });
      expect(result.startedHere).toBe(false);
      expect(result.settings).toMatchObject({ uri: settings.uri, source: 'env' });
      expect(existsSync(managedHome)).toBe(false);

      const viaEnv = createNeo4jClient(result.settings);
      try {
        await viaEnv.verify();
      } finally {
        await viaEnv.close();
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it.runIf(settings.source === 'managed')('reuses the running managed server instead of starting another', async () => {
    const result = await ensureNeo4j({ env: process.env, log: () => {} });
    expect(result.startedHere).toBe(false);
    expect(result.settings.uri).toBe(settings.uri);
  });

  it.runIf(settings.source === 'managed')('`db:status` reports the managed server running on the provided Bolt URI', async () => {
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, ['server/cli/db.ts', 'status', '--json'], { cwd: projectRoot });
    const status = JSON.parse(stdout) as { managed: LocalNeo4jStatus };
    expect(status.managed).toMatchObject({ running: true, boltListening: true, boltUri: settings.uri, jarsPresent: true });
  });
});
