// Database round trips per request must not grow with the size of the answer: nested fields are batched
// through per-request DataLoaders (one `UNWIND $keys` query per field per level), never one query per item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryEvent } from '../../server/db/neo4j-client.ts';
import { graphqlData } from './graphql-request.ts';
import { startSeededApi, type SeededApi } from './seeded-api.ts';

let api: SeededApi;

beforeAll(async () => {
  api = await startSeededApi();
});

afterAll(async () => {
  await api.client.close();
});

/** Runs a request and returns its data with the named queries it sent to Neo4j. */
async function withRoundTrips(query: string, variables: Record<string, unknown>) {
  const queries: string[] = [];
  const stop = api.client.onQuery((event) => queries.push(event.query.split('\n')[0]!.replace(/^\/\/ /, '')));
  try {
    const data = await graphqlData(api.yoga, query, variables);
    return { data, queries };
  } finally {
    stop();
  }
}

const ACTORS_WITH_OBLIGATIONS = `query($n: Int!) {
  actors(first: $n) { totalCount edges { node { key name
    obligations(first: 100) { totalCount edges { node { key modality article { number heading } } } }
  } } }
}`;

const ACTOR_OBLIGATIONS = `query($id: String!) {
  actor(id: $id) { key name obligations(first: 100) { totalCount edges { node { key modality article { number heading } } } } }
}`;

const ARTICLES_WITH_CLAUSES = `query($n: Int!) {
  articles(first: $n) { edges { node { number
    paragraphs { number text items { number text } }
    obligations { key modality bearers { key name } }
  } } }
}`;

