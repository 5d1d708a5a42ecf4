// A graph above LARGE_GRAPH_NODES is placed by its tiers in rows as long as the canvas's shape asks for (not the
// regulation's 14 a row), so that the whole of it can be drawn at a zoom the explorer allows.
import { describe, expect, it } from 'vitest';
import { layoutPositions, type MeasuredNode } from '../../client/src/cy/layout-placement.ts';
import { LARGE_GRAPH_NODES } from '../../client/src/cy/layouts.ts';

const extent = { body: { x1: -8, y1: -8, x2: 8, y2: 8 }, label: { x1: -70, y1: -30, x2: 70, y2: 30 } };
const node = (id: string, category: MeasuredNode['category']): MeasuredNode => ({ id, category, sortKey: id, w: 140, h: 40, extent });

function shapeOf(positions: Map<string, { x: number; y: number }>) {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
}

describe('layoutPositions for a large graph', () => {
  const count = LARGE_GRAPH_NODES * 2;
  const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, i % 10 === 0 ? 'OFFICE' : i % 3 === 0 ? 'ARTICLE' : 'OBLIGATION'));
  const noLayoutWorker = () => Promise.reject(new Error('a large graph is not sent to the force layout'));

  it('lays its tiers out about as wide as the canvas, not as a column', async () => {
    const positions = await layoutPositions('fcose', nodes, [], noLayoutWorker, { aspect: 16 / 10 });
    expect(positions.size).toBe(count);
    // Capped at 14 a row, 3,000 nodes made a drawing many times taller than wide.
    expect(shapeOf(positions)).toBeGreaterThan(0.8);
    expect(shapeOf(positions)).toBeLessThan(3);
  });

  it('places every node apart from the others', async () => {
    const positions = await layoutPositions('hierarchical', nodes, [], noLayoutWorker, { aspect: 16 / 10 });
    const keys = new Set([...positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(count);
  });
});
