// The graph as a list: every node on screen as a button, grouped by category. It is the keyboard and
// screen-reader route into the canvas, and what the browser tests read to know what the graph shows.
import type { GraphData } from '../cy/graph-data.ts';
import { categoryOf } from '../cy/graph-data.ts';
import { toNodeElement } from '../cy/to-elements.ts';
import { clear, h } from '../dom.ts';
import { NODE_CATEGORIES } from '../model.ts';
import { categoryLabel } from './legend-panel.ts';
import type { PanelContext } from './common.ts';

export function mountNodeList(root: HTMLElement, ctx: PanelContext): void {
  let graph: GraphData = { nodes: [], edges: [] };
  const render = () => {
    const { lang, selected } = ctx.store.get();
    const open = root.hasAttribute('open');
    const groups = NODE_CATEGORIES.map((category) => ({ category, nodes: graph.nodes.filter((n) => categoryOf(n) === category) })).filter((g) => g.nodes.length);
    clear(
      root,
      h('summary', {}, lang === 'zh' ? `节点列表（${graph.nodes.length}）` : `Node list (${graph.nodes.length})`),
      h(
        'div',
        { class: 'node-list-body' },
        groups.map((g) =>
          h(
            'section',
            {},
            h('h3', {}, categoryLabel(g.category, lang)),
            h(
              'ul',
              {},
              g.nodes.map((node) => {
                const label = toNodeElement(node, lang).data.label.replace(/\n/g, ' ');
                return h(
                  'li',
                  { 'data-id': node.id, 'data-category': g.category },
                  h('button', { type: 'button', class: 'entity-link', 'aria-current': selected === node.id ? 'true' : null, onclick: () => ctx.store.update({ selected: node.id }) }, label),
                );
              }),
            ),
          ),
        ),
      ),
    );
    if (open) root.setAttribute('open', '');
    root.dataset.count = String(graph.nodes.length);
  };
  ctx.graph.onRender((visible) => {
    graph = visible;
    render();
  });
  ctx.store.subscribe((state, previous) => {
    if (state.selected !== previous.selected || state.lang !== previous.lang) render();
  });
  render();
}
