import { describe, expect, it } from 'vitest';
import { pairedRatio } from './api-bench.ts';

const cell = (...p50s: number[]) => ({
  runs: p50s.map((p50) => ({ p50 })),
  p50: { median: [...p50s].sort((a, b) => a - b)[Math.floor(p50s.length / 2)]! },
});

describe('pairedRatio (ours over another target at p50)', () => {
  it('divides within each round, so a round that was slow for both targets does not count against one', () => {
    // Round 1 was slow for both; round 2 slow for ours alone. The medians' ratio would be 2.38 / 1.48 = 1.61.
    const ours = cell(2.44, 2.38, 1.69);
    const floor = cell(2.51, 1.45, 1.48);
    expect(pairedRatio(ours as never, floor as never)).toBeCloseTo(1.69 / 1.48, 5);
  });

  it('still shows a target that is slower in every round', () => {
    expect(pairedRatio(cell(3, 3.3, 2.9) as never, cell(2, 2.2, 1.9) as never)).toBeCloseTo(1.5, 1);
  });

  it('falls back to the medians when the rounds do not pair, and is null for a missing target', () => {
    expect(pairedRatio(cell(2, 4) as never, cell(1, 1, 1) as never)).toBe(4 / 1);
    expect(pairedRatio(undefined, cell(1) as never)).toBeNull();
  });
});
