// The "hierarchical" layout. The regulation's hierarchy is one of institutions (leading group → office →
// governments → zones → …), not of edge directions: obligations point from bearers to beneficiaries and back,
// so an edge-driven layering (dagre) scatters the management chain. Nodes are therefore ranked by what they
// are, and ordered within their tier by the barycentre of their neighbours (a few Sugiyama-style sweeps) to
// keep edges short. The "concentric" layout puts the same ordered tiers on rings. Pure and fast: no layout
// engine, nothing to freeze the page, and the same picture for the same graph whatever order it arrived in.
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
  /** Width and height including the label, when measured; spacing then follows the widest node of a tier. */
  w?: number;
  h?: number;
}

export interface TierOptions {
  /** Least horizontal distance between node centres. */
  spacingX: number;
  /** Least vertical distance between rows. */
  spacingY: number;
  /** Longer tiers wrap onto several rows. */
  maxPerRow: number;
  sweeps: number;
  /**
   * Width / height of the canvas. When given, the row length is chosen (at most maxPerRow) so that the drawing
   * has about the canvas's shape: a few long rows fitted to a tall canvas would be drawn too small to read.
   */
  aspect?: number;
}

export const DEFAULT_TIER_OPTIONS: TierOptions = { spacingX: 120, spacingY: 110, maxPerRow: 14, sweeps: 4 };

export interface Position {
  x: number;
  y: number;
}

/** Gap between the boxes (node and label) of neighbours in a row or on a ring. */
const GAP = 16;

/**
 * The tiers, top first, each ordered by the barycentre of its neighbours in the tiers already placed (a few
 * downward and upward sweeps), ties by sort key and id so that the order does not depend on the input's.
 */
export function tierOrder(nodes: readonly TierNode[], edges: readonly { source: string; target: string }[], sweeps: number): TierNode[][] {
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
  const byKey = (a: TierNode, b: TierNode) => a.sortKey.localeCompare(b.sortKey) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const ordered = [...tiers.entries()].sort(([a], [b]) => a - b).map(([, list]) => list);
  for (const list of ordered) list.sort(byKey);

  // Relative position of each node within its tier, 0..1, so tiers of different lengths can be compared.
  const rank = new Map<string, number>();
  const rerank = (list: readonly TierNode[]) =>
    list.forEach((node, index) => rank.set(node.id, list.length === 1 ? 0.5 : index / (list.length - 1)));
  ordered.forEach(rerank);

  const tierOf = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((node) => tierOf.set(node.id, index)));
  const barycentre = (node: TierNode, tierIndex: number, fixed: ReadonlySet<number>): number | null => {
    let sum = 0;
    let count = 0;
    for (const other of neighbours.get(node.id) ?? []) {
      const otherTier = tierOf.get(other);
      if (otherTier !== undefined && otherTier !== tierIndex && fixed.has(otherTier)) {
        sum += rank.get(other) ?? 0.5;
        count += 1;
      }
    }
    return count ? sum / count : null;
  };

  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    const downward = sweep % 2 === 0;
    const indices = ordered.map((_, i) => i);
    if (!downward) indices.reverse();
    const fixed = new Set<number>();
    for (const index of indices) {
      const list = ordered[index];
      if (!list) continue;
      // Nodes without placed neighbours keep their current relative place.
      const keys = new Map(list.map((node) => [node.id, barycentre(node, index, fixed) ?? rank.get(node.id) ?? 0.5]));
      list.sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0) || byKey(a, b));
      rerank(list);
      fixed.add(index);
    }
  }
  return ordered;
}

const widest = (list: readonly TierNode[], fallback: number) => list.reduce((w, n) => Math.max(w, (n.w ?? 0) + GAP), fallback);
const tallest = (list: readonly TierNode[], fallback: number) => list.reduce((h, n) => Math.max(h, (n.h ?? 0) + GAP), fallback);

