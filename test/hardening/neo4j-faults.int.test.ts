// Faults, against a throwaway Neo4j of its own (the shared test database is never stopped): the database killed
// while the API serves and started again, the database hung, and a seed killed in the middle of its write
// transaction. One start, one kill and one restart of the throwaway server (~20 s each) cover all of it.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jClient, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { API_DB_OPTIONS } from '../../server/main.ts';
import { createYogaApp } from '../../server/yoga.ts';
import { loadGraph, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { graphFingerprint, realGraph } from '../support/seeded-graph.ts';
import { envForNeo4j, runTsx, spawnTsx, type Exit } from '../support/child-process.ts';
import { generateLongRegulation } from '../support/synthetic-regulation.ts';
import { startThrowawayNeo4j, throwawayUnavailableReason, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

/** A request while the database is down must answer within this (API_DB_OPTIONS: one retry after ~1 s). */
const FAIL_FAST_MS = 3_000;
const HEALTH_TIMEOUT_MS = 2_000;
const QUERIES = [
  '{ chapters { number title } }',
  '{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { name obligations(first: 3) { totalCount } } }',
  '{ search(query: "纺织") { totalCount } }',
  '{ neighborhood(ids: ["article:xinjiang-ftz-2025/28"]) { nodes { id } } }',
];

const unavailable = throwawayUnavailableReason();
let neo: ThrowawayNeo4j;
let client: Neo4jClient;
let server: Server;
let base: string;
const logged: string[] = [];
const outputs: Exit[] = [];

interface Outcome {
  status: number;
  ms: number;
  kind: 'data' | 'unavailable' | 'other';
  body: string;
}

async function ask(query: string): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  const json = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  const codes = (json.errors ?? []).map((e) => e.extensions?.code);
  const kind = codes.length === 0 && json.data ? 'data' : codes.length > 0 && codes.every((c) => c === 'DATABASE_UNAVAILABLE') ? 'unavailable' : 'other';
  return { status: response.status, ms, kind, body };
}

async function health(): Promise<{ status: number; ms: number; body: { status: string; database: { status: string } } }> {
  const started = performance.now();
  const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) });
  return { status: response.status, ms: performance.now() - started, body: await response.json() };
}

