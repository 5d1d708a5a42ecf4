// The graph as a list: every node on screen as a button, grouped by category. It is the keyboard and
// screen-reader route into the canvas, and what the browser tests read to know what the graph shows. As on the
// canvas, Shift/Ctrl/Cmd-click adds a node to the selection, and the Menu key or Shift+F10 opens its menu.
import type { GraphData } from '../cy/graph-data.ts';
import { categoryOf } from '../cy/graph-data.ts';
import { toNodeElement } from '../cy/to-elements.ts';
import { clear, h } from '../dom.ts';
import { NODE_CATEGORIES } from '../model.ts';
import { selectedNodes, toggleSelected } from '../state/node-selection.ts';
import { changedIn } from '../state/store.ts';
import { categoryLabel } from './legend-panel.ts';
import type { PanelContext } from './common.ts';

const modified = (event: MouseEvent) => event.shiftKey || event.ctrlKey || event.metaKey;
const opensMenu = (event: KeyboardEvent) => event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey);

export function mountNodeList(root: HTMLElement, ctx: PanelContext): void {
  let graph: GraphData = { nodes: [], edges: [] };
  const render = () => {
    const { lang, selected } = ctx.store.get();
    const many = selectedNodes(ctx.store.get());
    const open = root.hasAttribute('open');
    // Redrawn on every selection change: the focused entry keeps the focus.
    const focused = document.activeElement instanceof HTMLElement && root.contains(document.activeElement) ? document.activeElement.closest('li')?.dataset.id : null;
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
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'entity-link',
                      'aria-current': selected === node.id ? 'true' : null,
                      'data-selected': many.length > 1 && many.includes(node.id) ? 'true' : null,
                      onclick: (event: Event) =>
                        ctx.store.update(modified(event as MouseEvent) ? (s) => toggleSelected(s, node.id) : { selected: node.id }),
                      onkeydown: (event: Event) => {
                        if (!opensMenu(event as KeyboardEvent)) return;
                        event.preventDefault();
                        const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
                        ctx.store.update((s) => ({ ...(selectedNodes(s).includes(node.id) ? {} : { selected: node.id }), contextMenu: { id: node.id, x: box.left, y: box.bottom } }));
                      },
                    },
                    label,
                  ),
                );
              }),
            ),
          ),
        ),
      ),
    );
    if (open) root.setAttribute('open', '');
    if (focused) root.querySelector<HTMLElement>(`li[data-id="${CSS.escape(focused)}"] button`)?.focus({ preventScroll: true });
    root.dataset.count = String(graph.nodes.length);
  };
  ctx.graph.onRender((visible) => {
    graph = visible;
    render();
  });
  ctx.store.subscribe((state, previous) => {
    if (changedIn(state, previous, ['selected', 'selection', 'lang'])) render();
  });
  render();
}
