import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient, QueryEvent } from '../../server/db/neo4j-client.ts';
import { NODE_LABELS, toGraphRows } from '../../seed/graph-rows.ts';
import { loadGraph, loadIfChanged, removeRegulation, SEED_TX_TIMEOUT_MS } from '../../seed/load-graph.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { connectTestClient } from '../support/neo4j.ts';
import { graphFingerprint, realGraph } from '../support/seeded-graph.ts';

let client: Neo4jClient;
let graph: ExtractedGraph;

beforeAll(async () => {
  client = connectTestClient({ txTimeoutMs: SEED_TX_TIMEOUT_MS });
  graph = realGraph();
  await loadGraph(client, graph);
});
afterAll(async () => {
  await client?.close();
});

describe('loadGraph against a real Neo4j', () => {
  it('loads exactly the nodes and relationships of the extracted graph', async () => {
    const rows = toGraphRows(graph);
    for (const label of NODE_LABELS) {
      const [row] = await client.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
      expect(row!.n, label).toBe(rows.nodes[label].length);
    }
    const [articles] = await client.read<{ n: number }>('MATCH (:Chapter)-[:HAS_ARTICLE]->(a:Article) RETURN count(a) AS n');
    expect(articles!.n).toBe(62);
    const [obligations] = await client.read<{ n: number }>('MATCH (:Article)-[:STATES]->(o:Obligation)-[:SOURCE]->() RETURN count(o) AS n');
    expect(obligations!.n).toBe(graph.obligations.length);
    const fingerprint = await graphFingerprint(client);
    expect(fingerprint.relationships).toBe(rows.relationships.reduce((n, g) => n + g.rows.length, 0));
  });

  it('links every relationship to the ends the extracted graph names', async () => {
    // The loader looks shared bodies up once per statement and names them by position: each link must still
    // join the two nodes its row names.
    const key = (type: string, from: string, to: string) => `${from} ${type} ${to}`;
    const expected = toGraphRows(graph).relationships.flatMap((g) => g.rows.map((row) => key(g.type, row.from, row.to)));
    const found = await client.read<{ from: string; type: string; to: string }>('MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to');
    expect(found.map((r) => key(r.type, r.from, r.to)).sort()).toEqual(expected.sort());
  });

  it('changes nothing when run a second time', async () => {
    const before = await graphFingerprint(client);
    await loadGraph(client, graph);
    expect(await graphFingerprint(client)).toEqual(before);
  });

  it('gives the same graph when two loads run at the same time', async () => {
    const before = await graphFingerprint(client);
    const other = connectTestClient({ txTimeoutMs: SEED_TX_TIMEOUT_MS });
    try {
      await Promise.all([loadGraph(client, graph), loadGraph(other, graph)]);
    } finally {
      await other.close();
    }
    expect(await graphFingerprint(client)).toEqual(before);
  });

  it('leaves the previous graph intact when a load fails', async () => {
    const before = await graphFingerprint(client);
    const broken: ExtractedGraph = {
      ...graph,
      articles: graph.articles.slice(0, 10),
      obligations: [{ ...graph.obligations[0]!, id: 'obligation:broken', bearers: ['actor:does-not-exist'] }],
    };
    await expect(loadGraph(client, broken)).rejects.toThrow(/BEARS.*not in the graph/);
    expect(await graphFingerprint(client)).toEqual(before);
    // A new regulation whose obligation names an article it does not have: the link is made with the node, and fails.
    const orphan: ExtractedGraph = {
      ...broken,
      regulation: { ...graph.regulation, id: 'regulation:broken-new' },
      obligations: [{ ...graph.obligations[0]!, id: 'obligation:broken-new/1', article: 999, bearers: [] }],
    };
    await expect(loadGraph(client, orphan)).rejects.toThrow(/STATES \(Article→Obligation\).*not in the graph/);
    expect(await graphFingerprint(client)).toEqual(before);
  });

  it('checks the schema once per store and writes a regulation in one transaction of a few statements', async () => {
    const events: QueryEvent[] = [];
    const stop = client.onQuery((event) => events.push(event));
    try {
      await loadGraph(client, graph);
    } finally {
      stop();
    }
    expect(events.filter((e) => /SHOW INDEXES|CREATE (CONSTRAINT|INDEX|FULLTEXT)|awaitIndexes/.test(e.query))).toEqual([]);
    expect(events.every((e) => e.mode === 'WRITE')).toBe(true);
    expect(events.length).toBeLessThanOrEqual(40);
  });

  it('creates the unique-id constraints and the cjk full-text indexes', async () => {
    const constraints = await client.read<{ labels: string[]; properties: string[]; type: string }>(
      'SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type',
    );
    for (const label of NODE_LABELS) {
      expect(constraints).toContainEqual({ labels: [label], properties: ['id'], type: 'UNIQUENESS' });
    }
    const indexes = await client.read<{ name: string; type: string; state: string; analyzer: string }>(
      "SHOW INDEXES YIELD name, type, state, options WHERE type = 'FULLTEXT' RETURN name, type, state, options.indexConfig.`fulltext.analyzer` AS analyzer",
    );
    expect(indexes.map((i) => i.name).sort()).toEqual(['article_text', 'entity_names', 'obligation_text']);
    for (const index of indexes) expect(index).toMatchObject({ state: 'ONLINE', analyzer: 'cjk' });
  });

  it('finds Article 28 by a full-text query for 纺织', async () => {
    const hits = await client.read<{ number: number }>(
      "CALL db.index.fulltext.queryNodes('article_text', $q) YIELD node RETURN node.number AS number",
      { q: '纺织' },
    );
    expect(hits.map((h) => h.number)).toContain(28);
  });
});

