// Many regulations in one graph, through the API: the shipped text and every text of ../shared/corpus/ (when
// that folder exists; CI has it) loaded side by side, then taken out again so the other tests find the shipped
// regulation alone. Expected figures come from the extracted graphs, not from the database.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIfChanged, removeRegulation } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { graphql, graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
const corpus: ExtractedGraph[] = files.map((f) => buildGraph(readFileSync(join(CORPUS, f), 'utf8'), { id: `regulation:${basename(f, '.txt')}` }));

const api = useSeededApi();

beforeAll(async () => {
  for (const graph of corpus) await loadIfChanged(api.client, graph);
});
afterAll(async () => {
  for (const graph of corpus) await removeRegulation(api.client, graph.regulation.id);
});

const borneBy = (graph: ExtractedGraph, actor: string) => graph.obligations.filter((o) => o.bearers.includes(actor));

describe.skipIf(corpus.length === 0)('a corpus of regulations in one graph', () => {
  it('lists every regulation with its counts', async () => {
    const data = await graphqlData(api.yoga, '{ regulations { key title counts { articles obligations actors zoneIndustries } } }');
    const all = [api.graph, ...corpus];
    expect(data.regulations.map((r: { key: string }) => r.key)).toEqual(all.map((g) => g.regulation.id).sort());
    for (const graph of all) {
      expect(data.regulations.find((r: { key: string }) => r.key === graph.regulation.id)).toEqual({
        key: graph.regulation.id,
        title: graph.regulation.title,
        counts: { articles: graph.articles.length, obligations: graph.obligations.length, actors: graph.actors.length, zoneIndustries: graph.zoneIndustries.length },
      });
    }
  });

  it('keeps one node for a national body every text names, and local bodies under their jurisdiction', async () => {
    const naming = [api.graph, ...corpus].filter((g) => g.actors.some((a) => a.id === 'actor:haiguan'));
    expect(naming.length).toBeGreaterThanOrEqual(3);
    const scoped = await graphqlData(
      api.yoga,
      `query($regulations: [String!]) { actors(search: "海关", regulations: $regulations, first: 100) { edges { node { key jurisdiction } } } }`,
      { regulations: naming.map((g) => g.regulation.id) },
    );
    expect(scoped.actors.edges.filter((e: { node: { key: string } }) => e.node.key === 'actor:haiguan')).toHaveLength(1);
    // Every local body of a text is that text's jurisdiction's; the two Shanghai texts share theirs.
    const shanghai = corpus.filter((g) => g.regulation.id.includes('shanghai'));
    const local = (g: ExtractedGraph) => new Set(g.actors.filter((a) => a.jurisdiction !== null).map((a) => a.id));
    if (shanghai.length === 2) {
      const [a, b] = shanghai.map(local);
      const shared = [...a!].filter((id) => b!.has(id));
      expect(shared.length).toBeGreaterThan(0);
      const data = await graphqlData(api.yoga, '{ actors(first: 100, kind: [REGIONAL_GOVERNMENT]) { edges { node { key jurisdiction } } } }');
      for (const id of shared) {
        const node = data.actors.edges.find((e: { node: { key: string } }) => e.node.key === id)?.node;
        if (node) expect(node.jurisdiction).toBe('上海市');
      }
    }
  });

  it('scopes articles, obligations and the matrix to a regulation', async () => {
    const graph = corpus[0]!;
    const key = graph.regulation.id;
    const ambiguous = await graphql(api.yoga, '{ article(number: 1) { key } }');
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const data = await graphqlData(
      api.yoga,
      `query($key: String!) {
        article(regulation: $key, number: 1) { key text regulation { key } }
        obligations(regulations: [$key], first: 0) { totalCount }
        responsibilityMatrix(regulations: [$key]) { rows { actor { key } total } }
        search(query: "应当", regulations: [$key], kinds: [OBLIGATION], first: 5) { edges { node { regulation { key } } } }
      }`,
      { key },
    );
    expect(data.article).toEqual({ key: `article:${key.slice('regulation:'.length)}/1`, text: graph.articles[0]!.text, regulation: { key } });
    expect(data.obligations.totalCount).toBe(graph.obligations.length);
    for (const row of data.responsibilityMatrix.rows) expect(row.total, row.actor.key).toBe(borneBy(graph, row.actor.key).length);
    expect(new Set(data.search.edges.map((e: { node: { regulation: { key: string } } }) => e.node.regulation.key))).toEqual(new Set([key]));
  });

  it('compares two FTZ regulations side by side', async () => {
    const ftz = corpus.filter((g) => /-ftz-/.test(g.regulation.id)).slice(0, 2);
    expect(ftz).toHaveLength(2);
    const keys = ftz.map((g) => g.regulation.id);
    const data = await graphqlData(
      api.yoga,
      `query($keys: [String!]!) { compare(regulations: $keys) {
        regulations { key }
        actors { actor { key } differs regulations { regulation { key } total cells { modality count } } }
        sharedActors { key }
        uniqueActors { regulation { key } actors { key } }
        zoneIndustries { regulation { key } cells { zone { key } industry { key } level } }
      } }`,
      { keys },
    );
    const { compare } = data;
    expect(compare.regulations.map((r: { key: string }) => r.key)).toEqual(keys);
    expect(compare.actors.length).toBeGreaterThan(0);
    for (const row of compare.actors) {
      expect(row.regulations.map((r: { regulation: { key: string } }) => r.regulation.key)).toEqual(keys);
      row.regulations.forEach((r: { total: number }, i: number) => expect(r.total, row.actor.key).toBe(borneBy(ftz[i]!, row.actor.key).length));
    }
    const named = ftz.map((g) => new Set(g.actors.map((a) => a.id)));
    expect(compare.sharedActors.map((a: { key: string }) => a.key).sort()).toEqual([...named[0]!].filter((id) => named[1]!.has(id)).sort());
    expect(compare.uniqueActors[0].actors.map((a: { key: string }) => a.key).sort()).toEqual([...named[0]!].filter((id) => !named[1]!.has(id)).sort());
    expect(compare.zoneIndustries.map((z: { cells: unknown[] }) => z.cells.length)).toEqual(ftz.map((g) => g.zoneIndustries.length));
    const bad = await graphql(api.yoga, '{ compare(regulations: ["regulation:nope", "regulation:xinjiang-ftz-2025"]) { regulations { key } } }');
    expect(bad.errors?.[0]?.message).toMatch(/No such regulation: regulation:nope/);
  });

  it('costs the same round trips for two regulations or all of them', async () => {
    const roundTrips = async (query: string, variables: Record<string, unknown>) => {
      const names: string[] = [];
      const stop = api.client.onQuery((event) => names.push(event.query.split('\n')[0]!.replace(/^\/\/ /, '')));
      try {
        await graphqlData(api.yoga, query, variables);
      } finally {
        stop();
      }
      return names.sort();
    };
    const all = [api.graph, ...corpus].map((g) => g.regulation.id);
    const LIST = `query($keys: [String!]) { regulations(keys: $keys) { key counts { articles } wholeZone { key } versions { key } inForce(on: "2025-06-01") chapters { title articles { number } } } }`;
    const COMPARE = `query($keys: [String!]!) { compare(regulations: $keys) { actors { actor { name } regulations { total } } sharedActors { key } zoneIndustries { cells { level } } } }`;
    for (const query of [LIST, COMPARE]) {
      expect(await roundTrips(query, { keys: all.slice(0, 2) }), query).toEqual(await roundTrips(query, { keys: all }));
    }
  });

  it('keeps a neighbourhood to the regulations asked for, shared bodies included', async () => {
    const key = corpus.find((g) => g.actors.some((a) => a.id === 'actor:haiguan'))!.regulation.id;
    const query = `query($r: [String!]) { neighborhood(ids: ["actor:haiguan"], depth: 2, limit: 500, regulations: $r) { nodes { id data } } }`;
    const scoped = await graphqlData(api.yoga, query, { r: [key] });
    const owners = new Set(scoped.neighborhood.nodes.map((n: { data: { regulation?: string } }) => n.data.regulation).filter(Boolean));
    expect([...owners]).toEqual([key]);
    const all = await graphqlData(api.yoga, query, { r: null });
    const everyOwner = new Set(all.neighborhood.nodes.map((n: { data: { regulation?: string } }) => n.data.regulation).filter(Boolean));
    expect(everyOwner.size).toBeGreaterThan(1);
  });
});
