// The actors-only picture: actors tied by co-borne duties, duties owed to another, and membership, each link
// with the obligations behind it. Expected links are computed from the extracted graph.
import { describe, expect, it } from 'vitest';
import { graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

describe('actorNetwork', () => {
  it('links co-bearers, bearers and those their duties benefit, and members, with the duties behind each link', async () => {
    const data = await graphqlData(
      api.yoga,
      '{ actorNetwork { actors { key } links { source { key } target { key } relation count jointly obligations { key bearerMethod bearers { key } beneficiaries { key } } } } }',
    );
    const { obligations, actors } = api.graph;
    const expected = new Map<string, Set<string>>();
    const add = (key: string, id: string | null) => {
      const set = expected.get(key) ?? new Set<string>();
      if (id) set.add(id);
      expected.set(key, set);
    };
    for (const o of obligations) {
      for (const a of o.bearers) {
        for (const b of o.bearers) if (a < b) add(`${a}|CO_BEARS|${b}`, o.id);
        for (const b of o.beneficiaries) if (a !== b) add(`${a}|BENEFITS|${b}`, o.id);
      }
    }
    for (const collective of actors) for (const member of collective.members) add(`${member}|MEMBER_OF|${collective.id}`, null);
    const links = data.actorNetwork.links as { source: { key: string }; target: { key: string }; relation: string; count: number; jointly: number; obligations: { key: string; bearerMethod: string }[] }[];
    expect(new Set(links.map((l) => `${l.source.key}|${l.relation}|${l.target.key}`))).toEqual(new Set(expected.keys()));
    for (const l of links) {
      const ids = expected.get(`${l.source.key}|${l.relation}|${l.target.key}`)!;
      expect(l.count).toBe(ids.size);
      // 会同 (a co-bearer clause) is counted apart on co-bearing links only.
      expect(l.jointly).toBe(l.relation === 'CO_BEARS' ? l.obligations.filter((o) => o.bearerMethod === 'CO_BEARER').length : 0);
      expect(new Set(l.obligations.map((o) => o.key))).toEqual(ids);
    }
    expect(links.filter((l) => l.relation === 'CO_BEARS').length).toBeGreaterThan(0);
    expect(links.filter((l) => l.relation === 'BENEFITS').length).toBeGreaterThan(0);
    expect(links.filter((l) => l.jointly > 0).length).toBeGreaterThan(0);
    expect(data.actorNetwork.actors.length).toBe(new Set(links.flatMap((l) => [l.source.key, l.target.key])).size);
  });
});
