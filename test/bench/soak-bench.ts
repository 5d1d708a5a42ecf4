// The soak of issue 7: 200 concurrent clients for 60 s against a mix of the canonical queries on loopback,
// after a warm-up. Zero errors, p99 reported, and the server's resident memory at the end within 10 % of
// what it was right after the warm-up (sampled every second in between, to show the trend).
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { ensureRegulationLoaded } from './api-bench.ts';
import { CANONICAL_QUERIES } from './canonical-queries.ts';
import { benchFile, neo4jEnv, startServerChild } from './child-process.ts';
import { isGraphQLSuccess, runHttpLoad, type LoadRun } from './load.ts';
import { check, markdownTable, type BenchReport } from './report.ts';
import { fmt, mb } from './stats.ts';

export interface SoakBenchData {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  warmup: LoadRun;
  soak: LoadRun;
  rssAfterWarmupBytes: number;
  rssAtEndBytes: number;
  rssGrowth: number;
  /** [seconds since the soak started, RSS bytes]. */
  rssSamples: Array<[number, number]>;
}

export interface SoakBenchOptions {
  settings: Neo4jSettings;
  quick: boolean;
  log: (line: string) => void;
}

export async function runSoakBench(options: SoakBenchOptions): Promise<BenchReport<SoakBenchData>> {
  const { settings, quick, log } = options;
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const connections = quick ? 20 : 200;
  const warmupSeconds = quick ? 1 : 15;
  const durationSeconds = quick ? 2 : 60;
  // The server boots while the database is checked.
  const starting = startServerChild(benchFile('serve-child.ts'), ['ours'], neo4jEnv(settings), log);
  try {
    await ensureRegulationLoaded(settings, log);
  } catch (error) {
    await starting.then((s) => s.stop(), () => undefined);
    throw error;
  }
  const server = await starting;
  try {
    // Every connection cycles through the five questions in turn: an even mix over 200 connections.
    const requests = CANONICAL_QUERIES.map((q) => ({ path: '/graphql', body: JSON.stringify(q.ours) }));
    const load = (seconds: number) =>
      runHttpLoad({ url: server.url, connections, length: { seconds }, requests, verifyBody: isGraphQLSuccess, timeoutSeconds: 60 });

    const warmup = await load(warmupSeconds);
    const rssAfterWarmupBytes = await server.rss();
    log(`soak: warm-up done (${fmt(warmup.requestsPerSecond)} req/s), server RSS ${mb(rssAfterWarmupBytes)}; ${durationSeconds} s with ${connections} clients…`);

    const rssSamples: Array<[number, number]> = [];
    const soakStarted = performance.now();
    const sampler = setInterval(() => {
      void server.rss().then((rss) => rssSamples.push([Math.round((performance.now() - soakStarted) / 100) / 10, rss]));
    }, 1000);
    let soak: LoadRun;
    try {
      soak = await load(durationSeconds);
    } finally {
      clearInterval(sampler);
    }
    const rssAtEndBytes = await server.rss();
    const rssGrowth = rssAtEndBytes / rssAfterWarmupBytes - 1;
    log(`soak: p50 ${fmt(soak.p50)} ms, p99 ${fmt(soak.p99)} ms, ${fmt(soak.requestsPerSecond)} req/s, ${soak.errors + soak.failures} errors, RSS ${mb(rssAtEndBytes)}`);

    const data: SoakBenchData = {
      connections,
      warmupSeconds,
      durationSeconds,
      warmup,
      soak,
      rssAfterWarmupBytes,
      rssAtEndBytes,
      rssGrowth,
      rssSamples,
    };
    const errors = soak.errors + soak.failures;
    const rssValues = rssSamples.map(([, rss]) => rss);
    return {
      name: 'soak',
      title: `Soak: ${connections} clients for ${durationSeconds} s`,
      quick,
      startedAt,
      durationMs: Date.now() - started,
      targets: [
        {
          target: `zero errors (${connections} clients, ${durationSeconds} s, mix of the 5 queries)`,
          measured: `${errors} errors in ${fmt(soak.responses)} responses`,
          met: errors === 0,
          ...(errors ? { miss: `by ${errors} errors`, why: 'see the server log lines in the run output (timeouts or masked errors).' } : {}),
        },
        { target: 'p99 reported', measured: `p50 ${fmt(soak.p50)} ms, p99 ${fmt(soak.p99)} ms, max ${fmt(soak.max)} ms`, met: true },
        check(
          'server RSS at the end within 10 % of after warm-up',
          `${mb(rssAfterWarmupBytes)} → ${mb(rssAtEndBytes)} (${rssGrowth >= 0 ? '+' : ''}${fmt(rssGrowth * 100, 2)} %)`,
          Math.abs(rssGrowth) * 100,
          10,
          { unit: 'points', why: 'V8 grows its heap under sustained load before it settles; see the RSS samples in soak.json.' },
        ),
      ],
      markdown: markdownTable(
        ['Phase', 'Requests/s', 'p50', 'p90', 'p99', 'Max', 'Errors', 'Server RSS'],
        [
          [`warm-up ${warmupSeconds} s`, fmt(warmup.requestsPerSecond), `${fmt(warmup.p50)} ms`, `${fmt(warmup.p90)} ms`, `${fmt(warmup.p99)} ms`, `${fmt(warmup.max)} ms`, String(warmup.errors + warmup.failures), mb(rssAfterWarmupBytes)],
          [
            `soak ${durationSeconds} s`,
            fmt(soak.requestsPerSecond),
            `${fmt(soak.p50)} ms`,
            `${fmt(soak.p90)} ms`,
            `${fmt(soak.p99)} ms`,
            `${fmt(soak.max)} ms`,
            String(errors),
            `${mb(rssAtEndBytes)} (min ${mb(Math.min(...rssValues))}, max ${mb(Math.max(...rssValues))})`,
          ],
        ],
      ),
      notes: [
        'The server is `serve()` from server/main.ts in its own process (driver pool of 50 connections), on the shipped regulation; ' +
          'RSS is read from /proc/<pid>/status.',
      ],
      data,
    };
  } finally {
    await server.stop();
  }
}
