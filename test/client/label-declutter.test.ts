import { describe, expect, it } from 'vitest';
import { chooseLabelPlacements, chooseShownLabels, DEFAULT_PLACEMENT, labelPriority, overlappingPairs, type LabelBox } from '../../client/src/cy/label-declutter.ts';
import { createRng } from '../support/seeded-random.ts';

const box = (id: string, priority: number, x: number, y: number, w = 60, h = 14): LabelBox => ({ id, priority, x1: x, y1: y, x2: x + w, y2: y + h });

/** Labels of fixed screen size around points spread `scale` times apart (what zooming in does). */
function scatter(count: number, scale: number, seed = 7): LabelBox[] {
  const random = createRng(seed);
  return Array.from({ length: count }, (_, i) => {
    const x = random() * 400 * scale;
    const y = random() * 300 * scale;
    return box(`n${String(i).padStart(3, '0')}`, Math.floor(random() * 1000), x - 40, y, 80, 14);
  });
}

describe('chooseShownLabels', () => {
  it('keeps the more important of two overlapping labels and any that overlap nothing', () => {
    const shown = chooseShownLabels([box('low', 1, 0, 0), box('high', 5, 30, 5), box('apart', 0, 200, 200)]);
    expect([...shown].sort()).toEqual(['apart', 'high']);
  });

  it('leaves no two shown labels overlapping, on a crowded random scene', () => {
    const boxes = scatter(300, 1);
    expect(overlappingPairs(boxes).length).toBeGreaterThan(100);
    const shown = chooseShownLabels(boxes);
    expect(overlappingPairs(boxes.filter((b) => shown.has(b.id)))).toEqual([]);
    // Greedy, so maximal: every hidden label overlaps a shown one of higher or equal priority.
    for (const hidden of boxes.filter((b) => !shown.has(b.id))) {
      const blockers = boxes.filter((b) => shown.has(b.id) && overlappingPairs([b, { ...hidden, x1: hidden.x1 - 2, y1: hidden.y1 - 2, x2: hidden.x2 + 2, y2: hidden.y2 + 2 }]).length);
      expect(blockers.length, hidden.id).toBeGreaterThan(0);
      expect(Math.max(...blockers.map((b) => b.priority))).toBeGreaterThanOrEqual(hidden.priority);
    }
  });

  it('shows more labels as the same points spread apart (zooming in)', () => {
    const counts = [1, 2, 4].map((scale) => chooseShownLabels(scatter(300, scale)).size);
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
  });

  it('does not depend on the order of its input, and skips empty boxes', () => {
    const boxes = scatter(120, 1);
    const reversed = [...boxes].reverse();
    expect([...chooseShownLabels(reversed)].sort()).toEqual([...chooseShownLabels(boxes)].sort());
    expect(chooseShownLabels([{ id: 'empty', priority: 9, x1: 5, y1: 5, x2: 5, y2: 20 }]).size).toBe(0);
  });

  it('keeps a gap between shown labels', () => {
    expect(chooseShownLabels([box('a', 2, 0, 0), box('b', 1, 61, 0)], 2).has('b')).toBe(false);
    expect(chooseShownLabels([box('a', 2, 0, 0), box('b', 1, 63, 0)], 2).has('b')).toBe(true);
  });
});

describe('labelPriority', () => {
  it('puts the selection and its neighbours first, then actors and key bodies, then obligations, then by degree', () => {
    const obligation = labelPriority({ type: 'OBLIGATION', category: 'OBLIGATION', degree: 3 });
    const actor = labelPriority({ type: 'ACTOR', category: 'DEPARTMENT', degree: 1 });
    const office = labelPriority({ type: 'ACTOR', category: 'OFFICE', degree: 1 });
    const busyActor = labelPriority({ type: 'ACTOR', category: 'DEPARTMENT', degree: 40 });
    expect(actor).toBeGreaterThan(obligation);
    expect(office).toBeGreaterThan(busyActor);
    expect(busyActor).toBeGreaterThan(actor);
    expect(labelPriority({ type: 'OBLIGATION', degree: 1, focus: 'neighbour' })).toBeGreaterThan(office);
    expect(labelPriority({ type: 'OBLIGATION', degree: 1, focus: 'selected' })).toBeGreaterThan(labelPriority({ type: 'ACTOR', category: 'OFFICE', degree: 9, focus: 'neighbour' }));
  });
});

describe('chooseShownLabels with node bodies', () => {
  it('hides a label that would cover another node that matters as much, but not one over its own node', () => {
    const obstacles = [
      { owner: 'a', priority: 1, x1: 10, y1: 0, x2: 30, y2: 20 },
      { owner: 'b', priority: 9, x1: 100, y1: 0, x2: 120, y2: 20 },
    ];
    const shown = chooseShownLabels([box('a', 1, 0, 5), box('c', 9, 90, 5, 20)], 2, obstacles);
    expect(shown.has('a')).toBe(true);
    expect(shown.has('c')).toBe(false);
  });

  it('lets an important label cross the markers of less important nodes', () => {
    const markers = [0, 20, 40].map((x) => ({ owner: `o${x}`, priority: 1, x1: x, y1: 0, x2: x + 8, y2: 8 }));
    expect(chooseShownLabels([box('hub', 50, 0, 0)], 2, markers).has('hub')).toBe(true);
    expect(chooseShownLabels([box('o20', 1, 0, 0)], 2, markers).has('o20')).toBe(false);
  });
});

describe('chooseLabelPlacements', () => {
  it('moves a label that has no room in its own place to the first alternative that fits', () => {
    const blocker = box('blocker', 9, 0, 20);
    const label: LabelBox = { ...box('moved', 1, 0, 20), alternatives: [{ placement: 'top', x1: 0, y1: 18, x2: 60, y2: 30 }, { placement: 'right', x1: 70, y1: 20, x2: 130, y2: 34 }] };
    const placements = chooseLabelPlacements([blocker, label]);
    expect(placements.get('blocker')).toBe(DEFAULT_PLACEMENT);
    expect(placements.get('moved')).toBe('right');
    // Without alternatives the same label is hidden.
    expect(chooseShownLabels([blocker, label]).has('moved')).toBe(false);
  });
});
