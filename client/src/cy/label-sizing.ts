// How labels keep their size on screen as the zoom changes (style.ts gives label sizes in screen pixels).
// A small graph rebuilds its stylesheet for the zoom (zoom-stylesheet.ts), which restyles every element. On a
// large graph (LARGE_GRAPH_NODES) that restyle took seconds a zoom step and threw away every texture Cytoscape
// had cached, so panning stuttered for seconds after each zoom: there the sheet stays at the zoom the graph was
// placed at, and only the labels on show (a few hundred of 15,000 elements) get their sizes for the zoom, as a
// style bypass. A hidden label keeps its stale size; its box is scaled to what it would be (labelScale).
import type { Core, SingularElementArgument } from 'cytoscape';
import { LARGE_GRAPH_NODES } from './layouts.ts';
import { styledZoom, ZOOM_STEP } from './zoom-stylesheet.ts';

/** Where a node's label is drawn (label-layer.ts moves it there by class; style.ts's margins, 3 px on every side). */
export type Placement = 'bottom' | 'top' | 'right' | 'left';

/** A label's size in screen pixels: the same at any zoom. */
export interface LabelSize {
  fontPx: number;
  /** Wrapping width (nodes only). */
  maxWidthPx: number | null;
}

/** What a label's bypass is for: its size, the zoom and the placement (the margins point away from the node). */
interface Sized {
  size: LabelSize;
  zoom: number;
  placement: Placement | null;
}

const SCRATCH = 'regatlasLabelSize';
/** style.ts: the label's distance from its node's body and its background's padding, in screen pixels. */
const MARGIN_PX = 3;
const PADDING_PX = 1;

/** Whether `cy` sizes its labels one by one (large graph) rather than by rebuilding the sheet. */
export function sizesLabelsByElement(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH_NODES;
}

/** The style bypass that draws a label of this size at this zoom, in this placement (null: an edge's label). */
export function labelBypass(size: LabelSize, zoom: number, placement: Placement | null): Record<string, string | number> {
  const at = (px: number) => px / zoom;
  const style: Record<string, string | number> = { 'font-size': at(size.fontPx), 'text-background-padding': `${at(PADDING_PX)}px` };
  if (size.maxWidthPx !== null) style['text-max-width'] = `${at(size.maxWidthPx)}px`;
  if (placement !== null) {
    const [x, y] = ({ bottom: [0, MARGIN_PX], top: [0, -MARGIN_PX], right: [MARGIN_PX, 0], left: [-MARGIN_PX, 0] } as const)[placement];
    style['text-margin-x'] = at(x);
    style['text-margin-y'] = at(y);
  }
  return style;
}

/** Whether a label sized for `sizedFor` must be re-sized at `zoom` (beyond ZOOM_STEP, as the sheet is). */
export function needsResize(sizedFor: number, zoom: number): boolean {
  return Math.abs(zoom - sizedFor) / sizedFor > ZOOM_STEP;
}

const sizedOf = (element: SingularElementArgument): Sized | undefined => element.scratch(SCRATCH) as Sized | undefined;

/** The zoom an element's label is sized for now: its bypass's, or the sheet's. */
export function labelZoom(cy: Core, element: SingularElementArgument): number {
  return sizedOf(element)?.zoom ?? styledZoom(cy);
}

/** How much larger the label should be drawn than it is now: its box on screen times this is its box at its intended size. */
export function labelScale(cy: Core, element: SingularElementArgument): number {
  return labelZoom(cy, element) / cy.zoom();
}

/** The label's size in screen pixels, read from the style it has now. */
function sizeOf(cy: Core, element: SingularElementArgument): LabelSize {
  const known = sizedOf(element);
  if (known) return known.size;
  const zoom = styledZoom(cy);
  const fontPx = Number.parseFloat(String(element.style('font-size'))) * zoom;
  return { fontPx, maxWidthPx: element.isNode() ? Number.parseFloat(String(element.style('text-max-width'))) * zoom : null };
}

/**
 * Sizes a shown label for the current zoom and its placement, unless it already is: a restyle of this one
 * element. Call inside cy.batch() for many.
 */
export function sizeLabel(cy: Core, element: SingularElementArgument, placement: Placement | null): void {
  const zoom = cy.zoom();
  const known = sizedOf(element);
  if (known && known.placement === placement && !needsResize(known.zoom, zoom)) return;
  // A label the sheet already sizes for this zoom needs no bypass (its placement class has the sheet's margins).
  if (!known && !needsResize(styledZoom(cy), zoom)) return;
  const size = sizeOf(cy, element);
  element.style(labelBypass(size, zoom, placement));
  element.scratch(SCRATCH, { size, zoom, placement } satisfies Sized);
  cy.scratch(SCRATCH, true);
}

/** Drops every label bypass (the graph is small again: the sheet sizes its labels). */
export function clearLabelSizes(cy: Core): void {
  // Called on every label refresh of a small graph: only scan the elements if a bypass was ever set on this graph.
  if (!cy.scratch(SCRATCH)) return;
  cy.removeScratch(SCRATCH);
  const sized = cy.elements().filter((element) => sizedOf(element) !== undefined);
  if (sized.empty()) return;
  cy.batch(() => {
    sized.forEach((element) => {
      const known = sizedOf(element)!;
      element.removeStyle(Object.keys(labelBypass(known.size, 1, known.placement)).join(' '));
      element.removeScratch(SCRATCH);
    });
  });
}
