// The force-directed layout (fcose) as a function of a LayoutRequest: a headless Cytoscape holding the nodes
// at their measured sizes. Runs in the layout worker, or on the main thread when there is no worker; both
// give the same positions for the same request, because Math.random is seeded while fcose runs.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import { withSeededRandom } from './seeded-random.ts';

cytoscape.use(fcose);

export function computeForceLayout(request: LayoutRequest): LayoutResponse['positions'] {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
    elements: [
      ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: n.position ?? { x: 0, y: 0 } })),
      ...request.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  try {
    withSeededRandom(request.seed, () => cy.layout({ ...request.options, animate: false, fit: false } as LayoutOptions).run());
    return cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]);
  } finally {
    cy.destroy();
  }
}
