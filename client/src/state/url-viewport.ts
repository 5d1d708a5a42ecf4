// The graph's viewport in the URL: `z=1.25&c=120.5,-40`, the zoom and the graph point at the centre of the
// canvas (rather than Cytoscape's pan, which is in screen pixels: the same link then shows the same place in a
// window of another size). Pure, like url-state.ts, which it belongs to.

export interface GraphViewport {
  zoom: number;
  x: number;
  y: number;
}

export const ZOOM_PARAM = 'z';
export const CENTRE_PARAM = 'c';

// Zoom to a thousandth and the centre to a tenth of a graph unit: finer is invisible, and keeps the link short.
const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The two `key=value` parts of a viewport. */
export function encodeViewport(view: GraphViewport): string[] {
  return [`${ZOOM_PARAM}=${roundTo(view.zoom, 3)}`, `${CENTRE_PARAM}=${roundTo(view.x, 1)},${roundTo(view.y, 1)}`];
}

/** Both parameters must be there and numbers, the zoom positive; anything else is no viewport (fit the graph). */
export function decodeViewport(zoomText: string | null, centreText: string | null): GraphViewport | null {
  const zoom = Number(zoomText);
  const [x, y, ...rest] = (centreText ?? '').split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if (!zoomText || !Number.isFinite(zoom) || zoom <= 0 || zoom > 100 || rest.length || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { zoom: roundTo(zoom, 3), x: roundTo(x!, 1), y: roundTo(y!, 1) };
}
