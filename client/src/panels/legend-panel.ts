// The legend doubles as the filter: each node category and modality is a toggle button (aria-pressed) with
// the same colour, shape and line style as in the graph, and a count of what the current graph holds.
import { categoryOf, edgeModality } from '../cy/graph-data.ts';
import { dashArray, MODALITY_LOOKS, NODE_LOOKS } from '../cy/palette.ts';
import { clear, h } from '../dom.ts';
import { ACTOR_KIND_LABELS, MODALITY_LABELS, NODE_TYPE_LABELS, type Lang } from '../i18n.ts';
import { isActorKind, MODALITIES, NODE_CATEGORIES, type Modality, type NodeCategory } from '../model.ts';
import { changedIn, type AppState } from '../state/store.ts';
import { tr, type PanelContext } from './common.ts';

/** The list with the value removed if it was there, added if it was not. */
const toggled = <T>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

const SVG_NS = 'http://www.w3.org/2000/svg';

export function categoryLabel(category: NodeCategory, lang: Lang): string {
  return isActorKind(category) ? ACTOR_KIND_LABELS[category][lang] : NODE_TYPE_LABELS[category][lang];
}

function shapeIcon(category: NodeCategory): SVGSVGElement {
  const look = NODE_LOOKS[category];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'legend-icon');
  svg.setAttribute('aria-hidden', 'true');
  const polygons: Record<string, string> = {
    diamond: '8,1 15,8 8,15 1,8',
    'round-diamond': '8,1 15,8 8,15 1,8',
    hexagon: '4,2 12,2 15,8 12,14 4,14 1,8',
    'round-hexagon': '4,2 12,2 15,8 12,14 4,14 1,8',
    octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
    tag: '1,3 11,3 15,8 11,13 1,13',
    'round-tag': '1,3 11,3 15,8 11,13 1,13',
  };
  let shape: SVGElement;
  const points = polygons[look.shape];
  if (points) {
    shape = document.createElementNS(SVG_NS, 'polygon');
    shape.setAttribute('points', points);
    shape.setAttribute('stroke-linejoin', 'round');
  } else if (look.shape.includes('rectangle')) {
    shape = document.createElementNS(SVG_NS, 'rect');
    Object.entries({ x: 1.5, y: 3, width: 13, height: 10, rx: look.shape === 'rectangle' ? 0 : 3 }).forEach(([k, v]) => shape.setAttribute(k, String(v)));
  } else {
    shape = document.createElementNS(SVG_NS, 'circle');
    Object.entries({ cx: 8, cy: 8, r: 6.5 }).forEach(([k, v]) => shape.setAttribute(k, String(v)));
  }
  shape.setAttribute('fill', look.color);
  shape.setAttribute('stroke', look.border);
  shape.setAttribute('stroke-width', '1.2');
  svg.append(shape);
  return svg;
}

function lineIcon(modality: Modality): SVGSVGElement {
  const look = MODALITY_LOOKS[modality];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 28 10');
  svg.setAttribute('class', 'legend-icon legend-line');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'line');
  Object.entries({ x1: 1, y1: 5, x2: 27, y2: 5, stroke: look.color, 'stroke-width': Math.min(look.width, 2.5) }).forEach(([k, v]) => line.setAttribute(k, String(v)));
  const dash = dashArray(look.line, Math.min(look.width, 2.5));
  if (dash) line.setAttribute('stroke-dasharray', dash);
  if (look.line === 'dotted') line.setAttribute('stroke-linecap', 'round');
  svg.append(line);
  return svg;
}

/** How many nodes of each category and edges of each modality the (unfiltered) graph holds. */
export function legendCounts(state: Pick<AppState, 'graph'>): { categories: Map<NodeCategory, number>; modalities: Map<Modality, number> } {
  const categories = new Map<NodeCategory, number>();
  const modalities = new Map<Modality, number>();
  const byId = new Map(state.graph.nodes.map((n) => [n.id, n]));
  for (const node of state.graph.nodes) categories.set(categoryOf(node), (categories.get(categoryOf(node)) ?? 0) + 1);
  for (const edge of state.graph.edges) {
    const modality = edgeModality(edge, byId);
    if (modality) modalities.set(modality, (modalities.get(modality) ?? 0) + 1);
  }
  return { categories, modalities };
}

