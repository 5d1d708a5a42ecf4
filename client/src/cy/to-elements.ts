// API graph → Cytoscape element definitions. Pure: the stylesheet reads only the fields set here
// (`label`, `category`, `modality`, `level`…), so what a node looks like is decided by data, not by code
// that touches `cy`.
import type { ElementDefinition } from 'cytoscape';
import { MODALITY_LABELS, type Lang } from '../i18n.ts';
import { edgeLabel, shortName } from '../labels.ts';
import type { Modality } from '../model.ts';
import { actorKindOf, categoryOf, dataOf, edgeModality, modalityOf, type GraphData, type GraphEdge, type GraphNode } from './graph-data.ts';

export interface NodeElementData {
  id: string;
  type: string;
  category: string;
  /** The label shown, in the current language (the short form a text defines rather than the full official name). */
  label: string;
  labelZh: string;
  labelEn: string;
  /** The full name, for tooltips and exports. */
  fullZh: string;
  fullEn: string;
  kind?: string;
  modality?: Modality;
  article?: number;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  modality?: Modality;
  level?: string;
}

const numberOr = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function nodeLabels(node: GraphNode): { zh: string; en: string } {
  const data = dataOf(node);
  if (node.type === 'OBLIGATION') {
    const modality = modalityOf(node);
    if (modality && node.clause) {
      return { zh: `${MODALITY_LABELS[modality].zh}\n${node.clause.label}`, en: `${MODALITY_LABELS[modality].en}\n${node.clause.labelEn}` };
    }
  }
  if (node.type === 'ACTOR' || node.type === 'INDUSTRY') {
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
    const named = { name: node.label, nameEn: node.labelEn, aliases };
    return { zh: shortName(named, 'zh'), en: shortName(named, 'en') };
  }
  return { zh: node.label, en: node.labelEn || node.label };
}

export function toNodeElement(node: GraphNode, lang: Lang): ElementDefinition & { data: NodeElementData } {
  const labels = nodeLabels(node);
  const data: NodeElementData = {
    id: node.id,
    type: node.type,
    category: categoryOf(node),
    label: lang === 'en' ? labels.en : labels.zh,
    labelZh: labels.zh,
    labelEn: labels.en,
    fullZh: node.label,
    fullEn: node.labelEn || node.label,
  };
  const kind = actorKindOf(node);
  if (kind) data.kind = kind;
  const modality = modalityOf(node);
  if (modality) data.modality = modality;
  const article = numberOr(dataOf(node).article) ?? (node.type === 'ARTICLE' ? numberOr(dataOf(node).number) : undefined);
  if (article !== undefined) data.article = article;
  return { group: 'nodes', data };
}

export function toEdgeElement(
  edge: GraphEdge,
  nodesById: ReadonlyMap<string, GraphNode>,
  lang: Lang,
): ElementDefinition & { data: EdgeElementData } {
  const data: EdgeElementData = { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: '' };
  const modality = edgeModality(edge, nodesById);
  if (modality) data.modality = modality;
  const level = dataOf(edge).level;
  if (typeof level === 'string' && level) {
    data.level = level;
    data.label = edgeLabel(edge, lang);
  }
  return { group: 'edges', data };
}

/** Elements for a graph: nodes first (Cytoscape needs an edge's ends before the edge), edges without both ends dropped. */
export function toElements(graph: GraphData, lang: Lang): ElementDefinition[] {
  const nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes = [...nodesById.values()].map((n) => toNodeElement(n, lang));
  const edges = graph.edges
    .filter((e) => nodesById.has(e.source) && nodesById.has(e.target))
    .map((e) => toEdgeElement(e, nodesById, lang));
  return [...nodes, ...edges];
}