describe('round trips per request', () => {
  it('one request runs all its statements in one read transaction (a read scope)', async () => {
    const scopes: (number | undefined)[] = [];
    const stop = api.client.onQuery((event) => scopes.push(event.scope));
    try {
      await graphqlData(api.yoga, ACTORS_WITH_OBLIGATIONS, { n: 5 });
      await graphqlData(api.yoga, ACTORS_WITH_OBLIGATIONS, { n: 5 });
    } finally {
      stop();
    }
    // Two requests, two scopes, two statements each (the actors' page, then their obligations with articles).
    expect(scopes).toHaveLength(4);
    expect(scopes.every((scope) => scope !== undefined)).toBe(true);
    expect(new Set(scopes.slice(0, 2)).size).toBe(1);
    expect(new Set(scopes.slice(2)).size).toBe(1);
    expect(scopes[0]).not.toBe(scopes[2]);
  });

  it('one actor with its obligations and their articles: one statement, which also primes the actor', async () => {
    const bearer = api.graph.obligations.find((o) => o.bearers.length > 0)!.bearers[0]!;
    const { data, queries } = await withRoundTrips(ACTOR_OBLIGATIONS, { id: bearer });
    const actor = api.graph.actors.find((a) => a.id === bearer)!;
    expect(data.actor.key).toBe(bearer);
    expect(data.actor.name).toBe(actor.name);
    expect(data.actor.obligations.edges.length).toBeGreaterThan(0);
    expect(data.actor.obligations.edges.every((e: any) => Number.isInteger(e.node.article.number))).toBe(true);
    expect(queries).toEqual(['obligationsBorneByActors']);
  });

  it('one actor with obligations and benefits: the two pages pipelined, the actor from them', async () => {
    const events: QueryEvent[] = [];
    const stop = api.client.onQuery((event) => events.push(event));
    const beneficiary = api.graph.obligations.find((o) => o.beneficiaries.length > 0)!.beneficiaries[0]!;
    let data: any;
    try {
      data = await graphqlData(
        api.yoga,
        `query($id: String!) { actor(id: $id) { key kind obligations { totalCount } benefits(first: 5) { totalCount edges { node { key } } } } }`,
        { id: beneficiary },
      );
    } finally {
      stop();
    }
    expect(data.actor.key).toBe(beneficiary);
    expect(data.actor.benefits.totalCount).toBe(api.graph.obligations.filter((o) => o.beneficiaries.includes(beneficiary)).length);
    expect(events.map((e) => e.query.split('\n')[0]).sort()).toEqual(['// obligationsBenefitingActors', '// obligationsBorneByActors']);
    // Pipelined: the second was sent before the first had answered.
    const [first, second] = [...events].sort((a, b) => a.startedAt - b.startedAt);
    expect(second!.startedAt).toBeLessThan(first!.startedAt + first!.ms);
  });

  it('an unknown actor with its obligations is null, its row looked up once more', async () => {
    const { data, queries } = await withRoundTrips(ACTOR_OBLIGATIONS, { id: 'actor:no-such-body' });
    expect(data.actor).toBeNull();
    expect([...queries].sort()).toEqual(['actorNodesByIds', 'obligationsBorneByActors']);
  });

  it('the zone–industry matrix with each cell’s article: one statement', async () => {
    const { data, queries } = await withRoundTrips(`{ zoneIndustryMatrix { cells { zone { key } industry { key } level article { number heading } } } }`, {});
    expect(data.zoneIndustryMatrix.cells).toHaveLength(api.graph.zoneIndustries.length);
    expect(data.zoneIndustryMatrix.cells.every((c: any) => Number.isInteger(c.article.number))).toBe(true);
    expect(queries).toEqual(['zoneIndustryMatrix']);
  });

  it('all actors with their obligations and each obligation’s article: 2 queries for 5 actors or all of them', async () => {
    const small = await withRoundTrips(ACTORS_WITH_OBLIGATIONS, { n: 5 });
    const large = await withRoundTrips(ACTORS_WITH_OBLIGATIONS, { n: 100 });
    expect(large.data.actors.edges).toHaveLength(Math.min(100, api.graph.actors.length));
    const obligations = large.data.actors.edges.reduce((n: number, e: any) => n + e.node.obligations.edges.length, 0);
    expect(obligations).toBeGreaterThan(50);
    expect(small.queries).toEqual(large.queries);
    // The articles come with the obligations' page (look-ahead), not one level later.
    expect([...large.queries].sort()).toEqual(['actorsPage', 'obligationsBorneByActors']);
    const articles = large.data.actors.edges.flatMap((e: any) => e.node.obligations.edges.map((o: any) => o.node.article));
    expect(articles.every((a: any) => Number.isInteger(a.number))).toBe(true);
  });

  it('articles with paragraphs, items, obligations and bearers: 5 queries for 5 articles or 50', async () => {
    const small = await withRoundTrips(ARTICLES_WITH_CLAUSES, { n: 5 });
    const large = await withRoundTrips(ARTICLES_WITH_CLAUSES, { n: 50 });
    expect(large.data.articles.edges).toHaveLength(50);
    expect([...small.queries].sort()).toEqual([...large.queries].sort());
    expect([...large.queries].sort()).toEqual([
      'articlesPage',
      'bearersOfObligations',
      'itemsOfParagraphs',
      'obligationsOfArticles',
      'paragraphsOfArticles',
    ]);
  });

  it('the responsibility matrix with every cell’s obligations and articles: 3 queries, 2 when the articles follow from their keys', async () => {
    const matrix = (article: string) =>
      `{ responsibilityMatrix { rows { actor { key } cells { count obligations(first: 100) { edges { node { key article { ${article} } } } } } } } }`;
    const { data, queries } = await withRoundTrips(matrix('number heading'), {});
    expect(data.responsibilityMatrix.rows.length).toBeGreaterThan(10);
    expect([...queries].sort()).toEqual(['articleNodesByIds', 'obligationNodesByIds', 'responsibilityMatrix']);
    const numbersOnly = await withRoundTrips(matrix('number'), {});
    expect([...numbersOnly.queries].sort()).toEqual(['obligationNodesByIds', 'responsibilityMatrix']);
    const numbers = (d: any) => d.responsibilityMatrix.rows.flatMap((r: any) => r.cells.flatMap((c: any) => c.obligations.edges.map((e: any) => e.node.article.number)));
    expect(numbers(numbersOnly.data)).toEqual(numbers(data));
  });

  it('search hits with their objects’ relations: one query per relation, not per hit', async () => {
    const { data, queries } = await withRoundTrips(
      `query($q: String!) { search(query: $q, first: 50) { edges { node { key ... on ArticleHit { article { chapter { title } } }
         ... on ObligationHit { obligation { bearers { key } } } } } } }`,
      { q: '发展' },
    );
    expect(data.search.edges.length).toBeGreaterThan(10);
    expect([...queries].sort()).toEqual(['bearersOfObligations', 'chapterNodesByIds', 'search']);
  });
});
