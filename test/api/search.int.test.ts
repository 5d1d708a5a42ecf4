// Search over the shipped regulation: clauses by number, short names, single characters, kinds and scope.
import { describe, expect, it } from 'vitest';
import { graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
const REGULATION = 'regulation:xinjiang-ftz-2025';

interface Hit {
  kind: string;
  matchedBy: string;
  key: string;
  title: string;
  titleEn: string;
  snippet: { text: string; matchStart: number | null; matchEnd: number | null };
  clause: { article: number; paragraph: number; item: number | null; label: string; articleKey: string | null; regulation: string | null } | null;
  regulation: { key: string } | null;
  article?: { number: number; text: string };
  paragraph?: { number: number; text: string };
  item?: { number: number; text: string };
  obligation?: { text: string; article: { number: number }; paragraph: { number: number }; item: { number: number } | null };
  actor?: { name: string; nameEn: string; aliases: string[] | null };
}

interface Answer {
  totalCount: number;
  reference: { article: number; paragraph: number | null; item: number | null; label: string; citation: string } | null;
  terms: string[];
  hits: Hit[];
}

const SEARCH = `query($q: String!, $kinds: [SearchHitKind!], $regulations: [String!]) {
  search(query: $q, kinds: $kinds, regulations: $regulations, first: 50) {
    totalCount reference { article paragraph item label citation } terms
    edges { node {
      kind matchedBy key title titleEn snippet { text matchStart matchEnd }
      clause { article paragraph item label articleKey regulation } regulation { key }
      ... on ArticleHit { article { number text } }
      ... on ParagraphHit { paragraph { number text } }
      ... on ItemHit { item { number text } }
      ... on ObligationHit { obligation { text article { number } paragraph { number } item { number } } }
      ... on ActorHit { actor { name nameEn aliases } }
    } }
  }
}`;

async function search(q: string, options: { kinds?: string[]; regulations?: string[] } = {}): Promise<Answer> {
  const data = await graphqlData(api.yoga, SEARCH, { q, ...options });
  const { edges, ...rest } = data.search;
  return { ...rest, hits: edges.map((e: { node: Hit }) => e.node) };
}

const articleText = (n: number) => api.graph.articles.find((a) => a.number === n)!.text;

describe('clauses by number', () => {
  it.each(['第13条', '第十三条', '13', 'Art. 13', 'Article 13', 'art13'])('%s gives Article 13 first', async (q) => {
    const { hits, reference } = await search(q);
    expect(reference).toMatchObject({ article: 13, paragraph: null, item: null, label: '第13条', citation: '第十三条' });
    expect(hits[0]).toMatchObject({
      kind: 'ARTICLE',
      matchedBy: 'REFERENCE',
      key: 'article:xinjiang-ftz-2025/13',
      title: '第13条',
      titleEn: 'Article 13',
      article: { number: 13 },
      regulation: { key: REGULATION },
      clause: { article: 13, paragraph: 1, item: null, articleKey: 'article:xinjiang-ftz-2025/13', regulation: REGULATION },
    });
    expect(hits[0]!.snippet.text.slice(0, 10)).toBe(articleText(13).slice(0, 10));
    // Found by number, it is not listed again as a text hit.
    expect(hits.filter((h) => h.key === hits[0]!.key)).toHaveLength(1);
  });

  it.each(['第10条第2款', '第十条第二款', '10.2', '10(2)', 'Art. 10(2)'])('%s gives paragraph 10-2', async (q) => {
    const { hits } = await search(q);
    const paragraph = api.graph.articles.find((a) => a.number === 10)!.paragraphs[1]!;
    expect(hits[0]).toMatchObject({
      kind: 'PARAGRAPH',
      matchedBy: 'REFERENCE',
      key: 'paragraph:xinjiang-ftz-2025/10-2',
      title: '第10条第2款',
      titleEn: 'Art. 10(2)',
      paragraph: { number: 2, text: paragraph.text },
      clause: { article: 10, paragraph: 2, item: null, label: '第10条第2款', articleKey: 'article:xinjiang-ftz-2025/10' },
      regulation: { key: REGULATION },
    });
  });

  it.each(['10.2.1', '10(2)(1)', 'Art. 10(2)(1)', '第10条第2款第1项', '第十条第二款第（一）项'])('%s gives item 10-2-1', async (q) => {
    const { hits } = await search(q);
    expect(hits[0]).toMatchObject({
      kind: 'ITEM',
      matchedBy: 'REFERENCE',
      key: 'item:xinjiang-ftz-2025/10-2-1',
      title: '第10条第2款第1项',
      item: { number: 1 },
      clause: { article: 10, paragraph: 2, item: 1, label: '第10条第2款第1项' },
    });
    expect(hits[0]!.item!.text).toContain('总体方案');
  });

  it('finds nothing by number for a clause the regulation does not have, and keeps the text search', async () => {
    expect((await search('第999条')).hits).toEqual([]);
    const year = await search('2025年');
    expect(year.reference).toBeNull();
    expect(year.hits.map((h) => h.key)).toContain('article:xinjiang-ftz-2025/62');
  });

  it('a reference beside words: the clause first, then what the words find', async () => {
    const { hits, reference, terms } = await search('第13条 海关');
    expect(reference).toMatchObject({ article: 13 });
    expect(terms).toEqual(['海关']);
    expect(hits[0]).toMatchObject({ key: 'article:xinjiang-ftz-2025/13', matchedBy: 'REFERENCE' });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits.slice(1)) {
      expect(hit.matchedBy).toBe('TEXT');
      expect(hit.snippet.text.slice(hit.snippet.matchStart!, hit.snippet.matchEnd!)).toBe('海关');
    }
  });

  it('looks the clause up only in the regulations asked for', async () => {
    expect((await search('第13条', { regulations: [REGULATION] })).hits[0]?.key).toBe('article:xinjiang-ftz-2025/13');
    expect((await search('第13条', { regulations: ['regulation:none'] })).totalCount).toBe(0);
  });
});

