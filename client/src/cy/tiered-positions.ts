// The "hierarchical" layout. The regulation's hierarchy is one of institutions (leading group → office →
// governments → zones → …), not of edge directions: obligations point from bearers to beneficiaries and back,
// so an edge-driven layering (dagre) scatters the management chain. Nodes are therefore ranked by what they
// are, and ordered within their tier by the barycentre of their neighbours (a few Sugiyama-style sweeps) to
// keep edges short. Pure and fast: no layout engine, nothing to freeze the page.
import type { NodeCategory } from '../model.ts';

export const TIER_OF: Record<NodeCategory, number> = {
  REGULATION: 0,
  LEGISLATURE: 0,
  LEADING_GROUP: 0,
  OFFICE: 1,
  REGIONAL_GOVERNMENT: 1,
  LOCAL_GOVERNMENT: 2,
  DEPARTMENT: 2,
  CENTRAL_AGENCY: 2,
  ZONE: 3,
  ZONE_AUTHORITY: 3,
  OBLIGATION: 4,
  INDUSTRY: 5,
  JUDICIARY: 2,
  INSTITUTION: 5,
  ENTERPRISE: 5,
  PERSON: 5,
  OTHER: 5,
  CHAPTER: 6,
  ARTICLE: 6,
  PARAGRAPH: 7,
  ITEM: 7,
  DOCUMENT: 6,
};

export interface TierNode {
  id: string;
  category: NodeCategory;
  /** Tie-breaker that keeps the order stable between runs (e.g. the label). */
  sortKey: string;
}

export interface TierOptions {
  /** Horizontal distance between node centres. */
  spacingX: number;
  /** Vertical distance between rows. */
  spacingY: number;
  /** Longer tiers wrap onto several rows. */
  maxPerRow: number;
  sweeps: number;
}

export const DEFAULT_TIER_OPTIONS: TierOptions = { spacingX: 120, spacingY: 110, maxPerRow: 14, sweeps: 4 };

export interface Position {
  x: number;
  y: number;
}

export function tieredPositions(
  nodes: readonly TierNode[],
  edges: readonly { source: string; target: string }[],
  options: TierOptions = DEFAULT_TIER_OPTIONS,
): Map<string, Position> {
  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const { source, target } of edges) {
    if (source === target) continue;
    neighbours.get(source)?.push(target);
    neighbours.get(target)?.push(source);
  }

  const tiers = new Map<number, TierNode[]>();
  for (const node of nodes) {
    const tier = TIER_OF[node.category] ?? 5;
    const list = tiers.get(tier) ?? [];
    list.push(node);
    tiers.set(tier, list);
  }
  const ordered = [...tiers.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
  for (const list of ordered) list.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));

  // Relative position of each node within its tier, 0..1, so tiers of different lengths can be compared.
  const rank = new Map<string, number>();
  const rerank = (list: readonly TierNode[]) =>
    list.forEach((node, index) => rank.set(node.id, list.length === 1 ? 0.5 : index / (list.length - 1)));
  ordered.forEach(rerank);

  const tierOf = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((node) => tierOf.set(node.id, index)));
  const barycentre = (node: TierNode, tierIndex: number, fixed: ReadonlySet<number>): number | null => {
    const values: number[] = [];
    for (const other of neighbours.get(node.id) ?? []) {
      const otherTier = tierOf.get(other);
      if (otherTier !== undefined && otherTier !== tierIndex && fixed.has(otherTier)) values.push(rank.get(other) ?? 0.5);
    }
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };

  for (let sweep = 0; sweep < options.sweeps; sweep += 1) {
    const downward = sweep % 2 === 0;
    const indices = ordered.map((_, i) => i);
    if (!downward) indices.reverse();
    const fixed = new Set<number>();
    for (const index of indices) {
      const list = ordered[index];
      if (!list) continue;
      // Nodes without placed neighbours keep their current relative place.
      const keys = new Map(list.map((node) => [node.id, barycentre(node, index, fixed) ?? rank.get(node.id) ?? 0.5]));
      list.sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0) || a.sortKey.localeCompare(b.sortKey));
      rerank(list);
      fixed.add(index);
    }
  }

  const positions = new Map<string, Position>();
  let row = 0;
  for (const list of ordered) {
    for (let start = 0; start < list.length; start += options.maxPerRow) {
      const chunk = list.slice(start, start + options.maxPerRow);
      // Wrapped rows are staggered by half a step so that their edges do not run straight through each other.
      const offset = start === 0 ? 0 : options.spacingX / 2;
      chunk.forEach((node, index) => {
        positions.set(node.id, { x: (index - (chunk.length - 1) / 2) * options.spacingX + offset, y: row * options.spacingY });
      });
      row += 1;
    }
  }
  return positions;
}
