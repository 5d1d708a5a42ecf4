import { describe, expect, it } from 'vitest';
import { tieredPositions, type TierNode } from '../../client/src/cy/tiered-positions.ts';

describe('tieredPositions', () => {
  const nodes: TierNode[] = [
    { id: 'industry:b', category: 'INDUSTRY', sortKey: 'b' },
    { id: 'industry:a', category: 'INDUSTRY', sortKey: 'a' },
    { id: 'zone:left', category: 'ZONE', sortKey: '1' },
    { id: 'zone:right', category: 'ZONE', sortKey: '2' },
    { id: 'office', category: 'OFFICE', sortKey: 'o' },
    { id: 'group', category: 'LEADING_GROUP', sortKey: 'g' },
  ];
  // Each zone develops the industry that sorts on the other side: the sweeps must uncross them.
  const edges = [
    { source: 'group', target: 'office' },
    { source: 'office', target: 'zone:left' },
    { source: 'office', target: 'zone:right' },
    { source: 'zone:left', target: 'industry:b' },
    { source: 'zone:right', target: 'industry:a' },
  ];
  const positions = tieredPositions(nodes, edges);
  const at = (id: string) => positions.get(id)!;

  it('stacks the institutional tiers top-down', () => {
    expect(at('group').y).toBeLessThan(at('office').y);
    expect(at('office').y).toBeLessThan(at('zone:left').y);
    expect(at('zone:left').y).toBe(at('zone:right').y);
    expect(at('zone:left').y).toBeLessThan(at('industry:a').y);
  });

  it('orders a tier by its neighbours so that edges do not cross', () => {
    expect(Math.sign(at('zone:left').x - at('zone:right').x)).toBe(Math.sign(at('industry:b').x - at('industry:a').x));
  });

  it('wraps a long tier onto several rows', () => {
    const many: TierNode[] = Array.from({ length: 30 }, (_, i) => ({ id: `o${i}`, category: 'OBLIGATION', sortKey: String(i).padStart(2, '0') }));
    const rows = new Set([...tieredPositions(many, [], { spacingX: 100, spacingY: 100, maxPerRow: 12, sweeps: 2 }).values()].map((p) => p.y));
    expect(rows.size).toBe(3);
  });
});
