// Selecting several nodes: shift/ctrl-click, a box, a node's neighbours. The store holds the list (`selection`)
// next to `selected`, the one the details panel shows; an empty list means `selected` alone, so that a plain
// click and every link that sets `selected` need no list. Pure transitions over the state.
import type { GraphData } from '../cy/graph-data.ts';
import type { UrlState } from './url-state.ts';

type SelectionState = Pick<UrlState, 'selected' | 'selection'>;

/** Edge ids are `source|TYPE|target`; node ids never hold a `|`. */
export const isEdgeId = (id: string): boolean => id.includes('|');

/** Every selected node, in the order they were picked. */
export function selectedNodes(state: SelectionState): string[] {
  if (state.selection.length) return [...state.selection];
  return state.selected && !isEdgeId(state.selected) ? [state.selected] : [];
}

/** The state for a selection of these nodes; `focus` stays the one shown in details if it is among them. */
export function selectionPatch(ids: readonly string[], focus: string | null): SelectionState {
  const unique = [...new Set(ids)];
  if (unique.length <= 1) return { selected: unique[0] ?? null, selection: [] };
  return { selected: focus && unique.includes(focus) ? focus : unique.at(-1)!, selection: unique };
}

/** Shift/ctrl/cmd-click: adds the node (and shows it in details), or takes it out when it was selected. */
export function toggleSelected(state: SelectionState, id: string): SelectionState {
  const current = selectedNodes(state);
  if (current.includes(id)) {
    const rest = current.filter((n) => n !== id);
    return selectionPatch(rest, state.selected === id ? (rest.at(-1) ?? null) : state.selected);
  }
  return selectionPatch([...current, id], id);
}

/** A box drawn with shift held adds what it holds to the selection. */
export function addToSelection(state: SelectionState, ids: readonly string[]): SelectionState {
  const current = selectedNodes(state);
  const fresh = ids.filter((id) => !current.includes(id));
  if (!fresh.length) return { selected: state.selected, selection: state.selection };
  return selectionPatch([...current, ...fresh], current.length ? state.selected : (fresh[0] ?? null));
}

/** The node and every node linked to it on screen (in place of the selection); the node stays the one in details. */
export function selectNeighbours(id: string, shown: GraphData): SelectionState {
  const neighbours = shown.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
  return selectionPatch([id, ...neighbours], id);
}
