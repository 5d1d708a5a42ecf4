// Sends fcose work to the layout worker and answers with positions. If workers are unavailable (or the worker
// fails), the same layout runs on the main thread instead, with fcose loaded on demand.
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import type { Position } from './tiered-positions.ts';

export type ComputeLayout = (cy: Core, options: Record<string, unknown>) => Promise<Map<string, Position>>;

export function requestOf(cy: Core, id: number, options: Record<string, unknown>, withPositions: boolean): LayoutRequest {
  return {
    id,
    nodes: cy.nodes().map((n) => {
      const box = n.boundingBox({ includeLabels: true, includeOverlays: false });
      return { id: n.id(), w: Math.max(1, box.w), h: Math.max(1, box.h), ...(withPositions ? { position: { ...n.position() } } : {}) };
    }),
    edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    options,
  };
}

async function onMainThread(cy: Core, options: Record<string, unknown>): Promise<Map<string, Position>> {
  // Cytoscape itself is in the main bundle already; only the fcose extension is worth loading on demand.
  const { default: fcose } = await import('cytoscape-fcose');
  cytoscape.use(fcose);
  const request = requestOf(cy, 0, options, options.randomize === false);
  const scratch = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
    elements: [
      ...request.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, w: n.w, h: n.h }, position: n.position ?? { x: 0, y: 0 } })),
      ...request.edges.map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target } })),
    ],
  });
  scratch.layout({ ...options, animate: false, fit: false } as LayoutOptions).run();
  const positions = new Map(scratch.nodes().map((n) => [n.id(), { ...n.position() }] as const));
  scratch.destroy();
  return positions;
}

export function createLayoutRunner(): ComputeLayout {
  let worker: Worker | null = null;
  let broken = false;
  let next = 1;
  const pending = new Map<number, (response: LayoutResponse) => void>();

  const getWorker = (): Worker | null => {
    if (broken) return null;
    if (!worker) {
      try {
        worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = ({ data }: MessageEvent<LayoutResponse>) => {
          pending.get(data.id)?.(data);
          pending.delete(data.id);
        };
        worker.onerror = () => {
          broken = true;
          for (const [id, resolve] of pending) resolve({ id, positions: [], error: 'worker failed' });
          pending.clear();
        };
      } catch {
        broken = true;
        return null;
      }
    }
    return worker;
  };

  return async (cy, options) => {
    const target = getWorker();
    if (!target) return onMainThread(cy, options);
    const id = next++;
    const request = requestOf(cy, id, options, options.randomize === false);
    const response = await new Promise<LayoutResponse>((resolve) => {
      pending.set(id, resolve);
      target.postMessage(request);
    });
    if (response.error) return onMainThread(cy, options);
    return new Map(response.positions.map(([nodeId, x, y]) => [nodeId, { x, y }]));
  };
}
