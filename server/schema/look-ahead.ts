// Look-ahead into a field's selection: a resolver (or a loader, which gets the first caller's info) asks whether
// the request selects some nested field, so it can fetch that field's rows in the same statement and prime its
// loader instead of paying one more round trip per nesting level.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

export type SelectionInfo = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/**
 * Whether the selection under the current field reaches `path` (field names, aliases ignored), through
 * fragments and inline fragments; e.g. `selectsPath(info, ['edges', 'node', 'article'])` on a connection.
 * Directives (@skip/@include) are not evaluated: a skipped field counts as selected, which only costs a fetch.
 */
export function selectsPath(info: SelectionInfo | undefined, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

/** The field nodes the selection under the current field has at `path` (several when a field is asked twice). */
export function fieldsAt(info: SelectionInfo | undefined, path: readonly string[]): FieldNode[] {
  if (!info) return [];
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((node) => childFields(node.selectionSet, info.fragments, name));
    if (level.length === 0) return [];
  }
  return level;
}

function childFields(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, name: string, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === 'Field') return selection.name.value === name ? [selection] : [];
    if (selection.kind === 'InlineFragment') return childFields(selection.selectionSet, fragments, name, seen);
    const fragmentName = selection.name.value;
    if (seen.has(fragmentName)) return [];
    seen.add(fragmentName);
    return childFields(fragments[fragmentName]?.selectionSet, fragments, name, seen);
  });
}
