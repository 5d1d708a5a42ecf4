// Graph views for Cytoscape over the real seeded regulation: neighbourhoods, filters and paths.
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../seed/graph-keys.ts';
import { toGraphRows } from '../../seed/graph-rows.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { graphql, graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

/**
 * The neighbourhood by a breadth-first walk over the rows the loader wrote, written independently of the Cypher:
 * the keys reached and every relationship followed (`source|TYPE|target`, parallel ones repeated), NAMES not
 * followed, `types` restricting the nodes stepped into.
 */
function walkRows(graph: ExtractedGraph, seeds: readonly string[], depth: number, types: readonly string[] | null) {
  const rows = toGraphRows(graph);
  const typeOf = new Map<string, string>();
  for (const [label, nodes] of Object.entries(rows.nodes)) for (const node of nodes) typeOf.set(node.id, label.toUpperCase());
  const relationships = rows.relationships.filter((g) => g.type !== 'NAMES').flatMap((g) => g.rows.map((r) => ({ ...r, type: g.type })));
  const reached = new Set(seeds);
  const followed = new Set<number>();
  let frontier = new Set(seeds);
  for (let level = 1; level <= depth; level++) {
    const next = new Set<string>();
    relationships.forEach(({ from, to }, index) => {
      for (const [near, far] of [[from, to], [to, from]] as const) {
        if (!frontier.has(near) || (types && !types.includes(typeOf.get(far)!))) continue;
        followed.add(index);
        if (!reached.has(far)) next.add(far);
      }
    });
    for (const key of next) reached.add(key);
    frontier = next;
  }
  const edges = [...followed].map((i) => `${relationships[i]!.from}|${relationships[i]!.type}|${relationships[i]!.to}`);
  return { nodes: [...reached].sort(), edges: edges.sort() };
}