describe.skipIf(unavailable !== undefined)('faults against a throwaway Neo4j', () => {
  let previous: Awaited<ReturnType<typeof graphFingerprint>>;

  beforeAll(async () => {
    neo = await startThrowawayNeo4j();
    const seedClient = createNeo4jClient(neo.settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
    try {
      await loadGraph(seedClient, realGraph());
    } finally {
      await seedClient.close();
    }
    client = createNeo4jClient(neo.settings, API_DB_OPTIONS);
    previous = await graphFingerprint(client);
    server = createHttpServer({ client, logger: { error: (m) => logged.push(m) }, healthTimeoutMs: HEALTH_TIMEOUT_MS });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 240_000);

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await client?.close();
    await neo?.close();
  }, 60_000);

  describe('Neo4j killed while the API is serving', () => {
    it('answers normally while the database is up', async () => {
      for (const query of QUERIES) expect((await ask(query)).kind).toBe('data');
      expect((await health()).status).toBe(200);
    });

    it('fails fast with DATABASE_UNAVAILABLE, reports it on /healthz and stays up', async () => {
      // Clients keep asking while the database dies under them.
      let stop = false;
      const during: Outcome[] = [];
      const workers = Array.from({ length: 4 }, async (_, i) => {
        while (!stop) during.push(await ask(QUERIES[i % QUERIES.length]!));
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await neo.signal('SIGKILL');

      const down: Outcome[] = [];
      for (const query of QUERIES) down.push(await ask(query));
      const healthDown = await health();
      stop = true;
      await Promise.all(workers);

      for (const outcome of down) {
        expect(outcome.status, outcome.body).toBe(200);
        expect(outcome.kind, outcome.body).toBe('unavailable');
        expect(outcome.ms).toBeLessThan(FAIL_FAST_MS);
        expect(outcome.body).toContain('The database is unavailable; try again later.');
        expect(outcome.body).not.toMatch(/bolt:|127\.0\.0\.1|MATCH|Neo4jError|\n\s+at /);
      }
      // Requests caught by the kill either completed or failed the same clear way; none hung.
      expect(during.length).toBeGreaterThan(4);
      for (const outcome of during) {
        expect(outcome.status).toBe(200);
        expect(['data', 'unavailable']).toContain(outcome.kind);
        expect(outcome.ms).toBeLessThan(API_DB_OPTIONS.readTimeoutMs!);
      }
      expect(during.some((o) => o.kind === 'unavailable')).toBe(true);

      expect(healthDown.status).toBe(503);
      expect(healthDown.body).toMatchObject({ status: 'degraded', database: { status: 'unavailable' } });
      expect(healthDown.ms).toBeLessThan(HEALTH_TIMEOUT_MS + 1_000);
      expect(server.listening).toBe(true);
      console.info(
        `[faults] while down: ${down.map((o) => Math.round(o.ms)).join(', ')} ms per request; ` +
          `${during.length} requests during the kill (${during.filter((o) => o.kind === 'unavailable').length} unavailable), ` +
          `slowest ${Math.round(Math.max(...during.map((o) => o.ms)))} ms`,
      );
    });

    it('answers again once Neo4j is back, without a restart of the API', async () => {
      const restarted = performance.now();
      await neo.start();
      const up = performance.now();
      let first: Outcome | undefined;
      while (performance.now() - up < 10_000) {
        const outcome = await ask(QUERIES[0]!);
        if (outcome.kind === 'data') {
          first = outcome;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(first, 'no successful request within 10 s of Neo4j answering again').toBeDefined();
      const recovered = performance.now() - up;
      for (const query of QUERIES) expect((await ask(query)).kind).toBe('data');
      expect((await health()).status).toBe(200);
      expect(await graphFingerprint(client)).toEqual(previous);
      console.info(
        `[faults] Neo4j restart took ${Math.round((up - restarted) / 1000)} s; first API success ${Math.round(recovered)} ms after it answered`,
      );
    }, 180_000);
  });

  describe('Neo4j hung (SIGSTOP)', () => {
    it('gives up at the configured read timeout instead of waiting for a reply', async () => {
      const readTimeoutMs = 1_500;
      const hungClient = createNeo4jClient(neo.settings, { ...API_DB_OPTIONS, readTimeoutMs });
      const yoga = createYogaApp({ client: hungClient, logger: { error: (m) => logged.push(m) } });
      const request = async () => {
        const started = performance.now();
        const response = await yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERIES[0] }),
        });
        return { ms: performance.now() - started, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
      };
      try {
        expect((await request()).body.errors).toBeUndefined();
        await neo.signal('SIGSTOP');
        try {
          const hung = await request();
          expect(hung.body.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
          expect(hung.ms).toBeGreaterThanOrEqual(readTimeoutMs - 50);
          expect(hung.ms).toBeLessThan(readTimeoutMs + 1_000);
          const healthHung = await health();
          expect(healthHung.status).toBe(503);
          expect(healthHung.ms).toBeLessThan(HEALTH_TIMEOUT_MS + 1_000);
        } finally {
          await neo.signal('SIGCONT');
        }
        expect((await ask(QUERIES[0]!)).kind).toBe('data');
      } finally {
        await hungClient.close();
      }
    });
  });

  describe('seed killed in the middle of its write transaction', () => {
    it('leaves the previous graph or the new one, never a mix; the next seed completes', async () => {
      // The previous graph is the shipped regulation; the new one adds a regulation four times its size beside
      // it, so that its load is still running when the kill arrives.
      const before = await graphFingerprint(client);
      expect(before).toEqual(previous);
      const file = join(neo.home, 'long-regulation.txt');
      await writeFile(file, generateLongRegulation(4));
      const args = [file, '--id', 'regulation:hardening-synthetic'];
      const env = envForNeo4j(neo.settings);

      const seed = spawnTsx('server/cli/seed.ts', args, env);
      // Logged inside the transaction, after the old relationships were deleted and before the commit.
      await seed.waitForOutput(/\[seed\] Chapter: \d+ nodes/, 90_000);
      seed.kill('SIGKILL');
      const killed = await seed.waitForExit(10_000);
      expect(killed.signal).toBe('SIGKILL');
      const committedBeforeKill = /\[seed\] relationships: /.test(killed.stderr);
      const afterKill = await graphFingerprint(client);

      const next = await runTsx('server/cli/seed.ts', args, env, 120_000);
      expect(next.code, next.stderr).toBe(0);
      const summary = JSON.parse(next.stdout) as { loaded: { regulation: string; nodes: number }[] };
      expect(summary.loaded.map((l) => l.regulation)).toEqual(['regulation:hardening-synthetic']);
      const seeded = await graphFingerprint(client);
      // Beside the shipped regulation, which keeps its own nodes (the two share bodies and industries).
      expect(seeded.nodes).toBeGreaterThan(before.nodes);
      expect(seeded.nodes).toBeLessThan(before.nodes + summary.loaded[0]!.nodes);
      expect(seeded.checksum).not.toBe(before.checksum);

      // Exactly the graph before the seed, or exactly the one it was writing.
      expect([before, seeded]).toContainEqual(afterKill);
      if (!committedBeforeKill) expect(afterKill).toEqual(before);
      outputs.push(killed, next);
      console.info(
        `[faults] seed killed mid-transaction (${committedBeforeKill ? 'after' : 'before'} its commit): graph after the kill = ` +
          `${afterKill.checksum === before.checksum ? 'the previous one' : 'the new one'} (${before.nodes} nodes); ` +
          `the next seed loaded ${seeded.nodes} nodes, ${seeded.relationships} relationships`,
      );
    }, 240_000);

    it('seeding twice gives the identical graph, the same as before the larger one came and went', async () => {
      // The larger regulation taken out, then the shipped one seeded again by the CLI: no leftovers of either.
      const env = envForNeo4j(neo.settings);
      const removed = await runTsx('server/cli/remove.ts', ['regulation:hardening-synthetic'], env, 120_000);
      expect(removed.code, removed.stderr).toBe(0);
      expect(JSON.parse(removed.stdout)).toEqual({ removed: ['regulation:hardening-synthetic'], absent: [] });
      const first = await runTsx('server/cli/seed.ts', [], env, 120_000);
      expect(first.code, first.stderr).toBe(0);
      const once = await graphFingerprint(client);
      const second = await runTsx('server/cli/seed.ts', [], env, 120_000);
      expect(second.code, second.stderr).toBe(0);
      const twice = await graphFingerprint(client);
      expect(twice).toEqual(once);
      expect(once).toEqual(previous);
      outputs.push(removed, first, second);
    }, 240_000);

    it('printed no password', () => {
      expect(outputs.length).toBe(5);
      for (const output of outputs) expect(`${output.stdout}${output.stderr}`).not.toContain(neo.settings.password);
    });
  });

  it('never logged the database password: not the API, not Neo4j', async () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(neo.settings.password);
    const logs = await readdir(join(neo.home, 'logs'));
    expect(logs).toEqual(expect.arrayContaining(['console.log', 'neo4j.log', 'security.log']));
    for (const file of logs) {
      expect((await readFile(join(neo.home, 'logs', file))).includes(neo.settings.password), file).toBe(false);
    }
  });
});
