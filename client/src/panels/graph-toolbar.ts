// The graph's toolbar and status line: layout, expand (with the types and limit it uses), hide, undo/redo,
// reset and fit; loading, error and empty states of the graph itself.
import { LAYOUT_LABEL_KEYS } from '../cy/layouts.ts';
import { clear, h } from '../dom.ts';
import { NODE_TYPE_LABELS } from '../i18n.ts';
import { EXPANDABLE_TYPES } from '../model.ts';
import { changedIn, expandNode, expandNodes, hideNodes, redoGraph, resetGraph, undoGraph } from '../state/store.ts';
import { selectedNodes } from '../state/node-selection.ts';
import { OPEN_EXPAND_OPTIONS } from './context-menu.ts';
import { LAYOUT_NAMES, MAX_EXPAND_LIMIT, MIN_EXPAND_LIMIT, type LayoutName } from '../state/url-state.ts';
import { OVERVIEW_LIMIT } from '../api/graph-source.ts';
import { errorState, tr, type PanelContext } from './common.ts';

export function mountGraphToolbar(toolbar: HTMLElement, status: HTMLElement, ctx: PanelContext): void {
  const { store } = ctx;
  const render = () => {
    const state = store.get();
    const selectedNode = state.selected && !state.selected.includes('|') ? state.selected : null;
    const many = selectedNodes(state);
    const button = (action: string, label: string, onclick: () => void, disabled: boolean, title?: string, shortcut?: string) =>
      h('button', { type: 'button', class: 'button', 'data-action': action, onclick, disabled, title: title ?? label, 'aria-keyshortcuts': shortcut }, label);

    const layoutSelect = h(
      'select',
      { id: 'layout-select', onchange: (e: Event) => store.update({ layout: (e.target as HTMLSelectElement).value as LayoutName }) },
      LAYOUT_NAMES.map((name) => h('option', { value: name, selected: state.layout === name }, tr(ctx, LAYOUT_LABEL_KEYS[name]))),
    );
    const expandOptions = h(
      'details',
      { class: 'menu expand-options' },
      h('summary', { class: 'button button-quiet', 'aria-label': `${tr(ctx, 'expand')}: ${tr(ctx, 'nodeTypes')}` }, '▾'),
      h(
        'div',
        { class: 'menu-body' },
        h(
          'fieldset',
          {},
          h('legend', {}, tr(ctx, 'nodeTypes')),
          EXPANDABLE_TYPES.map((type) =>
            h(
              'label',
              { class: 'check' },
              h('input', {
                type: 'checkbox',
                value: type,
                checked: state.expandTypes.includes(type),
                // At least one type stays on: an expansion into nothing would look broken.
                disabled: state.expandTypes.length === 1 && state.expandTypes.includes(type),
                onchange: (e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  store.update((s) => ({ expandTypes: on ? EXPANDABLE_TYPES.filter((t) => t === type || s.expandTypes.includes(t)) : s.expandTypes.filter((t) => t !== type) }));
                },
              }),
              NODE_TYPE_LABELS[type][state.lang],
            ),
          ),
        ),
        h(
          'label',
          { class: 'limit' },
          `≤ `,
          h('input', {
            type: 'number',
            min: MIN_EXPAND_LIMIT,
            max: MAX_EXPAND_LIMIT,
            step: 5,
            value: state.expandLimit,
            'aria-label': 'limit',
            onchange: (e: Event) => {
              const value = Math.round(Number((e.target as HTMLInputElement).value));
              if (value >= MIN_EXPAND_LIMIT && value <= MAX_EXPAND_LIMIT) store.update({ expandLimit: value });
            },
          }),
        ),
      ),
    );
    clear(
      toolbar,
      h('label', { for: 'layout-select', class: 'toolbar-label' }, tr(ctx, 'layout')),
      layoutSelect,
      h('span', { class: 'toolbar-sep', 'aria-hidden': 'true' }),
      h(
        'span',
        { class: 'split' },
        many.length > 1
          ? button('expand-selected', tr(ctx, 'expandSelected', { n: many.length }), () => store.update((s) => expandNodes(s, selectedNodes(s))), false, tr(ctx, 'expandSelectedHint'), 'E')
          : button('expand', tr(ctx, 'expand'), () => selectedNode && store.update((s) => expandNode(s, selectedNode)), !selectedNode, tr(ctx, 'expandHint'), 'E'),
        expandOptions,
      ),
      many.length > 1
        ? button('hide', tr(ctx, 'hide'), () => store.update((s) => hideNodes(s, selectedNodes(s))), false, tr(ctx, 'hideSelectedHint'), 'H')
        : button('hide', tr(ctx, 'hide'), () => selectedNode && store.update((s) => hideNodes(s, [selectedNode])), !selectedNode, tr(ctx, 'hideHint'), 'H'),
      h('span', { class: 'toolbar-sep', 'aria-hidden': 'true' }),
      button('undo', tr(ctx, 'undo'), () => store.update(undoGraph), !state.undo.length, undefined, 'Control+Z'),
      button('redo', tr(ctx, 'redo'), () => store.update(redoGraph), !state.redo.length, undefined, 'Control+Shift+Z'),
      button('reset', tr(ctx, 'resetView'), () => store.update(resetGraph), false, tr(ctx, 'resetHint')),
      button('fit', tr(ctx, 'fit'), () => ctx.graph.fit(), false, undefined, 'F'),
    );
  };

  const renderStatus = () => {
    const state = store.get();
    const visible = ctx.graph.visibleGraph();
    if (state.graphStatus === 'error') {
      clear(status, errorState(ctx, state.graphError ?? 'network', () => ctx.graph.reload()));
      status.className = 'graph-status graph-status-overlay';
      return;
    }
    if (state.graphStatus === 'loading' || state.graphStatus === 'idle') {
      clear(status, h('div', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), tr(ctx, 'loading')));
      status.className = `graph-status ${state.graph.nodes.length ? 'graph-status-corner' : 'graph-status-overlay'}`;
      return;
    }
    if (!visible.nodes.length) {
      clear(status, h('p', { class: 'state state-empty', role: 'status' }, tr(ctx, 'emptyGraph')));
      status.className = 'graph-status graph-status-overlay';
      return;
    }
    clear(
      status,
      h('span', { role: 'status' }, tr(ctx, 'nodeCount', { n: visible.nodes.length, m: visible.edges.length })),
      state.selection.length > 1 ? h('span', { class: 'selected-count' }, ` · ${tr(ctx, 'selectedCount', { n: state.selection.length })}`) : null,
      state.lastHide ? h('span', { class: 'hid-orphans' }, ` · ${tr(ctx, 'hidOrphans', { n: state.lastHide.hidden, m: state.lastHide.orphans })}`) : null,
      // With several regulations the cut is most likely the overview's node budget, not an expansion's limit.
      state.truncated
        ? h('span', { class: 'warning' }, ` · ${state.regulations.length > 1 ? tr(ctx, 'graphScope', { n: state.regulations.length, limit: OVERVIEW_LIMIT }) : tr(ctx, 'truncated', { n: state.expandLimit })}`)
        : null,
    );
    status.className = 'graph-status graph-status-corner';
  };

  store.subscribe((state, previous) => {
    const keep = document.activeElement instanceof HTMLElement && toolbar.contains(document.activeElement) ? (document.activeElement.dataset.action ?? document.activeElement.id) : null;
    const open = toolbar.querySelector('details')?.open ?? false;
    if (changedIn(state, previous, ['lang', 'selected', 'selection', 'undo', 'redo', 'layout', 'expandTypes', 'expandLimit'])) {
      render();
      if (open) toolbar.querySelector('details')?.setAttribute('open', '');
      if (keep) (toolbar.querySelector<HTMLElement>(`[data-action="${keep}"]`) ?? toolbar.querySelector<HTMLElement>(`#${keep}`))?.focus();
    }
    if (changedIn(state, previous, ['graphStatus', 'lang', 'truncated', 'regulations', 'selection', 'lastHide'])) renderStatus();
  });
  // The node menu's "Expand options…": open them here, on the first type.
  document.addEventListener(OPEN_EXPAND_OPTIONS, () => {
    const menu = toolbar.querySelector('details');
    if (!menu) return;
    menu.open = true;
    menu.querySelector<HTMLElement>('input')?.focus();
  });
  ctx.graph.onRender(renderStatus);
  render();
  renderStatus();
}