describe('graph views for Cytoscape', () => {
  it('the neighbourhood of the Kashgar zone contains its industries', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ neighborhood(ids: ["actor:xinjiang-kashi-pianqu"], depth: 1) { truncated totalNodes nodes { id type label labelEn data } edges { id source target type label labelEn clause { label labelEn } data } } }`,
    );
    const view = data.neighborhood;
    const ids = new Set(view.nodes.map((n: { id: string }) => n.id));
    const industries = api.graph.zoneIndustries.filter((z) => z.zone === 'actor:xinjiang-kashi-pianqu').map((z) => z.industry);
    expect(industries.length).toBeGreaterThan(0);
    for (const industry of industries) expect(ids).toContain(industry);
    expect(view.nodes[0]).toMatchObject({ id: 'actor:xinjiang-kashi-pianqu', type: 'ACTOR', label: '喀什片区' });
    expect(view.truncated).toBe(false);
    for (const edge of view.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    expect(view.edges).toContainEqual(
      expect.objectContaining({ source: 'actor:xinjiang-kashi-pianqu', target: 'industry:fangzhi-fuzhuang', type: 'DEVELOPS', label: '重点发展', labelEn: 'focus on' }),
    );
    const develops = view.edges.find((e: { type: string; target: string }) => e.type === 'DEVELOPS' && e.target === 'industry:fangzhi-fuzhuang');
    expect(develops.clause).toEqual({ label: '第28条第2款', labelEn: 'Art. 28(2)' });
    expect(new Set(view.edges.map((e: { id: string }) => e.id)).size).toBe(view.edges.length);
  });

  it('filters by node and relationship type, and says when the limit cut it', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        industries: neighborhood(ids: ["actor:xinjiang-kashi-pianqu"], types: [INDUSTRY], relationships: [DEVELOPS]) { nodes { type } }
        wide: neighborhood(ids: ["actor:xinjiang-ziyou-maoyi-shiyanqu"], depth: 3, limit: 10) { truncated totalNodes nodes { id } }
      }`,
    );
    expect(new Set(data.industries.nodes.slice(1).map((n: { type: string }) => n.type))).toEqual(new Set(['INDUSTRY']));
    expect(data.wide.nodes).toHaveLength(10);
    expect(data.wide.truncated).toBe(true);
    expect(data.wide.totalNodes).toBeGreaterThan(10);
  });

  it('a request asking only summary fields of its nodes gets the same nodes and edges as one asking their data', async () => {
    const ids = [articleKey(api.graph.regulation.id, 28), 'actor:xinjiang-kashi-pianqu'];
    const ask = (nodeFields: string) =>
      graphqlData(
        api.yoga,
        `query ($ids: [String!]!) { neighborhood(ids: $ids, depth: 2, limit: 1000) { totalNodes nodes { ${nodeFields} } edges { id source target type label data } } }`,
        { ids },
      );
    const summary = (await ask('id type label labelEn clause { label labelEn citation }')).neighborhood;
    const whole = (await ask('id type label labelEn clause { label labelEn citation } data gist')).neighborhood;
    // Every kind of node whose label comes from a different property is in it.
    expect(new Set(summary.nodes.map((n: { type: string }) => n.type))).toEqual(
      new Set(['REGULATION', 'CHAPTER', 'ARTICLE', 'PARAGRAPH', 'OBLIGATION', 'ACTOR', 'INDUSTRY', ...(whole.nodes.some((n: { type: string }) => n.type === 'ITEM') ? ['ITEM'] : [])]),
    );
    expect(summary.nodes).toEqual(whole.nodes.map(({ data: _data, gist: _gist, ...rest }: Record<string, unknown>) => rest));
    expect(summary.edges).toEqual(whole.edges);
    expect(summary.totalNodes).toBe(whole.totalNodes);
  });

  it.each([
    { seeds: ['actor:xinjiang-kashi-pianqu'], depth: 1, types: null },
    { seeds: ['actor:xinjiang-kashi-pianqu'], depth: 2, types: null },
    { seeds: ['actor:xinjiang-kashi-pianqu'], depth: 3, types: null },
    { seeds: ['actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'], depth: 3, types: ['ACTOR', 'INDUSTRY', 'ARTICLE'] },
    { seeds: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'], depth: 2, types: ['OBLIGATION', 'ARTICLE'] },
  ])('a neighbourhood ($seeds, depth $depth, types $types) holds what a walk of the loaded rows reaches, each link once', async ({ seeds, depth, types }) => {
    const data = await graphqlData(
      api.yoga,
      `query ($ids: [String!]!, $depth: Int!, $types: [GraphNodeType!]) {
        neighborhood(ids: $ids, depth: $depth, types: $types, limit: 1000) { truncated nodes { id } edges { id source target type } }
      }`,
      { ids: seeds, depth, types },
    );
    const { truncated, nodes, edges } = data.neighborhood;
    const expected = walkRows(api.graph, seeds, depth, types);
    expect(truncated).toBe(false);
    expect(expected.edges.length).toBeGreaterThan(depth * 5);
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected.nodes);
    expect(edges.map((e: { source: string; type: string; target: string }) => `${e.source}|${e.type}|${e.target}`).sort()).toEqual(expected.edges);
    expect(new Set(edges.map((e: { id: string }) => e.id)).size).toBe(edges.length);
  });

  it('a path connects 领导小组 to 喀什片区', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ path(from: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu", to: "actor:xinjiang-kashi-pianqu") { nodes { id label } edges { source target type } } }`,
    );
    const { nodes, edges } = data.path;
    expect(nodes[0]).toMatchObject({ id: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu', label: expect.stringContaining('领导小组') });
    expect(nodes.at(-1)).toMatchObject({ id: 'actor:xinjiang-kashi-pianqu', label: '喀什片区' });
    expect(edges).toHaveLength(nodes.length - 1);
    edges.forEach((edge: { source: string; target: string }, i: number) => {
      expect([edge.source, edge.target].sort()).toEqual([nodes[i].id, nodes[i + 1].id].sort());
    });
  });

  it('no path within maxLength, or an unknown end, gives null; relationship types can be restricted', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        short: path(from: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu", to: "actor:xinjiang-kashi-pianqu", maxLength: 1) { nodes { id } }
        unknown: path(from: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu", to: "actor:nowhere") { nodes { id } }
        same: path(from: "actor:haiguan", to: "actor:haiguan") { nodes { id } edges { id } }
        members: path(from: "actor:xinjiang-kashi-pianqu", to: "actor:xinjiang-wulu-muqi-pianqu", relationships: [MEMBER_OF]) { nodes { id } edges { type } }
      }`,
    );
    expect(data.short).toBeNull();
    expect(data.unknown).toBeNull();
    expect(data.same).toEqual({ nodes: [{ id: 'actor:haiguan' }], edges: [] });
    expect(data.members).toEqual({
      nodes: [{ id: 'actor:xinjiang-kashi-pianqu' }, { id: 'actor:xinjiang-ge-pianqu' }, { id: 'actor:xinjiang-wulu-muqi-pianqu' }],
      edges: [{ type: 'MEMBER_OF' }, { type: 'MEMBER_OF' }],
    });
  });
});
