// Labels are sized in screen pixels: the sheet is rebuilt for a new zoom, and kept for a zoom within ZOOM_STEP.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildStylesheet, LABEL_PX } from '../../client/src/cy/style.ts';
import { styledZoom, styleForZoom, ZOOM_STEP } from '../../client/src/cy/zoom-stylesheet.ts';

describe('styleForZoom', () => {
  it('sizes the labels for the zoom asked, and keeps them within ZOOM_STEP of it', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    cy.add({ group: 'nodes', data: { id: 'a', label: 'a', type: 'ACTOR', category: 'DEPARTMENT' } });
    expect(styledZoom(cy)).toBe(1);
    expect(styleForZoom(cy, 0.5)).toBe(true);
    expect(styledZoom(cy)).toBe(0.5);
    expect(Number.parseFloat(cy.$id('a').style('font-size'))).toBeCloseTo(LABEL_PX.node / 0.5);
    expect(styleForZoom(cy, 0.5 * (1 + ZOOM_STEP / 2))).toBe(false);
    expect(styledZoom(cy)).toBe(0.5);
    expect(styleForZoom(cy, 1)).toBe(true);
    expect(Number.parseFloat(cy.$id('a').style('font-size'))).toBeCloseTo(LABEL_PX.node);
  });
});
