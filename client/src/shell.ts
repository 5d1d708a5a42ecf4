// The page frame: header (title, regulation picker, search, views, export, language), the views, and the details
// sidebar. Static text is relabelled on language change; view switching shows one tab panel at a time.
import { h } from './dom.ts';
import { LANGS, translate, type Lang, type MessageKey } from './i18n.ts';
import type { Store } from './state/store.ts';
import { VIEWS, type ViewName } from './state/url-state.ts';

export interface Shell {
  picker: HTMLElement;
  search: HTMLElement;
  exportMenu: HTMLElement;
  toolbar: HTMLElement;
  cy: HTMLElement;
  graphStatus: HTMLElement;
  legend: HTMLElement;
  nodeList: HTMLElement;
  /** The path finder (panels/path-finder.ts), above the legend. */
  pathFinder: HTMLElement;
  /** The node menu (panels/context-menu.ts), drawn over the page at the pointer. */
  contextMenu: HTMLElement;
  views: Record<ViewName, HTMLElement>;
  details: HTMLElement;
  /**
   * Names the selection in the window title: the one regulation's title (as the API gives it), or how many are
   * selected; null before the API has answered. It also enables the views that need several.
   */
  showSelection(selection: { title: string | null; count: number } | null): void;
}

const VIEW_LABELS: Record<ViewName, MessageKey> = { graph: 'viewGraph', matrix: 'viewMatrix', zones: 'viewZones', compare: 'viewCompare', reader: 'viewReader' };

/** Views that need two regulations or more; their tab is disabled otherwise. */
const NEEDS_SEVERAL: readonly ViewName[] = ['compare'];

