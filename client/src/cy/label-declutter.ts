// Which labels to show so that none overlaps another at the current zoom: pure functions over the labels' boxes
// on screen. Labels keep a fixed size on screen (style.ts scales fonts by 1 / zoom), so zooming in spreads the
// boxes apart and more of them fit; the most important labels are placed first and never give way.
import type { NodeCategory } from '../model.ts';

export interface LabelBox {
  id: string;
  /** Higher goes first. */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Other places the label may go (above, beside its node), tried in order when this one does not fit. */
  alternatives?: readonly PlacedBox[];
}

/** Where a label may be drawn: `placement` names it for the caller (e.g. 'top', 'right'). */
export interface PlacedBox {
  placement: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The placement of a label's own box (LabelBox.x1…y2). */
export const DEFAULT_PLACEMENT = 'default';

/** Bodies that structure the rest: their names are read first. */
const KEY_CATEGORIES = new Set<string>(['LEADING_GROUP', 'OFFICE', 'ZONE', 'LEGISLATURE', 'REGIONAL_GOVERNMENT'] satisfies NodeCategory[]);

const TYPE_RANK: Record<string, number> = {
  ACTOR: 300,
  INDUSTRY: 220,
  REGULATION: 200,
  CHAPTER: 180,
  ARTICLE: 160,
  DOCUMENT: 140,
  PARAGRAPH: 120,
  ITEM: 110,
  OBLIGATION: 100,
};

export interface LabelledElement {
  /** Node type (ACTOR, OBLIGATION…), or `EDGE` for an edge's label. */
  type: string;
  category?: string;
  degree: number;
  /** The selection, or a neighbour of it. */
  focus?: 'selected' | 'neighbour' | null;
}

/**
 * How much a label matters: the selection and its neighbours first, then by type (actors, key bodies above
 * the rest, before obligations), then by how many links the element has. Edge labels (levels, counts) rank
 * with industries.
 */
export function labelPriority(element: LabelledElement): number {
  const focus = element.focus === 'selected' ? 10_000 : element.focus === 'neighbour' ? 5_000 : 0;
  const rank = element.type === 'EDGE' ? 210 : (TYPE_RANK[element.type] ?? 100) + (element.category && KEY_CATEGORIES.has(element.category) ? 150 : 0);
  return focus + rank * 10 + Math.min(element.degree, 99);
}

type Box = Pick<LabelBox, 'x1' | 'y1' | 'x2' | 'y2'>;
const overlaps = (a: Box, b: Box, gap: number) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

const CELL = 64;

/**
 * Something a label must not cover: a node's body, with the id of the element whose label may (its own) and
 * that node's label priority: a body blocks only labels that matter no more than its own (the FTZ's name may
 * cross the small obligation markers around it; an obligation's label may not cross an actor).
 */
export interface Obstacle {
  owner: string;
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Where to draw each label so that none comes closer than `gap` pixels to another or covers an obstacle (the
 * body of another node that matters as much): greedily by priority (then id, so that the answer does not
 * depend on the input's order), each label in its own place or else the first alternative that fits; labels
 * with no free place are left out. Empty boxes are skipped. A grid of CELL px buckets keeps it near-linear for
 * the thousand labels of a large graph.
 */
export function chooseLabelPlacements(boxes: readonly LabelBox[], gap = 2, obstacles: readonly Obstacle[] = []): Map<string, string> {
  const valid = (b: Box) => b.x2 > b.x1 && b.y2 > b.y1 && [b.x1, b.x2, b.y1, b.y2].every(Number.isFinite);
  const ordered = boxes.filter(valid).sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new Map<string, Box[]>();
  const blocked = new Map<string, Obstacle[]>();
  const cellsOf = (b: Box) => {
    const keys: string[] = [];
    for (let cx = Math.floor((b.x1 - gap) / CELL); cx <= Math.floor((b.x2 + gap) / CELL); cx++) {
      for (let cy = Math.floor((b.y1 - gap) / CELL); cy <= Math.floor((b.y2 + gap) / CELL); cy++) keys.push(`${cx},${cy}`);
    }
    return keys;
  };
  for (const obstacle of obstacles) {
    for (const key of cellsOf(obstacle)) {
      const bucket = blocked.get(key);
      if (bucket) bucket.push(obstacle);
      else blocked.set(key, [obstacle]);
    }
  }
  const covers = (label: LabelBox, box: Box, o: Obstacle) =>
    o.owner !== label.id && o.priority >= label.priority && box.x1 < o.x2 && o.x1 < box.x2 && box.y1 < o.y2 && o.y1 < box.y2;
  const placements = new Map<string, string>();
  for (const label of ordered) {
    const candidates: PlacedBox[] = [{ placement: DEFAULT_PLACEMENT, x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 }, ...(label.alternatives ?? []).filter(valid)];
    for (const box of candidates) {
      const cells = cellsOf(box);
      if (cells.some((key) => grid.get(key)?.some((other) => overlaps(box, other, gap)))) continue;
      if (cells.some((key) => blocked.get(key)?.some((o) => covers(label, box, o)))) continue;
      placements.set(label.id, box.placement);
      for (const key of cells) {
        const bucket = grid.get(key);
        if (bucket) bucket.push(box);
        else grid.set(key, [box]);
      }
      break;
    }
  }
  return placements;
}

/** The ids of the labels to show, each in its own place (chooseLabelPlacements without alternatives). */
export function chooseShownLabels(boxes: readonly LabelBox[], gap = 2, obstacles: readonly Obstacle[] = []): Set<string> {
  return new Set(chooseLabelPlacements(boxes.map(({ alternatives: _, ...box }) => box), gap, obstacles).keys());
}

/** Pairs of boxes that overlap (for checks and tests): each pair once, by id. */
export function overlappingPairs(boxes: readonly LabelBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (overlaps(a, b, 0)) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
    }
  }
  return pairs;
}
