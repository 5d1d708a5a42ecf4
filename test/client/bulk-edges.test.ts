// A graph above LARGE_GRAPH_NODES draws its edges cheaply (style.ts `edge.bulk`), and goes back when it shrinks.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { markBulkEdges } from '../../client/src/cy/layout-placement.ts';
import { LARGE_GRAPH_NODES } from '../../client/src/cy/layouts.ts';
import { buildStylesheet } from '../../client/src/cy/style.ts';

function chain(n: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  cy.add(Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}`, label: '' } })));
  cy.add(Array.from({ length: n - 1 }, (_, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}`, label: '' } })));
  return cy;
}

describe('markBulkEdges', () => {
  it('draws the edges of a large graph straight, without arrows, and restores them when it shrinks', () => {
    const cy = chain(LARGE_GRAPH_NODES + 1);
    markBulkEdges(cy);
    expect(cy.edges('.bulk').length).toBe(cy.edges().length);
    const edge = cy.edges()[0]!;
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    // No pointer events: a drag that starts on an edge makes it :active, and Cytoscape then redraws the whole graph's texture.
    expect(edge.style('events')).toBe('no');
    // Dashed and dotted lines cost the software canvas far more than solid ones, at every frame.
    cy.edges().data('type', 'MEMBER_OF');
    expect(cy.edges().filter((e) => e.style('line-style') !== 'solid').length).toBe(0);
    cy.nodes().slice(0, 2).remove();
    markBulkEdges(cy);
    expect(cy.edges('.bulk').length).toBe(0);
    expect(cy.edges()[0]!.style('curve-style')).toBe('bezier');
    expect(cy.edges()[0]!.style('events')).toBe('yes');
    expect(cy.edges()[0]!.style('line-style')).not.toBe('solid');
  });

  it('leaves a graph of the regulation’s size as it is', () => {
    const cy = chain(120);
    markBulkEdges(cy);
    expect(cy.edges('.bulk').length).toBe(0);
  });
});
