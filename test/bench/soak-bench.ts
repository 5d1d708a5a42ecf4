// The soak of issue 7: 200 concurrent clients for 60 s against a mix of the canonical queries on loopback,
// after a warm-up. Zero errors, p99 reported, and the server's resident memory at the end within 10 % of
// what it was after the warm-up. Both memory readings are taken the same way — the load stopped, in-flight
// requests drained, a full garbage collection — so they compare what the server keeps, not how much garbage
// a 200-request backlog happened to leave at that instant; RSS is also sampled every second in between.
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { ensureRegulationLoaded } from './api-bench.ts';
import { CANONICAL_QUERIES } from './canonical-queries.ts';
import { envForNeo4j, startServerChild } from '../support/child-process.ts';
import { isGraphQLSuccess, runHttpLoad, type LoadRun } from './load.ts';
import { check, markdownTable, type BenchReport } from './report.ts';
import { fmt, mb } from './stats.ts';
import { startReport } from './timed-report.ts';

export interface SoakBenchData {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  warmup: LoadRun;
  soak: LoadRun;
  rssAfterWarmupBytes: number;
  rssAtEndBytes: number;
  rssGrowth: number;
  /** V8 heap in use after the same full GCs: what the server retains (a leak would grow it). */
  heapAfterWarmupBytes: number;
  heapAtEndBytes: number;
  /** [seconds since the soak started, RSS bytes]. */
  rssSamples: Array<[number, number]>;
  /** Least-squares slope of the samples, MB per minute: steady growth would mean a leak. */
  rssTrendMbPerMinute: number;
}

function slopePerMinute(samples: ReadonlyArray<[number, number]>): number {
  const n = samples.length;
  if (n < 2) return Number.NaN;
  const meanX = samples.reduce((a, [x]) => a + x, 0) / n;
  const meanY = samples.reduce((a, [, y]) => a + y, 0) / n;
  const covariance = samples.reduce((a, [x, y]) => a + (x - meanX) * (y - meanY), 0);
  const variance = samples.reduce((a, [x]) => a + (x - meanX) ** 2, 0);
  return ((covariance / variance) * 60) / 1024 / 1024;
}

export interface SoakBenchOptions {
  settings: Neo4jSettings;
  quick: boolean;
  log: (line: string) => void;
}

/** After a load phase: time for the requests still queued in the server to finish (smoke runs queue few). */
const settleMs = (quick: boolean) => (quick ? 300 : 2000);

export async function runSoakBench(options: SoakBenchOptions): Promise<BenchReport<SoakBenchData>> {
  const { settings, quick, log } = options;
  const report = startReport('soak', quick);
  const connections = quick ? 20 : 200;
  const warmupSeconds = quick ? 2 : 15;
  const durationSeconds = quick ? 2 : 60;
  // The server boots while the database is checked.
  const starting = startServerChild('test/bench/serve-child.ts', ['ours'], envForNeo4j(settings), log, ['--expose-gc']);
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

    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve, settleMs(quick)));
      const memory = await server.collectGarbage();
      return { rss: await server.rss(), heap: memory.heapUsed };
    };
    const warmup = await load(warmupSeconds);
    const afterWarmup = await settled();
    const rssAfterWarmupBytes = afterWarmup.rss;
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
    const atEnd = await settled();
    const rssAtEndBytes = atEnd.rss;
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
      heapAfterWarmupBytes: afterWarmup.heap,
      heapAtEndBytes: atEnd.heap,
      rssSamples,
      rssTrendMbPerMinute: slopePerMinute(rssSamples),
    };
    const errors = soak.errors + soak.failures;
    const rssValues = rssSamples.map(([, rss]) => rss);
    return report.finish(`Soak: ${connections} clients for ${durationSeconds} s`, {
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
          {
            unit: 'points',
            why:
              rssGrowth < 0
                ? `RSS fell: V8 returned heap pages it had grown into during the warm-up’s backlog. No leak: the heap in use after ` +
                  `a full GC went ${mb(afterWarmup.heap)} → ${mb(atEnd.heap)}. Single RSS readings swing this much with V8’s page reuse.`
                : `V8 keeps heap pages it grew into under the load; the heap in use after a full GC went ${mb(afterWarmup.heap)} → ` +
                  `${mb(atEnd.heap)} (a leak would grow it steadily).`,
          },
        ),
      ],
      markdown: markdownTable(
        ['Phase', 'Requests/s', 'p50', 'p90', 'p99', 'Max', 'Errors', 'Server RSS', 'Heap after GC'],
        [
          [
            `warm-up ${warmupSeconds} s`,
            fmt(warmup.requestsPerSecond),
            `${fmt(warmup.p50)} ms`,
            `${fmt(warmup.p90)} ms`,
            `${fmt(warmup.p99)} ms`,
            `${fmt(warmup.max)} ms`,
            String(warmup.errors + warmup.failures),
            mb(rssAfterWarmupBytes),
            mb(afterWarmup.heap),
          ],
          [
            `soak ${durationSeconds} s`,
            fmt(soak.requestsPerSecond),
            `${fmt(soak.p50)} ms`,
            `${fmt(soak.p90)} ms`,
            `${fmt(soak.p99)} ms`,
            `${fmt(soak.max)} ms`,
            String(errors),
            `${mb(rssAtEndBytes)} (under load: min ${mb(Math.min(...rssValues))}, max ${mb(Math.max(...rssValues))}, trend ${fmt(data.rssTrendMbPerMinute)} MB/min)`,
            mb(atEnd.heap),
          ],
        ],
      ),
      notes: [
        'The server is `serve()` from server/main.ts in its own process (driver pool of 50 connections), on the shipped regulation; ' +
          'RSS is read from /proc/<pid>/status. The two compared readings are taken 2 s after their load phase and after a full ' +
          'GC (node --expose-gc), which also gives the heap in use; the min/max/trend are the per-second samples during the soak, under load.',
      ],
      data,
    });
  } finally {
    await server.stop();
  }
}
