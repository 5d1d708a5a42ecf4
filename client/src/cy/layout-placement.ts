// Where nodes go, for each layout, and how they get there. The first drawing of a graph is placed before it is
// drawn: its nodes are measured off screen (added and removed in one synchronous step, so no frame shows
// them), laid out, then added with their positions and the fitted (or restored) viewport at once: no clump
// at the origin, no glide. Later changes (another layout, an expand) move the nodes already on screen.
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { NodeCategory } from '../model.ts';
import type { LayoutName } from '../state/url-state.ts';
import type { ComputeLayout } from './layout-runner.ts';
import { fcoseOptions, fitViewport, LARGE_GRAPH_NODES, presetOptions, type NodeBox, type NodeExtent, type Viewport } from './layouts.ts';
import { LABEL_HIDDEN } from './label-layer.ts';
import { styleForZoom } from './zoom-stylesheet.ts';
import { concentricPositions, DEFAULT_TIER_OPTIONS, tieredPositions, type Position, type TierNode } from './tiered-positions.ts';

export interface MeasuredNode extends TierNode {
  w: number;
  h: number;
  /** What the node covers, relative to its position (body in graph units, with its label in screen pixels). */
  extent: NodeExtent;
  position?: Position;
}

type EdgeEnds = { source: string; target: string };

// Measuring copies get ids of their own so that they never meet the nodes on screen.
const MEASURE_PREFIX = '__measure__:';

/**
 * The label layer may move a label to any side of its node to keep labels apart (label-top, -left, -right in
 * style.ts), after the first frame: the extent covers all four places, so that the fit holds wherever it goes.
 * Measured with the label below (the default); body in graph units, the label in screen pixels.
 */
function extentOf(body: NodeBox, full: NodeBox, p: Position, zoom: number): NodeExtent {
  const half = { w: ((body.x2 - body.x1) / 2) * zoom, h: ((body.y2 - body.y1) / 2) * zoom };
  const label = { w: (full.x2 - full.x1) * zoom, h: Math.max(0, full.y2 - body.y2) * zoom };
  return {
    body: { x1: body.x1 - p.x, y1: body.y1 - p.y, x2: body.x2 - p.x, y2: body.y2 - p.y },
    label: { x1: -(half.w + label.w), y1: -(half.h + label.h), x2: half.w + label.w, y2: half.h + label.h },
  };
}

/** `zoom`: the zoom the stylesheet's labels are sized for (the current one; 1 before anything is drawn). */
function measured(node: NodeSingular, id: string, zoom: number): MeasuredNode {
  const p = node.position();
  const b = node.boundingBox({ includeLabels: true, includeOverlays: false });
  const body = node.boundingBox({ includeLabels: false, includeOverlays: false });
  return {
    id,
    category: node.data('category') as NodeCategory,
    sortKey: String(node.data('labelEn') || node.data('label') || id),
    // In screen pixels, as labels are sized: the layout spaces nodes the same whatever the zoom it is asked at.
    w: Math.max(1, b.w * zoom),
    h: Math.max(1, b.h * zoom),
    extent: extentOf(body, b, p, zoom),
  };
}

// What each node measured when the graph was first placed (labels sized for zoom 1), by id and label. A later
// layout of the same nodes reuses it: measured again at another zoom, labels come out a few per cent off
// (the stylesheet follows the zoom in steps), and so would the picture.
const measuredSizes = new WeakMap<Core, Map<string, MeasuredNode>>();
const sizeKey = (id: string, label: unknown) => `${id}\u0000${String(label ?? '')}`;

function measuredNow(cy: Core, node: NodeSingular): MeasuredNode {
  const known = measuredSizes.get(cy)?.get(sizeKey(node.id(), node.data('label')));
  return known ?? measured(node, node.id(), cy.zoom());
}

/** Sizes of nodes not yet on screen, measured with the real stylesheet and fonts. */
export function measureNodes(cy: Core, definitions: readonly ElementDefinition[]): MeasuredNode[] {
  const copies = cy.add(
    definitions
      .filter((d) => d.group === 'nodes')
      .map((d) => ({ ...d, group: 'nodes' as const, data: { ...d.data, id: `${MEASURE_PREFIX}${String(d.data.id)}` }, position: { x: 0, y: 0 } })),
  );
  try {
    const nodes = copies.nodes().map((n) => measured(n, n.id().slice(MEASURE_PREFIX.length), cy.zoom()));
    const labels = new Map(definitions.map((d) => [String(d.data.id), d.data.label] as const));
    measuredSizes.set(cy, new Map(nodes.map((n) => [sizeKey(n.id, labels.get(n.id)), n] as const)));
    return nodes;
  } finally {
    copies.remove();
  }
}

const aspectOf = (cy: Core) => (cy.width() > 0 && cy.height() > 0 ? cy.width() / cy.height() : 16 / 10);

/**
 * Positions for a layout. fcose runs in the worker (`incremental`: from the current positions); above
 * LARGE_GRAPH_NODES a graph is placed by its tiers instead, and an expand of one keeps the nodes where they are.
 */
