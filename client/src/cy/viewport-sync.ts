// The graph's viewport and the URL state: what the researcher does with the view (wheel, drag, pinch) is
// written to the store once it comes to rest, so that a shared link opens on the same place; a view the app
// sets by itself (a fit after a layout, centring on a search hit) is not, and a fit clears it.
import type { Core } from 'cytoscape';
import type { GraphViewport } from '../state/url-viewport.ts';
import type { Viewport } from './layouts.ts';

/** The view as the URL keeps it: zoom and the graph point at the centre of the canvas. */
export function viewportOf(cy: Core): GraphViewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
  return { zoom: round(zoom, 3), x: round((cy.width() / 2 - pan.x) / zoom, 1), y: round((cy.height() / 2 - pan.y) / zoom, 1) };
}

/** Cytoscape's zoom and pan for a kept view, in a canvas of this size. */
export function cyViewportOf(view: GraphViewport, size: { width: number; height: number }): Viewport {
  return { zoom: view.zoom, pan: { x: size.width / 2 - view.zoom * view.x, y: size.height / 2 - view.zoom * view.y } };
}

/**
 * Calls `onChange` with the view, `delayMs` after the researcher last moved it. A viewport change counts as theirs
 * while a pointer is down on the canvas or shortly after a wheel turn or the pointer's release (Cytoscape's
 * events do not say who moved the view).
 */
export function watchUserViewport(cy: Core, container: HTMLElement, onChange: (view: GraphViewport) => void, delayMs = 200): void {
  let pointerDown = false;
  let userUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const touched = () => {
    userUntil = performance.now() + 400;
  };
  // On the window, capturing: Cytoscape's own listeners on the container zoom (and send `viewport`) before any
  // listener of ours there would run.
  const onCanvas = (event: Event) => event.target instanceof Node && container.contains(event.target);
  window.addEventListener('wheel', (event) => onCanvas(event) && touched(), { capture: true, passive: true });
  window.addEventListener('pointerdown', (event) => {
    if (!onCanvas(event)) return;
    pointerDown = true;
    touched();
  }, { capture: true });
  window.addEventListener('pointerup', () => {
    if (!pointerDown) return;
    pointerDown = false;
    touched();
  }, { capture: true });
  cy.on('viewport', () => {
    if (!pointerDown && performance.now() > userUntil) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => onChange(viewportOf(cy)), delayMs);
  });
}
