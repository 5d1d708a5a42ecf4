// What the client benchmark found, and how it reads: issue 15.4's four targets and the benchmark's Markdown section.
import type { BundleSize } from './client-bundle.ts';
import type { RegulationRun, SyntheticRun } from './client-pages.ts';
import { check, markdownTable, type TargetCheck } from './report.ts';
import { fmt, type Summary } from './stats.ts';

export interface ClientBenchData {
  bundle: BundleSize;
  regulation: { runs: RegulationRun[]; listed: Summary; ready: Summary };
  synthetic: {
    nodes: number;
    edges: number;
    /** The explorer's first placement (canvas renderer), each run then panned and zoomed. */
    runs: SyntheticRun[];
    layoutMs: Summary;
    fps: Summary;
  };
  webgl: { run: SyntheticRun | null; unavailable: string | null };
}

/**
 * First render of the regulation graph < 1 s; a 5,000-node / 10,000-edge graph laid out in < 5 s and panned at
 * ≥ 30 fps; initial JS < 300 KB gzipped. A quick run draws a small synthetic graph, which says nothing about
 * the large one: its two targets are then not measured (n/a), rather than met by a graph a fifteenth the size.
 */
export function clientTargets(data: ClientBenchData, quick: boolean): TargetCheck[] {
  const { fps, layoutMs, nodes, edges } = data.synthetic;
  const { listed, ready } = data.regulation;
  const large = `${fmt(nodes)}-node / ${fmt(edges)}-edge graph`;
  const targets: TargetCheck[] = [
    check(
      'first render of the regulation graph laid out < 1 s',
      `laid out and drawn at ${fmt(ready.median)} ms after navigation (median of ${ready.n}, p90 ${fmt(ready.p90)} ms); nodes listed at ${fmt(listed.median)} ms`,
      ready.median,
      1000,
      {
        unit: 'ms',
        why:
          `the data is in at about ${fmt(listed.median)} ms (page, then two API requests in sequence: the overview's seeds, then ` +
          `their neighbourhood); the remaining ${fmt(ready.median - listed.median)} ms are measuring the nodes, the fcose ` +
          'layout in the worker and choosing the labels to show (now before the first frame, which is then the final picture, ' +
          'instead of in a second frame after it). One API request for the overview, or a machine less loaded, would close it.',
      },
    ),
    quick
      ? { target: '5,000-node / 10,000-edge graph laid out < 5 s', measured: `not measured (quick run: ${fmt(nodes)} nodes, ${fmt(layoutMs.median)} ms)`, met: null }
      : check(`${large} laid out and drawn < 5 s`, `${fmt(layoutMs.median)} ms from the data in hand (median of ${layoutMs.n}, p90 ${fmt(layoutMs.p90)} ms)`, layoutMs.median, 5000, {
          unit: 'ms',
          why: layoutWhy(data.synthetic.runs),
        }),
    quick
      ? { target: '5,000-node graph panned at ≥ 30 fps', measured: `not measured (quick run: ${fmt(nodes)} nodes, ${fmt(fps.median)} fps)`, met: null }
      : check(
          `${large} panned at ≥ 30 fps (canvas, mouse drags and wheel)`,
          `${fmt(fps.median)} fps (median of ${fps.n}; frame p50 ${fmt(data.synthetic.runs[0]?.frames?.frameMs.p50)} ms, p95 ${fmt(data.synthetic.runs[0]?.frames?.frameMs.p95)} ms)` +
            (data.webgl.run ? `; WebGL renderer ${fmt(data.webgl.run.frames?.fps)} fps on ${data.webgl.run.webglRenderer ?? 'an unknown implementation'}` : ''),
          fps.median,
          30,
          {
            unit: 'fps',
            lowerIsBetter: false,
            why: panWhy(data.synthetic.runs),
          },
        ),
    check(
      'initial JavaScript < 300 KB gzipped',
      `${fmt(data.bundle.initialGzipBytes / 1024)} KB (${data.bundle.initial.map((f) => `${f.file} ${fmt(f.gzipBytes / 1024)} KB`).join(', ')})`,
      data.bundle.initialGzipBytes / 1024,
      300,
      { unit: 'KB', why: 'Cytoscape alone is about 140 KB gzipped and is in the entry chunk.' },
    ),
  ];
  return targets;
}

const medianOf = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
};

/** Where the large graph's layout time went, median per phase, and what the biggest phase is. */
function layoutWhy(runs: readonly SyntheticRun[]): string {
  const median = (key: keyof SyntheticRun['phases']) => medianOf(runs.flatMap((r) => (r.phases[key] === null ? [] : [r.phases[key]!])));
  return (
    `measuring the labels off screen ${fmt(median('measure'))} ms, the tiered placement ${fmt(median('layout'))} ms, adding the ` +
    `elements ${fmt(median('add'))} ms, choosing the labels to show ${fmt(median('labels'))} ms, then the first frame ` +
    `${fmt(median('firstFrame'))} ms. Edges are solid straight strokes without arrows, labels are sized for the fitted zoom ` +
    'before the elements are added and hidden ones are never drawn, so most of it is now Cytoscape styling 15,000 elements ' +
    'twice (the measuring copies, then the graph) and computing every label’s box; measuring the nodes where they are drawn ' +
    'instead of on copies, or fewer style rules for a large graph, would close it.'
  );
}

