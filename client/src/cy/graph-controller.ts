// Connects the store, the API and Cytoscape: loads the graph the state describes, makes `cy` show it (filtered,
// labelled in the current language, laid out), and turns graph gestures into store updates. Panels never
// touch `cy`; they call the store, or the few export functions this controller offers.
import type { Core, NodeSingular } from 'cytoscape';
import { ApiError } from '../api/client.ts';
import { loadGraph, type GraphScope, type GraphSource } from '../api/graph-source.ts';
import type { AppState, Store } from '../state/store.ts';
import { expandNode, expandNodes, hideNodes, redoGraph, undoGraph } from '../state/store.ts';
import { addToSelection, selectedNodes, toggleSelected } from '../state/node-selection.ts';
import { centreOn, createGraph, fitGraph, nearestInDirection, nodePositions, pngImage, runLayout, showSelection, svgSceneOf, syncElements, withoutHighlight } from './actions.ts';
import { filterGraph, type GraphData } from './graph-data.ts';
import { attachLabelLayer } from './label-layer.ts';
import { createLayoutRunner } from './layout-runner.ts';
import { placeGraph } from './layout-placement.ts';
import { cyViewportOf, watchUserViewport } from './viewport-sync.ts';
import { toElements } from './to-elements.ts';
import { showPaths, withPaths } from './path-view.ts';
import type { Position } from './tiered-positions.ts';
import type { SvgScene } from '../export/svg.ts';

export interface GraphController {
  /** The graph as filtered on screen. */
  visibleGraph(): GraphData;
  positions(): Map<string, Position>;
  /** The graph on screen without the selection's highlight and dimming, as PNG (with its width in graph units) and as an SVG scene. */
  png(): { blob: Blob; width: number };
  svgScene(title: string): SvgScene;
  fit(): void;
  /** Re-measure after the container was hidden and shown again. */
  resize(): void;
  reload(): void;
  /** Called after each render with the graph now on screen. */
  onRender(listener: (visible: GraphData) => void): void;
  /** Centres the view on a node at a readable zoom, once it is on screen (after the load it may be waiting for). */
  centre(id: string): void;
  /** Cytoscape's zoom and pan and the canvas size (for tests and scripting, like `data-ready`). */
  viewport(): { zoom: number; pan: Position; width: number; height: number };
  /** Each node's box on screen, label included, in canvas pixels (for tests: does the drawing fit the canvas). */
  renderedBoxes(): Map<string, { x1: number; y1: number; x2: number; y2: number }>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.kind === 'network' ? 'network' : error.message;
  return error instanceof Error ? error.message : String(error);
}

