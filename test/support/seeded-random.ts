// A seeded pseudo-random sequence for the synthetic test data (regulations, graphs): the same seed gives the
// same data on every run and platform.

// The same mulberry32 the explorer's layouts use.
import { createRng, type Rng } from '../../client/src/cy/seeded-random.ts';

export { createRng, type Rng };

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** `count` different elements of `list` (fewer if it is shorter), in random order. */
export function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}
