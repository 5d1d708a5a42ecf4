// API latency and throughput: the five canonical queries at concurrency 1 and 32, side by side in the same
// run against (1) ours, the real server in its own process; (2) the floor, the same answer in one
// hand-written Cypher query through the driver boundary, called in-process (no HTTP) and, for reference,
// behind a bare node:http handler; (3) the peer, @neo4j/graphql served by graphql-yoga. For each query and
// concurrency the targets take turns, so that noise on the machine hits them alike. Then the same questions
// again with a corpus of 100 synthetic regulations (corpus-bench.ts) loaded beside the shipped one (issue 15.2:
// "the same bounds hold with a 100-regulation corpus loaded"): answers checked equal again, then ours, the floor
// over HTTP and the peer timed in shorter rounds; the database is reset to the shipped regulation afterwards.
import { createNeo4jClient, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { loadIfChanged, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { clearDatabase } from './bench-database.ts';
import { extractCorpus, loadCorpus } from './corpus-bench.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import { checkSameAnswers } from './answers.ts';
import { CANONICAL_QUERIES, isSupported, type CanonicalQuery, type GraphQLRequest } from './canonical-queries.ts';
import { envForNeo4j, startServerChild, type ServerChild } from '../support/child-process.ts';
import { isGraphQLSuccess, runFetchLoad, runHttpLoad, runInProcessLoad, type LoadLength, type LoadRun } from './load.ts';
import { check, markdownTable, type BenchReport, type TargetCheck } from './report.ts';
import { countOurRoundTrips, countPeerRoundTrips, type RoundTrips } from './round-trips.ts';
import { fmt, median, summarize, type Summary } from './stats.ts';
import { startReport } from './timed-report.ts';

export type ApiTarget = 'ours' | 'floor' | 'floorHttp' | 'peer';
export const CONCURRENCIES = [1, 32];
/** Smoke runs only check that concurrent requests work. */
export const QUICK_CONCURRENCIES = [1, 4];

/** What the database holds while a cell is measured: the shipped regulation, or it with the corpus beside it. */
export type ApiGraph = 'regulation' | 'corpus';

export interface ApiCell {
  graph: ApiGraph;
  target: ApiTarget;
  query: string;
  concurrency: number;
  runs: LoadRun[];
  /** Over the runs: medians of each run's percentiles. */
  p50: Summary;
  p99: Summary;
  requestsPerSecond: Summary;
  errors: number;
  failures: number;
}

export interface ApiBenchData {
  cells: ApiCell[];
  roundTrips: { ours: Record<string, RoundTrips>; peer: Record<string, RoundTrips>; floor: number };
  unsupported: Record<string, string>;
  plan: ApiPlan;
  /** The corpus pass: how many synthetic regulations were loaded beside the shipped one, and its shorter plan. */
  corpus: { regulations: number; plan: ApiPlan };
}

/**
 * Full runs: every question on every target once for `sweep` (at SWEEP_CONCURRENCY), then per cell a warm-up and
 * timed rounds. Quick (smoke) runs: a few requests per connection, no warm-up.
 */
export type ApiPlan = { concurrencies: number[]; sweep: LoadLength | null; warmup: LoadLength | null; rounds: number; round: LoadLength };

/**
 * Connections of the warm-up sweep. Without it the first cells met servers and a database still compiling: in one
 * run every target's p50 halved over the five rounds of the first cell (ours 5.3 -> 2.5 ms, the floor 2.4 -> 1.2 ms).
 */
const SWEEP_CONCURRENCY = 4;

export interface ApiBenchOptions {
  settings: Neo4jSettings;
  quick: boolean;
  log: (line: string) => void;
}

/** The API benchmarks ask about the shipped regulation: load it unless the database already holds it. */
export async function ensureRegulationLoaded(settings: Neo4jSettings, log: (line: string) => void): Promise<void> {
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    const outcome = await loadIfChanged(client, readSeedGraph());
    if (outcome.loaded) log('loaded the shipped regulation into the benchmark database');
  } finally {
    await client.close();
  }
}

/** Synthetic regulations of the corpus pass (quick: 5). */
export const CORPUS_REGULATIONS = 100;

function cellOf(graph: ApiGraph, target: ApiTarget, query: string, concurrency: number, runs: LoadRun[]): ApiCell {
  return {
    graph,
    target,
    query,
    concurrency,
    runs,
    p50: summarize(runs.map((r) => r.p50)),
    p99: summarize(runs.map((r) => r.p99)),
    requestsPerSecond: summarize(runs.map((r) => r.requestsPerSecond)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    failures: runs.reduce((n, r) => n + r.failures, 0),
  };
}

export async function runApiBench(options: ApiBenchOptions): Promise<BenchReport<ApiBenchData>> {
  const { settings, quick, log } = options;
  const report = startReport('api', quick);
  const plan: ApiPlan = quick
    ? { concurrencies: QUICK_CONCURRENCIES, sweep: null, warmup: null, rounds: 1, round: { amount: 4 } }
    : { concurrencies: CONCURRENCIES, sweep: { seconds: 2 }, warmup: { seconds: 2 }, rounds: 5, round: { seconds: 2 } };
  // Shorter rounds with the corpus (its questions are slower), to keep this benchmark within about 14 minutes.
  // Three rounds, not two: the median of two is their mean, and one slow round (a 1-second question at c=32
  // completes a few requests per connection in a round) moved a ratio from 0.76x to 1.75x between runs.
  const corpusPlan: ApiPlan = quick
    ? plan
    : { concurrencies: CONCURRENCIES, sweep: { seconds: 1 }, warmup: { seconds: 1 }, rounds: 3, round: { seconds: 2.5 } };
  const corpusRegulations = quick ? 5 : CORPUS_REGULATIONS;
  await ensureRegulationLoaded(settings, log);

  const client: Neo4jClient = createNeo4jClient(settings);
  const servers: ServerChild[] = [];
  let corpusLoaded = false;
  // The three servers boot (a few seconds each) while our round trips are counted in-process.
  const env = envForNeo4j(settings);
  const start = (mode: 'ours' | 'floor' | 'peer') => startServerChild('test/bench/serve-child.ts', [mode], env, log);
  const starting = Promise.allSettled([start('ours'), start('floor'), start('peer')]);
  try {
    const ours = await countOurRoundTrips(
      client,
      CANONICAL_QUERIES.map((q) => ({ name: q.name, request: q.ours, check: q.check })),
    );
    for (const [name, trips] of Object.entries(ours)) {
      if (!trips.ok) throw new Error(`api: our answer to ${name} is empty or has errors`);
    }

    const settled = await starting;
    for (const result of settled) if (result.status === 'fulfilled') servers.push(result.value);
    for (const result of settled) if (result.status === 'rejected') throw result.reason;
    const [oursServer, floorServer, peerServer] = servers as [ServerChild, ServerChild, ServerChild];
    log(`api: servers up (ours ${oursServer.url}, floor ${floorServer.url}, peer ${peerServer.url})`);
    const peer = await countPeerRoundTrips(
      peerServer.url,
      CANONICAL_QUERIES.flatMap((q) => (isSupported(q.peer) ? [{ name: q.name, request: q.peer, check: (data: any) => data != null }] : [])),
    );

    // Same answer from every target, or no timing at all.
    const post = async (url: string, body: unknown) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (!response.ok || json.errors?.length || json.data == null) throw new Error(`api: ${url} answered ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
      return json.data as any;
    };
    const checkAnswers = async (graph: ApiGraph) => {
      for (const query of CANONICAL_QUERIES) {
        checkSameAnswers(query.name, {
          ours: await post(`${oursServer.url}/graphql`, query.ours),
          floor: await client.read(query.floor.cypher, query.floor.params),
          floorHttp: await post(`${floorServer.url}/floor/${query.name}`, {}),
          ...(isSupported(query.peer) && { peer: await post(`${peerServer.url}/graphql`, query.peer as GraphQLRequest) }),
        }, graph);
      }
      log(`api: every target gives the same answer to every question (${graph})`);
    };
    await checkAnswers('regulation');

    // Quick runs send a few requests through fetch; autocannon would take at least a second per run.
    const runLoad = quick ? runFetchLoad : runHttpLoad;
    const http = (url: string, path: string, body: string, connections: number, verify: (b: string) => boolean) => (length: LoadLength) =>
      runLoad({ url, connections, length, requests: [{ path, body }], verifyBody: verify });

    const cells: ApiCell[] = [];
    // With the corpus, the in-process floor is left out (the floor over HTTP is what the targets use).
    const targetsOf = (graph: ApiGraph, query: CanonicalQuery, concurrency: number) => {
      const targets: Array<[ApiTarget, (length: LoadLength) => Promise<LoadRun>]> = [
        ['ours', http(oursServer.url, '/graphql', JSON.stringify(query.ours), concurrency, isGraphQLSuccess)],
        ...(graph === 'regulation'
          ? [['floor', (length: LoadLength) => runInProcessLoad(() => client.read(query.floor.cypher, query.floor.params), concurrency, length)] as [ApiTarget, (length: LoadLength) => Promise<LoadRun>]]
          : []),
        ['floorHttp', http(floorServer.url, `/floor/${query.name}`, '{}', concurrency, (b) => b.startsWith('{"data":'))],
      ];
      if (isSupported(query.peer)) {
        targets.push(['peer', http(peerServer.url, '/graphql', JSON.stringify(query.peer), concurrency, isGraphQLSuccess)]);
      }
      return targets;
    };
    const measureCells = async (graph: ApiGraph, plan: ApiPlan) => {
      if (plan.sweep) {
        for (const query of CANONICAL_QUERIES) for (const [, load] of targetsOf(graph, query, SWEEP_CONCURRENCY)) await load(plan.sweep);
        log(`api: ${graph}: every question warmed on every target (${describeLength(plan.sweep)} each at c=${SWEEP_CONCURRENCY})`);
      }
      for (const concurrency of plan.concurrencies) {
        for (const query of CANONICAL_QUERIES) {
          const targets = targetsOf(graph, query, concurrency);
          // Every target warmed, then the rounds taken in turns (ours, floor, floorHttp, peer, ours, …): a target
          // measured first would otherwise meet a colder server and database than the others, and a change in
          // the machine's load during the cell would fall on one target only.
          if (plan.warmup) for (const [, load] of targets) await load(plan.warmup);
          const runsOf = targets.map((): LoadRun[] => []);
          for (let round = 0; round < plan.rounds; round++) {
            for (const [i, [, load]] of targets.entries()) runsOf[i]!.push(await load(plan.round));
          }
          for (const [i, [target]] of targets.entries()) {
            const runs = runsOf[i]!;
            const cell = cellOf(graph, target, query.name, concurrency, runs);
            cells.push(cell);
            log(
              `api: ${graph} c=${concurrency} ${query.name} ${target}: p50 ${fmt(cell.p50.median)} ms, p99 ${fmt(cell.p99.median)} ms, ` +
                `${fmt(cell.requestsPerSecond.median)} req/s${cell.errors + cell.failures ? `, ${cell.errors + cell.failures} errors` : ''}`,
            );
          }
        }
      }
    };
    await measureCells('regulation', plan);

    log(`api: loading ${corpusRegulations} synthetic regulations beside the shipped one`);
    corpusLoaded = true;
    const seeding = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
    try {
      await loadCorpus(seeding, extractCorpus(corpusRegulations), log, 'api corpus');
    } finally {
      await seeding.close();
    }
    await checkAnswers('corpus');
    await measureCells('corpus', corpusPlan);

    const unsupported = Object.fromEntries(
      CANONICAL_QUERIES.flatMap((q) => ('unsupported' in q.peer ? [[q.name, q.peer.unsupported] as const] : [])),
    );
    const data: ApiBenchData = { cells, roundTrips: { ours, peer, floor: 1 }, unsupported, plan, corpus: { regulations: corpusRegulations, plan: corpusPlan } };
    return report.finish('API latency and throughput', {
      targets: apiTargets(data),
      markdown: renderApi(data),
      notes: [
        `First every question on every target for ${describeLength(plan.sweep)} at c=${SWEEP_CONCURRENCY} (untimed), then each cell: ${describeLength(plan.warmup)} warm-up, then ${plan.rounds} × ${describeLength(plan.round)} with ${quick ? 'fetch' : 'autocannon'} (closed ` +
          'loop, one request in flight per connection); p50/p99 are the medians of the rounds’ percentiles, latencies per response at µs resolution. ' +
          'For each question and concurrency every target is warmed up first, then the targets take turns round by round, so that none meets a colder ' +
          'server or a different load on the machine than the others. Ratios (ours over the floor or the peer) are the median over rounds of ' +
          'the two targets’ p50 in the same round, since whole rounds ran up to 1.7× slower for every target on this machine.',
        `With the corpus (${corpusRegulations} synthetic regulations loaded beside the shipped one, keys regulation:synthetic-…, the same canonical ` +
          `questions over the whole graph): ${describeLength(corpusPlan.warmup)} warm-up, then ${corpusPlan.rounds} × ${describeLength(corpusPlan.round)} per cell, ` +
          'no in-process floor; answers checked equal again first. The database is reset to the shipped regulation afterwards.',
        'floor = one hand-written Cypher query per question through createNeo4jClient, called in-process (no HTTP, no GraphQL); ' +
          'floor over HTTP = the same behind a bare node:http handler, to show what HTTP and JSON alone cost.',
        'The load generator, the three servers and Neo4j share the machine’s cores, so absolute figures are pessimistic; ratios ' +
          'within one run are the comparison.',
      ],
      data,
    });
  } finally {
    // Servers that were still starting when something failed are stopped too.
    for (const result of await starting) if (result.status === 'fulfilled' && !servers.includes(result.value)) servers.push(result.value);
    await Promise.all(servers.map((s) => s.stop()));
    await client.close();
    // The benchmarks after this one ask about the shipped regulation alone.
    if (corpusLoaded) {
      await clearDatabase(settings);
      await ensureRegulationLoaded(settings, log);
    }
  }
}

const describeLength = (length: LoadLength | null) =>
  length === null ? 'no' : 'seconds' in length ? `${length.seconds} s` : `${length.amount} requests (at least one per connection)`;

const find = (data: ApiBenchData, graph: ApiGraph, target: ApiTarget, query: string, concurrency: number) =>
  data.cells.find((c) => (c.graph ?? 'regulation') === graph && c.target === target && c.query === query && c.concurrency === concurrency);

/**
 * ours / `against` at p50: the median over rounds of the two targets' p50 in the same round. The targets take turns
 * round by round, so a round's pair met the same machine; on this shared 2-core machine whole rounds run up to 1.7×
 * slower for every target, which a ratio of the targets' own medians would pair with another target's fast round.
 */
export function pairedRatio(ours: Pick<ApiCell, 'runs' | 'p50'> | undefined, other: Pick<ApiCell, 'runs' | 'p50'> | undefined): number | null {
  if (!ours || !other) return null;
  if (ours.runs.length !== other.runs.length) return ours.p50.median / other.p50.median;
  return median(ours.runs.map((run, i) => run.p50 / other.runs[i]!.p50));
}

const ratio = (data: ApiBenchData, graph: ApiGraph, against: ApiTarget, query: string, concurrency: number): number | null =>
  pairedRatio(find(data, graph, 'ours', query, concurrency), find(data, graph, against, query, concurrency));

/** ours − floor over HTTP p50 in ms, and the statements ours ran, for the notes. */
function overhead(data: ApiBenchData, graph: ApiGraph, query: string, concurrency: number): string {
  const ours = find(data, graph, 'ours', query, concurrency)?.p50.median ?? Number.NaN;
  const floor = find(data, graph, 'floorHttp', query, concurrency)?.p50.median ?? Number.NaN;
  const trips = data.roundTrips.ours[query];
  return `${query} +${fmt(ours - floor)} ms with ${trips?.count ?? '?'} statement(s)${trips && trips.count > 1 ? ` (${trips.statements.join(' → ')})` : ''}`;
}

const GRAPHS: readonly ApiGraph[] = ['regulation', 'corpus'];
const graphLabel = (data: ApiBenchData, graph: ApiGraph) => (graph === 'corpus' ? `with ${data.corpus.regulations + 1} regulations, ` : '');
const plansOf = (data: ApiBenchData, graph: ApiGraph) => (graph === 'corpus' ? data.corpus.plan : data.plan);

function apiTargets(data: ApiBenchData): TargetCheck[] {
  const targets: TargetCheck[] = [];
  const explained = { floor: false };
  for (const graph of GRAPHS) {
    if (!data.cells.some((c) => (c.graph ?? 'regulation') === graph)) continue;
    for (const concurrency of plansOf(data, graph).concurrencies) targets.push(...targetsAt(data, graph, concurrency, explained));
  }
  const trips = Object.entries(data.roundTrips.ours);
  const most = trips.reduce((a, b) => (b[1].count > a[1].count ? b : a));
  targets.push(
    check('≤ 3 Cypher round trips per request', trips.map(([q, t]) => `${q} ${t.count}`).join(', '), most[1].count, 3, {
      unit: '',
      why: `${most[0]} resolves nested fields by loaders, one batched statement each.`,
    }),
  );
  return targets;
}

// The per-request costs behind a missed floor ratio are the same in every cell: said in full once, then referred to.
const PER_REQUEST_WHY =
  'Every canonical question is one statement, as in the floor, so what is left is per request, in the server process: ' +
  'the GraphQL work the floor does not do (parse and validation, the armor limits included, are cached per document by Yoga and ' +
  'execution is compiled by graphql-jit, but the resolvers, the loaders and the serialisation still run: about 0.6 ms of CPU for ' +
  'actorObligations in-process, spread over garbage collection, promise dispatch, the look-ahead that prefetches an actor’s obligations ' +
  'and the context cache); Yoga’s fetch-API adapter over node:http (a Request and a Response per request, headers, CORS; the body is ' +
  'already read off the socket by http-server.ts and handed to Yoga as text); and, for search, rows that carry whole nodes (every field a ' +
  'client may select) where the floor projects only the fields of the answer. At c=32 the one Node process is what saturates first: ' +
  'ours spends about twice the floor’s CPU per request there, while the floor is bound by Neo4j. A cheaper adapter than the fetch API, ' +
  'and fewer promises per field, are what would close the rest.';
const PER_REQUEST_AGAIN = 'Every canonical question is one statement here too: the rest is the per-request work given for the first missed floor target above.';

function targetsAt(data: ApiBenchData, graph: ApiGraph, concurrency: number, explained: { floor: boolean }): TargetCheck[] {
  const label = graphLabel(data, graph);
  // The floor served over HTTP by a node:http server like ours is the fair comparison (issue 15); the
  // in-process floor stays in the tables to show what HTTP and JSON cost.
  const limit = concurrency === 1 ? 1.3 : 1.5;
  const floorRatios = CANONICAL_QUERIES.map((q) => ({ q: q.name, r: ratio(data, graph, 'floorHttp', q.name, concurrency) }));
  const worst = floorRatios.reduce((a, b) => ((b.r ?? 0) > (a.r ?? 0) ? b : a));
  const over = floorRatios.filter((f) => (f.r ?? 0) > limit).map((f) => overhead(data, graph, f.q, concurrency));
  const peerRatios = CANONICAL_QUERIES.filter((q) => isSupported(q.peer)).map((q) => ({ q: q.name, r: ratio(data, graph, 'peer', q.name, concurrency) }));
  const slower = peerRatios.filter((p) => (p.r ?? 0) > 1);
  const slowest = peerRatios.reduce((a, b) => ((b.r ?? 0) > (a.r ?? 0) ? b : a), { q: '', r: 0 as number | null });
  const floorWhyAgain = explained.floor;
  if ((worst.r ?? 0) > limit) explained.floor = true;
  return [
    check(`${label}c=${concurrency}: p50 ≤ ${limit} × the floor over HTTP on every query`, floorRatios.map(({ q, r }) => `${q} ${fmt(r)}×`).join(', '), worst.r, limit, {
      unit: '×',
      why: `${over.join('; ')}. ${floorWhyAgain ? PER_REQUEST_AGAIN : PER_REQUEST_WHY}`,
    }),
    check(`${label}c=${concurrency}: faster than @neo4j/graphql on every query it can express`, peerRatios.map(({ q, r }) => `${q} ${fmt(r)}×`).join(', '), slowest.r, 1, {
      unit: '×',
      why:
        `slower on ${slower.map((p) => `${p.q} (${data.roundTrips.ours[p.q]?.count ?? '?'} statement(s), the peer ${data.roundTrips.peer[p.q]?.count ?? '?'})`).join(', ')}: ` +
        'with one statement each, the difference is the per-request work above and the width of our rows.',
    }),
  ];
}

function renderApi(data: ApiBenchData): string {
  const sections: string[] = [];
  for (const graph of GRAPHS) {
    if (!data.cells.some((c) => (c.graph ?? 'regulation') === graph)) continue;
    for (const concurrency of plansOf(data, graph).concurrencies) {
      const rows = CANONICAL_QUERIES.map((q: CanonicalQuery) => {
        const cell = (target: ApiTarget) => find(data, graph, target, q.name, concurrency);
        const o = cell('ours');
        const f = cell('floor');
        const h = cell('floorHttp');
        const p = cell('peer');
        const ms = (c: ApiCell | undefined) => (c ? `${fmt(c.p50.median)} / ${fmt(c.p99.median)}` : '–');
        const rps = (c: ApiCell | undefined) => (c ? fmt(c.requestsPerSecond.median) : '–');
        const errs = (c: ApiCell | undefined) => (c ? String(c.errors + c.failures) : '–');
        return [
          q.name,
          ms(o),
          rps(o),
          errs(o),
          String(data.roundTrips.ours[q.name]?.count ?? '–'),
          ms(f),
          ms(h),
          p ? ms(p) : isSupported(q.peer) ? '–' : 'cannot express',
          p ? rps(p) : '–',
          String(data.roundTrips.peer[q.name]?.count ?? '–'),
          fmt(ratio(data, graph, 'floorHttp', q.name, concurrency)),
          p ? fmt(ratio(data, graph, 'peer', q.name, concurrency)) : '–',
        ];
      });
      const title =
        graph === 'corpus'
          ? `**With ${data.corpus.regulations} synthetic regulations beside the shipped one (${data.corpus.regulations + 1} in the graph), concurrency ${concurrency}**`
          : `**Concurrency ${concurrency}**`;
      sections.push(
        `${title} (latency p50 / p99 in ms)\n\n` +
          markdownTable(
            ['Query', 'Ours', 'Ours req/s', 'Errors', 'Round trips', 'Floor (driver)', 'Floor over HTTP', 'Peer', 'Peer req/s', 'Peer round trips', 'Ours/floor over HTTP', 'Ours/peer'],
            rows,
          ),
      );
    }
  }
  const unsupported = Object.entries(data.unsupported).map(([q, why]) => `- The peer cannot express **${q}**: ${why}.`);
  const peerNote =
    '- The peer’s search is four root fields (one per full-text index, each a statement); its lists are merged by score, as ours merges ' +
    'them in one statement, before its answer is compared with ours.\n- Before timing, every target’s answer to every question was ' +
    'checked equal to ours after normalising order and names (answers.ts), on the shipped regulation and again with the corpus.';
  return [...sections, [...unsupported, peerNote].join('\n')].join('\n\n');
}
