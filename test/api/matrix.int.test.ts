// Every count adds up: the responsibility matrix accounts for every obligation, those without a named bearer
// included, and its column totals are the obligations of each modality. Expected figures come from the
// extracted graph.
import { describe, expect, it } from 'vitest';
import { MODALITIES } from '../../seed/types.ts';
import { graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

const MATRIX = `query($kinds: [ActorKind!]) {
  responsibilityMatrix(kinds: $kinds) {
    modalities
    rows { actor { key } cells { modality count } }
    unnamed { total cells { modality count obligations(first: 100) { edges { node { key bearers { key } } } } } }
    totals { total cells { modality count } }
  }
  regulation { counts { obligations unnamedObligations } }
}`;

describe('responsibility matrix totals', () => {
  it('has a row for obligations no actor bears, and column totals equal to the obligations of each modality', async () => {
    const { obligations } = api.graph;
    const data = await graphqlData(api.yoga, MATRIX, {});
    const matrix = data.responsibilityMatrix;
    expect(matrix.modalities).toEqual([...MODALITIES]);
    const perModality = (list: typeof obligations) => MODALITIES.map((m) => list.filter((o) => o.modality === m).length);
    expect(matrix.totals.cells.map((c: { count: number }) => c.count)).toEqual(perModality(obligations));
    expect(matrix.totals.total).toBe(obligations.length);
    const unnamed = obligations.filter((o) => o.bearers.length === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(matrix.unnamed.cells.map((c: { count: number }) => c.count)).toEqual(perModality(unnamed));
    const listed = matrix.unnamed.cells.flatMap((c: any) => c.obligations.edges.map((e: any) => e.node));
    expect(listed.map((o: { key: string }) => o.key).sort()).toEqual(unnamed.map((o) => o.id).sort());
    expect(listed.every((o: { bearers: unknown[] }) => o.bearers.length === 0)).toBe(true);
    expect(data.regulation.counts).toEqual({ obligations: obligations.length, unnamedObligations: unnamed.length });
    // Every obligation is in some row or in the unnamed one.
    const rowKeys = new Set(matrix.rows.map((r: { actor: { key: string } }) => r.actor.key));
    expect(obligations.every((o) => o.bearers.length === 0 || o.bearers.some((b) => rowKeys.has(b)))).toBe(true);
  });

  it('keeps the unnamed row and the totals whatever kinds of actor are shown', async () => {
    const all = await graphqlData(api.yoga, MATRIX, {});
    const offices = await graphqlData(api.yoga, MATRIX, { kinds: ['OFFICE'] });
    expect(offices.responsibilityMatrix.rows.length).toBeLessThan(all.responsibilityMatrix.rows.length);
    expect(offices.responsibilityMatrix.unnamed).toEqual(all.responsibilityMatrix.unnamed);
    expect(offices.responsibilityMatrix.totals).toEqual(all.responsibilityMatrix.totals);
  });

  it('counts each actor’s obligations per modality alike whether or not the cells list them', async () => {
    const { obligations } = api.graph;
    const counted = await graphqlData(api.yoga, `{ responsibilityMatrix { rows { actor { key } total cells { modality count } } } }`, {});
    const listed = await graphqlData(
      api.yoga,
      `{ responsibilityMatrix { rows { actor { key } total cells { modality count obligations(first: 100) { totalCount edges { node { key } } } } } } }`,
      {},
    );
    expect(counted.responsibilityMatrix.rows.length).toBeGreaterThan(10);
    for (const [i, row] of counted.responsibilityMatrix.rows.entries()) {
      const borne = obligations.filter((o) => o.bearers.includes(row.actor.key));
      expect(row.total).toBe(borne.length);
      expect(row.cells.map((c: { count: number }) => c.count)).toEqual(MODALITIES.map((m) => borne.filter((o) => o.modality === m).length));
      const other = listed.responsibilityMatrix.rows[i];
      expect(other.actor.key).toBe(row.actor.key);
      expect(other.cells.map((c: any) => c.obligations.totalCount)).toEqual(row.cells.map((c: { count: number }) => c.count));
      const keys = other.cells.flatMap((c: any) => c.obligations.edges.map((e: any) => e.node.key));
      expect(keys.sort()).toEqual(borne.map((o) => o.id).sort());
    }
  });
});
