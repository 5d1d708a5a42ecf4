// The client benchmark's page driving, in headless Chromium: the explorer against the real server (time to its
// first laid-out graph) and the synthetic-graph page (time to lay it out and draw it, frames while panning it),
// each in a fresh context; and the static server the synthetic page is served from.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closeServer, listenOnLoopback } from '../support/loopback-server.ts';
import { panAndZoom, type GestureRun } from './pan-gestures.ts';

export interface RegulationRun {
  /** ms since navigation start. */
  domContentLoaded: number;
  /** The graph's nodes are listed (data arrived and rendered), before the layout has settled. */
  listed: number | null;
  /** `#cy[data-ready=true]` with the nodes listed: loaded, laid out and drawn (the first layout is not animated). */
  ready: number;
  nodes: number;
}

export interface SyntheticRun {
  renderer: string;
  layout: string;
  nodes: number;
  edges: number;
  /** From the data in hand (as the explorer has it when the API answered) to the graph laid out and drawn, ms. */
  layoutMs: number;
  /** ms since navigation start when the laid-out graph was drawn. */
  laidOutAt: number;
  /** Where layoutMs went, ms: measuring the labels, the layout itself, adding the elements, the label layer, the first frame. */
  phases: Record<'measure' | 'layout' | 'add' | 'labels' | 'firstFrame', number | null>;
  /** Panning and zooming the laid-out graph with mouse gestures (pan-gestures.ts); null when not asked for. */
  frames: GestureRun['frames'] | null;
  gestures: Omit<GestureRun, 'frames'> | null;
  webglRenderer: string | null;
}
function phasesOf(marks: Record<string, number>): SyntheticRun['phases'] {
  const between = (from: string, to: string) => (marks[from] !== undefined && marks[to] !== undefined ? marks[to]! - marks[from]! : null);
  return {
    measure: between('data', 'placeGraph:measured'),
    layout: between('placeGraph:measured', 'placeGraph:laidOut'),
    add: between('placeGraph:laidOut', 'placeGraph:added'),
    labels: between('placeGraph:added', 'labels'),
    firstFrame: between('labels', 'laidOut'),
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

export function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(dir, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return listenOnLoopback(server).then((url) => ({ url, close: () => closeServer(server) }));
}

/** Records when the explorer lists its nodes and when it says the graph is ready (ms since navigation start). */
const MARKS_SCRIPT = `
  window.__marks = {};
  const mark = (name) => { if (!(name in window.__marks)) window.__marks[name] = performance.now(); };
  new MutationObserver(() => {
    if (document.querySelector('.node-list li[data-id]')) mark('listed');
    if (document.getElementById('cy')?.dataset.ready === 'true' && document.querySelector('.node-list li[data-id]')) mark('ready');
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
`;

export async function measureRegulation(browser: Browser, url: string): Promise<RegulationRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(MARKS_SCRIPT);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __marks: Record<string, number> }).__marks.ready !== undefined, null, {
      timeout: 60_000,
    });
    return await page.evaluate(() => {
      const marks = (window as unknown as { __marks: Record<string, number> }).__marks;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        domContentLoaded: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        listed: marks.listed ?? null,
        ready: marks.ready!,
        nodes: document.querySelectorAll('.node-list li[data-id]').length,
      };
    });
  } finally {
    await context.close();
  }
}

interface PageBench {
  marks: Record<string, number>;
  error?: string;
  nodes?: number;
  edges?: number;
  webgl2Available: boolean;
  webglRenderer?: string;
}

export async function measureSynthetic(
  browser: Browser,
  url: string,
  params: { nodes: number; edges: number; renderer: string; layout: string; panMs: number | null; timeoutMs: number },
): Promise<SyntheticRun | { error: string; webgl2Available: boolean }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page: Page = await context.newPage();
    await page.goto(`${url}/?nodes=${params.nodes}&edges=${params.edges}&renderer=${params.renderer}&layout=${params.layout}`);
    const read = () =>
      page.evaluate(() => {
        const { marks, error, nodes, edges, webgl2Available, webglRenderer } = (window as unknown as { __bench: PageBench }).__bench;
        return { marks, error, nodes, edges, webgl2Available, webglRenderer };
      });
    const settled = await page
      .waitForFunction(
        () => {
          const bench = (window as unknown as { __bench?: PageBench }).__bench;
          return bench !== undefined && (bench.error !== undefined || bench.marks.ready !== undefined);
        },
        null,
        { timeout: params.timeoutMs, polling: 250 },
      )
      .then(
        () => true,
        () => false,
      );
    const bench = await read();
    if (bench.error) return { error: bench.error.split('\n')[0]!, webgl2Available: bench.webgl2Available };
    if (!settled || bench.marks.laidOut === undefined || bench.marks.data === undefined) {
      return { error: `not laid out within ${params.timeoutMs} ms`, webgl2Available: bench.webgl2Available };
    }
    const gestures = params.panMs === null ? null : await panAndZoom(page, params.panMs);
    return {
      renderer: params.renderer,
      layout: params.layout,
      nodes: bench.nodes ?? 0,
      edges: bench.edges ?? 0,
      layoutMs: bench.marks.laidOut - bench.marks.data,
      phases: phasesOf(bench.marks),
      laidOutAt: bench.marks.laidOut,
      frames: gestures?.frames ?? null,
      gestures: gestures && { moves: gestures.moves, zoomSteps: gestures.zoomSteps, zoomRange: gestures.zoomRange, pannedPx: gestures.pannedPx, settleFrameMs: gestures.settleFrameMs },
      webglRenderer: bench.webglRenderer ?? null,
    };
  } finally {
    await context.close();
  }
}
