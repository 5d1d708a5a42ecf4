// Article rows without their text (server/schema/article-text.ts) must never answer a field that reads it: the
// request decides for all its rows at once, because a row primed into the article loader answers every later
// article field of the same request.
import { describe, expect, it } from 'vitest';
import { articleKey } from '../../seed/graph-keys.ts';
import { runQuery } from '../../server/queries/named-query.ts';
import { OBLIGATIONS_BORNE_BY_ACTORS } from '../../server/queries/actors.ts';
import { graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

/** The actor bearing the most obligations of the seeded regulation, and the articles stating them. */
function busiestBearer() {
  const counts = new Map<string, number>();
  for (const o of api.graph.obligations) for (const b of o.bearers) counts.set(b, (counts.get(b) ?? 0) + 1);
  const [actor] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const numbers = new Set(api.graph.obligations.filter((o) => o.bearers.includes(actor)).map((o) => o.article));
  return { actor, articles: api.graph.articles.filter((a) => numbers.has(a.number)) };
}

const pageParams = (actor: string, articleText: boolean) => ({
  keys: [actor], offset: 0, limit: 100, regulations: null, modalities: null, chapter: null, includeCollective: false, withArticles: true, articleText,
});

describe('article rows as the request asks them', () => {
  it('carry the text only with $articleText', async () => {
    const { actor, articles } = busiestBearer();
    const [slim] = await runQuery(api.client, OBLIGATIONS_BORNE_BY_ACTORS, pageParams(actor, false));
    const [whole] = await runQuery(api.client, OBLIGATIONS_BORNE_BY_ACTORS, pageParams(actor, true));
    expect(slim!.articles.map((a) => a.number).sort((x, y) => x - y)).toEqual(articles.map((a) => a.number));
    expect(slim!.articles.every((a) => a.text === null && typeof a.number === 'number')).toBe(true);
    const byNumber = new Map(articles.map((a) => [a.number, a.text]));
    expect(whole!.articles.every((a) => a.text === byNumber.get(a.number))).toBe(true);
  });

  it('answer a text asked elsewhere in the same request', async () => {
    const { actor, articles } = busiestBearer();
    const regulation = api.graph.regulation.id;
    const first = articles[0]!;
    const data = await graphqlData(
      api.yoga,
      `query($id: String!, $key: String!) {
        actor(id: $id) { obligations(first: 100) { edges { node { article { number heading } } } } }
        zoneIndustryMatrix { cells { article { key number } } }
        article(key: $key) { number text }
      }`,
      { id: actor, key: articleKey(regulation, first.number) },
    );
    expect(data.article).toEqual({ number: first.number, text: first.text });
    const numbers = new Set(data.actor.obligations.edges.map((e: any) => e.node.article.number));
    expect([...numbers].sort((x: any, y: any) => x - y)).toEqual(articles.map((a) => a.number));
  });

  it('answer the same with and without the text for what does not read it', async () => {
    const { actor } = busiestBearer();
    const query = (extra: string) => `query($id: String!) {
      actor(id: $id) { obligations(first: 100) { edges { node { key article { key number heading title citation ${extra} } } } } }
    }`;
    const slim = await graphqlData(api.yoga, query(''), { id: actor });
    const whole = await graphqlData(api.yoga, query('text'), { id: actor });
    const strip = (data: any) => data.actor.obligations.edges.map((e: any) => ({ ...e.node, article: { ...e.node.article, text: undefined } }));
    expect(strip(slim)).toEqual(strip(whole));
    expect(whole.actor.obligations.edges.every((e: any) => e.node.article.text.length > 0)).toBe(true);
  });

  it('answer from the key alone what follows from it, the same as from the loaded row', async () => {
    const fields = 'key number title titleEn numeral citation regulation { key } obligations { key }';
    const query = (extra: string) => `{
      zoneIndustryMatrix { cells { zone { key } industry { key } article { ${fields} ${extra} } } }
      obligations(first: 30) { edges { node { key article { ${fields} } } } }
    }`;
    const fromKeys = await graphqlData(api.yoga, query(''));
    const loaded = await graphqlData(api.yoga, query('heading'));
    const drop = (data: any) => JSON.parse(JSON.stringify(data, (k, v) => (k === 'heading' ? undefined : v)));
    expect(fromKeys.zoneIndustryMatrix.cells.length).toBe(api.graph.zoneIndustries.length);
    expect(fromKeys).toEqual(drop(loaded));
    const headings = new Map(api.graph.articles.map((a) => [a.number, a.heading]));
    expect(loaded.zoneIndustryMatrix.cells.every((c: any) => c.article.heading === headings.get(c.article.number))).toBe(true);
  });
});
