// Messages between the page and the layout worker.
export interface LayoutRequest {
  id: number;
  /** Sizes include the labels, measured on the page (a headless Cytoscape cannot measure text). */
  nodes: { id: string; w: number; h: number; position?: { x: number; y: number } }[];
  edges: { source: string; target: string }[];
  /** fcose options; functions cannot cross to the worker, so numeric values only. */
  options: Record<string, unknown>;
}

export interface LayoutResponse {
  id: number;
  positions: [id: string, x: number, y: number][];
  error?: string;
}
