// Which zoom a `cy`'s stylesheet sizes its labels for (style.ts gives label sizes in screen pixels): the label
// layer re-sizes them as the researcher zooms, and a first placement sizes them for the zoom it will be drawn at
// before its elements are added, so that its first frame is not drawn twice.
import type { Core } from 'cytoscape';
import { buildStylesheet } from './style.ts';

/** A zoom change smaller than this keeps the current label sizes (a new sheet restyles every element). */
export const ZOOM_STEP = 0.04;

const styledZooms = new WeakMap<Core, number>();

/** The zoom `cy`'s labels are sized for (createGraph's sheet: 1). */
export function styledZoom(cy: Core): number {
  return styledZooms.get(cy) ?? 1;
}

/** Sizes the labels for `zoom` unless they already are, within ZOOM_STEP. Returns whether the sheet changed. */
export function styleForZoom(cy: Core, zoom: number): boolean {
  const current = styledZoom(cy);
  if (Math.abs(zoom - current) / current <= ZOOM_STEP) return false;
  styledZooms.set(cy, zoom);
  cy.style(buildStylesheet({ zoom }));
  return true;
}
