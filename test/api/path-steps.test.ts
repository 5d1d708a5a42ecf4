// Reading a path of graph links as responsibility steps (pure: no database).
import { describe, expect, it } from 'vitest';
import { toPathSteps, type PathEdgeInput, type PathNodeInput } from '../../server/schema/path-steps.ts';

const clause = (article: number, paragraph: number) => ({ regulation: 'regulation:r', article, paragraph, item: null });
const actor = (id: string): PathNodeInput => ({ id, obligation: false, clause: null });
const duty = (id: string, article: number): PathNodeInput => ({ id, obligation: true, clause: clause(article, 1) });
const link = (type: string, source: string, target: string, at: PathEdgeInput['clause'] = null): PathEdgeInput => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  clause: at,
});

describe('path steps', () => {
  it('two bearers of one obligation are one co-bearing step, cited by the obligation', () => {
    const steps = toPathSteps([actor('a'), duty('o', 12), actor('b')], [link('BEARS', 'a', 'o'), link('BEARS', 'b', 'o')]);
    expect(steps).toEqual([
      { from: 'a', to: 'b', kind: 'CO_BEARS', type: null, reversed: false, via: 'o', edges: ['a|BEARS|o', 'b|BEARS|o'], clause: clause(12, 1) },
    ]);
  });

  it('a bearer and a beneficiary are one BEARS_FOR step, reversed when the path runs from the beneficiary', () => {
    const forward = toPathSteps([actor('a'), duty('o', 3), actor('b')], [link('BEARS', 'a', 'o'), link('BENEFITS', 'o', 'b')]);
    const backward = toPathSteps([actor('b'), duty('o', 3), actor('a')], [link('BENEFITS', 'o', 'b'), link('BEARS', 'a', 'o')]);
    expect(forward.map((s) => [s.kind, s.reversed])).toEqual([['BEARS_FOR', false]]);
    expect(backward.map((s) => [s.kind, s.reversed, s.from, s.to])).toEqual([['BEARS_FOR', true, 'b', 'a']]);
    const both = toPathSteps([actor('a'), duty('o', 3), actor('b')], [link('BENEFITS', 'o', 'a'), link('BENEFITS', 'o', 'b')]);
    expect(both[0]!.kind).toBe('CO_BENEFITS');
  });

  it('memberships and links to an obligation at an end are steps of their own, with the clause they have', () => {
    const steps = toPathSteps(
      [actor('a'), actor('group'), actor('b'), duty('o', 7)],
      [link('MEMBER_OF', 'a', 'group', clause(2, 1)), link('MEMBER_OF', 'b', 'group'), link('BEARS', 'b', 'o')],
    );
    expect(steps.map((s) => [s.kind, s.type, s.reversed, s.from, s.to, s.clause?.article ?? null])).toEqual([
      ['LINK', 'MEMBER_OF', false, 'a', 'group', 2],
      ['LINK', 'MEMBER_OF', true, 'group', 'b', null],
      ['LINK', 'BEARS', false, 'b', 'o', 7],
    ]);
  });

  it('a link of another type through an obligation is not read as a responsibility step', () => {
    const steps = toPathSteps([actor('a'), duty('o', 5), { id: 'i', obligation: false, clause: null }], [link('BEARS', 'a', 'o'), link('CONCERNS', 'o', 'i')]);
    expect(steps.map((s) => s.kind)).toEqual(['LINK', 'LINK']);
  });
});