describe('many regulations in one graph', () => {
  // A second text, of another jurisdiction, naming a national body the shipped one names too (海关).
  const SHANGHAI = [
    '上海市测试条例',
    '第一章 总则',
    '第一条 市商务部门应当做好统计工作。',
    '第二条 海关应当为企业提供通关便利。',
  ].join('\n');
  const count = async (query: string, params: Record<string, unknown> = {}) =>
    (await client.read<{ n: number }>(query, params))[0]!.n;

  it('keys what each regulation owns under it, shares the bodies both name, and takes one out without touching the other', async () => {
    await loadIfChanged(client, graph);
    const before = await graphFingerprint(client);
    const other = buildGraph(SHANGHAI, { id: 'regulation:shanghai-test' });
    await loadIfChanged(client, other);
    try {
      expect(await count('MATCH (r:Regulation) RETURN count(r) AS n')).toBe(2);
      expect(await count("MATCH (a:Article {regulation: 'regulation:shanghai-test'}) RETURN count(a) AS n")).toBe(2);
      expect((await client.read<{ id: string }>("MATCH (a:Article {regulation: 'regulation:shanghai-test', number: 2}) RETURN a.id AS id"))[0]!.id).toBe(
        'article:shanghai-test/2',
      );
      // One customs node, named by both; the Shanghai commerce department only by its regulation.
      expect(await count("MATCH (:Regulation)-[:NAMES]->(a:Actor {id: 'actor:haiguan'}) RETURN count(*) AS n")).toBe(2);
      const shanghaiOnly = other.actors.filter((a) => !graph.actors.some((b) => b.id === a.id)).map((a) => a.id);
      expect(shanghaiOnly.length).toBeGreaterThan(0);
      expect(await count('MATCH (a:Actor) WHERE a.id IN $ids RETURN count(a) AS n', { ids: shanghaiOnly })).toBe(shanghaiOnly.length);
      // Re-seeding the shipped regulation leaves the other one whole.
      await loadGraph(client, graph);
      expect(await count("MATCH (o:Obligation {regulation: 'regulation:shanghai-test'}) RETURN count(o) AS n")).toBe(other.obligations.length);
    } finally {
      expect(await removeRegulation(client, 'regulation:shanghai-test')).toBe(true);
    }
    expect(await graphFingerprint(client)).toEqual(before);
    expect(await removeRegulation(client, 'regulation:shanghai-test')).toBe(false);
  });

  it('creates a regulation new to the graph without deleting anything, and replaces it when loaded again', async () => {
    const before = await graphFingerprint(client);
    const other = buildGraph(SHANGHAI, { id: 'regulation:shanghai-test' });
    const statements = async (load: () => Promise<unknown>) => {
      const queries: string[] = [];
      const stop = client.onQuery((event) => queries.push(event.query));
      try {
        await load();
      } finally {
        stop();
      }
      return queries;
    };
    try {
      const fresh = await statements(() => loadGraph(client, other));
      expect(fresh.filter((q) => /\bDELETE\b/.test(q))).toEqual([]);
      const loaded = await graphFingerprint(client);
      const again = await statements(() => loadGraph(client, other));
      expect(again.some((q) => /DETACH DELETE/.test(q))).toBe(true);
      expect(await graphFingerprint(client)).toEqual(loaded);
    } finally {
      await removeRegulation(client, 'regulation:shanghai-test');
    }
    expect(await graphFingerprint(client)).toEqual(before);
  });

  it('gives a body every regulation names the aliases of all of them', async () => {
    const before = await graphFingerprint(client);
    const built = buildGraph(SHANGHAI, { id: 'regulation:shanghai-test' });
    const other: ExtractedGraph = {
      ...built,
      actors: built.actors.map((a) => (a.id === 'actor:haiguan' ? { ...a, aliases: [...a.aliases, '测试简称'] } : a)),
    };
    const aliasesOf = async () =>
      (await client.read<{ aliases: string[] }>("MATCH (a:Actor {id: 'actor:haiguan'}) RETURN a.aliases AS aliases"))[0]!.aliases;
    const shipped = await aliasesOf();
    try {
      await loadGraph(client, other);
      expect(await aliasesOf()).toEqual([...shipped, ...other.actors.find((a) => a.id === 'actor:haiguan')!.aliases.filter((a) => !shipped.includes(a))]);
      await loadGraph(client, graph);
      expect(await aliasesOf()).toContain('测试简称');
    } finally {
      await removeRegulation(client, 'regulation:shanghai-test');
    }
    expect(await aliasesOf()).toEqual(shipped);
    expect(await graphFingerprint(client)).toEqual(before);
  });

  it('names a shared body as a curating regulation does, whatever was loaded last, and restores it on removal', async () => {
    const before = await graphFingerprint(client);
    const nameOf = async () => (await client.read<{ nameEn: string }>("MATCH (a:Actor {id: 'actor:haiguan'}) RETURN a.nameEn AS nameEn"))[0]!.nameEn;
    const shipped = await nameOf();
    const renamed = (id: string, curated: boolean): ExtractedGraph => {
      const built = buildGraph(SHANGHAI, { id });
      return {
        ...built,
        actors: built.actors.map((a) => (a.id === 'actor:haiguan' ? { ...a, nameEn: `Customs as ${id} names it` } : a)),
        ...(curated ? { curated: { actors: ['actor:haiguan'], industries: [] } } : {}),
      };
    };
    try {
      // Rules only, and after the shipped text by key: loading it last does not rename the body.
      await loadGraph(client, renamed('regulation:zz-test', false));
      expect(await nameOf()).toBe(shipped);
      // Curated by notes: that name wins, also after the shipped text is loaded again.
      await loadGraph(client, renamed('regulation:aa-test', true));
      expect(await nameOf()).toBe('Customs as regulation:aa-test names it');
      await loadGraph(client, graph);
      expect(await nameOf()).toBe('Customs as regulation:aa-test names it');
      await removeRegulation(client, 'regulation:aa-test');
      expect(await nameOf()).toBe(shipped);
    } finally {
      await removeRegulation(client, 'regulation:aa-test');
      await removeRegulation(client, 'regulation:zz-test');
    }
    expect(await nameOf()).toBe(shipped);
    expect(await graphFingerprint(client)).toEqual(before);
  });

  it('loads two new regulations naming the same bodies at the same time', async () => {
    const before = await graphFingerprint(client);
    const texts = { 'regulation:shanghai-test': SHANGHAI, 'regulation:shanghai-test-2': SHANGHAI.replace('测试条例', '测试二号条例') };
    const other = connectTestClient({ txTimeoutMs: SEED_TX_TIMEOUT_MS });
    try {
      await Promise.all(Object.entries(texts).map(([id, text], i) => loadGraph(i === 0 ? client : other, buildGraph(text, { id }))));
      expect(await count("MATCH (:Regulation)-[:NAMES]->(a:Actor {id: 'actor:haiguan'}) RETURN count(*) AS n")).toBe(3);
      expect(await count("MATCH (a:Actor {id: 'actor:haiguan'}) RETURN count(a) AS n")).toBe(1);
      expect(await count("MATCH (a:Article) WHERE a.regulation STARTS WITH 'regulation:shanghai-test' RETURN count(a) AS n")).toBe(4);
    } finally {
      await other.close();
      for (const id of Object.keys(texts)) await removeRegulation(client, id);
    }
    expect(await graphFingerprint(client)).toEqual(before);
  });
});
