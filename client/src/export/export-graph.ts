// The subgraph on screen as flat, typed attributes for GraphML and JSON: labels in both languages, the
// categories the explorer colours by, the clause each obligation comes from, and the on-screen layout.
import { dataOf, categoryOf, edgeModality, type GraphData } from '../cy/graph-data.ts';
import { toNodeElement } from '../cy/to-elements.ts';
import { edgeLabel } from '../labels.ts';
import { NODE_LOOKS } from '../cy/palette.ts';
import type { Lang } from '../i18n.ts';
import type { AttrValue, ExportGraph } from './graphml.ts';

export interface Point {
  x: number;
  y: number;
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

const scalar = (value: unknown): AttrValue =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;

export function toExportGraph(graph: GraphData, lang: Lang, positions: ReadonlyMap<string, Point> = new Map()): ExportGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return {
    nodes: graph.nodes.map((node) => {
      const element = toNodeElement(node, lang).data;
      const data = dataOf(node);
      const category = categoryOf(node);
      const look = NODE_LOOKS[category] ?? NODE_LOOKS.OTHER;
      const at = positions.get(node.id);
      return {
        id: node.id,
        attrs: {
          label: element.label.replace(/\n/g, ' '),
          labelZh: node.label,
          labelEn: node.labelEn ?? undefined,
          type: node.type,
          category,
          kind: element.kind,
          modality: element.modality,
          article: scalar(data.article),
          paragraph: scalar(data.paragraph),
          item: scalar(data.item),
          text: scalar(data.text),
          gbCode: scalar(data.gbCode),
          x: at ? Math.round(at.x * 10) / 10 : undefined,
          y: at ? Math.round(at.y * 10) / 10 : undefined,
          size: look.size,
          ...rgb(look.color),
        },
      };
    }),
    edges: graph.edges
      .filter((e) => byId.has(e.source) && byId.has(e.target))
      .map((edge) => {
        const data = dataOf(edge);
        const level = scalar(data.level);
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          attrs: {
            label: edgeLabel(edge, lang),
            type: edge.type,
            modality: edgeModality(edge, byId) ?? undefined,
            level,
            article: scalar(data.article),
            paragraph: scalar(data.paragraph),
            weight: 1,
          },
        };
      }),
  };
}

/** The subgraph as JSON in the API's own `neighborhood` shape, with the on-screen positions added. */
export function toGraphJson(graph: GraphData, meta: Record<string, string>, positions: ReadonlyMap<string, Point> = new Map()): string {
  return `${JSON.stringify(
    {
      ...meta,
      nodes: graph.nodes.map((n) => ({ ...n, data: dataOf(n), position: positions.get(n.id) })),
      edges: graph.edges.map((e) => ({ ...e, data: dataOf(e) })),
    },
    null,
    2,
  )}\n`;
}
