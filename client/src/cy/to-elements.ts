// API graph → Cytoscape element definitions. Pure: the stylesheet reads only the fields set here
// (`label`, `category`, `modality`, `level`…), so what a node looks like is decided by data, not by code
// that touches `cy`.
import type { ElementDefinition } from 'cytoscape';
import { MODALITY_LABELS, type Lang } from '../i18n.ts';
import { edgeLabel, shortName } from '../labels.ts';
import type { Modality } from '../model.ts';
import { actorLinkOf } from './actor-network.ts';
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
  /** What hovering shows, in the current language: the full name, or an obligation's clause with its gist. */
  tooltip: string;
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
  /** An actor link's relation and the number of duties behind it (the actors-only view). */
  relation?: string;
  count?: number;
}

const numberOr = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/**
 * An obligation says what it is: its modality and the gist of its duty (the API's word-safe excerpt; the text
 * is Chinese in both languages), with the clause on hover. Without a gist, the clause takes its place.
 */
function obligationLabels(node: GraphNode): { zh: string; en: string; tipZh: string; tipEn: string } | null {
  const modality = modalityOf(node);
  if (!modality) return null;
  const { zh, en } = MODALITY_LABELS[modality];
  const gist = node.gist?.trim();
  const clause = node.clause;
  if (gist) {
    return {
      zh: `${zh}\n${gist}`,
      en: `${en}\n${gist}`,
      tipZh: clause ? `${clause.label}　${zh}：${gist}` : `${zh}：${gist}`,
      tipEn: clause ? `${clause.labelEn} · ${en}: ${gist}` : `${en}: ${gist}`,
    };
  }
  if (!clause) return null;
  return { zh: `${zh}\n${clause.label}`, en: `${en}\n${clause.labelEn}`, tipZh: clause.label, tipEn: clause.labelEn };
}

function nodeLabels(node: GraphNode): { zh: string; en: string } {
  const data = dataOf(node);
  if (node.type === 'OBLIGATION') {
    const labels = obligationLabels(node);
    if (labels) return labels;
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
  const tips = node.type === 'OBLIGATION' ? obligationLabels(node) : null;
  const data: NodeElementData = {
    id: node.id,
    type: node.type,
    category: categoryOf(node),
    label: lang === 'en' ? labels.en : labels.zh,
    labelZh: labels.zh,
    labelEn: labels.en,
    fullZh: node.label,
    fullEn: node.labelEn || node.label,
    tooltip: tips ? (lang === 'en' ? tips.tipEn : tips.tipZh) : lang === 'en' ? node.labelEn || node.label : node.label,
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
  const link = actorLinkOf(edge);
  if (link) {
    data.relation = link.relation;
    data.count = link.count;
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
