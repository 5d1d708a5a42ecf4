import { describe, expect, it } from 'vitest';
import { checkSameAnswers } from './answers.ts';

// Answers in the shapes the three kinds of target give them.
const ours = {
  responsibilityMatrix: {
    rows: [
      { actor: { key: 'actor:b', name: 'B', kind: 'OFFICE' }, total: 2, cells: [{ modality: 'SHALL', count: 2 }, { modality: 'MAY', count: 0 }] },
      { actor: { key: 'actor:a', name: 'A', kind: 'ZONE' }, total: 1, cells: [{ modality: 'MAY', count: 1 }] },
    ],
  },
};
const floor = [
  { actor: { id: 'actor:a', name: 'A', kind: 'ZONE' }, total: 1, cells: [{ modality: 'MAY', count: 1 }] },
  { actor: { id: 'actor:b', name: 'B', kind: 'OFFICE' }, total: 2, cells: [{ modality: 'SHALL', count: 2 }] },
];
const zero = { totalCount: 0 };
const peer = {
  actors: [
    { id: 'actor:a', name: 'A', kind: 'ZONE', total: { totalCount: 1 }, shall: zero, responsible: zero, may: { totalCount: 1 }, support: zero, encourage: zero, must_not: zero },
    { id: 'actor:b', name: 'B', kind: 'OFFICE', total: { totalCount: 2 }, shall: { totalCount: 2 }, responsible: zero, may: zero, support: zero, encourage: zero, must_not: zero },
  ],
};

describe('checkSameAnswers', () => {
  it('accepts answers that differ only in order, names of keys and zero counts', () => {
    expect(() => checkSameAnswers('responsibilityMatrix', { ours, floor, floorHttp: floor, peer })).not.toThrow();
  });

  it('fails, naming the target and where, when one answer differs', () => {
    const wrong = [floor[0]!, { ...floor[1]!, total: 3 }];
    expect(() => checkSameAnswers('responsibilityMatrix', { ours, floor, floorHttp: wrong, peer })).toThrow(/floorHttp and ours answer responsibilityMatrix \(regulation\) differently: \[1\]\.total/);
    const peerMissing = { actors: peer.actors.slice(0, 1) };
    expect(() => checkSameAnswers('responsibilityMatrix', { ours, floor, floorHttp: floor, peer: peerMissing })).toThrow(/peer and ours/);
  });

  it('merges the peer’s four search lists by score before comparing', () => {
    const search = { search: { totalCount: 3, edges: [{ node: { kind: 'OBLIGATION', key: 'o:1' } }, { node: { kind: 'ARTICLE', key: 'a:1' } }, { node: { kind: 'ACTOR', key: 'x' } }] } };
    const rows = [{ totalCount: 3, hits: [{ kind: 'OBLIGATION', key: 'o:1' }, { kind: 'ARTICLE', key: 'a:1' }, { kind: 'ACTOR', key: 'x' }] }];
    const list = (edges: { score: number; node: { id: string } }[]) => ({ totalCount: edges.length, edges });
    const peerSearch = {
      articlesByText: list([{ score: 2, node: { id: 'a:1' } }]),
      obligationsByText: list([{ score: 3, node: { id: 'o:1' } }]),
      actorsByName: list([{ score: 1, node: { id: 'x' } }]),
      industriesByName: list([]),
    };
    expect(() => checkSameAnswers('search', { ours: search, floor: rows, floorHttp: rows, peer: peerSearch })).not.toThrow();
    peerSearch.actorsByName = list([{ score: 5, node: { id: 'x' } }]);
    expect(() => checkSameAnswers('search', { ours: search, floor: rows, floorHttp: rows, peer: peerSearch })).toThrow(/peer/);
  });
});
