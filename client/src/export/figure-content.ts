// What an exported figure says and what its file is called, from the view, the graph on screen, the regulations
// in scope and the day: pure, so titles, legends, source lines and names are tested without a browser.
import { categoryOf, edgeModality, type GraphData } from '../cy/graph-data.ts';
import { DEFAULT_EDGE_LOOK, EDGE_TYPE_LOOKS, MODALITY_LOOKS, NODE_LOOKS } from '../cy/palette.ts';
import { ACTOR_KIND_LABELS, edgeTypeLabel, MODALITY_LABELS, NODE_TYPE_LABELS, translate, type Lang } from '../i18n.ts';
import { viewText } from '../i18n-views.ts';
import { isActorKind, MODALITIES, NODE_CATEGORIES, type Modality } from '../model.ts';
import type { ViewName } from '../state/url-state.ts';
import type { EdgeSwatch, FigureFrame, NodeSwatch } from './figure-frame.ts';

export interface RegulationRef {
  key: string;
  title: string;
  effective: string | null;
}

/** YYYY-MM-DD of the researcher's own day (not UTC's): the date a figure says it was exported. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const clean = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/** More than this many regulations are named by their number in a file name, which would grow too long otherwise. */
const MAX_SLUGS = 3;

/**
 * regatlas-<view>[-<part>]-<slug>[_<slug>…]-<date>.<ext>, e.g. regatlas-matrix-<slug>-2026-12-01.csv:
 * the view, what of it (a cell's obligations, one of the compare tables), the regulations and the day.
 */
export function exportFileName(options: { view: ViewName; part?: string | null; regulations: readonly string[]; date: Date; ext: string }): string {
  const slugs = options.regulations.map((key) => clean(key.replace(/^regulation:/, ''))).filter(Boolean);
  const named = slugs.length > MAX_SLUGS ? `${slugs.length}-regulations` : slugs.join('_');
  const part = options.part ? clean(options.part) : '';
  return ['regatlas', options.view, part && part !== options.view ? part : '', named, localDate(options.date)].filter(Boolean).join('-') + `.${options.ext}`;
}

/** The legend of what the graph shows: its node types, then the modalities and link types of its edges. */
export function figureLegend(graph: GraphData, lang: Lang): FigureFrame['legend'] {
  const categories = new Set(graph.nodes.map(categoryOf));
  const nodes: NodeSwatch[] = NODE_CATEGORIES.filter((c) => categories.has(c)).map((c) => {
    const look = NODE_LOOKS[c];
    return { kind: 'node', label: isActorKind(c) ? ACTOR_KIND_LABELS[c][lang] : NODE_TYPE_LABELS[c][lang], shape: look.shape, fill: look.color, stroke: look.border };
  });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const modalities = new Set<Modality>();
  const types = new Set<string>();
  for (const edge of graph.edges) {
    // An edge to a node not shown is not drawn either.
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    const modality = edgeModality(edge, byId);
    if (modality) modalities.add(modality);
    else types.add(edge.type);
  }
  const edges: EdgeSwatch[] = [
    ...MODALITIES.filter((m) => modalities.has(m)).map((m): EdgeSwatch => ({ kind: 'edge', label: MODALITY_LABELS[m][lang], ...MODALITY_LOOKS[m] })),
    ...[...types].sort().map((type): EdgeSwatch => {
      const label = type === 'DEVELOPS' ? viewText(lang, 'developsEdge') : edgeTypeLabel(type, lang);
      return { kind: 'edge', label, ...(EDGE_TYPE_LOOKS[type] ?? DEFAULT_EDGE_LOOK) };
    }),
  ];
  return [
    { heading: viewText(lang, 'figureNodes'), entries: nodes },
    { heading: viewText(lang, 'figureEdges'), entries: edges },
  ];
}

/** 《title》（2025-07-01 施行）; several joined by ；. */
export function regulationsLine(regulations: readonly RegulationRef[], lang: Lang): string {
  return regulations
    .map((r) => {
      const effective = r.effective ? viewText(lang, 'figureInForce', { date: r.effective }) : '';
      return lang === 'en' ? `《${r.title}》${effective ? ` (${effective})` : ''}` : `《${r.title}》${effective ? `（${effective}）` : ''}`;
    })
    .join(lang === 'en' ? '; ' : '；');
}

/** Title (the regulations, then the view: the graph), subtitle (how much is shown), legend and source line of a graph figure. */
export function graphFigure(options: { graph: GraphData; lang: Lang; regulations: readonly RegulationRef[]; date: Date }): FigureFrame {
  const { graph, lang, regulations } = options;
  const titles = regulations.map((r) => r.title).join(lang === 'en' ? '; ' : '；');
  const view = translate(lang, 'viewGraph');
  return {
    title: titles ? `${titles} · ${view}` : `RegAtlas · ${view}`,
    subtitle: translate(lang, 'nodeCount', { n: graph.nodes.length, m: graph.edges.length }),
    legend: figureLegend(graph, lang),
    source: viewText(lang, 'figureSource', { regulations: regulationsLine(regulations, lang) || '—', date: localDate(options.date) }),
  };
}
