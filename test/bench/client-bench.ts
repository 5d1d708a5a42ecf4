// The client in headless Chromium, against issue 15.4's four targets: time from navigation to the regulation's
// graph laid out and drawn (the real explorer against the real server); time to lay out and draw a synthetic
// graph of 5,000 nodes and 10,000 edges (a standalone page built from the client's own modules, client-page/:
// the explorer cannot load an arbitrary graph); frames per second while panning and zooming that laid-out
// graph with mouse drags and the wheel (pan-gestures.ts; canvas renderer, and Cytoscape's WebGL renderer too where the
// browser offers WebGL2, for information);
// and the gzipped size of the initial JS.
// The builds are client-bundle.ts, the page driving client-pages.ts, the targets and tables client-report.ts.
import os from 'node:os';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { LARGE_GRAPH_NODES } from '../../client/src/cy/layouts.ts';
import { buildClient, launchChromium } from '../support/browser.ts';
import { envForNeo4j, startServerChild } from '../support/child-process.ts';
import { ensureRegulationLoaded } from './api-bench.ts';
import { buildBenchPage, measureBundle } from './client-bundle.ts';
import { measureRegulation, measureSynthetic, serveStatic, type RegulationRun, type SyntheticRun } from './client-pages.ts';
import { clientTargets, renderClient, type ClientBenchData } from './client-report.ts';
import type { BenchReport } from './report.ts';
import { fmt, summarize } from './stats.ts';
import { startReport } from './timed-report.ts';

export interface ClientBuilds {
  /** The explorer, built by the project's Vite config. */
  client: { dir: string; remove(): Promise<void> };
  /** The synthetic-graph page (client-page/). */
  page: { dir: string; remove(): Promise<void> };
}

export interface ClientBenchOptions {
  settings: Neo4jSettings;
  quick: boolean;
  log: (line: string) => void;
  /** Builds started earlier (run.ts starts them while Neo4j boots); built here otherwise. */
  builds?: Promise<ClientBuilds>;
}

/** Both Vite builds, in parallel. The caller removes the folders (ClientBuilds.*.remove). */
export async function buildClientBench(): Promise<ClientBuilds> {
  const [client, page] = await Promise.allSettled([buildClient(), buildBenchPage()]);
  if (client.status === 'rejected' || page.status === 'rejected') {
    if (client.status === 'fulfilled') await client.value.remove();
    if (page.status === 'fulfilled') await page.value.remove();
    throw client.status === 'rejected' ? client.reason : (page as PromiseRejectedResult).reason;
  }
  return { client: client.value, page: page.value };
}

export async function runClientBench(options: ClientBenchOptions): Promise<BenchReport<ClientBenchData>> {
  const { settings, quick, log } = options;
  const report = startReport('client', quick);
  // The machine may be shared: the figures are only comparable with the load they were measured under.
  const loadAverage = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  const size = quick ? { nodes: 300, edges: 600 } : { nodes: 5000, edges: 10_000 };
  const panMs = quick ? 1000 : 5000;
  await ensureRegulationLoaded(settings, log);

  const { client, page } = await (options.builds ?? buildClientBench());
  const cleanups: Array<() => Promise<void>> = [client.remove, page.remove];
  try {
    const bundle = await measureBundle(client.dir);
    log(`client: initial JS ${fmt(bundle.initialGzipBytes / 1024)} KB gzipped (${bundle.initial.map((f) => f.file).join(', ')})`);
    const server = await startServerChild('test/bench/serve-child.ts', ['ours', client.dir], envForNeo4j(settings), log);
    cleanups.push(server.stop);
    const pageServer = await serveStatic(page.dir);
    cleanups.push(pageServer.close);
    const browser = await launchChromium();
    cleanups.push(() => browser.close());

    // One visit first: the server process and Neo4j see these requests for the first time.
    if (!quick) await measureRegulation(browser, server.url);
    const regulationRuns: RegulationRun[] = [];
    for (let i = 0; i < (quick ? 1 : 5); i++) {
      const run = await measureRegulation(browser, server.url);
      log(`client: regulation graph listed at ${fmt(run.listed)} ms, ready at ${fmt(run.ready)} ms (${run.nodes} nodes)`);
      regulationRuns.push(run);
    }

    // The explorer's first placement of the large graph (for this size: by its tiers, LARGE_GRAPH_NODES), then
    // panning and zooming what it drew.
    const syntheticRuns: SyntheticRun[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const run = await measureSynthetic(browser, pageServer.url, { ...size, renderer: 'canvas', layout: 'fcose', panMs, timeoutMs: 120_000 });
      if ('error' in run) throw new Error(`client: synthetic page failed: ${run.error}`);
      log(`client: synthetic ${run.nodes}/${run.edges}: laid out and drawn in ${fmt(run.layoutMs)} ms, ${fmt(run.frames?.fps)} fps while panning`);
      syntheticRuns.push(run);
    }

    // The WebGL renderer only matters for the large graph: smoke runs leave it out.
    let webgl: ClientBenchData['webgl'] = { run: null, unavailable: 'not run in quick mode' };
    if (!quick) {
      const webglRun = await measureSynthetic(browser, pageServer.url, { ...size, renderer: 'webgl', layout: 'fcose', panMs, timeoutMs: 120_000 });
      webgl =
        'error' in webglRun
          ? { run: null, unavailable: `${webglRun.error}${webglRun.webgl2Available ? '' : ' (headless Chromium with --disable-gpu offers no WebGL2 context)'}` }
          : { run: webglRun, unavailable: null };
      log(`client: WebGL renderer: ${webgl.run ? `${fmt(webgl.run.frames?.fps)} fps` : webgl.unavailable}`);
    }

    const data: ClientBenchData = {
      bundle,
      regulation: {
        runs: regulationRuns,
        listed: summarize(regulationRuns.flatMap((r) => (r.listed === null ? [] : [r.listed]))),
        ready: summarize(regulationRuns.map((r) => r.ready)),
      },
      synthetic: {
        ...size,
        runs: syntheticRuns,
        layoutMs: summarize(syntheticRuns.map((r) => r.layoutMs)),
        fps: summarize(syntheticRuns.flatMap((r) => (r.frames ? [r.frames.fps] : []))),
      },
      webgl,
    };
    return report.finish('Client in headless Chromium', {
      targets: clientTargets(data, quick),
      markdown: renderClient(data, quick),
      notes: [
        'Chromium is the system one, headless with --disable-gpu (software rendering), viewport 1440 × 900, a fresh context (empty cache) per run.',
        'The explorer has no way to load an arbitrary graph (it shows API neighbourhoods of at most 1,000 nodes), so the synthetic ' +
          'graph is drawn by test/bench/client-page/ with the client’s own createGraph (stylesheet and options), toElements and ' +
          'placeGraph (the explorer’s first placement: nodes measured off screen, laid out, then added with their positions and the ' +
          `fitted viewport). Above ${fmt(LARGE_GRAPH_NODES)} nodes that layout is the tiered placement, not fcose, whose force pass ` +
          'does not finish on 5,000 nodes in 90 s. The layout time runs from the data in hand to the laid-out graph drawn; panning ' +
          'and zooming are measured on that drawing.',
        'Sizes are gzip -9 of the built files; the API server sends them uncompressed (no Content-Encoding), so on the wire they are the raw sizes.',
        `Load average when the client benchmark started: ${loadAverage}.`,
      ],
      data,
    });
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
