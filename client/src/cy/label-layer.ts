// Keeps the graph's labels readable as the researcher zooms and pans: label sizes follow the zoom (the
// stylesheet is rebuilt for it, zoom-stylesheet.ts; on a large graph only the shown labels are, label-sizing.ts), and labels that would overlap a more important one are
// hidden (chooseShownLabels). Throttled, so an animated fit recomputes a few times a second, not per frame; a
// pan alone recomputes nothing (it moves every label alike), and on a large graph a zoom waits for the
// viewport to rest, since re-styling thousands of elements mid-gesture costs a frame of seconds each time.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { chooseLabelPlacements, DEFAULT_PLACEMENT, labelPriority, type LabelBox, type Obstacle, type PlacedBox } from './label-declutter.ts';
import { LARGE_GRAPH_NODES } from './layouts.ts';
import { clearLabelSizes, labelScale, sizeLabel, sizesLabelsByElement, type Placement } from './label-sizing.ts';
import { styleForZoom } from './zoom-stylesheet.ts';

const THROTTLE_MS = 120;
/**
 * On a large graph (LARGE_GRAPH_NODES), how long the viewport must rest after a zoom before labels are re-sized:
 * the labels shown or re-sized make Cytoscape redraw its texture of the whole graph, about half a second of
 * slow frames at 5,000 nodes, so a zoom followed soon by a drag waits until both are over.
 */
const REST_MS = 500;
/** The class of a label the layer hides (style.ts). */
export const LABEL_HIDDEN = 'label-hidden';
const HIDDEN = LABEL_HIDDEN;

export interface LabelLayer {
  /** Recompute soon (after elements, positions or the selection changed). */
  refresh(): void;
  /** Recompute now, before the next frame (after a first placement: that frame then shows the labels as they stay). */
  refreshNow(): void;
  /** Stop listening. */
  destroy(): void;
}

/** The box of an element's own label on screen, or null when it has none. */
export function renderedLabelBox(element: SingularElementReturnValue): Omit<LabelBox, 'id' | 'priority'> | null {
  if (!String(element.data('label') ?? '')) return null;
  const box = element.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true, includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false });
  return box.w > 0 && box.h > 0 ? { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 } : null;
}

/** Where a node's label may go, the default (below the node) first; classes in style.ts move it there. */
const PLACEMENTS = ['bottom', 'top', 'right', 'left'] as const satisfies readonly Placement[];
const PLACEMENT_CLASS: Record<Placement, string> = { bottom: 'label-bottom', top: 'label-top', right: 'label-right', left: 'label-left' };

type Rect = { x1: number; y1: number; x2: number; y2: number };

/**
 * The label's box in each placement, from where it is now: the same size, at the same distance from the node's
 * body (the stylesheet gives every placement the same margin). Bottom first, with placement 'default'. `scale`:
 * how much larger the label is to be drawn than it is now (a large graph's hidden labels keep a stale size).
 */
export function labelPlaces(box: Rect, current: Placement, body: Rect, scale = 1): PlacedBox[] {
  const w = (box.x2 - box.x1) * scale;
  const h = (box.y2 - box.y1) * scale;
  const gap = scale * { bottom: box.y1 - body.y2, top: body.y1 - box.y2, right: box.x1 - body.x2, left: body.x1 - box.x2 }[current];
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  return [
    { placement: DEFAULT_PLACEMENT, x1: cx - w / 2, y1: body.y2 + gap, x2: cx + w / 2, y2: body.y2 + gap + h },
    { placement: 'top', x1: cx - w / 2, y1: body.y1 - gap - h, x2: cx + w / 2, y2: body.y1 - gap },
    { placement: 'right', x1: body.x2 + gap, y1: cy - h / 2, x2: body.x2 + gap + w, y2: cy + h / 2 },
    { placement: 'left', x1: body.x1 - gap - w, y1: cy - h / 2, x2: body.x1 - gap, y2: cy + h / 2 },
  ];
}

/** A box grown `scale` times about its centre (an edge's label). */
function scaledAboutCentre(box: Rect, scale: number): Rect {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const [hw, hh] = [((box.x2 - box.x1) / 2) * scale, ((box.y2 - box.y1) / 2) * scale];
  return { x1: cx - hw, y1: cy - hh, x2: cx + hw, y2: cy + hh };
}

function focusOf(element: SingularElementReturnValue): 'selected' | 'neighbour' | null {
  if (element.selected()) return 'selected';
  // A path on show (path finder) is read like the selection's neighbourhood.
  return element.hasClass('neighbour') || element.hasClass('on-path') ? 'neighbour' : null;
}

