// A corpus in one graph: 100 synthetic regulations the size of the shipped one (quick: 5), each with a title
// of its own, read and extracted in-process and loaded one transaction each into an emptied database, as
// `npm run seed -- folder/` does. Then what the explorer asks when it opens on such a graph (the regulation
// list with counts, and the first regulation's matrices), timed through the real schema in-process,
// compare over two of them, and the path finder's question between two actors far apart in the corpus. The loaded graph and each answer are checked against the extracted graphs before
// they are timed.
import { clearDatabase } from './bench-database.ts';
import { createNeo4jClient, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { createYogaApp } from '../../server/yoga.ts';
import { loadIfChanged, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { generateRegulation } from '../support/synthetic-regulation.ts';
import { check, markdownTable, type BenchReport } from './report.ts';
import { fmt, summarize, type Summary } from './stats.ts';
import { startReport } from './timed-report.ts';
import { assertGraphCounts } from './seed-counts.ts';
import { measureExplorerOpening } from './corpus-explorer.ts';

export interface CorpusBenchOptions {
  settings: Neo4jSettings;
  quick: boolean;
  log: (line: string) => void;
}

export interface CorpusBenchData {
  regulations: number;
  articles: number;
  elements: number;
  extractMs: number;
  loadMs: number;
  /** Reading + extracting + loading, the figure of the target. */
  totalMs: number;
  nodesInGraph: number;
  requests: Record<string, Summary>;
  /** Chromium: navigation until the explorer's first graph is drawn and laid out, ms. */
  explorerReadyMs: Summary;
  explorerNodes: number;
  /** The path timed: its ends, its length in links and how many shortest paths there are. */
  path: { from: string; to: string; length: number; found: number; more: boolean };
}

const OPENING = `query Opening($first: [String!]) {
  regulations { key title counts { articles obligations } }
  responsibilityMatrix(regulations: $first) { rows { actor { key } total } }
  zoneIndustryMatrix(regulations: $first) { cells { zone { key } industry { key } } }
}`;
const PATHS = `query Paths($from: String!, $to: String!) { paths(from: $from, to: $to) { length found more paths { steps { kind clause { label } } } } }`;
/** The path finder's bound (issue 14.4), on the shipped graph and on a corpus alike. */
const PATH_TARGET_MS = 200;

/**
 * The path the corpus makes hardest: from the actor bearing most duties in the first regulation (a hub, so the
 * search fans out widest) to the actor farthest from it over bearing, benefiting and membership within 8 links,
 * by breadth-first search over the extracted graphs (ties by key). Its length is what the API must answer.
 */
export function farthestActors(graphs: readonly ExtractedGraph[]): { from: string; to: string; length: number } {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    links.set(a, [...(links.get(a) ?? []), b]);
    links.set(b, [...(links.get(b) ?? []), a]);
  };
  for (const graph of graphs) {
    for (const o of graph.obligations) for (const actor of [...o.bearers, ...o.beneficiaries]) link(actor, o.id);
    for (const actor of graph.actors) for (const member of actor.members) link(member, actor.id);
  }
  const bearing = new Map<string, number>();
  for (const o of graphs[0]!.obligations) for (const b of o.bearers) bearing.set(b, (bearing.get(b) ?? 0) + 1);
  const from = [...bearing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const distance = new Map([[from, 0]]);
  for (let frontier = [from], d = 1; frontier.length && d <= 8; d++) {
    const next: string[] = [];
    for (const node of frontier) for (const other of links.get(node) ?? []) if (!distance.has(other)) (distance.set(other, d), next.push(other));
    frontier = next;
  }
  const [to, length] = [...distance].filter(([id]) => id.startsWith('actor:')).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return { from, to, length };
}

const COMPARE = `query Compare($keys: [String!]!) { compare(regulations: $keys) { actors { actor { key } regulations { total } } sharedActors { key } } }`;

/** Synthetic texts differ by seed; the title is made distinct so that they are regulations, not versions of one. */
function corpusText(index: number): string {
  const generated = generateRegulation({ scale: 1, seed: 3000 + index });
  return generated.text.replaceAll(generated.title, `${generated.title.replace(/条例$/, '')}第${index + 1}号条例`);
}

/** The corpus: `count` synthetic regulations (keys regulation:synthetic-001…), read and extracted in-process. */
export function extractCorpus(count: number): ExtractedGraph[] {
  const graphs: ExtractedGraph[] = [];
  for (let i = 0; i < count; i++) graphs.push(buildGraph(corpusText(i), { id: `regulation:synthetic-${String(i + 1).padStart(3, '0')}` }));
  return graphs;
}

/** Loads each regulation in its own transaction, as `npm run seed -- folder/` does; returns the elements written. */
export async function loadCorpus(client: Neo4jClient, graphs: readonly ExtractedGraph[], log: (line: string) => void, name = 'corpus'): Promise<number> {
  let elements = 0;
  for (const [i, graph] of graphs.entries()) {
    const outcome = await loadIfChanged(client, graph, { force: true });
    if (outcome.loaded) elements += outcome.nodes + outcome.relationships;
    if ((i + 1) % 20 === 0) log(`${name}: loaded ${i + 1}/${graphs.length}`);
  }
  return elements;
}

export async function runCorpusBench(options: CorpusBenchOptions): Promise<BenchReport<CorpusBenchData>> {
  const { settings, quick, log } = options;
  const clock = startReport('corpus', quick);
  const count = quick ? 5 : 100;
  await clearDatabase(settings);
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    const started = performance.now();
    const graphs = extractCorpus(count);
    const extractMs = performance.now() - started;
    log(`corpus: extracted ${count} regulations in ${fmt(extractMs / 1000)} s; loading`);
    const loadStarted = performance.now();
    const elements = await loadCorpus(client, graphs, log);
    const loadMs = performance.now() - loadStarted;
    const totalMs = performance.now() - started;
    // The graph holds exactly what was extracted (shared bodies once) before any figure is reported.
    const counts = await assertGraphCounts(client, graphs, 'corpus bench');
    const nodesInGraph = counts.labels.Keyed ?? 0;

    const yoga = createYogaApp({ client, logger: { error: (message) => log(`corpus: API error ${message}`) } });
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(`corpus bench: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const first = graphs[0]!;
    const keys = graphs.map((g) => g.regulation.id);
    // Same answer as the extracted graphs before anything is timed.
    const opening = await ask(OPENING, { first: [first.regulation.id] });
    if (opening.regulations.length !== count) throw new Error(`corpus bench: ${opening.regulations.length} regulations listed, ${count} loaded`);
    for (const row of opening.regulations) {
      const graph = graphs[keys.indexOf(row.key)]!;
      if (row.counts.articles !== graph.articles.length || row.counts.obligations !== graph.obligations.length) {
        throw new Error(`corpus bench: counts of ${row.key} differ from its extracted graph`);
      }
    }
    if (opening.zoneIndustryMatrix.cells.length !== first.zoneIndustries.length) throw new Error('corpus bench: zone links differ');
    const compared = await ask(COMPARE, { keys: keys.slice(0, 2) });
    if (compared.compare.actors.length === 0) throw new Error('corpus bench: compare found no actors');
    const ends = farthestActors(graphs);
    const found = (await ask(PATHS, ends)).paths;
    if (found.length !== ends.length || found.found < 1) throw new Error(`corpus bench: path ${JSON.stringify(ends)} answered ${JSON.stringify(found).slice(0, 200)}`);
    const counted = `${found.found}${found.more ? ' or more' : ''}`;
    log(`corpus: path ${ends.from} → ${ends.to}: ${ends.length} links, ${counted} shortest paths`);

    const time = async (query: string, variables: Record<string, unknown>, runs: number) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await ask(query, variables);
        ms.push(performance.now() - t0);
      }
      return summarize(ms);
    };
    const runs = quick ? 3 : 20;
    const requests = {
      opening: await time(OPENING, { first: [first.regulation.id] }, runs),
      compare: await time(COMPARE, { keys: keys.slice(0, 2) }, runs),
      path: await time(PATHS, { from: ends.from, to: ends.to }, runs),
    };
    const articles = graphs.reduce((n, g) => n + g.articles.length, 0);
    const opened = await measureExplorerOpening(settings, quick ? 1 : 5, log);
    const explorerReadyMs = summarize(opened.map((run) => run.ready));
    const explorerNodes = opened[0]?.nodes ?? 0;
    const data: CorpusBenchData = { regulations: count, articles, elements, extractMs, loadMs, totalMs, nodesInGraph, requests, explorerReadyMs, explorerNodes, path: { ...ends, found: found.found, more: found.more } };
    return clock.finish(`A corpus of ${count} regulations in one graph`, {
      targets: [
        check(`${count} regulations read, extracted and loaded in < 60 s`, `${fmt(totalMs / 1000)} s`, totalMs / 1000, 60, { unit: 's' }),
        check(`paths between two actors ${ends.length} links apart in < ${PATH_TARGET_MS} ms with ${count} regulations (p50)`, `${fmt(requests.path.median)} ms`, requests.path.median, PATH_TARGET_MS, {
          unit: 'ms',
          why: `${ends.from} (bears most duties in the first regulation) to ${ends.to}, the actor farthest from it; ${counted} shortest paths, 5 listed`,
        }),
        check(`the explorer opens on ${count} regulations in < 2 s (Chromium, p50)`, `${fmt(explorerReadyMs.median)} ms`, explorerReadyMs.median / 1000, 2, {
          unit: 's',
          why: 'the first graph drawn and laid out, after a warm-up visit; the explorer starts from the first regulation, not the whole corpus',
        }),
      ],
      markdown: markdownTable(
        ['regulations', 'articles', 'elements written', 'nodes in the graph', 'extract', 'load', 'total', 'API on opening p50', 'compare(2) p50', 'paths p50', 'explorer ready p50'],
        [[
          String(count),
          String(articles),
          String(elements),
          String(nodesInGraph),
          `${fmt(extractMs / 1000)} s`,
          `${fmt(loadMs / 1000)} s`,
          `${fmt(totalMs / 1000)} s`,
          `${fmt(requests.opening.median)} ms`,
          `${fmt(requests.compare.median)} ms`,
          `${fmt(requests.path.median)} ms (${ends.length} links)`,
          `${fmt(explorerReadyMs.median)} ms (${explorerNodes} nodes)`,
        ]],
      ),
      notes: ['Shared bodies and industries are merged across regulations, so the graph holds fewer nodes than were written.'],
      data,
    });
  } finally {
    await client.close();
  }
}
