import { describe, expect, it } from 'vitest';
import { diffVersions, textSimilarity } from '../../seed/compare/diff-versions.ts';
import { inForceOn } from '../../seed/compare/in-force.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { V1, V2 } from '../fixtures/versions/amended-regulation.ts';

const version = (g: ExtractedGraph) => ({ articles: g.articles, obligations: g.obligations });

describe('diffVersions', () => {
  const older = buildGraph(V1, { id: 'regulation:test-2020' });
  const newer = buildGraph(V2, { id: 'regulation:test-2022' });
  const diff = diffVersions(version(older), version(newer));

  it('pairs articles by text, so renumbered ones are unchanged, and finds the added, removed and amended ones', () => {
    expect(diff.articles.map(({ kind, from, to }) => [kind, from, to])).toEqual([
      ['UNCHANGED', 1, 1],
      ['CHANGED', 2, 2],
      ['ADDED', null, 3],
      ['UNCHANGED', 3, 4],
      ['REMOVED', 4, null],
      ['CHANGED', 5, 5],
    ]);
  });

  it('names the obligations gained and lost, not those that only moved', () => {
    expect(diff.gained.map((o) => [o.article, o.modality])).toEqual([
      [2, 'MUST_NOT'],
      [3, 'SHALL'],
    ]);
    expect(diff.lost.map((o) => [o.article, o.modality, o.text])).toEqual([[4, 'MAY', older.obligations.find((o) => o.article === 4)!.text]]);
  });

  it('finds no change between a text and itself, and only additions from nothing', () => {
    const seed = version(readSeedGraph());
    const same = diffVersions(seed, seed);
    expect(same.articles.every((c) => c.kind === 'UNCHANGED' && c.from === c.to)).toBe(true);
    expect(same.articles).toHaveLength(62);
    expect([same.gained, same.lost]).toEqual([[], []]);
    const fromNothing = diffVersions({ articles: [], obligations: [] }, seed);
    expect(fromNothing.articles.every((c) => c.kind === 'ADDED')).toBe(true);
    expect(fromNothing.gained).toHaveLength(seed.obligations.length);
  });

  it('measures similarity on letters and digits only', () => {
    expect(textSimilarity('海关应当 提供\n便利。', '海关应当提供便利')).toBe(1);
    expect(textSimilarity('海关', '税务')).toBe(0);
  });
});

describe('inForceOn', () => {
  const v = (id: string, work: string, effective: string | null) => ({ id, work, effective, promulgated: null, adopted: null });
  const versions = [v('law-2004', 'law', '2004-07-01'), v('law-2022', 'law', '2022-12-30'), v('other', 'other', null), v('future', 'next', '2030-01-01')];

  it('takes, per regulation, the version that took effect last on or before the date', () => {
    expect(inForceOn(versions, '2010-01-01')).toEqual(new Set(['law-2004', 'other']));
    expect(inForceOn(versions, '2022-12-30')).toEqual(new Set(['law-2022', 'other']));
    expect(inForceOn(versions, '2031-05-01')).toEqual(new Set(['law-2022', 'other', 'future']));
    expect(inForceOn(versions, '2000-01-01')).toEqual(new Set(['other']));
  });
});
