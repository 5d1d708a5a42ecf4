// Colours, shapes and line styles as data, shared by the Cytoscape stylesheet, the legend and the SVG export
// so that the three always agree. Governance bodies are blues (darker = higher), zones teal, central agencies
// violet, industries amber, text nodes warm greys; modalities keep one hue family each so that a red edge
// always means a prohibition.
import type { Modality, NodeCategory } from '../model.ts';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'rectangle' | 'diamond' | 'round-diamond' | 'hexagon' | 'round-hexagon' | 'octagon' | 'tag' | 'round-tag' | 'barrel';

export interface NodeLook {
  color: string;
  border: string;
  shape: NodeShape;
  /** Diameter in px before label padding. */
  size: number;
}

export const NODE_LOOKS: Record<NodeCategory, NodeLook> = {
  LEGISLATURE: { color: '#13233a', border: '#07111f', shape: 'barrel', size: 40 },
  LEADING_GROUP: { color: '#1b2f4b', border: '#0d1a2b', shape: 'octagon', size: 46 },
  OFFICE: { color: '#2c5282', border: '#1a365d', shape: 'round-rectangle', size: 40 },
  REGIONAL_GOVERNMENT: { color: '#3b6ea5', border: '#2c5282', shape: 'ellipse', size: 36 },
  LOCAL_GOVERNMENT: { color: '#7aa2cc', border: '#4a77a8', shape: 'ellipse', size: 30 },
  ZONE: { color: '#1f8a80', border: '#14645d', shape: 'round-hexagon', size: 40 },
  ZONE_AUTHORITY: { color: '#5bb3a8', border: '#2f8b80', shape: 'round-hexagon', size: 30 },
  DEPARTMENT: { color: '#8796a8', border: '#5f6f82', shape: 'ellipse', size: 26 },
  CENTRAL_AGENCY: { color: '#6b4f9e', border: '#4c3675', shape: 'ellipse', size: 30 },
  JUDICIARY: { color: '#5d4a7a', border: '#3f3157', shape: 'barrel', size: 28 },
  INSTITUTION: { color: '#a6a0b8', border: '#7d7692', shape: 'ellipse', size: 24 },
  ENTERPRISE: { color: '#b38f6a', border: '#86684a', shape: 'ellipse', size: 24 },
  PERSON: { color: '#c9a98c', border: '#9a7c61', shape: 'ellipse', size: 22 },
  OTHER: { color: '#c3c8cf', border: '#98a0aa', shape: 'ellipse', size: 22 },
  INDUSTRY: { color: '#d99a2b', border: '#a8731a', shape: 'round-diamond', size: 32 },
  OBLIGATION: { color: '#f4f1ea', border: '#8a8171', shape: 'round-tag', size: 18 },
  ARTICLE: { color: '#e9e1d3', border: '#8c7a5b', shape: 'rectangle', size: 24 },
  PARAGRAPH: { color: '#f1ebe0', border: '#8c7a5b', shape: 'rectangle', size: 18 },
  ITEM: { color: '#f1ebe0', border: '#8c7a5b', shape: 'rectangle', size: 16 },
  CHAPTER: { color: '#cdbfa6', border: '#8c7a5b', shape: 'rectangle', size: 26 },
  DOCUMENT: { color: '#b9ab93', border: '#7c6d52', shape: 'tag', size: 22 },
  REGULATION: { color: '#8c7a5b', border: '#5e513a', shape: 'rectangle', size: 34 },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeLook {
  color: string;
  line: LineStyle;
  width: number;
}

export const MODALITY_LOOKS: Record<Modality, EdgeLook> = {
  SHALL: { color: '#3b4252', line: 'solid', width: 2 },
  RESPONSIBLE: { color: '#1f4fa3', line: 'solid', width: 3 },
  MUST_NOT: { color: '#c53030', line: 'solid', width: 2.5 },
  MAY: { color: '#7a8fa8', line: 'dashed', width: 2 },
  SUPPORT: { color: '#2f8b80', line: 'dotted', width: 2.5 },
  ENCOURAGE: { color: '#6b9e4f', line: 'dotted', width: 2.5 },
};

/** Edges that carry no modality. */
export const EDGE_TYPE_LOOKS: Record<string, EdgeLook> = {
  DEVELOPS: { color: '#c9892a', line: 'solid', width: 2.5 },
  MEMBER_OF: { color: '#9aa5b1', line: 'dashed', width: 1.5 },
  MENTIONS: { color: '#c8c2b6', line: 'solid', width: 1 },
  STATES: { color: '#b8ad98', line: 'solid', width: 1 },
  CITES: { color: '#b8ad98', line: 'dotted', width: 1.5 },
  DEFINES: { color: '#b8ad98', line: 'dashed', width: 1 },
};

export const DEFAULT_EDGE_LOOK: EdgeLook = { color: '#b0b7c0', line: 'solid', width: 1.2 };

export const SELECTION_COLOR = '#e0a100';
export const FONT_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Inter", system-ui, -apple-system, "Segoe UI", sans-serif';

/** Dash pattern (SVG `stroke-dasharray`) for a line style at a given width. */
export function dashArray(line: LineStyle, width: number): string | null {
  if (line === 'dashed') return `${6 * width} ${3 * width}`;
  if (line === 'dotted') return `${width} ${1.8 * width}`;
  return null;
}
