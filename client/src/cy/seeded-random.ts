// A seeded pseudo-random sequence for the layouts: fcose draws its start positions and samples with
// Math.random, so the same graph would be drawn differently on every load. With the same seed the sequence,
// and so the picture, is the same on every load and platform.

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence everywhere. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text: a seed that follows what is laid out (its node ids), not when. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Runs `work` with Math.random replaced by a seeded sequence (layout engines call it directly), then restores it. */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const original = Math.random;
  Math.random = createRng(seed);
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
