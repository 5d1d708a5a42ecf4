// Researchers' questions answered by the API over the real seeded regulation.
import { describe, expect, it } from 'vitest';
import { graphql, graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

interface Obligation {
  key: string;
  modality: string;
  text: string;
  item: { number: number; text: string } | null;
  paragraph: { number: number };
  bearers: { key: string; kind: string }[];
}

describe('who is responsible for what', () => {
  it('the FTZ office bears the five duties listed as items 1–5 of Article 10', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        office: actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") {
          name aliases
          obligations(first: 50) { totalCount edges { node { key modality text article { number } paragraph { number } item { number text } } } }
        }
        article(number: 10) { title titleEn numeral chapter { label labelEn } paragraphs { number items { number marker text } } }
      }`,
    );
    const { title, titleEn, numeral, chapter } = data.article; // labels as the client shows them
    expect([title, titleEn, numeral, chapter.label, chapter.labelEn]).toEqual(['第10条', 'Article 10', '第十条', '第2章', 'Chapter 2']);
    const duties = data.office.obligations.edges
      .map((e: { node: Obligation & { article: { number: number } } }) => e.node)
      .filter((o: Obligation & { article: { number: number } }) => o.article.number === 10 && o.item !== null);
    expect(data.office.aliases).toContain('自贸办');
    expect(duties.map((o: Obligation) => o.item?.number)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(duties.map((o: Obligation) => o.modality))).toEqual(new Set(['RESPONSIBLE']));
    const listed = data.article.paragraphs.find((p: { items: unknown[] }) => p.items.length > 0);
    expect(duties.map((o: Obligation) => o.paragraph.number)).toEqual([listed.number, listed.number, listed.number, listed.number, listed.number]);
    expect(duties.map((o: Obligation) => o.item?.text)).toEqual(listed.items.map((i: { text: string }) => i.text));
    expect(listed.items.map((i: { marker: string }) => i.marker)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('the central agencies named in Article 13 must seek policy support, and the zones must assist them', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        article(number: 13) { obligations { key modality text bearers { key kind } beneficiaries { key kind } } }
        customs: actor(id: "actor:haiguan") {
          nameEn
          obligations { edges { node { key } } }
          relatedActors(relations: [COLLECTIVE]) { actor { key name } }
        }
      }`,
    );
    const agencies = ['actor:churujing-bianfang-jiancha', 'actor:minhang', 'actor:haiguan', 'actor:jinrong', 'actor:youzheng-guanli', 'actor:shuiwu'];
    const theirs = data.article.obligations.find((o: Obligation) => o.bearers.some((b) => b.kind === 'CENTRAL_AGENCY'));
    expect(theirs).toMatchObject({ modality: 'SHALL' });
    expect(theirs.text).toContain('中央驻疆单位');
    expect(theirs.bearers.map((b: { key: string }) => b.key).sort()).toEqual([...agencies].sort());
    const assist = data.article.obligations.find((o: { text: string }) => o.text.includes('便利和协助'));
    expect(assist.beneficiaries.map((b: { key: string }) => b.key).sort()).toEqual([...agencies].sort());
    expect(assist.bearers.map((b: { key: string }) => b.key).sort()).toEqual(['actor:xinjiang-huoer-guosi-pianqu', 'actor:xinjiang-kashi-pianqu', 'actor:xinjiang-wulu-muqi-pianqu']);
    expect(data.customs.nameEn).toMatch(/Customs/);
    expect(data.customs.obligations.edges.map((e: { node: { key: string } }) => e.node.key)).toContain(theirs.key);
    expect(data.customs.relatedActors.map((r: { actor: { key: string } }) => r.actor.key)).toEqual(['actor:zhongyang-zhujiang-danwei']);
  });

  it('the responsibility matrix counts what each actor bears, per modality, and lists it', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ responsibilityMatrix(kinds: [OFFICE]) { modalities rows { actor { key } total cells { modality count obligations(first: 100) { totalCount edges { node { key } } } } } } }`,
    );
    const expected = api.graph.obligations.filter((o) => o.bearers.includes('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'));
    const row = data.responsibilityMatrix.rows.find((r: { actor: { key: string } }) => r.actor.key === 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi');
    expect(row.total).toBe(expected.length);
    for (const cell of row.cells) {
      const ids = expected.filter((o) => o.modality === cell.modality).map((o) => o.id);
      expect(cell.count).toBe(ids.length);
      expect(cell.obligations.edges.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual(ids.sort());
    }
    expect(data.responsibilityMatrix.modalities).toEqual(row.cells.map((c: { modality: string }) => c.modality));
  });

  it('filters obligations by bearer, modality, chapter and industry together', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ obligations(bearer: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi", modality: [RESPONSIBLE], chapter: 2, first: 100) { totalCount edges { node { key modality } } } }`,
    );
    const chapterOf = new Map(api.graph.articles.map((a) => [a.number, a.chapter]));
    const expected = api.graph.obligations.filter(
      (o) => o.bearers.includes('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi') && o.modality === 'RESPONSIBLE' && chapterOf.get(o.article) === 2,
    );
    expect(data.obligations.totalCount).toBe(expected.length);
    expect(data.obligations.edges.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual(expected.map((o) => o.id).sort());
  });
});