export function buildShell(root: HTMLElement, store: Store, onViewShown: (view: ViewName) => void): Shell {
  const t = (key: MessageKey) => translate(store.get().lang, key);
  const title = h('h1', { class: 'brand-title' });
  let selection: { title: string | null; count: number } | null = null;
  // Under the app's name, the picker's button names the selection: the regulation's own title, in Chinese
  // whatever the interface language (the data has no English title), or how many are selected.
  const picker = h('div', { class: 'picker' });
  const enabled = (view: ViewName) => !NEEDS_SEVERAL.includes(view) || (selection?.count ?? 0) > 1;
  const search = h('div', { class: 'search', role: 'search' });
  const exportMenu = h('div', { class: 'export' });
  const langGroup = h('div', { class: 'lang-switch', role: 'group' });
  const langButtons = LANGS.map((lang) =>
    h('button', { type: 'button', class: 'lang-button', 'data-lang': lang, lang: lang === 'zh' ? 'zh-Hans' : 'en', onclick: () => store.update({ lang }) }, lang === 'zh' ? '中文' : 'EN'),
  );
  langGroup.append(...langButtons);

  const tabs = VIEWS.map((view) =>
    h('button', { type: 'button', role: 'tab', id: `tab-${view}`, class: 'tab', 'aria-controls': `view-${view}`, 'data-view': view, onclick: () => enabled(view) && store.update({ view }) }),
  );
  const tablist = h('div', { class: 'tabs', role: 'tablist' }, tabs);
  tablist.addEventListener('keydown', (event) => {
    const available = VIEWS.filter(enabled);
    const index = available.indexOf(store.get().view);
    const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? available.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const view = available[(next + available.length) % available.length]!;
    store.update({ view });
    document.getElementById(`tab-${view}`)?.focus();
  });

  const toolbar = h('div', { class: 'graph-toolbar', role: 'toolbar', 'aria-controls': 'cy' });
  const keysHelp = h('p', { id: 'graph-keys', class: 'sr-only' });
  const cy = h('div', { id: 'cy', class: 'cy', tabindex: 0, role: 'application', 'aria-roledescription': 'graph', 'aria-describedby': 'graph-keys' });
  const graphStatus = h('div', { class: 'graph-status', 'aria-live': 'polite' });
  const legend = h('aside', { class: 'legend', 'aria-labelledby': 'legend-title' });
  const nodeList = h('details', { class: 'node-list' });
  const pathFinder = h('div', { class: 'path-finder' });
  const contextMenu = h('div', { id: 'context-menu', hidden: true });
  const views: Record<ViewName, HTMLElement> = {
    graph: h(
      'section',
      { id: 'view-graph', class: 'view view-graph', role: 'tabpanel', 'aria-labelledby': 'tab-graph' },
      toolbar,
      h('div', { class: 'graph-wrap' }, h('div', { class: 'graph-side' }, pathFinder, legend, nodeList), h('div', { class: 'graph-canvas' }, cy, graphStatus)),
      keysHelp,
      contextMenu,
    ),
    matrix: h('section', { id: 'view-matrix', class: 'view view-matrix', role: 'tabpanel', 'aria-labelledby': 'tab-matrix' }),
    zones: h('section', { id: 'view-zones', class: 'view view-zones', role: 'tabpanel', 'aria-labelledby': 'tab-zones' }),
    compare: h('section', { id: 'view-compare', class: 'view view-compare', role: 'tabpanel', 'aria-labelledby': 'tab-compare' }),
    reader: h('section', { id: 'view-reader', class: 'view view-reader', role: 'tabpanel', 'aria-labelledby': 'tab-reader' }),
  };
  const details = h('aside', { id: 'details', class: 'details', 'aria-labelledby': 'details-heading' });
  // In a narrow window the details are a bottom sheet over the view, shown while something is selected; on a
  // touch screen there is no Escape key to dismiss it, hence the button (hidden where the details are a column).
  const sheetClose = h('button', {
    type: 'button',
    class: 'sheet-close',
    // The button goes with the sheet: the focus moves to the graph rather than being lost with it.
    onclick: () => {
      store.update({ selected: null });
      cy.focus({ preventScroll: true });
    },
  }, '×');
  const dock = h('div', { class: 'details-dock' }, details, sheetClose);

  root.replaceChildren(
    h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('div', { class: 'brand-text' }, title, picker)),
      search,
      tablist,
      h('div', { class: 'top-actions' }, exportMenu, langGroup),
    ),
    h('main', { id: 'main', class: 'workspace' }, h('div', { class: 'stage' }, ...VIEWS.map((v) => views[v])), dock),
  );

  const relabel = (lang: Lang) => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    const named = selectionText(lang);
    document.title = named ? `${translate(lang, 'appTitle')} · ${named}` : translate(lang, 'appTitle');
    title.textContent = translate(lang, 'appTitle');
    tablist.setAttribute('aria-label', t('views'));
    langGroup.setAttribute('aria-label', t('language'));
    tabs.forEach((tab, i) => {
      const view = VIEWS[i]!;
      tab.textContent = t(VIEW_LABELS[view]);
      // aria-disabled rather than disabled, so that the tab stays focusable and says why it does nothing.
      tab.setAttribute('aria-disabled', String(!enabled(view)));
      tab.title = enabled(view) ? '' : t('compareNeedsTwo');
    });
    langButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === lang)));
    cy.setAttribute('aria-label', t('graphLabel'));
    sheetClose.setAttribute('aria-label', t('closeDetails'));
    sheetClose.title = t('closeDetails');
    keysHelp.textContent =
      lang === 'zh'
        ? '方向键：移动选择；Shift+方向键：加选；空格：加选或取消；E 或回车：展开（所选全部）；H 或 Delete：隐藏；菜单键或 Shift+F10：节点操作菜单；F：适应窗口；Esc：取消选择；Ctrl+Z / Ctrl+Shift+Z：撤销 / 重做。'
        : 'Arrow keys move the selection; Shift+arrows add to it; Space adds or removes the node; E or Enter expands (every selected node); H or Delete hides; the Menu key or Shift+F10 opens the node menu; F fits; Escape clears the selection; Ctrl+Z / Ctrl+Shift+Z undo and redo.';
  };
  const showView = (view: ViewName) => {
    for (const v of VIEWS) views[v].hidden = v !== view;
    tabs.forEach((tab) => {
      const on = tab.dataset.view === view;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    });
    root.dataset.view = view;
    onViewShown(view);
  };

  store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) relabel(state.lang);
    if (state.view !== previous.view) showView(state.view);
    if (state.selected !== previous.selected) showSelected(state.selected !== null);
  });
  const showSelected = (on: boolean) => root.toggleAttribute('data-selected', on);
  relabel(store.get().lang);
  showView(store.get().view);
  showSelected(store.get().selected !== null);
  root.removeAttribute('aria-busy');

  function selectionText(lang: Lang): string | null {
    if (!selection) return null;
    return selection.count === 1 ? selection.title : translate(lang, 'regulationsN', { n: selection.count });
  }
  const showSelection = (next: { title: string | null; count: number } | null) => {
    selection = next;
    relabel(store.get().lang);
  };
  showSelection(null);

  return { picker, search, exportMenu, toolbar, cy, graphStatus, legend, nodeList, pathFinder, contextMenu, views, details, showSelection };
}
