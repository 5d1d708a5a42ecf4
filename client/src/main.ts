// Boots the explorer: one store (seeded from the URL and the remembered language), the history gateway, the
// API client, the graph controller, and the panels, each talking to the store.
import './styles.css';
import { createApiClient } from './api/client.ts';
import { memoize } from './api/memo.ts';
import { RegulationQuery } from './api/operations.ts';
import { createGraphSource } from './api/graph-source.ts';
import { createGraphController } from './cy/graph-controller.ts';
import { loadSavedLang, saveLang } from './i18n.ts';
import { mountDetailsPanel } from './panels/details-panel.ts';
import { edgeListTable, mountExportPanel } from './panels/export-panel.ts';
import { mountGraphToolbar } from './panels/graph-toolbar.ts';
import { mountLegendPanel } from './panels/legend-panel.ts';
import { mountMatrixPanel } from './panels/matrix-panel.ts';
import { mountNodeList } from './panels/node-list.ts';
import { mountReaderPanel } from './panels/reader-panel.ts';
import { mountSearchPanel } from './panels/search-panel.ts';
import { mountZonesPanel } from './panels/zones-panel.ts';
import type { PanelContext } from './panels/common.ts';
import { buildShell } from './shell.ts';
import { createHistoryGateway } from './state/history.ts';
import { createStore, initialAppState } from './state/store.ts';
import { decodeUrlState } from './state/url-state.ts';
import type { GraphController } from './cy/graph-controller.ts';

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
const loadRegulation = memoize(async () => (await api.request(RegulationQuery, {})).regulation, () => 'regulation');
const regulation = () => loadRegulation(undefined);

let graph: GraphController | undefined;
const shell = buildShell(document.getElementById('app')!, store, (view) => {
  // A hidden container has no size; Cytoscape measures again once the graph is shown.
  if (view === 'graph') requestAnimationFrame(() => graph?.resize());
});
// The frame shows the regulation's title once the API has named it; without an API it stays RegAtlas alone.
regulation().then((r) => shell.showRegulation(r?.title ?? null), () => shell.showRegulation(null));

graph = createGraphController(shell.cy, store, createGraphSource(api));
const ctx: PanelContext = { store, api, graph, regulation };

mountSearchPanel(shell.search, ctx);
mountGraphToolbar(shell.toolbar, shell.graphStatus, ctx);
mountLegendPanel(shell.legend, ctx);
mountNodeList(shell.nodeList, ctx);
const details = mountDetailsPanel(shell.details, ctx);
const matrix = mountMatrixPanel(shell.views.matrix, ctx);
const zones = mountZonesPanel(shell.views.zones, ctx);
const reader = mountReaderPanel(shell.views.reader, ctx);
mountExportPanel(shell.exportMenu, ctx, () => {
  switch (store.get().view) {
    case 'matrix':
      return matrix.table();
    case 'zones':
      return zones.table();
    case 'reader':
      return reader.table();
    default:
      return edgeListTable(ctx.graph.visibleGraph()) ?? details.table();
  }
});
