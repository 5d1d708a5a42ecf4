// Two texts of one regulation in the graph: versions with their dates, which one is in force on a date, and
// the article-level diff between them. The amended pair is loaded beside the shipped regulation and removed after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffVersions } from '../../seed/compare/diff-versions.ts';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { V1, V2 } from '../fixtures/versions/amended-regulation.ts';
import { graphql, graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
const older = buildGraph(V1, { id: 'regulation:test-amended-2020' });
const newer = buildGraph(V2, { id: 'regulation:test-amended-2022' });
const KEYS = [older.regulation.id, newer.regulation.id];

beforeAll(async () => {
  for (const graph of [older, newer]) await loadIfChanged(api.client, graph);
});
afterAll(async () => {
  for (const key of KEYS) await removeRegulation(api.client, key);
});

describe('versions of a regulation', () => {
  it('knows the texts of one regulation as its versions, oldest first, and which is in force on a date', async () => {
    const data = await graphqlData(
      api.yoga,
      `query($key: String!) { regulation(key: $key) {
        versions { key effective }
        before: inForce(on: "2021-06-01") after: inForce(on: "2022-06-01")
      } shipped: regulation(key: "regulation:xinjiang-ftz-2025") { versions { key } } }`,
      { key: KEYS[0] },
    );
    expect(data.regulation.versions).toEqual([
      { key: KEYS[0], effective: '2020-01-01' },
      { key: KEYS[1], effective: '2022-01-01' },
    ]);
    expect([data.regulation.before, data.regulation.after]).toEqual([true, false]);
    expect(data.shipped.versions).toEqual([{ key: 'regulation:xinjiang-ftz-2025' }]);
  });

  it('scopes lists to the versions in force on a date', async () => {
    const at = async (asOf: string) =>
      graphqlData(
        api.yoga,
        `query($asOf: String!, $keys: [String!]) {
          regulations(asOf: $asOf) { key }
          obligations(asOf: $asOf, regulations: $keys, first: 0) { totalCount }
        }`,
        { asOf, keys: KEYS },
      );
    const mid = await at('2021-06-01');
    expect(mid.regulations.map((r: { key: string }) => r.key)).toEqual([KEYS[0]]);
    expect(mid.obligations.totalCount).toBe(older.obligations.length);
    const late = await at('2025-12-31');
    expect(late.regulations.map((r: { key: string }) => r.key).sort()).toEqual([KEYS[1], 'regulation:xinjiang-ftz-2025'].sort());
    expect(late.obligations.totalCount).toBe(newer.obligations.length);
    const bad = await graphql(api.yoga, '{ regulations(asOf: "June 2021") { key } }');
    expect(bad.errors?.[0]?.message).toMatch(/asOf.*YYYY-MM-DD/);
    // A bad date fails inForce with its own message and path.
    const badOn = await graphql(api.yoga, '{ regulations { key inForce(on: "2021-6-1") } }');
    expect(badOn.errors?.[0]?.message).toMatch(/"on" must be a date YYYY-MM-DD \(got "2021-6-1"\)/);
    expect(badOn.errors?.[0]?.path).toEqual(['regulations', 0, 'inForce']);
  });

  it('diffs the two texts article by article, as the pure diff of their extracted graphs does', async () => {
    const expected = diffVersions(older, newer);
    const data = await graphqlData(
      api.yoga,
      `query($from: String!, $to: String!) { diff(from: $from, to: $to) {
        added removed changed unchanged
        articles { kind from { number } to { number } }
        obligationsGained { key modality article { number } }
        obligationsLost { key modality }
      } }`,
      { from: KEYS[0], to: KEYS[1] },
    );
    const { diff } = data;
    expect(diff.articles).toEqual(expected.articles.map((c) => ({ kind: c.kind, from: c.from === null ? null : { number: c.from }, to: c.to === null ? null : { number: c.to } })));
    expect([diff.added, diff.removed, diff.changed, diff.unchanged]).toEqual([1, 1, 2, 2]);
    expect(diff.obligationsGained.map((o: { key: string }) => o.key)).toEqual(expected.gained.map((o) => o.id));
    expect(diff.obligationsLost.map((o: { key: string }) => o.key)).toEqual(expected.lost.map((o) => o.id));
    expect(diff.obligationsGained.map((o: { modality: string }) => o.modality)).toEqual(['MUST_NOT', 'SHALL']);
  });
});