/** The row length whose drawing is closest to the canvas's shape (the largest zoom at which it fits). */
function rowLengthFor(ordered: readonly TierNode[][], options: TierOptions): number {
  const { aspect } = options;
  if (!aspect || !Number.isFinite(aspect) || aspect <= 0) return options.maxPerRow;
  const longest = Math.max(1, ...ordered.map((list) => list.length));
  const stepX = Math.max(...ordered.map((list) => widest(list, options.spacingX)));
  let best = options.maxPerRow;
  let bestScale = 0;
  for (let perRow = Math.min(longest, options.maxPerRow); perRow >= 1; perRow -= 1) {
    const width = Math.min(perRow, longest) * stepX + stepX / 2;
    const height = ordered.reduce((h, list) => h + Math.ceil(list.length / perRow) * tallest(list, options.spacingY), 0);
    const scale = Math.min(aspect / width, 1 / height);
    if (scale > bestScale) {
      bestScale = scale;
      best = perRow;
    }
  }
  return best;
}

/** Tiers as rows, top-down; a long tier wraps onto several rows, staggered by half a step. */
export function tieredPositions(
  nodes: readonly TierNode[],
  edges: readonly { source: string; target: string }[],
  options: TierOptions = DEFAULT_TIER_OPTIONS,
): Map<string, Position> {
  const ordered = tierOrder(nodes, edges, options.sweeps);
  const perRow = rowLengthFor(ordered, options);
  const positions = new Map<string, Position>();
  let y = 0;
  for (const list of ordered) {
    const stepX = widest(list, options.spacingX);
    const stepY = tallest(list, options.spacingY);
    for (let start = 0; start < list.length; start += perRow) {
      const chunk = list.slice(start, start + perRow);
      // Wrapped rows are staggered by half a step so that their edges do not run straight through each other.
      const offset = start === 0 ? 0 : stepX / 2;
      chunk.forEach((node, index) => {
        positions.set(node.id, { x: (index - (chunk.length - 1) / 2) * stepX + offset, y });
      });
      y += stepY;
    }
  }
  return positions;
}

/**
 * The "concentric" layout: the same tiers as rings around the governing bodies, in the same order (so that
 * the edges between neighbouring rings stay short). A tier of one node takes the centre if it is the first;
 * each ring is far enough out for its nodes to sit side by side without their labels touching, and clear of
 * the ring inside it.
 */
export function concentricPositions(
  nodes: readonly TierNode[],
  edges: readonly { source: string; target: string }[],
  options: TierOptions = DEFAULT_TIER_OPTIONS,
): Map<string, Position> {
  const ordered = tierOrder(nodes, edges, options.sweeps);
  const positions = new Map<string, Position>();
  const centred = ordered.length > 1 && ordered[0]!.length === 1;
  // The least radius of each ring: clear of the ring inside, and long enough for its nodes side by side.
  const least: number[] = [];
  let radius = 0;
  let previousDepth = 0;
  ordered.forEach((list, ring) => {
    const step = widest(list, options.spacingX * 0.75);
    // A ring's nodes lie sideways of the ring inside as well as above and below it: its depth is their larger side.
    const depth = Math.max(tallest(list, options.spacingY * 0.6), ring === 0 ? 0 : step / 2);
    radius = ring === 0 && centred ? 0 : Math.max(radius + (previousDepth + depth) / 2 + GAP, (list.length * step) / (2 * Math.PI));
    least.push(radius);
    previousDepth = depth;
  });
  // The outermost ring (usually the many obligations) sets the size; the rings inside share the room evenly.
  const outer = least.at(-1) ?? 0;
  const rings = ordered.length - (centred ? 1 : 0);
  ordered.forEach((list, ring) => {
    const step = centred ? ring : ring + 1;
    const r = ring === 0 && centred ? 0 : Math.max(least[ring]!, (outer * step) / rings);
    // Rings start at the top; alternate rings are turned by half a step so that their nodes do not line up.
    const turn = ring % 2 === 0 ? 0 : Math.PI / list.length;
    list.forEach((node, index) => {
      const angle = -Math.PI / 2 + turn + (2 * Math.PI * index) / list.length;
      positions.set(node.id, r === 0 ? { x: 0, y: 0 } : { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    });
  });
  return positions;
}