describe('how each bearer was found', () => {
  it('every obligation says how, and the uncertain ones can be listed for review', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        all: obligations(first: 100) { totalCount edges { node { key bearerMethod subject bearers { key } } } }
        review: obligations(bearerMethod: [UNRESOLVED, NONE], first: 100) { totalCount edges { node { key bearerMethod subject } } }
      }`,
    );
    const fromText = new Map(api.graph.obligations.map((o) => [o.id, o]));
    for (const { node } of data.all.edges) {
      expect(node.bearerMethod).toBe(fromText.get(node.key)!.bearerMethod);
      expect(node.subject).toBe(fromText.get(node.key)!.subject);
    }
    const review = api.graph.obligations.filter((o) => o.bearerMethod === 'UNRESOLVED' || o.bearerMethod === 'NONE');
    expect(data.review.totalCount).toBe(review.length);
    expect(data.review.edges.map((e: { node: { key: string } }) => e.node.key).sort()).toEqual(review.map((o) => o.id).sort());
    for (const { node } of data.review.edges) if (node.bearerMethod === 'UNRESOLVED') expect(node.subject).not.toBeNull();
  });

  it('a local body belongs to its jurisdiction; a national one and a shared role to none', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ kashgar: actor(id: "actor:xinjiang-kashi-pianqu") { jurisdiction }
         council: actor(id: "actor:guowuyuan") { jurisdiction kind }
         enterprises: actor(id: "actor:qiye") { jurisdiction kind } }`,
    );
    expect(data.kashgar.jurisdiction).toBe('新疆维吾尔自治区');
    expect(data.council).toEqual({ jurisdiction: null, kind: 'CENTRAL_AGENCY' });
    expect(data.enterprises).toEqual({ jurisdiction: null, kind: 'ENTERPRISE' });
  });
});

