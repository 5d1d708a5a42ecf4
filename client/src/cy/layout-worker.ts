// Runs the force-directed layout (fcose) off the main thread: a headless Cytoscape with the nodes' measured
// sizes computes positions, which the page then animates to. A few hundred nodes take up to a second of
// pure computation, which would otherwise freeze scrolling, typing and the spinner.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

cytoscape.use(fcose);

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = ({ data: request }) => {
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
      elements: [
        ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: n.position ?? { x: 0, y: 0 } })),
        ...request.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
      ],
    });
    const layout = cy.layout({ ...request.options, animate: false, fit: false } as cytoscape.LayoutOptions);
    layout.run();
    const positions: LayoutResponse['positions'] = cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]);
    scope.postMessage({ id: request.id, positions });
    cy.destroy();
  } catch (error) {
    scope.postMessage({ id: request.id, positions: [], error: error instanceof Error ? error.message : String(error) });
  }
};
