// The one store. Panels and the graph controller read state and call `update()`; nothing else holds app
// state. The shareable part (UrlState) is mirrored into the address bar by the history gateway, which
// `update()` notifies — the single path by which the URL changes.
import type { GraphData } from '../cy/graph-data.ts';
import { categoryOf, EMPTY_GRAPH, filterGraph } from '../cy/graph-data.ts';
import { orphansOf } from '../cy/orphans.ts';
import { selectedNodes, selectionPatch } from './node-selection.ts';
import type { UrlState } from './url-state.ts';
import type { PathFinding } from '../cy/path-view.ts';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What undo and redo restore: the graph's contents, not the selection or the view. */
export interface GraphStep {
  expanded: string[];
  hidden: string[];
}

export interface AppState extends UrlState {
  /** The union of everything fetched for the overview and the expanded nodes, before hiding and filtering. */
  graph: GraphData;
  graphStatus: LoadStatus;
  graphError: string | null;
  /** The API cut a neighbourhood at its limit. */
  truncated: boolean;
  undo: GraphStep[];
  redo: GraphStep[];
  /** The path finder's last question and its answer (cy/path-view.ts); absent until it asks. */
  pathFinding?: PathFinding | null;
  /** The node menu (context-menu.ts) is open for this node, at this point of the canvas; null when closed. */
  contextMenu: ContextMenuState | null;
  /** The last graph step was a hide that took orphans with it: how many nodes went, and how many of them were orphans. */
  lastHide: { hidden: number; orphans: number } | null;
}

/** Whether any of `keys` differs between two states, by identity (the store replaces what it changes). */
export function changedIn(state: AppState, previous: AppState, keys: readonly (keyof AppState)[]): boolean {
  return keys.some((key) => state[key] !== previous[key]);
}

export interface ContextMenuState {
  id: string;
  /** Where to draw it, in pixels from the graph canvas's top left corner. */
  x: number;
  y: number;
}

export type UpdateSource = 'user' | 'history' | 'init';

export interface UpdateOptions {
  /** `history` changes come from Back/Forward and must not be written to the URL again. */
  source?: UpdateSource;
}

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  update(change: Partial<AppState> | ((state: AppState) => Partial<AppState>), options?: UpdateOptions): void;
  subscribe(listener: Listener): () => void;
}

export function initialAppState(url: UrlState): AppState {
  return { ...url, graph: EMPTY_GRAPH, graphStatus: 'idle', graphError: null, truncated: false, undo: [], redo: [], contextMenu: null, lastHide: null };
}

export function createStore(initial: AppState, onUrlStateChange: (state: AppState, source: UpdateSource) => void = () => {}): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    update(change, options = {}) {
      const patch = withSelectionRule(typeof change === 'function' ? change(state) : change);
      const previous = state;
      const next = { ...state, ...patch };
      if (Object.keys(patch).every((key) => Object.is(previous[key as keyof AppState], next[key as keyof AppState]))) return;
      state = next;
      onUrlStateChange(state, options.source ?? 'user');
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Setting `selected` alone is a plain selection of one: the multi-selection goes (node-selection.ts sets both). */
function withSelectionRule(patch: Partial<AppState>): Partial<AppState> {
  return 'selected' in patch && !('selection' in patch) ? { ...patch, selection: [] } : patch;
}

// Graph edits as pure transitions, so that undo and redo are plain stack operations on GraphStep.
const stepOf = (state: AppState): GraphStep => ({ expanded: state.expanded, hidden: state.hidden });
const UNDO_LIMIT = 50;

function record(state: AppState, next: GraphStep): Partial<AppState> {
  return { ...next, undo: [...state.undo, stepOf(state)].slice(-UNDO_LIMIT), redo: [], lastHide: null };
}

export function expandNode(state: AppState, id: string): Partial<AppState> {
  if (state.expanded.includes(id) && !state.hidden.includes(id)) return {};
  return record(state, {
    expanded: state.expanded.includes(id) ? state.expanded : [...state.expanded, id],
    hidden: state.hidden.filter((h) => h !== id),
  });
}

/**
 * Hides the nodes and what they alone held on screen (orphansOf: an obligation only they bore…), as one step
 * that one undo takes back whole.
 */
export function hideNodes(state: AppState, ids: readonly string[]): Partial<AppState> {
  const fresh = ids.filter((id) => !state.hidden.includes(id));
  if (!fresh.length) return {};
  const orphans = orphansOf(filterGraph(state.graph, state), fresh);
  const gone = [...fresh, ...orphans];
  const patch: Partial<AppState> = record(state, { expanded: state.expanded, hidden: [...state.hidden, ...gone] });
  if (orphans.length) patch.lastHide = { hidden: gone.length, orphans: orphans.length };
  const before = selectedNodes(state);
  const left = before.filter((id) => !gone.includes(id));
  if (left.length !== before.length) Object.assign(patch, selectionPatch(left, state.selected));
  return patch;
}

export function undoGraph(state: AppState): Partial<AppState> {
  const previous = state.undo.at(-1);
  if (!previous) return {};
  return { ...previous, undo: state.undo.slice(0, -1), redo: [...state.redo, stepOf(state)], lastHide: null };
}

export function redoGraph(state: AppState): Partial<AppState> {
  const next = state.redo.at(-1);
  if (!next) return {};
  return { ...next, redo: state.redo.slice(0, -1), undo: [...state.undo, stepOf(state)], lastHide: null };
}

/** Back to the overview: expansions, hidden nodes and legend filters cleared (undoable). */
export function resetGraph(state: AppState): Partial<AppState> {
  return { ...record(state, { expanded: [], hidden: [] }), hiddenCategories: [], hiddenModalities: [], selected: null };
}

/** Select a node, first adding it (with its neighbourhood) when the graph does not show it yet. */
export function revealNode(state: AppState, id: string): Partial<AppState> {
  const node = state.graph.nodes.find((n) => n.id === id);
  const patch: Partial<AppState> = node && !state.hidden.includes(id) ? { selected: id } : { ...expandNode(state, id), selected: id };
  // A legend filter must not hide what the researcher just asked to see.
  const category = node ? categoryOf(node) : null;
  if (category && state.hiddenCategories.includes(category)) patch.hiddenCategories = state.hiddenCategories.filter((c) => c !== category);
  return patch;
}

/** Expand several nodes as one undoable step. */
export function expandNodes(state: AppState, ids: readonly string[]): Partial<AppState> {
  const fresh = ids.filter((id) => !state.expanded.includes(id));
  if (!fresh.length && !ids.some((id) => state.hidden.includes(id))) return {};
  return record(state, { expanded: [...state.expanded, ...fresh], hidden: state.hidden.filter((h) => !ids.includes(h)) });
}