describe('which zone develops which industry', () => {
  it('Article 28 gives each zone its industries with their levels', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ zoneIndustryMatrix { cells { zone { key } industry { key name } level rank levelEn article { number } } } }`,
    );
    const fromApi = data.zoneIndustryMatrix.cells
      .filter((c: { article: { number: number } }) => c.article.number === 28)
      .map((c: { zone: { key: string }; industry: { key: string }; level: string; rank: number; levelEn: string }) => `${c.zone.key} ${c.industry.key} ${c.level} ${c.rank} ${c.levelEn}`)
      .sort();
    const fromText = api.graph.zoneIndustries
      .filter((z) => z.article === 28)
      .map((z) => `${z.zone} ${z.industry} ${z.level} ${z.rank} ${z.levelEn}`)
      .sort();
    expect(fromApi).toEqual(fromText);
    expect(fromApi).toEqual(
      expect.arrayContaining([
        'actor:xinjiang-wulu-muqi-pianqu industry:fangzhi-fuzhuang 重点发展 3 focus on',
        'actor:xinjiang-kashi-pianqu industry:fangzhi-fuzhuang 重点发展 3 focus on',
        'actor:xinjiang-kashi-pianqu industry:guoji-wuliu 积极培育 2 foster',
        'actor:xinjiang-huoer-guosi-pianqu industry:tese-yiyao 做大做强 2 scale up',
      ]),
    );
    expect(new Set(fromApi.map((line: string) => line.split(' ')[0]))).toEqual(
      new Set(['actor:xinjiang-wulu-muqi-pianqu', 'actor:xinjiang-kashi-pianqu', 'actor:xinjiang-huoer-guosi-pianqu']),
    );
  });

  it('an industry lists the zones that develop it', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ industry(id: "industry:fangzhi-fuzhuang") { nameEn zones { zone { key } level article { number } } articles { totalCount edges { mentionCount node { number } } } } }`,
    );
    expect(data.industry.zones).toEqual(
      expect.arrayContaining([
        { zone: { key: 'actor:xinjiang-kashi-pianqu' }, level: '重点发展', article: { number: 28 } },
        { zone: { key: 'actor:xinjiang-wulu-muqi-pianqu' }, level: '重点发展', article: { number: 28 } },
      ]),
    );
    const edge28 = data.industry.articles.edges.find((e: { node: { number: number } }) => e.node.number === 28);
    expect(edge28.mentionCount).toBeGreaterThanOrEqual(2);
  });

  it('the articles naming an actor page through in article order, each with its own text and mention count', async () => {
    const fields = 'totalCount pageInfo { hasNextPage endCursor } edges { mentionCount node { key number text } }';
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] };
    // The actor named in the most articles, by the extracted graph.
    const articlesOf = new Map<string, Set<number>>();
    for (const m of api.graph.mentions) if (m.target.startsWith('actor:')) articlesOf.set(m.target, (articlesOf.get(m.target) ?? new Set()).add(m.article));
    const [actor] = [...articlesOf].sort(([, a], [, b]) => b.size - a.size)[0]!;
    const all = (await graphqlData(api.yoga, `{ actor(id: "${actor}") { articles(first: 100) { ${fields} } } }`)).actor.articles;
    expect(all.totalCount).toBeGreaterThan(8);
    const paged: unknown[] = [];
    let after: string | null = null;
    do {
      const data: { actor: { articles: Page } } = await graphqlData(
        api.yoga,
        `query($after: String) { actor(id: "${actor}") { articles(first: 4, after: $after) { ${fields} } } }`,
        { after },
      );
      const page = data.actor.articles;
      expect(page.totalCount).toBe(all.totalCount);
      paged.push(...page.edges);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all.edges);
    const numbers = all.edges.map((e: { node: { number: number } }) => e.node.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Against the extracted graph: every article with a mention of the actor, each counted once per mention.
    const counts = new Map<number, number>();
    for (const m of api.graph.mentions) if (m.target === actor) counts.set(m.article, (counts.get(m.article) ?? 0) + 1);
    expect(all.edges.map((e: { mentionCount: number; node: { number: number } }) => [e.node.number, e.mentionCount])).toEqual(
      [...counts].sort(([a], [b]) => a - b),
    );
    const textOf = new Map(api.graph.articles.map((a) => [a.number, a.text]));
    for (const { node } of all.edges) expect(node.text).toBe(textOf.get(node.number));
  });

  it('zones are the actors of kind ZONE, with what they develop', async () => {
    const data = await graphqlData(api.yoga, '{ zones { key kind industries { industry { key } } } }');
    const kashgar = data.zones.find((z: { key: string }) => z.key === 'actor:xinjiang-kashi-pianqu');
    expect(new Set(data.zones.map((z: { kind: string }) => z.kind))).toEqual(new Set(['ZONE']));
    expect(kashgar.industries.map((i: { industry: { key: string } }) => i.industry.key)).toContain('industry:fangzhi-fuzhuang');
  });

  it('the regulation names the zone it is about: the one its title names, not an Area or the Areas together', async () => {
    const data = await graphqlData(api.yoga, '{ regulation { title wholeZone { key kind name } } }');
    expect(data.regulation.title).toBe(api.graph.regulation.title);
    expect(data.regulation.wholeZone).toEqual({ key: 'actor:xinjiang-ziyou-maoyi-shiyanqu', kind: 'ZONE', name: '中国（新疆）自由贸易试验区' });
  });
});

