// Everything that touches a Cytoscape instance, as functions of `cy`. They hold no state of their own: what
// to show comes from the store (through to-elements), and these functions make `cy` match it.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { ComputeLayout } from './layout-runner.ts';
import type { LayoutName } from '../state/url-state.ts';
import { FONT_STACK } from './palette.ts';
import { fittedViewport, markBulkEdges, moveToLayout } from './layout-placement.ts';
import { buildStylesheet } from './style.ts';
import type { Position } from './tiered-positions.ts';
import type { SvgEdge, SvgNode, SvgScene } from '../export/svg.ts';
import type { LineStyle } from './palette.ts';

/** `options` adds to or overrides the explorer's (the client benchmark asks for the WebGL renderer so). */
export function createGraph(container: HTMLElement, options: cytoscape.CytoscapeOptions = {}): Core {
  return cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.15,
    maxZoom: 3,
    // Shift-drag draws a box that adds to the selection (a plain drag still pans); the store decides what is selected.
    boxSelectionEnabled: true,
    selectionType: 'single',
    // Text-heavy graphs redraw faster while panning with this on; the final frame is still crisp.
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    pixelRatio: 'auto',
    ...options,
  });
}

/**
 * Makes `cy` hold exactly these elements: updates the data of those that stay (labels change with the
 * language), removes the rest, adds the new ones next to a neighbour already on screen so that an
 * incremental layout starts from a sensible place. Returns the ids of the added nodes.
 */
export function syncElements(cy: Core, elements: readonly ElementDefinition[]): string[] {
  const wanted = new Set(elements.map((e) => String(e.data.id)));
  const added: string[] = [];
  cy.batch(() => {
    cy.elements().forEach((element) => {
      if (!wanted.has(element.id())) element.remove();
    });
    const fresh: ElementDefinition[] = [];
    for (const definition of elements) {
      const existing = cy.getElementById(String(definition.data.id));
      if (existing.nonempty()) existing.data(definition.data);
      else fresh.push(definition);
    }
    const freshNodes = fresh.filter((e) => e.group === 'nodes');
    const freshEdges = fresh.filter((e) => e.group === 'edges');
    cy.add(freshNodes);
    cy.add(freshEdges);
    markBulkEdges(cy);
    for (const definition of freshNodes) {
      const node = cy.getElementById(String(definition.data.id));
      added.push(node.id());
      const anchor = node
        .neighborhood()
        .nodes()
        .filter((n) => !freshNodes.some((f) => f.data.id === n.id()))[0];
      const base = anchor ? anchor.position() : { x: 0, y: 0 };
      const angle = Math.random() * 2 * Math.PI;
      node.position({ x: base.x + 60 * Math.cos(angle), y: base.y + 60 * Math.sin(angle) });
    }
  });
  return added;
}

/**
 * Runs a layout on the nodes on screen and resolves when it has settled. `incremental` keeps the current
 * positions as the start (after an expand), so the part of the graph the researcher was looking at does not
 * jump. (A graph's first drawing is placed before it is drawn: placeGraph.)
 */
export async function runLayout(cy: Core, name: LayoutName, compute: ComputeLayout, { incremental = false } = {}): Promise<void> {
  return moveToLayout(cy, name, compute, { incremental });
}

/** Selects an element (or nothing), and the nodes in `also` with it, and fades what is not connected to them. */
export function showSelection(cy: Core, id: string | null, { center = false, also = [] as readonly string[] } = {}): void {
  cy.batch(() => {
    cy.elements().removeClass('faded neighbour');
    cy.elements(':selected').unselect();
    const selected = [id, ...also].reduce((all, one) => (one ? all.union(cy.getElementById(one)) : all), cy.collection());
    if (selected.empty()) return;
    selected.select();
    let focus = cy.collection();
    selected.forEach((element) => {
      focus = focus.union(element.isEdge() ? (element as EdgeSingular).connectedNodes().union(element) : (element as NodeSingular).closedNeighborhood());
    });
    if (cy.elements().length > 12) cy.elements().not(focus).addClass('faded');
    focus.nodes().not(selected).addClass('neighbour');
  });
  if (center) {
    const element = cy.getElementById(id ?? '');
    if (element.nonempty()) {
      cy.animate({ center: { eles: element }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 350 });
    }
  }
}

/** A label is read comfortably from about this size on screen, in CSS pixels. */
export const READABLE_LABEL_PX = 12;
const READABLE_ZOOM = 1.2;

/**
 * Moves the view, in one animation, so that the node is at the centre of the canvas and its label is drawn at a
 * readable size (closer in if need be, never further out). Anything still animating (a fit after an expand) is
 * stopped first: two animations would fight over the view.
 */