describe('short names', () => {
  it('自贸区 finds the articles that say 自由贸易试验区 or 自贸试验区', async () => {
    const { hits } = await search('自贸区', { kinds: ['ARTICLE'] });
    const keys = hits.map((h) => h.key);
    expect(articleText(1)).not.toContain('自贸区');
    expect(keys).toContain('article:xinjiang-ftz-2025/1');
    for (const hit of hits) {
      expect(hit.article!.text).toMatch(/自由贸易试验区|自贸试验区|自贸区/);
      expect(hit.snippet.text.slice(hit.snippet.matchStart!, hit.snippet.matchEnd!)).toMatch(/^(自由贸易试验区|自贸试验区|自贸区)$/);
    }
    const plain = await search('自贸试验区', { kinds: ['ARTICLE'] });
    expect(new Set(plain.hits.map((h) => h.key))).toEqual(new Set(keys));
  });
});

describe('a name typed in full', () => {
  it('puts the body of that name, alias or English name first, before texts that use it', async () => {
    // Every alias, name and English name of every actor of the regulation, each its own query.
    const names = api.graph.actors.flatMap((a) => [a.name, a.nameEn, ...a.aliases].filter((n) => /^\S+$/u.test(n) && n.length >= 2).map((n) => [n, a.id] as const));
    expect(names.length).toBeGreaterThan(20);
    for (const [name, id] of names) {
      const { hits } = await search(name);
      const first = hits[0]!;
      const holders = api.graph.actors.filter((a) => [a.name, a.nameEn, ...a.aliases].some((n) => n === name || n.toLowerCase() === name.toLowerCase()));
      expect(first.kind, name).toBe('ACTOR');
      expect(holders.map((a) => a.id), name).toContain(first.key);
      expect(hits.slice(0, holders.length).map((h) => h.key), name).toContain(id);
    }
  });
});

