// Runs the force-directed layout (fcose) off the main thread: a few hundred nodes take up to a second of pure
// computation, which would otherwise freeze scrolling, typing and the spinner. The page starts this worker
// while the graph's data loads, so that its code is parsed by the time the first layout is asked for.
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import { computeForceLayout } from './force-layout.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = ({ data: request }) => {
  try {
    scope.postMessage({ id: request.id, positions: computeForceLayout(request) });
  } catch (error) {
    scope.postMessage({ id: request.id, positions: [], error: error instanceof Error ? error.message : String(error) });
  }
};
