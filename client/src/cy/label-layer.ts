// Keeps the graph's labels readable as the researcher zooms and pans: label sizes follow the zoom (the
// stylesheet is rebuilt for it), and labels that would overlap a more important one are hidden
// (chooseShownLabels). Throttled, so a pan or an animated fit recomputes a few times a second, not per frame.
import type { Core, SingularElementReturnValue } from 'cytoscape';
import { chooseLabelPlacements, DEFAULT_PLACEMENT, labelPriority, type LabelBox, type Obstacle, type PlacedBox } from './label-declutter.ts';
import { buildStylesheet } from './style.ts';

const THROTTLE_MS = 120;
/** A zoom change smaller than this keeps the current label sizes (rebuilding the sheet restyles every element). */
const ZOOM_STEP = 0.04;
const HIDDEN = 'label-hidden';

export interface LabelLayer {
  /** Recompute now (after elements, positions or the selection changed). */
  refresh(): void;
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
const PLACEMENTS = ['bottom', 'top', 'right', 'left'] as const;
type Placement = (typeof PLACEMENTS)[number];
const PLACEMENT_CLASS: Record<Placement, string> = { bottom: 'label-bottom', top: 'label-top', right: 'label-right', left: 'label-left' };

type Rect = { x1: number; y1: number; x2: number; y2: number };

/**
 * The label's box in each placement, from where it is now: the same size, at the same distance from the node's
 * body (the stylesheet gives every placement the same margin). Bottom first, with placement 'default'.
 */
export function labelPlaces(box: Rect, current: Placement, body: Rect): PlacedBox[] {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const gap = { bottom: box.y1 - body.y2, top: body.y1 - box.y2, right: box.x1 - body.x2, left: body.x1 - box.x2 }[current];
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  return [
    { placement: DEFAULT_PLACEMENT, x1: cx - w / 2, y1: body.y2 + gap, x2: cx + w / 2, y2: body.y2 + gap + h },
    { placement: 'top', x1: cx - w / 2, y1: body.y1 - gap - h, x2: cx + w / 2, y2: body.y1 - gap },
    { placement: 'right', x1: body.x2 + gap, y1: cy - h / 2, x2: body.x2 + gap + w, y2: cy + h / 2 },
    { placement: 'left', x1: body.x1 - gap - w, y1: cy - h / 2, x2: body.x1 - gap, y2: cy + h / 2 },
  ];
}

function focusOf(element: SingularElementReturnValue): 'selected' | 'neighbour' | null {
  if (element.selected()) return 'selected';
  // A path on show (path finder) is read like the selection's neighbourhood.
  return element.hasClass('neighbour') || element.hasClass('on-path') ? 'neighbour' : null;
}

export function attachLabelLayer(cy: Core): LabelLayer {
  let styledZoom = 1;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const declutter = () => {
    const zoom = cy.zoom();
    if (Math.abs(zoom - styledZoom) / styledZoom > ZOOM_STEP) {
      styledZoom = zoom;
      cy.style(buildStylesheet({ zoom }));
    }
    const boxes: LabelBox[] = [];
    const obstacles: Obstacle[] = [];
    cy.elements().forEach((element) => {
      const isNode = element.group() === 'nodes';
      const priority = labelPriority({
        type: isNode ? String(element.data('type')) : 'EDGE',
        category: element.data('category') as string | undefined,
        degree: isNode ? element.connectedEdges().length : 0,
        focus: focusOf(element),
      });
      // Node bodies are obstacles: a label may cover its own node, not another that matters as much.
      if (isNode) {
        const body = element.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        obstacles.push({ owner: element.id(), priority, x1: body.x1, y1: body.y1, x2: body.x2, y2: body.y2 });
      }
      const box = renderedLabelBox(element);
      if (!box) return;
      if (!isNode) return void boxes.push({ id: element.id(), priority, ...box });
      const body = obstacles.at(-1)!;
      const [bottom, ...alternatives] = labelPlaces(box, PLACEMENTS.find((p) => element.hasClass(PLACEMENT_CLASS[p])) ?? 'bottom', body);
      boxes.push({ id: element.id(), priority, ...bottom!, alternatives });
    });
    const placements = chooseLabelPlacements(boxes, 2, obstacles);
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const placement = placements.get(element.id());
        const hide = placement === undefined;
        if (hide !== element.hasClass(HIDDEN)) element.toggleClass(HIDDEN, hide);
        for (const name of PLACEMENTS) {
          const wanted = placement === name && name !== 'bottom';
          if (wanted !== element.hasClass(PLACEMENT_CLASS[name])) element.toggleClass(PLACEMENT_CLASS[name], wanted);
        }
      });
    });
  };

  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      declutter();
    }, THROTTLE_MS);
  };

  // The selection's neighbourhood is marked by class (`neighbour`), which ranks its labels higher.
  const EVENTS = 'viewport resize add remove data position select unselect class';
  cy.on(EVENTS, schedule);

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
    destroy: () => {
      if (timer) clearTimeout(timer);
      cy.off(EVENTS, schedule);
    },
  };
}
