// The path finder's question over the real seeded regulation: every shortest path over the responsibility
// relations, read as steps with their clauses, in one round trip and well within 200 ms.
import { describe, expect, it } from 'vitest';
import { graphql, graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

// Other test files may load regulations of their own beside the shipped one: ask within the shipped one.
const PATHS = `query($from: String!, $to: String!, $relationships: [GraphEdgeType!], $limit: Int) {
  paths(from: $from, to: $to, relationships: $relationships, limit: $limit, regulations: ["regulation:xinjiang-ftz-2025"]) {
    length found
    paths { nodes edges steps { from to kind type reversed via edges clause { regulation article paragraph item label } } }
    view { nodes { id type } edges { id source target type } }
  }
}`;

const CUSTOMS = 'actor:haiguan';
const TAXATION = 'actor:shuiwu';
const REGION_GOVERNMENT = 'actor:xinjiang-renmin-zhengfu';

const obligation = (id: string) => api.graph.obligations.find((o) => o.id === id)!;

describe('paths over responsibility relations', () => {
  it('lists every shortest path, each step through an obligation cited by its clause, and never follows mentions', async () => {
    const { paths } = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: REGION_GOVERNMENT });
    expect(paths.length).toBe(4);
    // The extracted graph: customs benefits from what the Areas must do for it, and each Area may ask the
    // regional government for something; so there is one shortest path per Area that does both.
    const helps = api.graph.obligations.filter((o) => o.beneficiaries.includes(CUSTOMS));
    const asks = api.graph.obligations.filter((o) => o.beneficiaries.includes(REGION_GOVERNMENT));
    const middles = new Set(helps.flatMap((h) => h.bearers).filter((b) => asks.some((a) => a.bearers.includes(b))));
    expect(paths.found).toBe(middles.size);
    expect(new Set(paths.paths.map((p: { nodes: string[] }) => p.nodes[2]))).toEqual(middles);
    const sorted = [...paths.paths].map((p: { nodes: string[] }) => p.nodes.join()).sort();
    expect(paths.paths.map((p: { nodes: string[] }) => p.nodes.join())).toEqual(sorted);

    const viewEdges = new Map(paths.view.edges.map((e: { id: string; type: string }) => [e.id, e]));
    for (const path of paths.paths) {
      expect(path.nodes[0]).toBe(CUSTOMS);
      expect(path.nodes.at(-1)).toBe(REGION_GOVERNMENT);
      expect(path.steps.map((s: { kind: string }) => s.kind)).toEqual(['BEARS_FOR', 'BEARS_FOR']);
      const [first, second] = path.steps;
      // Customs benefits from the Area's duty (reversed); the Area's duty benefits the government.
      expect(first).toMatchObject({ from: CUSTOMS, to: path.nodes[2], reversed: true, via: path.nodes[1] });
      expect(second).toMatchObject({ from: path.nodes[2], to: REGION_GOVERNMENT, reversed: false, via: path.nodes[3] });
      for (const step of path.steps) {
        const source = obligation(step.via);
        expect(step.clause).toMatchObject({ regulation: api.graph.regulation.id, article: source.article, paragraph: source.paragraph, item: source.item });
        expect(step.clause.label).toBe(`第${source.article}条第${source.paragraph}款${source.item === null ? '' : `第${source.item}项`}`);
      }
      expect(path.edges.flatMap((id: string) => (viewEdges.get(id) as { type: string } | undefined)?.type ?? 'missing').every((t: string) => ['BEARS', 'BENEFITS'].includes(t))).toBe(true);
      expect(path.steps.flatMap((s: { edges: string[] }) => s.edges)).toEqual(path.edges);
    }
  });

  it('co-bearing one obligation, co-benefiting from another and membership of one collective are all shortest', async () => {
    const { paths } = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: TAXATION });
    expect(paths.length).toBe(2);
    const kinds = paths.paths.map((p: { steps: { kind: string; type: string | null }[] }) => p.steps.map((s) => s.type ?? s.kind).join(' '));
    expect(kinds.sort()).toEqual(['CO_BEARS', 'CO_BENEFITS', 'MEMBER_OF MEMBER_OF']);
    const coBear = paths.paths.find((p: { steps: { kind: string }[] }) => p.steps[0]!.kind === 'CO_BEARS').steps[0];
    const shared = api.graph.obligations.find((o) => o.bearers.includes(CUSTOMS) && o.bearers.includes(TAXATION))!;
    expect(coBear).toMatchObject({ from: CUSTOMS, to: TAXATION, via: shared.id, clause: { article: shared.article, paragraph: shared.paragraph } });
    // A membership states no clause of its own: it is cited by the paragraph that names the member and its collective.
    const membership = paths.paths.find((p: { steps: { type: string | null }[] }) => p.steps[0]!.type === 'MEMBER_OF').steps;
    expect(membership.map((s: { reversed: boolean }) => s.reversed)).toEqual([false, true]);
    expect(membership[0].clause).toMatchObject({ article: 13, paragraph: 2, item: null });
  });

  it('only the relations asked for are followed; no path, an unknown node or no relation is a clear answer', async () => {
    const bearsOnly = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: TAXATION, relationships: ['BEARS'] });
    expect(bearsOnly.paths.found).toBe(1);
    expect(bearsOnly.paths.paths[0].steps).toMatchObject([{ kind: 'CO_BEARS' }]);
    const none = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi' });
    expect(none.paths).toEqual({ length: null, found: 0, paths: [], view: { nodes: [], edges: [] } });
    const unknown = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: 'actor:nowhere' });
    expect(unknown.paths.length).toBeNull();
    const same = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: CUSTOMS });
    expect(same.paths).toMatchObject({ length: 0, found: 1, paths: [{ nodes: [CUSTOMS], steps: [] }] });
    const limited = await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: REGION_GOVERNMENT, limit: 1 });
    expect(limited.paths.paths).toHaveLength(1);
    expect(limited.paths.found).toBeGreaterThan(1);
    const empty = await graphql(api.yoga, PATHS, { from: CUSTOMS, to: TAXATION, relationships: [] });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await graphql(api.yoga, PATHS, { from: CUSTOMS, to: TAXATION, limit: 21 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers in one round trip, within 200 ms', async () => {
    const queries: string[] = [];
    const stop = api.client.onQuery((event) => queries.push(event.query.split('\n')[0]!.replace(/^\/\/ /, '')));
    try {
      await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: REGION_GOVERNMENT });
    } finally {
      stop();
    }
    expect(queries).toEqual(['allShortestPaths8']);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await graphqlData(api.yoga, PATHS, { from: CUSTOMS, to: REGION_GOVERNMENT });
      times.push(performance.now() - t0);
    }
    expect(times.sort((a, b) => a - b)[2]).toBeLessThan(200);
  });
});