/** `scope` resolves the state's regulation selection against the catalog (which it may have to load first). */
export function createGraphController(container: HTMLElement, store: Store, source: GraphSource, scope: () => Promise<GraphScope>): GraphController {
  const cy: Core = createGraph(container);
  const labelLayer = attachLabelLayer(cy);
  const layoutRunner = createLayoutRunner();
  const computeLayout = layoutRunner.compute;
  // Started now, so that the worker's code loads and parses while the graph's data is on its way.
  layoutRunner.warm();
  let loadToken = 0;
  let laidOut = false;
  let work: Promise<void> = Promise.resolve();
  let visible: GraphData = { nodes: [], edges: [] };
  const renderListeners = new Set<(visible: GraphData) => void>();

  const contentKey = (s: AppState) => `${s.regulations.join()}|${s.expanded.join()}|${s.expandTypes.join()}|${s.expandLimit}|${s.graphMode}`;

  // `data-ready` tells tests (and anyone scripting the page) that loading, rendering and layout are done.
  const setReady = (ready: boolean) => {
    container.dataset.ready = String(ready);
  };

  async function load(): Promise<void> {
    const token = ++loadToken;
    const state = store.get();
    setReady(false);
    store.update({ graphStatus: 'loading', graphError: null });
    try {
      // Actors only: the actor network of the selected regulations, in place of the overview and its expansions.
      const graph = state.graphMode === 'actors' ? await source.actorNetwork(await scope()) : await loadGraph(source, state, await scope());
      if (token !== loadToken) return;
      store.update({ graph, truncated: graph.truncated, graphStatus: 'ready' });
    } catch (error) {
      if (token !== loadToken) return;
      store.update({ graphStatus: 'error', graphError: errorMessage(error) });
    }
  }

  // `placed`: a graph was just placed, not yet drawn; its labels are chosen before its first frame.
  const settle = ({ placed = false } = {}) => {
    if (placed) labelLayer.refreshNow();
    else labelLayer.refresh();
    const { graphStatus } = store.get();
    setReady(graphStatus === 'ready' || graphStatus === 'error');
  };

  // A view the app sets by itself (a fit) is no view of the researcher's: the URL no longer keeps one.
  const forgetViewport = () => {
    if (store.get().viewport !== null) store.update({ viewport: null });
  };

  async function render(state: AppState, { relayout = false, fresh = false } = {}): Promise<void> {
    setReady(false);
    visible = filterGraph(withPaths(state.graph, state.pathFinding ?? null), state);
    const elements = toElements(visible, state.lang);
    // A graph's first drawing (and that of another selection of regulations) is laid out before it is drawn; the
    // page's first one opens on the viewport the URL kept, if any.
    const first = (!laidOut || fresh) && visible.nodes.length > 0;
    const added = first ? [] : syncElements(cy, elements);
    for (const listener of renderListeners) listener(visible);
    if (first) {
      const kept = laidOut ? null : state.viewport;
      laidOut = true;
      await placeGraph(cy, elements, state.layout, computeLayout, kept && cyViewportOf(kept, { width: cy.width(), height: cy.height() }));
      if (!kept) forgetViewport();
    } else if (cy.nodes().nonempty() && (relayout || added.length)) {
      const incremental = laidOut && !relayout;
      laidOut = true;
      // The selection is shown before the layout so that it is visible while nodes move.
      showSelection(cy, state.selected, { also: state.selection });
      await runLayout(cy, state.layout, computeLayout, { incremental: incremental && state.layout === 'fcose' });
      forgetViewport();
      if (incremental && state.layout === 'fcose' && pendingCentre === null) focusOn(state.selected, added);
    }
    showSelection(cy, state.selected, { also: state.selection, center: pendingCentre === null && !inView(state.selected) });
    showPaths(cy, state.pathFinding ?? null);
    centrePending();
    settle({ placed: first });
  }

  /** After an expand: zoom to the selection and what was just added next to it, or to everything. */
  function focusOn(selected: string | null, added: readonly string[]) {
    const element = selected ? cy.getElementById(selected) : cy.collection();
    const fresh = added.reduce((collection, id) => collection.union(cy.getElementById(id)), cy.collection());
    const target = element.nonempty() && element.isNode() ? (element as NodeSingular).closedNeighborhood().union(fresh) : cy.elements();
    cy.animate(
      { fit: { eles: target, padding: 60 } },
      {
        duration: 300,
        // Never zoom in past reading size on a tiny neighbourhood.
        complete: () => {
          if (cy.zoom() > 1.3) cy.animate({ zoom: 1.3, center: { eles: target } }, { duration: 150 });
        },
      },
    );
  }

  // A node to centre on once it is drawn (a search hit that may need its neighbourhood loaded first).
  let pendingCentre: string | null = null;
  function centrePending() {
    const state = store.get();
    if (pendingCentre === null || state.graphStatus === 'loading' || state.view !== 'graph') return;
    centreOn(cy, pendingCentre);
    pendingCentre = null;
  }

  function inView(id: string | null): boolean {
    if (!id) return true;
    const element = cy.getElementById(id);
    if (element.empty()) return true;
    const box = element.renderedBoundingBox();
    return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
  }

  const enqueue = (task: () => Promise<void>) => {
    work = work.then(task, task);
    return work;
  };

  // Another selection of regulations is another graph: lay it out afresh rather than around the old one.
  let freshLayout = false;
  store.subscribe((state, previous) => {
    if (state.regulations !== previous.regulations || state.graphMode !== previous.graphMode) freshLayout = true;
    if (contentKey(state) !== contentKey(previous)) void load();
    if (state.graphStatus === 'error' && previous.graphStatus !== 'error') void enqueue(async () => settle());
    const graphChanged =
      state.graph !== previous.graph ||
      state.hidden !== previous.hidden ||
      state.hiddenCategories !== previous.hiddenCategories ||
      state.hiddenModalities !== previous.hiddenModalities ||
      state.pathFinding !== previous.pathFinding ||
      state.lang !== previous.lang;
    // Work is queued so that a layout finishes before the next render; each task reads the latest state.
    if (graphChanged || state.layout !== previous.layout) {
      const fresh = freshLayout && state.graph !== previous.graph;
      const relayout = state.layout !== previous.layout || fresh;
      if (relayout) freshLayout = false;
      void enqueue(() => render(store.get(), { relayout, fresh }));
    } else if (state.selected !== previous.selected || state.selection !== previous.selection) {
      void enqueue(async () => {
        const { selected, selection } = store.get();
        showSelection(cy, selected, { also: selection, center: pendingCentre === null && !inView(selected) });
        centrePending();
      });
    }
  });

  // Shift, Ctrl or Cmd with a click adds a node to the selection or takes it out; Cytoscape's own selection is only
  // what the store says, so it is put back after every tap (it toggles on modifier clicks by itself).
  // The last two taps' targets: Cytoscape calls any two quick taps a double tap, even on two different nodes.
  let taps: string[] = [];
  cy.on('tap', 'node, edge', (event) => {
    const id: string = event.target.id();
    taps = [taps.at(-1) ?? '', id];
    const pointer = event.originalEvent as MouseEvent | undefined;
    const adding = event.target.isNode() && !!pointer && (pointer.shiftKey || pointer.ctrlKey || pointer.metaKey);
    store.update(adding ? (s) => toggleSelected(s, id) : { selected: id });
    showSelection(cy, store.get().selected, { also: store.get().selection });
  });
  // A shift-drag box: Cytoscape sends one `box` event per element inside, then nothing; they are gathered into one update.
  let boxed: string[] = [];
  cy.on('box', 'node', (event) => {
    if (!boxed.length) {
      queueMicrotask(() => {
        const ids = boxed;
        boxed = [];
        store.update((s) => addToSelection(s, ids));
        showSelection(cy, store.get().selected, { also: store.get().selection });
      });
    }
    boxed.push(event.target.id());
  });
  // Right click, or a long press on a touch screen: the node's menu (panels/context-menu.ts), at the pointer.
  const openMenu = (id: string, x: number, y: number) =>
    store.update((s) => ({ ...(selectedNodes(s).includes(id) ? {} : { selected: id }), contextMenu: { id, x, y } }));
  const menuAtNode = (node: NodeSingular) => {
    const box = container.getBoundingClientRect();
    const at = node.renderedPosition();
    openMenu(node.id(), box.left + at.x, box.top + at.y);
  };
  cy.on('cxttap', 'node', (event) => {
    const pointer = event.originalEvent as MouseEvent | undefined;
    if (pointer && 'clientX' in pointer) openMenu(event.target.id(), pointer.clientX, pointer.clientY);
    else menuAtNode(event.target as NodeSingular);
  });
  cy.on('taphold', 'node', (event) => menuAtNode(event.target as NodeSingular));
  // The browser's own menu would cover ours.
  container.addEventListener('contextmenu', (event) => event.preventDefault());
  cy.on('tap', (event) => {
    if (event.target === cy) store.update({ selected: null });
  });
  cy.on('dbltap', 'node', (event) => {
    const pointer = event.originalEvent as MouseEvent | undefined;
    // Quick modifier clicks build a selection; they are no double click.
    if (taps[0] !== taps[1] || (pointer && (pointer.shiftKey || pointer.ctrlKey || pointer.metaKey))) return;
    store.update((s) => ({ ...expandNode(s, event.target.id()), selected: event.target.id() }));
  });

  // Keyboard use of the graph: arrows move the selection to the nearest node that way, E expands, H or
  // Delete hides, F fits, Escape clears the selection; Ctrl+Z / Ctrl+Shift+Z undo and redo.
  container.addEventListener('keydown', (event) => {
    const state = store.get();
    const arrows: Record<string, 'left' | 'right' | 'up' | 'down'> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const direction = arrows[event.key];
    let handled = true;
    const many = selectedNodes(state);
    if (direction) {
      const next = nearestInDirection(cy, state.selected, direction);
      // With Shift the node reached joins the selection.
      if (next) store.update(event.shiftKey ? (s) => (selectedNodes(s).includes(next) ? { selected: next, selection: s.selection } : toggleSelected(s, next)) : { selected: next });
    } else if (event.key === ' ' && state.selected && !state.selected.includes('|')) {
      const id = state.selected;
      store.update((s) => toggleSelected(s, id));
    } else if ((event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) && many.length) {
      const node = cy.getElementById(state.selected && many.includes(state.selected) ? state.selected : many.at(-1)!);
      if (node.nonempty()) menuAtNode(node as NodeSingular);
    } else if ((event.key === 'e' || event.key === 'Enter') && many.length > 1 && !event.ctrlKey) {
      store.update((s) => expandNodes(s, selectedNodes(s)));
    } else if ((event.key === 'e' || event.key === 'Enter') && state.selected && !event.ctrlKey) {
      const id = state.selected;
      store.update((s) => expandNode(s, id));
    } else if ((event.key === 'h' || event.key === 'Delete') && many.length > 1) {
      store.update((s) => hideNodes(s, selectedNodes(s)));
    } else if ((event.key === 'h' || event.key === 'Delete') && state.selected) {
      const id = state.selected;
      store.update((s) => hideNodes(s, [id]));
    } else if (event.key === 'f') {
      fitGraph(cy);
      forgetViewport();
    }
    else if (event.key === 'Escape') store.update({ selected: null });
    else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') store.update(event.shiftKey ? redoGraph : undoGraph);
    else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'y') store.update(redoGraph);
    else handled = false;
    if (handled) event.preventDefault();
  });

  watchUserViewport(cy, container, (viewport) => store.update({ viewport }));

  void load();

  return {
    visibleGraph: () => visible,
    positions: () => nodePositions(cy),
    png: () => withoutHighlight(cy, () => pngImage(cy)),
    svgScene: (title) => withoutHighlight(cy, () => svgSceneOf(cy, title)),
    fit: () => {
      fitGraph(cy);
      forgetViewport();
    },
    resize: () => {
      cy.resize();
      // Shown again: the researcher's view if the URL keeps one, else the whole graph.
      const kept = store.get().viewport;
      if (kept) cy.viewport(cyViewportOf(kept, { width: cy.width(), height: cy.height() }));
      else if (cy.nodes().nonempty()) cy.fit(undefined, 40);
    },
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() }),
    renderedBoxes: () =>
      new Map(cy.nodes().map((n) => {
        const { x1, y1, x2, y2 } = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        return [n.id(), { x1, y1, x2, y2 }] as const;
      })),
    reload: () => void load(),
    onRender: (listener) => void renderListeners.add(listener),
    centre: (id) => {
      pendingCentre = id;
      void enqueue(async () => centrePending());
    },
  };
}