export function attachLabelLayer(cy: Core): LabelLayer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The zoom the shown labels were chosen at; NaN before the first choice.
  let chosenAt = Number.NaN;
  // While the layer sets its own classes: those changes need no recompute (it would only find the same).
  let applying = false;

  const declutter = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    chosenAt = cy.zoom();
    // On a large graph the sheet stays: shown labels are sized one by one below, hidden ones scaled to their size here.
    const byElement = sizesLabelsByElement(cy.nodes().length);
    if (!byElement) {
      clearLabelSizes(cy);
      styleForZoom(cy, chosenAt);
    }
    const boxes: LabelBox[] = [];
    const obstacles: Obstacle[] = [];
    // Degrees in one pass over the edges: a collection of connected edges per node costs more on a large graph.
    const degrees = new Map<string, number>();
    cy.edges().forEach((edge) => {
      for (const end of [edge.data('source') as string, edge.data('target') as string]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
    });
    cy.elements().forEach((element) => {
      const isNode = element.group() === 'nodes';
      const priority = labelPriority({
        type: isNode ? String(element.data('type')) : 'EDGE',
        category: element.data('category') as string | undefined,
        degree: isNode ? (degrees.get(element.id()) ?? 0) : 0,
        focus: focusOf(element),
      });
      // Node bodies are obstacles: a label may cover its own node, not another that matters as much.
      if (isNode) {
        const body = element.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        obstacles.push({ owner: element.id(), priority, x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 });
      }
      const drawn = renderedLabelBox(element);
      if (!drawn) return;
      const scale = byElement ? labelScale(cy, element) : 1;
      if (!isNode) return void boxes.push({ id: element.id(), priority, ...scaledAboutCentre(drawn, scale) });
      const body = obstacles.at(-1)!;
      const [bottom, ...alternatives] = labelPlaces(drawn, PLACEMENTS.find((p) => element.hasClass(PLACEMENT_CLASS[p])) ?? 'bottom', body, scale);
      boxes.push({ id: element.id(), priority, ...bottom!, alternatives });
    });
    const placements = chooseLabelPlacements(boxes, 2, obstacles);
    applying = true;
    try {
      cy.batch(() => {
        cy.elements().forEach((element) => {
          const placement = placements.get(element.id());
          const hide = placement === undefined;
          if (hide !== element.hasClass(HIDDEN)) element.toggleClass(HIDDEN, hide);
          for (const name of PLACEMENTS) {
            const wanted = placement === name && name !== 'bottom';
            if (wanted !== element.hasClass(PLACEMENT_CLASS[name])) element.toggleClass(PLACEMENT_CLASS[name], wanted);
          }
          if (byElement && !hide) sizeLabel(cy, element, element.isNode() ? (PLACEMENTS.find((p) => p === placement) ?? 'bottom') : null);
        });
      });
    } finally {
      applying = false;
    }
  };

  const schedule = () => {
    // A recompute already pending (throttled, or waiting for the viewport to rest) will see this change too.
    if (timer || applying) return;
    timer = setTimeout(declutter, THROTTLE_MS);
  };
  const onViewport = () => {
    // Panning moves every label by the same offset: the same labels fit, in the same places.
    if (!timer && cy.zoom() === chosenAt) return;
    if (cy.nodes().length <= LARGE_GRAPH_NODES) return schedule();
    // On a large graph any pan or zoom while a recompute waits pushes it back: the gesture is not over.
    if (timer) clearTimeout(timer);
    timer = setTimeout(declutter, REST_MS);
  };

  // The selection's neighbourhood is marked by class (`neighbour`), which ranks its labels higher.
  const EVENTS = 'resize add remove data position select unselect class';
  cy.on(EVENTS, schedule);
  cy.on('viewport', onViewport);

  // A tooltip with the full name, or an obligation's clause and gist.
  const container = cy.container();
  cy.on('mouseover', 'node, edge', (event) => {
    const title = String(event.target.data('tooltip') ?? event.target.data('label') ?? '');
    if (container) container.title = title;
  });
  cy.on('mouseout', 'node, edge', () => {
    if (container) container.removeAttribute('title');
  });

  return {
    refresh: schedule,
    refreshNow: declutter,
    destroy: () => {
      if (timer) clearTimeout(timer);
      cy.off(EVENTS, schedule);
      cy.off('viewport', onViewport);
    },
  };
}
