import { describe, expect, it } from 'vitest';
import { computeForceLayout } from '../../client/src/cy/force-layout.ts';
import { requestOf } from '../../client/src/cy/layout-runner.ts';
import { fcoseOptions, fitViewport, type NodeExtent } from '../../client/src/cy/layouts.ts';
import { createRng } from '../../client/src/cy/seeded-random.ts';

// A small graph in the regulation's shape: a hub bearing duties, a few actors linked to some of them.
const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, w: 40 + (i % 5) * 10, h: 30 }));
const edges = nodes.slice(1).map((n, i) => ({ source: i % 3 === 0 ? 'n00' : `n${String(1 + (i % 7)).padStart(2, '0')}`, target: n.id }));

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const random = createRng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const positionsOf = (input: { nodes: typeof nodes; edges: typeof edges }) =>
  new Map(computeForceLayout(requestOf(1, { ...input, options: fcoseOptions(false) })).map(([id, x, y]) => [id, { x, y }]));

describe('the force layout', () => {
  it('draws one graph the same way every time, whatever order its nodes and edges arrive in, and leaves Math.random alone', () => {
    const random = Math.random;
    const first = positionsOf({ nodes, edges });
    const again = positionsOf({ nodes, edges });
    const reordered = positionsOf({ nodes: shuffle(nodes, 1), edges: shuffle(edges, 2) });
    expect(again).toEqual(first);
    expect(reordered).toEqual(first);
    expect(Math.random).toBe(random);
    // Not all in one place: the layout did run.
    const xs = [...first.values()].map((p) => p.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(100);
  });
});

describe('fitViewport', () => {
  const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });
  const extents = new Map<string, NodeExtent>([
    ['a', { body: box(-10, -10, 10, 10), label: box(-60, -10, 60, 40) }],
    ['b', { body: box(-10, -10, 10, 10), label: box(-60, -10, 60, 40) }],
  ]);
  const positions = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 2000, y: 500 }],
  ]);
  const size = { width: 800, height: 600 };

  it('puts every node and its label (which keeps its size on screen) inside the canvas with the padding', () => {
    const { zoom, pan } = fitViewport(extents, positions, size, { padding: 40 });
    for (const [id, p] of positions) {
      const { label } = extents.get(id)!;
      const left = p.x * zoom + pan.x + label.x1;
      const right = p.x * zoom + pan.x + label.x2;
      const top = p.y * zoom + pan.y + label.y1;
      const bottom = p.y * zoom + pan.y + label.y2;
      expect(left).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(right).toBeLessThanOrEqual(760 + 1e-6);
      expect(top).toBeGreaterThanOrEqual(40 - 1e-6);
      expect(bottom).toBeLessThanOrEqual(560 + 1e-6);
    }
    // As large as it can be: the width is used up to the padding.
    expect(2000 * zoom + 120).toBeCloseTo(720, 3);
  });

  it('never zooms in past the limit on a small graph, and centres it', () => {
    const one = new Map([['a', { x: 50, y: 50 }]]);
    const { zoom, pan } = fitViewport(extents, one, size, { maxZoom: 1.3 });
    expect(zoom).toBe(1.3);
    expect(50 * zoom + pan.x).toBeCloseTo(400, 6);
  });
});
