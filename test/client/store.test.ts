import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistoryGateway, type HistoryPort } from '../../client/src/state/history.ts';
import {
  createStore,
  expandNode,
  expandNodes,
  hideNodes,
  initialAppState,
  redoGraph,
  resetGraph,
  undoGraph,
  type AppState,
} from '../../client/src/state/store.ts';
import { DEFAULT_URL_STATE } from '../../client/src/state/url-state.ts';
import { addToSelection, selectedNodes, selectNeighbours, toggleSelected } from '../../client/src/state/node-selection.ts';

const start = (): AppState => initialAppState(DEFAULT_URL_STATE);

describe('graph edits, undo and redo', () => {
  it('undoes and redoes expand and hide in order', () => {
    const store = createStore(start());
    store.update((s) => expandNode(s, 'actor:xinjiang-kashi-pianqu'));
    store.update((s) => expandNode(s, 'industry:fangzhi-fuzhuang'));
    store.update((s) => hideNodes(s, ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi']));
    expect(store.get()).toMatchObject({ expanded: ['actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'], hidden: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'] });

    store.update(undoGraph);
    expect(store.get()).toMatchObject({ expanded: ['actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'], hidden: [] });
    store.update(undoGraph);
    expect(store.get().expanded).toEqual(['actor:xinjiang-kashi-pianqu']);
    store.update(redoGraph);
    store.update(redoGraph);
    expect(store.get()).toMatchObject({ expanded: ['actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'], hidden: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'] });
    expect(store.get().redo).toEqual([]);
  });

  it('forgets the redo stack after a new edit', () => {
    const store = createStore(start());
    store.update((s) => expandNode(s, 'a'));
    store.update(undoGraph);
    store.update((s) => expandNode(s, 'b'));
    expect(store.get().redo).toEqual([]);
    expect(store.get().expanded).toEqual(['b']);
  });

  it('unhides a node that is expanded again, and clears a hidden selection', () => {
    let state: AppState = { ...start(), selected: 'a' };
    state = { ...state, ...hideNodes(state, ['a']) };
    expect(state.selected).toBeNull();
    state = { ...state, ...expandNode(state, 'a') };
    expect(state.hidden).toEqual([]);
  });

  it('resets to the overview, undoably', () => {
    const store = createStore({ ...start(), expanded: ['a'], hidden: ['b'], hiddenModalities: ['MAY'] });
    store.update(resetGraph);
    expect(store.get()).toMatchObject({ expanded: [], hidden: [], hiddenModalities: [] });
    store.update(undoGraph);
    expect(store.get()).toMatchObject({ expanded: ['a'], hidden: ['b'] });
  });

  it('does not notify when nothing changed', () => {
    const store = createStore(start());
    const listener = vi.fn();
    store.subscribe(listener);
    store.update({ layout: 'fcose' });
    store.update((s) => undoGraph(s));
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('history gateway', () => {
  let port: HistoryPort & { entries: string[]; fire(): void };

  beforeEach(() => {
    vi.useFakeTimers();
    const listeners: (() => void)[] = [];
    const location = { search: '', pathname: '/', hash: '' };
    const entries = ['/'];
    const go = (url: string) => {
      const [, search = ''] = url.split('?');
      location.search = search ? `?${search}` : '';
    };
    port = {
      location,
      entries,
      history: {
        pushState: (_d, _t, url) => {
          entries.push(String(url));
          go(String(url));
        },
        replaceState: (_d, _t, url) => {
          entries[entries.length - 1] = String(url);
          go(String(url));
        },
      },
      addEventListener: (_type, listener) => listeners.push(listener),
      fire: () => listeners.forEach((l) => l()),
    };
  });
  afterEach(() => vi.useRealTimers());

  it('debounces writes, pushes navigation and replaces the rest', () => {
    const gateway = createHistoryGateway(port, 200);
    const store = createStore(start(), gateway.onStateChange);
    gateway.connect(store, () => ({}));

    store.update({ layout: 'concentric' });
    store.update({ layout: 'hierarchical' });
    expect(port.entries).toEqual(['/']);
    vi.advanceTimersByTime(200);
    expect(port.entries).toEqual(['/?layout=hierarchical']);

    store.update({ selected: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi' });
    vi.advanceTimersByTime(200);
    expect(port.entries).toEqual(['/?layout=hierarchical', '/?layout=hierarchical&sel=actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi']);
  });

  it('restores state on Back without writing it again', () => {
    const gateway = createHistoryGateway(port, 200);
    const store = createStore(start(), gateway.onStateChange);
    gateway.connect(store, () => ({}));
    store.update({ selected: 'actor:xinjiang-kashi-pianqu', expanded: ['actor:xinjiang-kashi-pianqu'] });
    vi.advanceTimersByTime(200);

    port.location.search = '';
    port.fire();
    vi.advanceTimersByTime(500);
    expect(store.get()).toMatchObject({ selected: null, expanded: [] });
    expect(port.entries).toHaveLength(2);
  });
});

describe('history gateway at start', () => {
  it('replaces the entry when the app corrects an old link on its own', () => {
    vi.useFakeTimers();
    const entries = ['/?art=28'];
    const location = { search: '?art=28', pathname: '/', hash: '' };
    const port: HistoryPort = {
      location,
      history: {
        pushState: (_d, _t, url) => void entries.push(String(url)),
        replaceState: (_d, _t, url) => void (entries[entries.length - 1] = String(url)),
      },
      addEventListener: () => {},
    };
    const gateway = createHistoryGateway(port, 200);
    const store = createStore(start(), gateway.onStateChange);
    store.update({ article: 'article:xinjiang-ftz-2025/28' }, { source: 'init' });
    vi.advanceTimersByTime(200);
    expect(entries).toEqual(['/?article=xinjiang-ftz-2025/28']);
    store.update({ article: 'article:xinjiang-ftz-2025/29' });
    vi.advanceTimersByTime(200);
    expect(entries).toEqual(['/?article=xinjiang-ftz-2025/28', '/?article=xinjiang-ftz-2025/29']);
    vi.useRealTimers();
  });
});

describe('selecting several nodes', () => {
  const shown = {
    nodes: [],
    edges: [
      { id: 'a|BEARS|o', source: 'a', target: 'o', type: 'BEARS', label: null, data: {} },
      { id: 'b|BEARS|o', source: 'b', target: 'o', type: 'BEARS', label: null, data: {} },
      { id: 'a|MEMBER_OF|g', source: 'a', target: 'g', type: 'MEMBER_OF', label: null, data: {} },
    ],
  };

  it('adds with a modifier click, shows the last added, and takes a node out on a second click', () => {
    let state: AppState = { ...start(), selected: 'a' };
    state = { ...state, ...toggleSelected(state, 'b') };
    expect(state).toMatchObject({ selected: 'b', selection: ['a', 'b'] });
    state = { ...state, ...toggleSelected(state, 'o') };
    expect(state).toMatchObject({ selected: 'o', selection: ['a', 'b', 'o'] });
    state = { ...state, ...toggleSelected(state, 'o') };
    expect(state).toMatchObject({ selected: 'b', selection: ['a', 'b'] });
    // Down to one, it is a plain selection again.
    state = { ...state, ...toggleSelected(state, 'a') };
    expect(state).toMatchObject({ selected: 'b', selection: [] });
    expect(selectedNodes(state)).toEqual(['b']);
  });

  it('does not count a selected edge as a node', () => {
    const state: AppState = { ...start(), selected: 'a|BEARS|o' };
    expect(selectedNodes(state)).toEqual([]);
    expect(toggleSelected(state, 'a')).toEqual({ selected: 'a', selection: [] });
  });

  it('adds a box to what was selected, and selects a node with its neighbours', () => {
    const state: AppState = { ...start(), selected: 'g' };
    expect(addToSelection(state, ['a', 'g', 'b'])).toEqual({ selected: 'g', selection: ['g', 'a', 'b'] });
    expect(addToSelection({ ...start() }, ['a', 'b'])).toEqual({ selected: 'a', selection: ['a', 'b'] });
    expect(selectNeighbours('a', shown)).toEqual({ selected: 'a', selection: ['a', 'o', 'g'] });
  });

  it('drops the list when the store is told to select one node', () => {
    const store = createStore({ ...start(), selected: 'a', selection: ['a', 'b'] });
    store.update({ selected: 'g' });
    expect(store.get()).toMatchObject({ selected: 'g', selection: [] });
    store.update(addToSelection(store.get(), ['a']));
    expect(store.get()).toMatchObject({ selected: 'g', selection: ['g', 'a'] });
  });

  it('expands every selected node as one undoable step', () => {
    const store = createStore({ ...start(), selected: 'b', selection: ['a', 'b'] });
    store.update((s) => expandNodes(s, selectedNodes(s)));
    expect(store.get().expanded).toEqual(['a', 'b']);
    store.update(undoGraph);
    expect(store.get().expanded).toEqual([]);
  });
});