export async function layoutPositions(
  name: LayoutName,
  nodes: readonly MeasuredNode[],
  edges: readonly EdgeEnds[],
  compute: ComputeLayout,
  { incremental = false, aspect = 16 / 10 } = {},
): Promise<Map<string, Position>> {
  const large = nodes.length > LARGE_GRAPH_NODES;
  // A large graph's tiers wrap into rows as long as the canvas's shape asks for: capped at the regulation's
  // 14 a row, 5,000 nodes made a column 14 times taller than wide, most of it off screen at the least zoom.
  const tiers = { ...DEFAULT_TIER_OPTIONS, aspect, ...(large ? { maxPerRow: Number.POSITIVE_INFINITY } : {}) };
  if (name === 'hierarchical' || (name === 'fcose' && large && !incremental)) return tieredPositions(nodes, edges, tiers);
  if (name === 'concentric') return concentricPositions(nodes, edges);
  if (large) return new Map(nodes.map((n) => [n.id, n.position ?? { x: 0, y: 0 }]));
  const withStart = incremental && nodes.length > 1;
  return compute({
    nodes: nodes.map((n) => ({ id: n.id, w: n.w, h: n.h, ...(withStart && n.position ? { position: n.position } : {}) })),
    edges,
    options: fcoseOptions(withStart),
  });
}

const fitLimits = (cy: Core) => ({ minZoom: cy.minZoom(), maxZoom: Math.min(cy.maxZoom(), 1.3) });
const sizeOf = (cy: Core) => ({ width: cy.width(), height: cy.height() });

/**
 * Replaces what `cy` shows with these elements, laid out: nothing is drawn until the positions are known, then
 * the nodes are added where they belong and the viewport is set (to `viewport`, or to fit) in the same step.
 */
export async function placeGraph(cy: Core, elements: readonly ElementDefinition[], name: LayoutName, compute: ComputeLayout, viewport: Viewport | null): Promise<void> {
  const nodes = measureNodes(cy, elements);
  // Marks for the client benchmark (and a profiler): where a first placement spends its time.
  performance.mark('placeGraph:measured');
  const edges = elements.filter((e) => e.group === 'edges').map((e) => ({ source: String(e.data.source), target: String(e.data.target) }));
  const positions = await layoutPositions(name, nodes, edges, compute, { aspect: aspectOf(cy) });
  performance.mark('placeGraph:laidOut');
  const place = (e: ElementDefinition): ElementDefinition => ({ ...e, position: { ...(positions.get(String(e.data.id)) ?? { x: 0, y: 0 }) } });
  // Every label starts hidden: the label layer shows those that fit before the first frame (LabelLayer.refreshNow),
  // which on a large graph means restyling the few hundred it shows rather than the thousands it hides.
  const hidden = (e: ElementDefinition): ElementDefinition => ({ ...e, classes: [LABEL_HIDDEN, ...(typeof e.classes === 'string' ? [e.classes] : (e.classes ?? []))] });
  const target = viewport ?? fitViewport(new Map(nodes.map((n) => [n.id, n.extent])), positions, sizeOf(cy), fitLimits(cy));
  cy.batch(() => {
    cy.elements().remove();
    // Labels sized for the zoom the graph is drawn at, while there is nothing to restyle: a sheet changed after
    // the elements are in restyles each of them and draws the first frame twice.
    styleForZoom(cy, target.zoom);
    cy.add(elements.filter((e) => e.group === 'nodes').map((e) => hidden(place(e))));
    cy.add(elements.filter((e) => e.group === 'edges').map(hidden));
    markBulkEdges(cy);
  });
  cy.viewport(target);
  performance.mark('placeGraph:added');
}

/** Above LARGE_GRAPH_NODES nodes every edge is drawn cheaply (style.ts `edge.bulk`); below, as usual. */
export function markBulkEdges(cy: Core): void {
  cy.edges().toggleClass('bulk', cy.nodes().length > LARGE_GRAPH_NODES);
}

/**
 * Moves the nodes on screen to a layout's positions with an animation. A new layout also fits the viewport to
 * where the nodes are going (labels included); an incremental one leaves the viewport to the caller.
 */
export async function moveToLayout(cy: Core, name: LayoutName, compute: ComputeLayout, { incremental = false } = {}): Promise<void> {
  if (cy.nodes().empty()) return;
  const nodes = cy.nodes().map((n) => ({ ...measuredNow(cy, n), position: { ...n.position() } }));
  const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const positions = await layoutPositions(name, nodes, edges, compute, { incremental, aspect: aspectOf(cy) });
  const layout = cy.layout(presetOptions(positions, true));
  const done = layout.promiseOn('layoutstop').then(() => undefined);
  if (!incremental) cy.animate(fitViewport(new Map(nodes.map((n) => [n.id, n.extent])), positions, sizeOf(cy), fitLimits(cy)), { duration: 450 });
  layout.run();
  return done;
}

/** The viewport that fits the graph as it is on screen (labels included), for the Fit button. */
export function fittedViewport(cy: Core): Viewport {
  const boxes = new Map(cy.nodes().map((n) => [n.id(), measuredNow(cy, n).extent] as const));
  const positions = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  return fitViewport(boxes, positions, sizeOf(cy), fitLimits(cy));
}
