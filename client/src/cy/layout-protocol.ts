// Messages between the page and the layout worker.
export interface LayoutNode {
  id: string;
  /** Size including the label, measured on the page (a headless Cytoscape cannot measure text). */
  w: number;
  h: number;
  /** Where the node is now; sent only for an incremental layout, which starts from it. */
  position?: { x: number; y: number };
}

export interface LayoutRequest {
  id: number;
  /** Sorted by id (and edges by their ends), so that the same graph is the same request whatever order the API sent it in. */
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
  /** fcose options; functions cannot cross to the worker, so numeric values only. */
  options: Record<string, unknown>;
  /** Seeds Math.random while fcose runs: the same request gives the same positions. */
  seed: number;
}

export interface LayoutResponse {
  id: number;
  positions: [id: string, x: number, y: number][];
  error?: string;
}