/** What a pan costs on the large graph, and what would close the gap. */
function panWhy(runs: readonly SyntheticRun[]): string {
  const settle = medianOf(runs.flatMap((r) => (r.gestures ? [r.gestures.settleFrameMs] : [])));
  const p50 = medianOf(runs.flatMap((r) => (r.frames ? [r.frames.frameMs.p50] : [])));
  return (
    `most frames of a drag take ${fmt(p50)} ms (Cytoscape draws its cached layer texture), but the first seconds after the ` +
    'graph is drawn, and after each zoom step, take hundreds of ms a frame: Cytoscape refines its element textures and redraws ' +
    'every element one by one until its layer texture is complete again, and a zoom re-sizes the labels (the sheet restyles ' +
    `every element once the viewport has rested 250 ms, which in these gestures falls between a wheel step and the next ` +
    `drag; the longest frame in the 1.5 s after the last gesture was ${fmt(settle)} ms). Re-sizing only the ` +
    'nodes’ labels for a large graph, or Cytoscape’s textureOnViewport (a snapshot moved while dragging; an option fixed when ' +
    'the graph is created, off for the small graphs the explorer mostly shows), would close more of it.'
  );
}

export function renderClient(data: ClientBenchData, _quick: boolean): string {
  const { regulation, synthetic, bundle, webgl } = data;
  const large = `synthetic ${fmt(synthetic.nodes)} nodes / ${fmt(synthetic.edges)} edges`;
  const runs = markdownTable(
    ['Graph', 'Measure', 'Median', 'p90', 'Runs'],
    [
      ['regulation (explorer, real server)', 'nodes listed (data in), since navigation', `${fmt(regulation.listed.median)} ms`, `${fmt(regulation.listed.p90)} ms`, String(regulation.listed.n)],
      ['regulation (explorer, real server)', 'laid out and drawn, since navigation', `${fmt(regulation.ready.median)} ms`, `${fmt(regulation.ready.p90)} ms`, String(regulation.ready.n)],
      [large, 'laid out and drawn, from the data in hand', `${fmt(synthetic.layoutMs.median)} ms`, `${fmt(synthetic.layoutMs.p90)} ms`, String(synthetic.layoutMs.n)],
    ],
  );
  const gestureCells = (r: SyntheticRun) =>
    r.gestures ? [`${r.gestures.moves} moves, ${r.gestures.zoomSteps} zoom steps (zoom ${fmt(r.gestures.zoomRange[0])}–${fmt(r.gestures.zoomRange[1])})`, `${fmt(r.gestures.settleFrameMs)} ms`] : ['', ''];
  const frameRows = [
    ...synthetic.runs.map((r, i) => [`canvas, run ${i + 1}`, fmt(r.frames?.fps), `${fmt(r.frames?.frameMs.p50)} ms`, `${fmt(r.frames?.frameMs.p95)} ms`, `${fmt(r.frames?.frameMs.max)} ms`, ...gestureCells(r)]),
    webgl.run
      ? [
          `webgl (${webgl.run.webglRenderer ?? 'unknown implementation'})`,
          fmt(webgl.run.frames?.fps),
          `${fmt(webgl.run.frames?.frameMs.p50)} ms`,
          `${fmt(webgl.run.frames?.frameMs.p95)} ms`,
          `${fmt(webgl.run.frames?.frameMs.max)} ms`,
          ...gestureCells(webgl.run),
        ]
      : ['webgl', `not measured: ${webgl.unavailable ?? ''}`, '', '', '', '', ''],
  ];
  const frames = markdownTable([`Pan/zoom, ${large}, laid out`, 'fps', 'frame p50', 'frame p95', 'frame max', 'gestures', 'after: longest frame'], frameRows);
  const sizes = markdownTable(
    ['Initial JS file', 'Raw', 'Gzipped'],
    [
      ...bundle.initial.map((f) => [f.file, `${fmt(f.bytes / 1024)} KB`, `${fmt(f.gzipBytes / 1024)} KB`]),
      ['total initial', `${fmt(bundle.initialBytes / 1024)} KB`, `${fmt(bundle.initialGzipBytes / 1024)} KB`],
      [`lazy chunks (${bundle.lazy.map((f) => f.file.replace(/^assets\//, '')).join(', ')})`, '', `${fmt((bundle.allJsGzipBytes - bundle.initialGzipBytes) / 1024)} KB`],
    ],
  );
  const frameNote =
    'Panned and zoomed as a user does, with input events (Playwright’s page.mouse over CDP; pan-gestures.ts): drags of the ' +
    'background, 30 mouse moves of 6 px at most one per 16 ms, then a zoom step of 5 wheel notches at the pointer, in and ' +
    'out by turns, from right after the graph is drawn for 5 s; fps counts the frames presented meanwhile. “after” is the ' +
    'longest frame in the 1.5 s after the last gesture (the labels re-sized for the zoom and redrawn). Until this change the ' +
    'benchmark panned by calling cy.panBy every frame and zoomed ×1.25 / ×0.8 every 30 frames, which skips Cytoscape’s input ' +
    'handling; the zoom steps are now about ±20 %. The benchmark checks that the drags moved the view and no node.';
  return `${runs}\n\n${frames}\n\n${frameNote}\n\n${sizes}`;
}
