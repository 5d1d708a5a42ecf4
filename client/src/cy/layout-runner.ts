// Sends fcose work to the layout worker and answers with positions. If workers are unavailable (or the worker
// fails), the same computation runs on the main thread instead, loaded on demand. The request is normalised
// first (nodes by id, edges by their ends) and seeded, so that one graph always gets one picture.
import type { LayoutNode, LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import { seedOf } from './seeded-random.ts';
import type { Position } from './tiered-positions.ts';

export interface ForceLayoutInput {
  nodes: readonly LayoutNode[];
  edges: readonly { source: string; target: string }[];
  options: Record<string, unknown>;
}

export type ComputeLayout = (input: ForceLayoutInput) => Promise<Map<string, Position>>;

export interface LayoutRunner {
  compute: ComputeLayout;
  /** Starts the worker (and so the download and parse of its code) before the first layout is asked for. */
  warm(): void;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const edgeKey = (e: { source: string; target: string }) => `${e.source}\u0000${e.target}`;

export function requestOf(id: number, input: ForceLayoutInput): LayoutRequest {
  const nodes = [...input.nodes].sort(byId);
  const edges = input.edges.map((e) => ({ source: e.source, target: e.target })).sort((a, b) => (edgeKey(a) < edgeKey(b) ? -1 : edgeKey(a) > edgeKey(b) ? 1 : 0));
  return { id, nodes, edges, options: input.options, seed: seedOf(nodes.map((n) => n.id).join('\n')) };
}

const toMap = (positions: LayoutResponse['positions']) => new Map(positions.map(([nodeId, x, y]) => [nodeId, { x, y }]));

async function onMainThread(request: LayoutRequest): Promise<Map<string, Position>> {
  const { computeForceLayout } = await import('./force-layout.ts');
  return toMap(computeForceLayout(request));
}

export function createLayoutRunner(): LayoutRunner {
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

  return {
    warm: () => void getWorker(),
    compute: async (input) => {
      const request = requestOf(next++, input);
      const target = getWorker();
      if (!target) return onMainThread(request);
      const response = await new Promise<LayoutResponse>((resolve) => {
        pending.set(request.id, resolve);
        target.postMessage(request);
      });
      if (response.error) return onMainThread(request);
      return toMap(response.positions);
    },
  };
}