/**
 * With obligations filtered out, actors lose the links most of them have (they are linked through the duties they
 * bear), and the graph shows them as unconnected: say so, with how many stand alone on screen.
 */
function obligationsHiddenNote(ctx: PanelContext): HTMLElement | null {
  if (!ctx.store.get().hiddenCategories.includes('OBLIGATION')) return null;
  const visible = ctx.graph.visibleGraph();
  const linked = new Set(visible.edges.flatMap((e) => [e.source, e.target]));
  const alone = visible.nodes.filter((n) => n.type === 'ACTOR' && !linked.has(n.id)).length;
  return h('p', { class: 'legend-note', role: 'note', 'data-alone': String(alone) }, tr(ctx, 'obligationsHiddenNote', { n: alone }));
}

export function mountLegendPanel(root: HTMLElement, ctx: PanelContext): void {
  const render = () => {
    const state = ctx.store.get();
    const { categories, modalities } = legendCounts(state);
    const shownCategories = NODE_CATEGORIES.filter((c) => categories.has(c) || state.hiddenCategories.includes(c));
    const toggle = (pressed: boolean, label: string, icon: SVGSVGElement, count: number, onclick: () => void, data: Record<string, string>) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'legend-item', 'aria-pressed': String(pressed), onclick, ...data }, icon, h('span', { class: 'legend-label' }, label), h('span', { class: 'count' }, String(count))),
      );
    const filtered = state.hiddenCategories.length + state.hiddenModalities.length > 0;
    clear(
      root,
      h('h2', { class: 'legend-title', id: 'legend-title' }, tr(ctx, 'legend')),
      h(
        'button',
        {
          type: 'button',
          class: 'button legend-mode',
          'aria-pressed': String(state.graphMode === 'actors'),
          'data-graph-mode': 'actors',
          title: tr(ctx, 'actorsOnlyHint'),
          onclick: () => ctx.store.update((s) => ({ graphMode: s.graphMode === 'actors' ? 'all' : 'actors', selected: null })),
        },
        tr(ctx, 'actorsOnly'),
      ),
      h('h3', { class: 'legend-group' }, tr(ctx, 'nodeTypes')),
      h(
        'ul',
        { class: 'legend-list', 'aria-labelledby': 'legend-title' },
        shownCategories.map((category) =>
          toggle(
            !state.hiddenCategories.includes(category),
            categoryLabel(category, state.lang),
            shapeIcon(category),
            categories.get(category) ?? 0,
            () => ctx.store.update((s) => ({ hiddenCategories: toggled(s.hiddenCategories, category) })),
            { 'data-category': category },
          ),
        ),
      ),
      h('h3', { class: 'legend-group' }, tr(ctx, 'edgeModalities')),
      h(
        'ul',
        { class: 'legend-list' },
        MODALITIES.map((modality) =>
          toggle(
            !state.hiddenModalities.includes(modality),
            MODALITY_LABELS[modality][state.lang],
            lineIcon(modality),
            modalities.get(modality) ?? 0,
            () => ctx.store.update((s) => ({ hiddenModalities: toggled(s.hiddenModalities, modality) })),
            { 'data-modality': modality },
          ),
        ),
      ),
      obligationsHiddenNote(ctx),
      filtered ? h('button', { type: 'button', class: 'button button-quiet legend-reset', onclick: () => ctx.store.update({ hiddenCategories: [], hiddenModalities: [] }) }, tr(ctx, 'showAll')) : null,
    );
  };
  ctx.store.subscribe((state, previous) => {
    if (changedIn(state, previous, ['graph', 'graphMode', 'lang', 'hiddenCategories', 'hiddenModalities'])) {
      // Keep keyboard focus on the toggle that was just pressed.
      const focused = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.dataset : null;
      const key = focused?.category ? `[data-category="${focused.category}"]` : focused?.modality ? `[data-modality="${focused.modality}"]` : null;
      render();
      if (key) root.querySelector<HTMLElement>(key)?.focus();
    }
  });
  // The note counts what is on screen, known after the graph is drawn.
  ctx.graph.onRender(() => {
    if (ctx.store.get().hiddenCategories.includes('OBLIGATION')) root.querySelector('.legend-note')?.replaceWith(obligationsHiddenNote(ctx) ?? '');
  });
  render();
}
