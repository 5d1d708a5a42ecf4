// A large graph's labels are sized one by one (label-sizing.ts): the shown ones get a bypass for the zoom, the
// sheet and every other element are left alone, and a hidden label's box is scaled to the size it would have.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { labelPlaces } from '../../client/src/cy/label-layer.ts';
import { clearLabelSizes, labelBypass, labelScale, needsResize, sizeLabel, sizesLabelsByElement } from '../../client/src/cy/label-sizing.ts';
import { LARGE_GRAPH_NODES } from '../../client/src/cy/layouts.ts';
import { buildStylesheet, LABEL_PX } from '../../client/src/cy/style.ts';
import { styledZoom, styleForZoom, ZOOM_STEP } from '../../client/src/cy/zoom-stylesheet.ts';

const fontSize = (cy: cytoscape.Core, id: string) => Number.parseFloat(String(cy.$id(id).style('font-size')));

function graph() {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  cy.add([
    { group: 'nodes', data: { id: 'a', label: 'a', type: 'ACTOR', category: 'DEPARTMENT' } },
    { group: 'nodes', data: { id: 'b', label: 'b', type: 'ACTOR', category: 'DEPARTMENT' } },
  ]);
  styleForZoom(cy, 0.5);
  return cy;
}

describe('label sizing by element', () => {
  it('is for graphs above LARGE_GRAPH_NODES only', () => {
    expect(sizesLabelsByElement(LARGE_GRAPH_NODES)).toBe(false);
    expect(sizesLabelsByElement(LARGE_GRAPH_NODES + 1)).toBe(true);
  });

  it('gives a label its screen size at the zoom, with the margin on the side of its placement', () => {
    const style = labelBypass({ fontPx: 13, maxWidthPx: 140 }, 0.5, 'top');
    expect(style).toMatchObject({ 'font-size': 26, 'text-max-width': '280px', 'text-margin-x': 0, 'text-margin-y': -6, 'text-background-padding': '2px' });
    expect(labelBypass({ fontPx: 11, maxWidthPx: null }, 2, null)).toEqual({ 'font-size': 5.5, 'text-background-padding': '0.5px' });
    expect(needsResize(1, 1 + ZOOM_STEP / 2)).toBe(false);
    expect(needsResize(1, 1 + ZOOM_STEP * 2)).toBe(true);
  });

  it('re-sizes the label it is asked to and leaves the sheet and the other labels as they are', () => {
    const cy = graph();
    cy.zoom(1);
    expect(labelScale(cy, cy.$id('a'))).toBeCloseTo(0.5);
    sizeLabel(cy, cy.$id('a'), 'bottom');
    expect(fontSize(cy, 'a')).toBeCloseTo(LABEL_PX.node);
    expect(labelScale(cy, cy.$id('a'))).toBeCloseTo(1);
    expect(fontSize(cy, 'b')).toBeCloseTo(LABEL_PX.node / 0.5);
    expect(styledZoom(cy)).toBe(0.5);
    // Within ZOOM_STEP the bypass stays; another placement moves its margin.
    cy.zoom(1 + ZOOM_STEP / 2);
    sizeLabel(cy, cy.$id('a'), 'bottom');
    expect(fontSize(cy, 'a')).toBeCloseTo(LABEL_PX.node);
    sizeLabel(cy, cy.$id('a'), 'right');
    expect(Number.parseFloat(String(cy.$id('a').style('text-margin-x')))).toBeGreaterThan(0);
    clearLabelSizes(cy);
    expect(fontSize(cy, 'a')).toBeCloseTo(LABEL_PX.node / 0.5);
    expect(labelScale(cy, cy.$id('a'))).toBeCloseTo(0.5 / cy.zoom());
  });

  it('sets no bypass where the sheet already sizes the label for the zoom', () => {
    const cy = graph();
    cy.zoom(0.5);
    sizeLabel(cy, cy.$id('a'), 'left');
    expect(cy.$id('a').scratch('regatlasLabelSize')).toBeUndefined();
  });

  it('scales a label box about its node, gap included', () => {
    const body = { x1: 0, y1: 0, x2: 10, y2: 10 };
    const [bottom, top] = labelPlaces({ x1: -5, y1: 12, x2: 15, y2: 16 }, 'bottom', body, 2);
    expect(bottom).toMatchObject({ x1: -15, y1: 14, x2: 25, y2: 22 });
    expect(top).toMatchObject({ x1: -15, y1: -12, x2: 25, y2: -4 });
  });
});
