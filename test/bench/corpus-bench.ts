// A corpus in one graph: 100 synthetic regulations the size of the shipped one (quick: 5), each with a title
// of its own, read and extracted in-process and loaded one transaction each into an emptied database, as
// `npm run seed -- folder/` does. Then what the explorer asks when it opens on such a graph (the regulation
// list with counts, and the first regulation's matrices), timed through the real schema in-process, and
// compare over two of them. The loaded graph and each answer are checked against the extracted graphs before
// they are timed.
import { clearDatabase } from './bench-database.ts';
import { createNeo4jClient } from '../../server/db/neo4j-client.ts';
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
}

const OPENING = `query Opening($first: [String!]) {
  regulations { key title counts { articles obligations } }
  responsibilityMatrix(regulations: $first) { rows { actor { key } total } }
  zoneIndustryMatrix(regulations: $first) { cells { zone { key } industry { key } } }
}`;
const COMPARE = `query Compare($keys: [String!]!) { compare(regulations: $keys) { actors { actor { key } regulations { total } } sharedActors { key } } }`;

/** Synthetic texts differ by seed; the title is made distinct so that they are regulations, not versions of one. */
function corpusText(index: number): string {
  const generated = generateRegulation({ scale: 1, seed: 3000 + index });
  return generated.text.replaceAll(generated.title, `${generated.title.replace(/条例$/, '')}第${index + 1}号条例`);
}

export async function runCorpusBench(options: CorpusBenchOptions): Promise<BenchReport<CorpusBenchData>> {
  const { settings, quick, log } = options;
  const clock = startReport('corpus', quick);
  const count = quick ? 5 : 100;
  await clearDatabase(settings);
  const client = createNeo4jClient(settings, { txTimeoutMs: SEED_TX_TIMEOUT_MS });
  try {
    const started = performance.now();
    const graphs: ExtractedGraph[] = [];
    for (let i = 0; i < count; i++) graphs.push(buildGraph(corpusText(i), { id: `regulation:synthetic-${String(i + 1).padStart(3, '0')}` }));
    const extractMs = performance.now() - started;
    log(`corpus: extracted ${count} regulations in ${fmt(extractMs / 1000)} s; loading`);
    let elements = 0;
    const loadStarted = performance.now();
    for (const [i, graph] of graphs.entries()) {
      const outcome = await loadIfChanged(client, graph, { force: true });
      if (outcome.loaded) elements += outcome.nodes + outcome.relationships;
      if ((i + 1) % 20 === 0) log(`corpus: loaded ${i + 1}/${count}`);
    }
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
    };
    const articles = graphs.reduce((n, g) => n + g.articles.length, 0);
    const opened = await measureExplorerOpening(settings, quick ? 1 : 5, log);
    const explorerReadyMs = summarize(opened.map((run) => run.ready));
    const explorerNodes = opened[0]?.nodes ?? 0;
    const data: CorpusBenchData = { regulations: count, articles, elements, extractMs, loadMs, totalMs, nodesInGraph, requests, explorerReadyMs, explorerNodes };
    return clock.finish(`A corpus of ${count} regulations in one graph`, {
      targets: [
        check(`${count} regulations read, extracted and loaded in < 60 s`, `${fmt(totalMs / 1000)} s`, totalMs / 1000, 60, { unit: 's' }),
        check(`the explorer opens on ${count} regulations in < 2 s (Chromium, p50)`, `${fmt(explorerReadyMs.median)} ms`, explorerReadyMs.median / 1000, 2, {
          unit: 's',
          why: 'the first graph drawn and laid out, after a warm-up visit; the explorer starts from the first regulation, not the whole corpus',
        }),
      ],
      markdown: markdownTable(
        ['regulations', 'articles', 'elements written', 'nodes in the graph', 'extract', 'load', 'total', 'API on opening p50', 'compare(2) p50', 'explorer ready p50'],
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
