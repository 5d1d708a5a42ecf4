// Standalone page for the client benchmark: a synthetic graph rendered the way the explorer renders one —
// the client's stylesheet (createGraph), its API-to-element mapping (toElements), and its first placement
// (placeGraph: measured off screen, laid out — for a graph this large by its tiers, see LARGE_GRAPH_NODES —
// then added with its positions and the fitted viewport). Query: ?nodes=5000&edges=10000&renderer=canvas|webgl
// &layout=fcose|concentric|hierarchical. Progress marks (ms since navigation start), a frame recorder and the
// viewport are exposed on window.__bench for the benchmark, which pans and zooms with real mouse gestures
// (pan-gestures.ts).
import type { Core, CytoscapeOptions } from 'cytoscape';
import { createGraph } from '../../../client/src/cy/actions.ts';
import { attachLabelLayer } from '../../../client/src/cy/label-layer.ts';
import { placeGraph } from '../../../client/src/cy/layout-placement.ts';
import { createLayoutRunner } from '../../../client/src/cy/layout-runner.ts';
import { LAYOUT_NAMES, type LayoutName } from '../../../client/src/state/url-state.ts';
import { toElements } from '../../../client/src/cy/to-elements.ts';
import { syntheticGraph } from './synthetic-graph.ts';

export interface FrameStats {
  frames: number;
  seconds: number;
  fps: number;
  frameMs: { p50: number; p95: number; max: number };
}

interface BenchWindow {
  __bench: {
    marks: Record<string, number>;
    renderer: string;
    /** Whether the browser can create a WebGL2 context at all (Cytoscape's WebGL renderer needs one). */
    webgl2Available: boolean;
    /** The WebGL implementation (e.g. SwiftShader, a software renderer, when the browser has no GPU). */
    webglRenderer?: string;
    error?: string;
    nodes?: number;
    edges?: number;
    /** Records the frames the browser presents from start() to stop(). */
    frames?: { start(): void; stop(): FrameStats };
    /** A point of the canvas (page pixels) with no node under or near it, where a drag pans rather than moves a node. */
    emptySpot?: () => { x: number; y: number };
    /** The viewport, and the sum of all node positions (a drag that moved a node instead of panning changes it). */
    view?: () => { zoom: number; pan: { x: number; y: number }; positionSum: number };
  };
}

const bench: BenchWindow['__bench'] = { marks: {}, renderer: 'canvas', webgl2Available: false };
(window as unknown as BenchWindow).__bench = bench;
const mark = (name: string) => {
  bench.marks[name] = performance.now();
};
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function createCy(container: HTMLElement, renderer: string): Core {
  // Cytoscape's experimental WebGL renderer (3.31+) draws node bodies and edges on the GPU and keeps the canvas
  // renderer for labels; otherwise createGraph exactly as the explorer calls it.
  return renderer === 'webgl' ? createGraph(container, { renderer: { name: 'canvas', webgl: true } } as CytoscapeOptions) : createGraph(container);
}

/** Frame times from requestAnimationFrame: what the browser presents while a gesture goes on. */
function recordFrames(): { start(): void; stop(): FrameStats } {
  let times: number[] = [];
  let running = false;
  const tick = (t: number) => {
    if (!running) return;
    times.push(t);
    requestAnimationFrame(tick);
  };
  return {
    start() {
      times = [];
      running = true;
      requestAnimationFrame(tick);
    },
    stop() {
      running = false;
      const deltas = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
      const at = (p: number) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))] ?? Number.NaN;
      const seconds = times.length > 1 ? (times.at(-1)! - times[0]!) / 1000 : Number.NaN;
      return { frames: deltas.length, seconds, fps: deltas.length / seconds, frameMs: { p50: at(0.5), p95: at(0.95), max: deltas.at(-1) ?? Number.NaN } };
    },
  };
}

/** The point nearest the canvas's centre, on a 20 px grid, with no node within 16 px. */
function emptySpot(cy: Core): { x: number; y: number } {
  const box = cy.container()!.getBoundingClientRect();
  const nodes = cy.nodes().map((n) => n.renderedPosition());
  const clear = (x: number, y: number) => nodes.every((p) => Math.abs(p.x - x) > 16 || Math.abs(p.y - y) > 16);
  const candidates: Array<{ x: number; y: number; d: number }> = [];
  for (let x = 40; x < cy.width() - 40; x += 20) for (let y = 40; y < cy.height() - 40; y += 20) candidates.push({ x, y, d: Math.hypot(x - cy.width() / 2, y - cy.height() / 2) });
  const spot = candidates.sort((a, b) => a.d - b.d).find((c) => clear(c.x, c.y)) ?? { x: cy.width() / 2, y: cy.height() / 2 };
  return { x: box.left + spot.x, y: box.top + spot.y };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const nodes = Number(params.get('nodes') ?? 5000);
  const edges = Number(params.get('edges') ?? 10000);
  const renderer = params.get('renderer') ?? 'canvas';
  const asked = params.get('layout') ?? 'fcose';
  const layout: LayoutName = (LAYOUT_NAMES as readonly string[]).includes(asked) ? (asked as LayoutName) : 'fcose';
  bench.renderer = renderer;
  const gl = document.createElement('canvas').getContext('webgl2');
  bench.webgl2Available = gl !== null;
  if (gl) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    bench.webglRenderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  }
  // Without a WebGL2 context Cytoscape's WebGL mode fails on its first call into the context.
  if (renderer === 'webgl' && !bench.webgl2Available) throw new Error('WebGL2 is not available in this browser');
  mark('script');
  const container = document.getElementById('cy')!;
  const cy = createCy(container, renderer);
  // The explorer's label layer (labels sized for the zoom, overlapping ones hidden): part of what a frame costs.
  const labels = attachLabelLayer(cy);
  const runner = createLayoutRunner();
  // As the explorer does: the worker starts while the data is on its way.
  runner.warm();
  const graph = syntheticGraph(nodes, edges);
  const elements = toElements(graph, 'zh');
  // The data is in hand, as the explorer's is when the API has answered: from here on it is the client's work.
  mark('data');
  await placeGraph(cy, elements, layout, runner.compute, null);
  for (const entry of performance.getEntriesByType('mark')) if (entry.name.startsWith('placeGraph:')) bench.marks[entry.name] = entry.startTime;
  // As the explorer does after a first placement: the labels are chosen before the first frame.
  labels.refreshNow();
  mark('labels');
  bench.nodes = cy.nodes().length;
  bench.edges = cy.edges().length;
  await nextFrame();
  await nextFrame();
  mark('laidOut');
  bench.frames = recordFrames();
  bench.emptySpot = () => emptySpot(cy);
  bench.view = () => ({ zoom: cy.zoom(), pan: { ...cy.pan() }, positionSum: cy.nodes().reduce((sum, n) => sum + n.position('x') + n.position('y'), 0) });
  mark('ready');
}

main().catch((error: unknown) => {
  bench.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
});