describe('full-text search', () => {
  const search = (query: string, extra = '') =>
    graphql(
      api.yoga,
      `query($q: String!) { search(query: $q, first: 50${extra}) { totalCount edges { node { kind key title snippet { field text matchStart matchEnd }
         ... on ArticleHit { article { number } } ... on ActorHit { actor { name nameEn } } } } } }`,
      { q: query },
    );

  it('finds Articles 28 and 30 for 纺织, with the match in the snippet', async () => {
    const { data, errors } = await search('纺织');
    expect(errors).toBeUndefined();
    const articles = data.search.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'ARTICLE');
    expect(articles.map((e: { node: { article: { number: number } } }) => e.node.article.number)).toEqual(expect.arrayContaining([28, 30]));
    for (const { node } of articles) {
      expect(node.snippet.text.slice(node.snippet.matchStart, node.snippet.matchEnd)).toBe('纺织');
    }
  });

  it('finds 海关 by its English name', async () => {
    const { data } = await search('customs');
    const hit = data.search.edges.find((e: { node: { kind: string; key: string } }) => e.node.key === 'actor:haiguan');
    expect(hit.node).toMatchObject({ kind: 'ACTOR', title: '海关', actor: { name: '海关' }, snippet: { field: 'nameEn' } });
  });

  it('restricts hits to the kinds asked for', async () => {
    const { data } = await search('纺织', ', kinds: [OBLIGATION]');
    expect(data.search.totalCount).toBeGreaterThan(0);
    expect(new Set(data.search.edges.map((e: { node: { kind: string } }) => e.node.kind))).toEqual(new Set(['OBLIGATION']));
  });

  it('treats Lucene syntax as text', async () => {
    const { data, errors } = await search('纺织 AND (');
    expect(errors).toBeUndefined();
    expect(data.search.totalCount).toBeGreaterThan(0);
    expect((await search('name:customs')).errors).toBeUndefined();
    expect((await search('海关 OR')).errors).toBeUndefined();
  });

  it.each(['', '"', '\\', '*', '   '])('answers %j with a clear error', async (query) => {
    const { errors, data } = await search(query);
    expect(data).toBeNull();
    expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('ids, pagination and bad input', () => {
  it('unknown ids give null', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        actor(id: "actor:nobody") { key }
        wrongType: actor(id: "industry:fangzhi-fuzhuang") { key }
        industry(id: "industry:nothing") { key }
        obligation(id: "obligation:999-1-0-1") { key }
        article(number: 999) { key }
        chapter(number: 99) { key }
        node(id: "QWN0b3I6YWN0b3I6bm9ib2R5") { id }
      }`,
    );
    expect(Object.values(data)).toEqual([null, null, null, null, null, null, null]);
  });

  it('global ids resolve through node(id:) and key holds the stable id', async () => {
    const first = await graphqlData(api.yoga, '{ actor(id: "actor:xinjiang-kashi-pianqu") { id key } article(number: 28) { id } }');
    const again = await graphqlData(
      api.yoga,
      `query($a: ID!, $b: ID!) { a: node(id: $a) { __typename ... on Actor { key name } } b: node(id: $b) { ... on Article { number } } }`,
      { a: first.actor.id, b: first.article.id },
    );
    expect(first.actor.key).toBe('actor:xinjiang-kashi-pianqu');
    expect(again).toEqual({ a: { __typename: 'Actor', key: 'actor:xinjiang-kashi-pianqu', name: '喀什片区' }, b: { number: 28 } });
  });

  it('walks a connection to its end without repeats', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 100; page++) {
      const data: any = await graphqlData(
        api.yoga,
        `query($after: String) { obligations(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }`,
        { after },
      );
      total = data.obligations.totalCount;
      keys.push(...data.obligations.edges.map((e: { node: { key: string } }) => e.node.key));
      if (!data.obligations.pageInfo.hasNextPage) break;
      after = data.obligations.pageInfo.endCursor;
    }
    expect(total).toBe(api.graph.obligations.length);
    expect(keys).toHaveLength(total);
    expect(new Set(keys).size).toBe(total);
    expect(new Set(keys)).toEqual(new Set(api.graph.obligations.map((o) => o.id)));
  });

  it('pages articles of a chapter and a nested connection', async () => {
    const data = await graphqlData(
      api.yoga,
      `{
        articles(chapter: 4, first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { number chapter { number } } } }
        actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { obligations(first: 2) { totalCount pageInfo { hasNextPage } edges { node { key } } } }
      }`,
    );
    const inChapter = api.graph.articles.filter((a) => a.chapter === 4);
    expect(data.articles.totalCount).toBe(inChapter.length);
    expect(data.articles.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual(inChapter.slice(0, 3).map((a) => a.number));
    expect(data.articles.pageInfo).toEqual({ hasNextPage: inChapter.length > 3, hasPreviousPage: false });
    expect(data.actor.obligations.edges).toHaveLength(2);
    expect(data.actor.obligations.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses oversized pages, top-level and nested, with BAD_USER_INPUT', async () => {
    const top = await graphql(api.yoga, '{ articles(first: 101) { totalCount } }');
    const nested = await graphql(api.yoga, '{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { obligations(first: 500) { totalCount } } }');
    expect(top.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['articles', 'BAD_USER_INPUT']]);
    expect(nested.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['actor.obligations', 'BAD_USER_INPUT']]);
    expect(nested.errors?.[0]?.message).toMatch(/between 0 and 100/);
  });

  it('reads the regulation, its chapters and an article with its clauses', async () => {
    const data = await graphqlData(
      api.yoga,
      `{ regulation { title noticeNumber chapters { number title articles { number } } }
         article(number: 2) { title text definitions { term actor { key } } paragraphs { mentions { surface start end key entity { __typename } } } } }`,
    );
    expect(data.regulation.title).toBe('中国（新疆）自由贸易试验区条例');
    expect(data.regulation.chapters).toHaveLength(api.graph.chapters.length);
    expect(data.regulation.chapters.flatMap((c: { articles: unknown[] }) => c.articles)).toHaveLength(api.graph.articles.length);
    expect(data.article.definitions).toContainEqual({ term: '自贸试验区', actor: { key: 'actor:xinjiang-ziyou-maoyi-shiyanqu' } });
    const mention = data.article.paragraphs[0].mentions.find((m: { key: string }) => m.key === 'actor:xinjiang-kashi-pianqu');
    expect(mention).toMatchObject({ surface: '喀什片区', entity: { __typename: 'Actor' } });
  });
});
