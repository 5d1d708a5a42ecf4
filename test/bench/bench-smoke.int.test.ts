// A quick run of every benchmark (`npm run bench -- --quick`): tiny sizes and a few requests, to keep the
// benchmarks working, not to measure. It runs them against a throwaway Neo4j of their own (run.ts starts and
// deletes it), so the shared test database keeps its graph. Only where that cannot be started (no managed
// jars or no Java, e.g. NEO4J_URI pointing at Docker) does it use the test database, and re-seeds the real
// regulation afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasCompleteJars } from '../../server/db/local-neo4j-jars.ts';
import { connectTestClient, testNeo4jSettings } from '../support/neo4j.ts';
import { ensureSeeded } from '../support/seeded-graph.ts';
import { resolveProjectNeo4jPaths, throwawayUnavailableReason } from '../support/throwaway-neo4j.ts';
import { PROJECT_ROOT } from '../support/child-process.ts';
import { QUICK_CONCURRENCIES } from './api-bench.ts';
import { CANONICAL_QUERIES } from './canonical-queries.ts';

const canStartThrowaway = async (): Promise<boolean> =>
  throwawayUnavailableReason() === undefined && (await hasCompleteJars(resolveProjectNeo4jPaths(process.env)));

let running: ChildProcess | undefined;

function runBench(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = (running = spawn(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', ...args], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] }));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const throwaway = await canStartThrowaway();
let out: string | undefined;

afterAll(async () => {
  // After a timeout: SIGTERM lets run.ts stop and delete its throwaway Neo4j.
  if (running && running.exitCode === null && running.signalCode === null) {
    const exited = new Promise((resolve) => running!.once('close', resolve));
    running.kill('SIGTERM');
    await exited;
  }
  if (out) await rm(out, { recursive: true, force: true });
  if (!throwaway) {
    const client = connectTestClient({ txTimeoutMs: 120_000 });
    try {
      await ensureSeeded(client);
    } finally {
      await client.close();
    }
  }
});

const readJson = async (name: string): Promise<any> => JSON.parse(await readFile(path.join(out!, `${name}.json`), 'utf8'));

describe('npm run bench -- --quick', () => {
  it('runs the seed, API, soak and client benchmarks and writes their results', { timeout: 480_000 }, async () => {
    out = await mkdtemp(path.join(tmpdir(), 'regatlas-bench-smoke-'));
    const args = ['--quick', '--out', out];
    // An empty NEO4J_URI also hides one from .env, so run.ts starts its own throwaway server.
    let env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: '' };
    if (!throwaway) {
      const settings = testNeo4jSettings();
      env = { ...process.env, NEO4J_URI: settings.uri, NEO4J_USER: settings.user, NEO4J_PASSWORD: settings.password, NEO4J_DATABASE: settings.database };
      args.push('--allow-overwrite');
    }
    const { code, stderr } = await runBench(args, env);
    expect(code, stderr.split('\n').slice(-30).join('\n')).toBe(0);

    const seed = await readJson('seed');
    expect(seed.data.scales).toHaveLength(1);
    expect(seed.data.scales[0]).toMatchObject({ scale: 1, articles: 62 });
    expect(seed.data.scales[0].elements).toBeGreaterThan(1000);
    expect(seed.data.scales[0].maxRssBytes.median).toBeGreaterThan(0);
    // The warm run seeded the ×1 file untimed up to its limit of ten times (1,370 elements each) before the timed seed.
    expect(seed.data.scales[0].warm.runs.map((run: { warmSeeds: number }) => run.warmSeeds)).toEqual([10]);
    expect(seed.data.scales[0].warm.loadMs.median).toBeGreaterThan(0);
    expect(seed.data.regulation.loadMs.n).toBe(1);

    const api = await readJson('api');
    for (const query of CANONICAL_QUERIES) {
      for (const concurrency of QUICK_CONCURRENCIES) {
        const targets = api.data.cells.filter((c: any) => c.query === query.name && c.concurrency === concurrency).map((c: any) => c.target);
        expect(targets).toEqual(expect.arrayContaining(['ours', 'floor', 'floorHttp', ...('unsupported' in query.peer ? [] : ['peer'])]));
      }
      expect(api.data.roundTrips.ours[query.name].ok).toBe(true);
    }
    const ours = api.data.cells.filter((c: any) => c.target === 'ours');
    expect(ours.every((c: any) => c.errors + c.failures === 0 && c.p50.median > 0)).toBe(true);
    expect(Object.keys(api.data.unsupported)).toEqual(['neighborhood']);

    const soak = await readJson('soak');
    expect(soak.data.soak.responses).toBeGreaterThan(0);
    expect(soak.data.soak.errors + soak.data.soak.failures).toBe(0);
    expect(soak.data.rssAfterWarmupBytes).toBeGreaterThan(0);

    const client = await readJson('client');
    expect(client.data.bundle.initialGzipBytes).toBeGreaterThan(0);
    expect(client.data.regulation.runs[0].ready).toBeGreaterThan(0);
    expect(client.data.synthetic.runs[0]).toMatchObject({ nodes: 300 });
    expect(client.data.synthetic.runs[0].frames.frames).toBeGreaterThan(0);

    const summary = await readFile(path.join(out, 'summary.md'), 'utf8');
    for (const title of ['Seed at scale', 'API latency and throughput', 'Soak', 'Client in headless Chromium']) expect(summary).toContain(title);
  });
});
