// The node menu: what can be done with one node (or the nodes selected with it), opened by a right click, a long
// press, or the ContextMenu key / Shift+F10 on the graph or the node list. The controller puts
// `contextMenu` in the store; this panel draws it, runs the chosen action through the store, and closes on
// Escape, Tab or a press outside, giving the focus back to where it was.
import { dataOf, type GraphNode } from '../cy/graph-data.ts';
import { toNodeElement } from '../cy/to-elements.ts';
import { clear, h } from '../dom.ts';
import { articleKeyIn, type ClauseRef } from '../model.ts';
import { selectedNodes, selectNeighbours } from '../state/node-selection.ts';
import { expandNode, expandNodes, hideNodes } from '../state/store.ts';
import type { UrlState } from '../state/url-state.ts';
import { tr, type PanelContext } from './common.ts';

/** Asks the toolbar to open its expand options (graph-toolbar.ts listens). */
export const OPEN_EXPAND_OPTIONS = 'regatlas:expand-options';

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/** Where the reader shows a node's text: an obligation, paragraph or item at its clause, an article whole; else null. */
export function readingOf(node: GraphNode): { patch: Pick<UrlState, 'view' | 'article' | 'clause' | 'diff'>; whole: boolean } | null {
  const data = dataOf(node);
  if (node.type === 'ARTICLE') return { patch: { view: 'reader', article: node.id, clause: null, diff: null }, whole: true };
  const regulation = typeof data.regulation === 'string' ? data.regulation : null;
  const article = num(data.article);
  if (!regulation || article === null) return null;
  let clause: ClauseRef | null = null;
  if (node.type === 'OBLIGATION') clause = num(data.paragraph) === null ? null : { article, paragraph: num(data.paragraph)!, item: num(data.item) };
  else if (node.type === 'PARAGRAPH') clause = num(data.number) === null ? null : { article, paragraph: num(data.number)!, item: null };
  else if (node.type === 'ITEM') clause = num(data.paragraph) === null || num(data.number) === null ? null : { article, paragraph: num(data.paragraph)!, item: num(data.number) };
  else return null;
  return { patch: { view: 'reader', article: articleKeyIn(regulation, article), clause, diff: null }, whole: clause === null };
}

export function mountContextMenu(root: HTMLElement, ctx: PanelContext): void {
  const { store } = ctx;
  root.className = 'context-menu';
  root.hidden = true;
  // Where the focus was when the menu opened: it goes back there when the menu closes without moving on.
  let returnTo: HTMLElement | null = null;

  const close = ({ restore = true } = {}) => {
    if (store.get().contextMenu) store.update({ contextMenu: null });
    if (restore) (returnTo?.isConnected ? returnTo : document.getElementById('cy'))?.focus({ preventScroll: true });
    returnTo = null;
  };

  const items = () => [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];

  const render = () => {
    const state = store.get();
    const menu = state.contextMenu;
    if (!menu) {
      root.hidden = true;
      clear(root);
      return;
    }
    const graph = ctx.graph.visibleGraph();
    const node = graph.nodes.find((n) => n.id === menu.id);
    if (!node) return close();
    const selection = selectedNodes(state);
    const many = selection.includes(node.id) && selection.length > 1 ? selection.length : 0;
    const reading = readingOf(node);
    const name = toNodeElement(node, state.lang).data.label.replace(/\n/g, ' ');
    // An action closes the menu first; those that move the focus elsewhere say so (restore: false).
    const item = (action: string, label: string, run: () => void, { restore = true, shortcut }: { restore?: boolean; shortcut?: string } = {}) =>
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          class: 'context-item',
          tabindex: -1,
          'data-action': action,
          'aria-keyshortcuts': shortcut,
          onclick: () => {
            close({ restore });
            run();
          },
        },
        label,
      );
    clear(
      root,
      h('div', { class: 'context-title', 'aria-hidden': 'true' }, name),
      item('expand', tr(ctx, 'menuExpand'), () => store.update((s) => expandNode(s, node.id)), { shortcut: 'E' }),
      many ? item('expand-selected', tr(ctx, 'menuExpandSelected', { n: many }), () => store.update((s) => expandNodes(s, selectedNodes(s)))) : null,
      item('expand-options', tr(ctx, 'menuExpandOptions'), () => {
        store.update({ selected: node.id });
        document.dispatchEvent(new CustomEvent(OPEN_EXPAND_OPTIONS));
      }, { restore: false }),
      item('hide', tr(ctx, 'menuHide'), () => store.update((s) => hideNodes(s, [node.id])), { shortcut: 'H' }),
      many ? item('hide-selected', tr(ctx, 'menuHideSelected', { n: many }), () => store.update((s) => hideNodes(s, selectedNodes(s)))) : null,
      item('details', tr(ctx, 'menuDetails'), () => {
        store.update({ selected: node.id });
        // The details panel redraws on the selection; focus its heading once it has.
        requestAnimationFrame(() => document.querySelector<HTMLElement>('#details h2, #details [tabindex]')?.focus());
      }, { restore: false }),
      reading
        ? item('read', tr(ctx, reading.whole ? 'menuReadArticle' : 'menuReadClause'), () => {
            store.update(node.type === 'OBLIGATION' ? { ...reading.patch, selected: node.id } : reading.patch);
          }, { restore: false })
        : null,
      item('select-neighbours', tr(ctx, 'menuSelectNeighbours'), () => store.update(selectNeighbours(node.id, ctx.graph.visibleGraph()))),
      item('path-from', tr(ctx, 'menuPathFrom'), () => store.update({ pathFrom: node.id })),
      item('path-to', tr(ctx, 'menuPathTo'), () => store.update({ pathTo: node.id })),
    );
    root.setAttribute('role', 'menu');
    root.setAttribute('aria-label', tr(ctx, 'menuLabel', { name }));
    root.dataset.id = node.id;
    root.hidden = false;
    // Fixed at the pointer (or the node), moved in so that it never runs off the window.
    root.style.left = '0px';
    root.style.top = '0px';
    const { width, height } = root.getBoundingClientRect();
    root.style.left = `${Math.max(4, Math.min(menu.x, window.innerWidth - width - 4))}px`;
    root.style.top = `${Math.max(4, Math.min(menu.y, window.innerHeight - height - 4))}px`;
    items()[0]?.focus({ preventScroll: true });
  };

  root.addEventListener('keydown', (event) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape' || (event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') close();
    else if (event.key === 'Tab') close({ restore: false });
    else {
      // A letter moves to the next item that starts with it.
      const letter = event.key.length === 1 ? event.key.toLowerCase() : null;
      const next = letter ? list.findIndex((b, i) => i > at && b.textContent?.toLowerCase().startsWith(letter)) : -1;
      if (next < 0) return;
      move(next);
    }
    event.preventDefault();
    event.stopPropagation();
  });
  // A press anywhere else closes it; the pressed element keeps the focus it takes.
  document.addEventListener('pointerdown', (event) => {
    if (!root.hidden && !(event.target instanceof Node && root.contains(event.target))) close({ restore: false });
  }, true);

  store.subscribe((state, previous) => {
    if (state.contextMenu === previous.contextMenu && state.lang === previous.lang) return;
    if (state.contextMenu && !previous.contextMenu) {
      const active = document.activeElement;
      returnTo = active instanceof HTMLElement && active !== document.body && !root.contains(active) ? active : null;
    }
    render();
  });
}