export function centreOn(cy: Core, id: string, { duration = 350 } = {}): boolean {
  const node = cy.getElementById(id);
  if (node.empty()) return false;
  const fontSize = px(node.style('font-size'), 11);
  // Close enough that neighbours spread out (labels hidden to avoid overlap come back) and the label is big enough.
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.zoom(), READABLE_ZOOM, READABLE_LABEL_PX / fontSize));
  // The node's own centre, not its bounding box's (which takes in the label drawn below it).
  const at = (node as NodeSingular).position();
  const pan = { x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom };
  cy.stop(true, false);
  if (duration === 0) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, { duration });
  return true;
}

export function fitGraph(cy: Core): void {
  // Fitted with the labels' boxes, and never zoomed past reading size on a small graph.
  cy.animate(fittedViewport(cy), { duration: 300 });
}

export function nodePositions(cy: Core): Map<string, Position> {
  return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }] as const));
}

/** The node next to `fromId` in a direction, for moving the selection with arrow keys. */
export function nearestInDirection(cy: Core, fromId: string | null, direction: 'left' | 'right' | 'up' | 'down'): string | null {
  const nodes = cy.nodes(':visible');
  const from = fromId ? cy.getElementById(fromId) : null;
  if (!from || from.empty() || !from.isNode()) {
    // Start from the node nearest the centre of the view.
    const extent = cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    let best: NodeSingular | null = null;
    let bestDistance = Infinity;
    nodes.forEach((n) => {
      const d = Math.hypot(n.position().x - centre.x, n.position().y - centre.y);
      if (d < bestDistance) {
        bestDistance = d;
        best = n;
      }
    });
    return best ? (best as NodeSingular).id() : null;
  }
  const origin = from.position();
  const axis = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  nodes.forEach((n) => {
    if (n.id() === from.id()) return;
    const dx = n.position().x - origin.x;
    const dy = n.position().y - origin.y;
    const along = dx * (axis[0] ?? 0) + dy * (axis[1] ?? 0);
    if (along <= 0) return;
    const across = Math.abs(dx * (axis[1] ?? 0) - dy * (axis[0] ?? 0));
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n.id();
    }
  });
  return best;
}

/**
 * The whole graph as PNG at twice its size (less where that would pass 8000 px), and its width in graph units.
 * Drawn synchronously ('blob', not 'blob-promise'), so that withoutHighlight can put the selection back at once.
 */
export function pngImage(cy: Core): { blob: Blob; width: number } {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  return { blob, width: cy.elements().boundingBox().w };
}

const HIGHLIGHT_CLASSES = ['faded', 'neighbour', 'fresh'] as const;

/**
 * Runs `draw` on the graph as it is without the selection: nothing dimmed, nothing highlighted (a figure shows
 * the graph, not where the researcher clicked), then restores both before the screen redraws.
 */
export function withoutHighlight<T>(cy: Core, draw: () => T): T {
  const selected = cy.elements(':selected');
  const marked = HIGHLIGHT_CLASSES.map((name) => [name, cy.elements(`.${name}`)] as const);
  cy.batch(() => {
    selected.unselect();
    for (const [name, elements] of marked) elements.removeClass(name);
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      selected.select();
      for (const [name, elements] of marked) elements.addClass(name);
    });
  }
}

const px = (value: unknown, fallback: number) => {
  const n = Number.parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

/** What is on screen, resolved to colours and sizes, for the SVG serializer. */
export function svgSceneOf(cy: Core, title: string): SvgScene {
  const nodes: SvgNode[] = cy.nodes(':visible').map((n) => ({
    id: n.id(),
    x: n.position().x,
    y: n.position().y,
    width: n.width(),
    height: n.height(),
    shape: String(n.style('shape')),
    fill: String(n.style('background-color')),
    stroke: String(n.style('border-color')),
    strokeWidth: px(n.style('border-width'), 1),
    label: String(n.data('label') ?? ''),
    fontSize: px(n.style('font-size'), 11),
    labelWidth: px(n.style('text-max-width'), 120),
  }));
  const edges: SvgEdge[] = cy.edges(':visible').map((e) => {
    const control = e.controlPoints();
    const points = [e.sourceEndpoint(), ...(control?.length ? [control[0]!] : []), e.targetEndpoint()];
    return {
      id: e.id(),
      points: points.map((p) => ({ x: p.x, y: p.y })),
      color: String(e.style('line-color')),
      width: px(e.style('width'), 1),
      line: String(e.style('line-style')) as LineStyle,
      arrow: String(e.style('target-arrow-shape')) !== 'none',
      label: String(e.data('label') ?? ''),
      fontSize: px(e.style('font-size'), 9),
    };
  });
  return { title, nodes, edges, fontFamily: FONT_STACK, background: '#ffffff', padding: 30 };
}
