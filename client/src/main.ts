// Boots the explorer: one store (seeded from the URL and the remembered language), the history gateway, the
// API client, the catalog of regulations and the selection resolved against it, the graph controller, and the
// panels, each talking to the store.
import './styles.css';
import { createApiClient } from './api/client.ts';
import { memoize } from './api/memo.ts';
import { RegulationsQuery } from './api/operations.ts';
import { createGraphSource } from './api/graph-source.ts';
import { createGraphController } from './cy/graph-controller.ts';
import { loadSavedLang, saveLang } from './i18n.ts';
import { mountCompareView } from './panels/compare-view.ts';
import { mountContextMenu } from './panels/context-menu.ts';
import { mountDetailsPanel } from './panels/details-panel.ts';
import { edgeListTable, mountExportPanel } from './panels/export-panel.ts';
import { mountGraphToolbar } from './panels/graph-toolbar.ts';
import { mountLegendPanel } from './panels/legend-panel.ts';
import { mountMatrixPanel } from './panels/matrix-panel.ts';
import { installMenuClosing } from './panels/menus.ts';
import { mountNodeList } from './panels/node-list.ts';
import { mountPathFinder } from './panels/path-finder.ts';
import { mountReaderPanel } from './panels/reader-panel.ts';
import { mountRegulationPicker } from './panels/regulation-picker.ts';
import { mountSearchPanel } from './panels/search-panel.ts';
import { mountZonesPanel } from './panels/zones-panel.ts';
import type { PanelContext } from './panels/common.ts';
import { buildShell } from './shell.ts';
import { createHistoryGateway } from './state/history.ts';
import { createStore, initialAppState } from './state/store.ts';
import { resolveSelection, selectionTitle } from './state/selection.ts';
import { decodeUrlState, legacyArticleNumber } from './state/url-state.ts';
import { articleKeyIn } from './model.ts';
import type { GraphController } from './cy/graph-controller.ts';
// Last, so that its narrow-window rules override the panels' own stylesheets (imported above through them).
import './narrow.css';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

const gateway = createHistoryGateway(window);
const store = createStore(initialAppState(decodeUrlState(location.search, { lang: loadSavedLang(storage) })), gateway.onStateChange);
gateway.connect(store, () => ({ lang: loadSavedLang(storage) }));
store.subscribe((state, previous) => {
  if (state.lang !== previous.lang) saveLang(storage, state.lang);
});
window.addEventListener('pagehide', () => gateway.flush());

const api = createApiClient();
const loadCatalog = memoize(async () => (await api.request(RegulationsQuery, {})).regulations, () => 'regulations');
const catalog = () => loadCatalog(undefined);
const scope = async () => resolveSelection(store.get().regulations, await catalog());

let graph: GraphController | undefined;
const shell = buildShell(document.getElementById('app')!, store, (view) => {
  // A hidden container has no size; Cytoscape measures again once the graph is shown.
  if (view === 'graph') requestAnimationFrame(() => graph?.resize());
});
// The frame names the selection once the API has listed the regulations; without an API it stays RegAtlas alone.
const showSelection = () =>
  Promise.all([catalog(), scope()]).then(
    ([all, selection]) => shell.showSelection({ title: selectionTitle(selection, all), count: selection.length }),
    () => shell.showSelection(null),
  );
void showSelection();
store.subscribe((state, previous) => {
  if (state.regulations !== previous.regulations) void showSelection();
});
// A link from before there were several regulations names an article by number: read it in the selection.
const legacyArticle = legacyArticleNumber(location.search);
if (legacyArticle !== null && store.get().article === null) {
  void scope().then((selection) => {
    if (selection[0] && store.get().article === null) store.update({ article: articleKeyIn(selection[0], legacyArticle) }, { source: 'init' });
  });
}

const graphScope = async () => {
  const [all, regulations] = await Promise.all([catalog(), scope()]);
  return { regulations, wholeZones: all.filter((r) => regulations.includes(r.key)).flatMap((r) => (r.wholeZone ? [r.wholeZone.key] : [])) };
};
graph = createGraphController(shell.cy, store, createGraphSource(api), graphScope);
// For tests and scripting (as `data-ready` is): node positions and the viewport, read-only.
(window as unknown as { __regatlas?: { graph: GraphController } }).__regatlas = { graph };
const ctx: PanelContext = { store, api, graph, catalog, scope };

installMenuClosing();
mountRegulationPicker(shell.picker, ctx);
mountSearchPanel(shell.search, ctx);
mountGraphToolbar(shell.toolbar, shell.graphStatus, ctx);
mountLegendPanel(shell.legend, ctx);
mountNodeList(shell.nodeList, ctx);
mountPathFinder(shell.pathFinder, ctx);
mountContextMenu(shell.contextMenu, ctx);
const details = mountDetailsPanel(shell.details, ctx);
const matrix = mountMatrixPanel(shell.views.matrix, ctx);
const zones = mountZonesPanel(shell.views.zones, ctx);
const compare = mountCompareView(shell.views.compare, ctx);
const reader = mountReaderPanel(shell.views.reader, ctx);
mountExportPanel(shell.exportMenu, ctx, () => {
  switch (store.get().view) {
    case 'matrix':
      return matrix.table();
    case 'zones':
      return zones.table();
    case 'compare':
      return compare.table();
    case 'reader':
      return reader.table();
    default:
      return edgeListTable(ctx.graph.visibleGraph()) ?? details.table();
  }
});
