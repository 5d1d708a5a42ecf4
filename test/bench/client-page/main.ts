// Standalone page for the client benchmark: a synthetic graph rendered the way the explorer renders one —
// the client's stylesheet (createGraph), its API-to-element mapping (toElements), its layout path (fcose in
// the layout worker, applied as an animated preset: runLayout). Query: ?nodes=5000&edges=10000&renderer=
// canvas|webgl&layout=fcose|none (none: the nodes stay on the grid they are first drawn on, so that drawing
// and panning are measured without the layout). Progress marks (ms since navigation start) and a pan/zoom
// frame counter are exposed on window.__bench for the benchmark to read.
import type { Core, CytoscapeOptions } from 'cytoscape';
import { createGraph, runLayout } from '../../../client/src/cy/actions.ts';
import { createLayoutRunner } from '../../../client/src/cy/layout-runner.ts';
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
    panZoom?: (durationMs: number) => Promise<FrameStats>;
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

/** Pans every frame and zooms in and out every half second, counting the frames the browser manages. */
async function panZoom(cy: Core, durationMs: number): Promise<FrameStats> {
  const times: number[] = [];
  const start = await nextFrame();
  let now = start;
  let frame = 0;
  while (now - start < durationMs) {
    frame++;
    const angle = frame / 30;
    cy.panBy({ x: 6 * Math.cos(angle), y: 6 * Math.sin(angle) });
    if (frame % 30 === 0) cy.zoom({ level: cy.zoom() * (frame % 60 === 0 ? 1.25 : 0.8), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    now = await nextFrame();
    times.push(now);
  }
  const deltas = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  const at = (p: number) => deltas[Math.min(deltas.length - 1, Math.floor(p * deltas.length))] ?? Number.NaN;
  const seconds = (now - start) / 1000;
  return { frames: times.length, seconds, fps: times.length / seconds, frameMs: { p50: at(0.5), p95: at(0.95), max: deltas.at(-1) ?? Number.NaN } };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const nodes = Number(params.get('nodes') ?? 5000);
  const edges = Number(params.get('edges') ?? 10000);
  const renderer = params.get('renderer') ?? 'canvas';
  const layout = params.get('layout') ?? 'fcose';
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
  const graph = syntheticGraph(nodes, edges);
  const container = document.getElementById('cy')!;
  const cy = createCy(container, renderer);
  cy.add(toElements(graph, 'zh'));
  bench.nodes = cy.nodes().length;
  bench.edges = cy.edges().length;
  // Before the layout every node sits where it was added, as in the explorer before its layout arrives.
  cy.layout({ name: 'grid', animate: false, fit: true }).run();
  await nextFrame();
  await nextFrame();
  mark('elementsDrawn');
  bench.panZoom = (durationMs) => panZoom(cy, durationMs);
  if (layout === 'fcose') {
    await runLayout(cy, 'fcose', createLayoutRunner());
    mark('laidOut');
    await nextFrame();
    await nextFrame();
  }
  mark('ready');
}

main().catch((error: unknown) => {
  bench.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
});