describe('a single Chinese character', () => {
  it('税 finds every article that contains it, 保税 among them, by substring', async () => {
    const { hits } = await search('税', { kinds: ['ARTICLE'] });
    const expected = api.graph.articles.filter((a) => a.text.includes('税')).map((a) => `article:xinjiang-ftz-2025/${a.number}`);
    expect(hits.map((h) => h.key).sort()).toEqual(expected.sort());
    expect(hits.some((h) => h.article!.text.includes('保税'))).toBe(true);
    for (const hit of hits) {
      expect(hit.matchedBy).toBe('SUBSTRING');
      expect(hit.snippet.text.slice(hit.snippet.matchStart!, hit.snippet.matchEnd!)).toBe('税');
      // The clause is the paragraph or item the character is in.
      const { paragraph, item } = hit.clause!;
      const article = api.graph.articles.find((a) => a.number === hit.article!.number)!;
      const unit = article.paragraphs[paragraph - 1]!;
      expect(item === null ? unit.text : unit.items[item - 1]!.text).toContain('税');
    }
  });

  it('税 also finds obligations and the tax authorities; 税 海关 needs both', async () => {
    const all = await search('税');
    expect(new Set(all.hits.map((h) => h.kind))).toEqual(new Set(['ARTICLE', 'OBLIGATION', 'ACTOR']));
    expect(all.hits.find((h) => h.kind === 'ACTOR')).toMatchObject({ key: 'actor:shuiwu', clause: null, regulation: null });
    const both = await search('税 海关');
    expect(both.totalCount).toBeGreaterThan(0);
    expect(both.totalCount).toBeLessThan(all.totalCount);
    for (const hit of both.hits) {
      const { actor } = hit;
      const text = hit.article?.text ?? hit.obligation?.text ?? (actor ? [actor.name, actor.nameEn, ...(actor.aliases ?? [])].join(' ') : '');
      expect([text.includes('税'), text.includes('海关')]).toEqual([true, true]);
    }
  });
});

describe('kinds, clauses and regulations of hits', () => {
  it('keeps only the kinds asked for, the new ones included', async () => {
    expect((await search('第10条第2款', { kinds: ['ARTICLE', 'OBLIGATION'] })).hits.map((h) => h.kind)).not.toContain('PARAGRAPH');
    expect((await search('10.2.1', { kinds: ['ITEM'] })).hits.map((h) => h.key)).toEqual(['item:xinjiang-ftz-2025/10-2-1']);
    const obligations = await search('税', { kinds: ['OBLIGATION'] });
    expect(obligations.totalCount).toBeGreaterThan(0);
    expect(new Set(obligations.hits.map((h) => h.kind))).toEqual(new Set(['OBLIGATION']));
  });

  it('every owned hit names its regulation and clause, which is the obligation\'s own', async () => {
    const { hits } = await search('纺织');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      if (hit.kind === 'ACTOR' || hit.kind === 'INDUSTRY') {
        expect([hit.clause, hit.regulation]).toEqual([null, null]);
        continue;
      }
      expect(hit.regulation).toEqual({ key: REGULATION });
      expect(hit.clause).toMatchObject({ regulation: REGULATION, articleKey: `article:xinjiang-ftz-2025/${hit.clause!.article}` });
      if (hit.obligation) {
        const { article, paragraph, item } = hit.obligation;
        expect(hit.clause).toMatchObject({ article: article.number, paragraph: paragraph.number, item: item?.number ?? null });
      }
    }
  });

  it('costs one round trip whatever the query', async () => {
    for (const q of ['第13条', '税', '自贸区', '第13条 海关']) {
      const queries: string[] = [];
      const stop = api.client.onQuery((event) => queries.push(event.query.split('\n')[0]!.replace(/^\/\/ /, '')));
      try {
        await graphqlData(api.yoga, 'query($q: String!) { search(query: $q) { totalCount edges { node { key clause { label } } } } }', { q });
      } finally {
        stop();
      }
      expect(queries).toEqual([q === '税' ? 'searchByCharacters' : 'search']);
    }
  });
});
