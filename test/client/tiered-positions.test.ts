import { describe, expect, it } from 'vitest';
import { concentricPositions, DEFAULT_TIER_OPTIONS, tieredPositions, type TierNode } from '../../client/src/cy/tiered-positions.ts';

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

describe('tier layouts', () => {
  const many: TierNode[] = [
    { id: 'group', category: 'LEADING_GROUP', sortKey: 'g' },
    ...Array.from({ length: 4 }, (_, i) => ({ id: `gov${i}`, category: 'LOCAL_GOVERNMENT' as const, sortKey: `g${i}` })),
    ...Array.from({ length: 24 }, (_, i) => ({ id: `o${i}`, category: 'OBLIGATION' as const, sortKey: String(i).padStart(2, '0') })),
  ];
  const edges = many.slice(1, 5).map((n) => ({ source: 'group', target: n.id }));
  const extent = (positions: Map<string, { x: number; y: number }>) => {
    const xs = [...positions.values()].map((p) => p.x);
    const ys = [...positions.values()].map((p) => p.y);
    return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };

  it('shapes the rows after the canvas: a tall canvas gets shorter rows than a wide one', () => {
    const wide = extent(tieredPositions(many, edges, { ...DEFAULT_TIER_OPTIONS, aspect: 3 }));
    const tall = extent(tieredPositions(many, edges, { ...DEFAULT_TIER_OPTIONS, aspect: 0.6 }));
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height);
    expect(tall.width).toBeLessThan(wide.width);
  });

  it('spaces a row by its widest node, label included', () => {
    const wideNodes = many.map((n) => ({ ...n, w: 300, h: 40 }));
    const positions = tieredPositions(wideNodes, edges);
    const row = [...positions.entries()].filter(([id]) => id.startsWith('gov')).map(([, p]) => p.x).sort((a, b) => a - b);
    expect(row[1]! - row[0]!).toBeGreaterThanOrEqual(300);
  });

  it('puts a lone first tier in the centre and each further tier on a ring outside the last', () => {
    const positions = concentricPositions(many, edges);
    expect(positions.get('group')).toEqual({ x: 0, y: 0 });
    const radius = (id: string) => Math.hypot(positions.get(id)!.x, positions.get(id)!.y);
    const govs = many.filter((n) => n.id.startsWith('gov')).map((n) => radius(n.id));
    const duties = many.filter((n) => n.id.startsWith('o')).map((n) => radius(n.id));
    for (const r of [...govs, ...duties]) expect(r).toBeGreaterThan(0);
    expect(Math.max(...govs)).toBeLessThan(Math.min(...duties));
    // One ring per tier: every node of a tier at the same distance.
    expect(Math.max(...duties) - Math.min(...duties)).toBeLessThan(1e-9);
  });

  it('leaves room on a ring for its nodes side by side', () => {
    const wideNodes = many.map((n) => ({ ...n, w: 200, h: 40 }));
    const positions = concentricPositions(wideNodes, edges);
    const ring = many.filter((n) => n.id.startsWith('o')).map((n) => positions.get(n.id)!);
    let nearest = Infinity;
    ring.forEach((a, i) => ring.forEach((b, j) => i < j && (nearest = Math.min(nearest, Math.hypot(a.x - b.x, a.y - b.y)))));
    expect(nearest).toBeGreaterThanOrEqual(200);
  });

  it('gives the same positions whatever order the nodes and edges come in', () => {
    const shuffled = [...many].reverse();
    expect(tieredPositions(shuffled, [...edges].reverse())).toEqual(tieredPositions(many, edges));
    expect(concentricPositions(shuffled, [...edges].reverse())).toEqual(concentricPositions(many, edges));
  });
});
