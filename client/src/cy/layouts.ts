// Layout options as data, and the viewport that fits a laid-out graph. The force-directed default (fcose)
// reads the graph's structure; concentric puts the governing bodies in the middle; hierarchical places the
// institutional tiers top-down (both tiered-positions.ts).
import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/url-state.ts';
import type { Position } from './tiered-positions.ts';

/**
 * Above this many nodes the force layout is not run: fcose's force pass grows with the square of the nodes
 * (5,000 nodes did not finish in 90 s), and even its spectral draft takes seconds and leaves the nodes in a
 * heap. A graph this large is first placed by its tiers instead (tieredPositions), in well under a second.
 */
export const LARGE_GRAPH_NODES = 1500;

/**
 * fcose, computed in the layout worker (numbers only: options cross a worker boundary). `randomize: false`
 * when nodes were added to a laid-out graph, so that what the researcher already looked at stays roughly in
 * place; `quality: 'default'` is the spectral pass plus incremental refinement.
 */
export function fcoseOptions(incremental: boolean): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: 4000,
    idealEdgeLength: 55,
    nodeSeparation: 60,
    edgeElasticity: 0.45,
    nestingFactor: 0.1,
    gravity: 0.6,
    gravityRange: 3.0,
    numIter: 2500,
    tile: true,
    tilingPaddingVertical: 12,
    tilingPaddingHorizontal: 12,
  };
}

/** Positions computed beforehand, moved to with an animation (a change of layout, an expand); the viewport is set apart. */
export function presetOptions(positions: ReadonlyMap<string, Position>, animate: boolean): LayoutOptions {
  return {
    name: 'preset',
    positions: (node: NodeSingular) => positions.get(node.id()) ?? { ...node.position() },
    animate,
    animationDuration: 450,
    fit: false,
  } as LayoutOptions;
}

export const FIT_PADDING = 40;

/** A box relative to a node's position. */
export interface NodeBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * What a node covers on screen, relative to its position: its body, in graph units (it scales with the zoom),
 * and its box with the label, in screen pixels (labels are sized to read the same at any zoom: style.ts).
 */
export interface NodeExtent {
  body: NodeBox;
  label: NodeBox;
}

export interface Viewport {
  zoom: number;
  pan: Position;
}

/** The rendered extent of the graph along one axis at a zoom, relative to the origin's screen position. */
function spanAt(zoom: number, extents: readonly (readonly [number, number, number, number, number])[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const [p, bodyLow, bodyHigh, labelLow, labelHigh] of extents) {
    low = Math.min(low, p * zoom + Math.min(bodyLow * zoom, labelLow));
    high = Math.max(high, p * zoom + Math.max(bodyHigh * zoom, labelHigh));
  }
  return [low, high];
}

/**
 * The largest zoom (within the limits) at which every node, label included, lies inside a canvas of this size
 * with `padding` to spare, and the pan that centres the graph. Labels keep their size on screen as the zoom
 * changes while positions and bodies scale, so the zoom is searched for rather than divided out. Computed
 * from the positions a layout is about to apply, so that the viewport is set in the same step as they are.
 */
export function fitViewport(
  extents: ReadonlyMap<string, NodeExtent>,
  positions: ReadonlyMap<string, Position>,
  size: { width: number; height: number },
  { padding = FIT_PADDING, minZoom = 0.15, maxZoom = 1.3 } = {},
): Viewport {
  const fallback: NodeExtent = { body: { x1: -10, y1: -10, x2: 10, y2: 10 }, label: { x1: -10, y1: -10, x2: 10, y2: 10 } };
  const xs: [number, number, number, number, number][] = [];
  const ys: [number, number, number, number, number][] = [];
  for (const [id, p] of positions) {
    const { body, label } = extents.get(id) ?? fallback;
    xs.push([p.x, body.x1, body.x2, label.x1, label.x2]);
    ys.push([p.y, body.y1, body.y2, label.y1, label.y2]);
  }
  if (!xs.length) return { zoom: 1, pan: { x: size.width / 2, y: size.height / 2 } };
  const room = { width: Math.max(1, size.width - 2 * padding), height: Math.max(1, size.height - 2 * padding) };
  const fits = (zoom: number) => {
    const [x1, x2] = spanAt(zoom, xs);
    const [y1, y2] = spanAt(zoom, ys);
    return x2 - x1 <= room.width && y2 - y1 <= room.height;
  };
  let zoom = minZoom;
  if (fits(maxZoom)) zoom = maxZoom;
  else if (fits(minZoom)) {
    // The extent grows with the zoom: bisect between a zoom that fits and one that does not.
    let low = minZoom;
    let high = maxZoom;
    for (let i = 0; i < 30; i++) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    zoom = low;
  }
  const [x1, x2] = spanAt(zoom, xs);
  const [y1, y2] = spanAt(zoom, ys);
  return { zoom, pan: { x: size.width / 2 - (x1 + x2) / 2, y: size.height / 2 - (y1 + y2) / 2 } };
}

export const LAYOUT_LABEL_KEYS = {
  fcose: 'layoutFcose',
  concentric: 'layoutConcentric',
  hierarchical: 'layoutHierarchical',
} as const satisfies Record<LayoutName, string>;
