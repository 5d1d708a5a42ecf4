import { describe, expect, it } from 'vitest';
import { locateInArticle, makeSnippet } from '../../server/queries/search-snippet.ts';
import {
  clauseKeyParts,
  formsOf,
  parseClauseReference,
  planSearch,
  SearchInputError,
  splitSearchTerms,
  toLuceneQuery,
  writeCitation,
} from '../../server/queries/search-query.ts';
import { VOCABULARY } from '../../seed/vocabulary.ts';

const lucene = (input: string) => planSearch(input).lucene;

describe('the Lucene query of a search', () => {
  it('requires every term, each as a quoted phrase', () => {
    expect(lucene('纺织')).toBe('+"纺织"');
    expect(lucene('  纺织\u3000服装 ')).toBe('+"纺织" +"服装"');
    expect(lucene('customs')).toBe('+"customs"');
  });

  it('turns Lucene syntax into plain text', () => {
    expect(lucene('纺织 AND (')).toBe('+"纺织" +"AND"');
    expect(lucene('name:海关')).toBe('+"name:海关"');
    expect(lucene('纺织*')).toBe('+"纺织*"');
    expect(lucene('a"b\\c')).toBe('+"a\\"b\\\\c"');
    expect(toLuceneQuery([['a"', 'b) OR (c']])).toBe('+("a\\"" OR "b) OR (c")');
  });

  it.each(['', '   ', '"', '\\', '*', '( ) && ||', '！？。'])('refuses %j: nothing to search for', (input) => {
    expect(() => planSearch(input)).toThrow(SearchInputError);
  });

  it('refuses overlong text and keeps at most ten terms', () => {
    expect(() => planSearch('纺'.repeat(201))).toThrow(/too long/);
    expect(splitSearchTerms(Array.from({ length: 15 }, (_, i) => `t${i}`).join(' '))).toHaveLength(10);
  });
});

describe('parseClauseReference', () => {
  it.each([
    ['第13条', 13, null, null],
    ['第十三条', 13, null, null],
    ['13', 13, null, null],
    ['Art. 13', 13, null, null],
    ['Art 13', 13, null, null],
    ['Article 13', 13, null, null],
    ['art13', 13, null, null],
    ['ART.13', 13, null, null],
    ['１３', 13, null, null],
    ['第１３条', 13, null, null],
    ['13.2', 13, 2, null],
    ['13(2)', 13, 2, null],
    ['13（2）', 13, 2, null],
    ['Art. 13(2)', 13, 2, null],
    ['Article 13.2', 13, 2, null],
    ['第13条第2款', 13, 2, null],
    ['第十三条第二款', 13, 2, null],
    ['第13条第2款第1项', 13, 2, 1],
    ['第十条第二款第（一）项', 10, 2, 1],
    ['10.1.1', 10, 1, 1],
    ['10(1)(1)', 10, 1, 1],
    ['Art. 10(1)(1)', 10, 1, 1],
    ['第一百零五条', 105, null, null],
  ])('%s → article %s, paragraph %s, item %s', (input, article, paragraph, item) => {
    const terms = splitSearchTerms(input);
    expect(terms).toHaveLength(1);
    expect(parseClauseReference(terms[0]!)).toEqual({ article, paragraph, item });
  });

  it.each(['2025年', '13亿', '1.5%', '第13章', '第13条第1项', '0', '10000', 'article', '13a', '第十三', '条', '2.5亿元'])(
    '%s is no reference',
    (input) => {
      expect(parseClauseReference(input)).toBeNull();
      expect(planSearch(input).reference).toBeNull();
    },
  );

  it('reads a bare number as a reference only when it is the whole query', () => {
    expect(parseClauseReference('13', false)).toBeNull();
    expect(parseClauseReference('第13条', false)).toEqual({ article: 13, paragraph: null, item: null });
    expect(planSearch('海关 2025')).toMatchObject({ reference: null, terms: ['海关', '2025'], lucene: '+"海关" +"2025"' });
  });
});

describe('planSearch', () => {
  it('searches a lone reference also as the regulation cites it', () => {
    expect(planSearch('第13条')).toMatchObject({ reference: { article: 13 }, terms: ['第13条'], lucene: '+("第13条" OR "第十三条")' });
    expect(planSearch('第十三条').lucene).toBe('+"第十三条"');
    expect(planSearch('Article 10(2)(1)').lucene).toBe('+("Article10(2)(1)" OR "第十条第二款第一项")');
  });

  it('takes a reference out of other words and searches the words (第13条 海关)', () => {
    expect(planSearch('第13条 海关')).toMatchObject({ reference: { article: 13, paragraph: null }, terms: ['海关'], lucene: '+"海关"' });
    expect(planSearch('海关 Art. 13(2)')).toMatchObject({ reference: { article: 13, paragraph: 2 }, terms: ['海关'] });
    expect(planSearch('第13条 第2款 海关').reference).toEqual({ article: 13, paragraph: 2, item: null });
    // Only the first reference counts; a second one is text.
    expect(planSearch('第13条 第14条')).toMatchObject({ reference: { article: 13 }, terms: ['第14条'] });
  });

  it('searches a short name as any form of its name', () => {
    expect(lucene('自贸区')).toBe('+("自贸区" OR "自由贸易试验区" OR "自贸试验区")');
    expect(lucene('自由贸易试验区 纺织')).toBe('+("自由贸易试验区" OR "自贸试验区" OR "自贸区") +"纺织"');
    expect(formsOf('新疆自贸区')).toEqual(['新疆自贸区', '新疆自由贸易试验区', '新疆自贸试验区']);
    expect(formsOf('全国人大常委会')).toEqual(['全国人大常委会', '全国人民代表大会常务委员会']);
    expect(formsOf('人大')).toEqual(['人大', '人民代表大会']);
    // A two-character short name is matched as a whole term only.
    expect(formsOf('外国企业')).toEqual(['外国企业']);
    expect(planSearch('自贸区').needles).toContain('自由贸易试验区');
  });

  it('matches one-character Chinese terms by substring, outside Lucene', () => {
    expect(planSearch('税')).toMatchObject({ lucene: null, characters: ['税'], terms: ['税'] });
    expect(planSearch('税 海关')).toMatchObject({ lucene: '+"海关"', characters: ['税'] });
    expect(planSearch('第13条 税')).toMatchObject({ reference: { article: 13 }, lucene: null, characters: ['税'] });
    expect(planSearch('a')).toMatchObject({ lucene: '+"a"', characters: [] });
  });
});

describe('citations and keys of a reference', () => {
  it('writes the citation as a regulation does', () => {
    expect(writeCitation({ article: 13, paragraph: null, item: null })).toBe('第十三条');
    expect(writeCitation({ article: 10, paragraph: 2, item: 1 })).toBe('第十条第二款第一项');
  });

  it('keys the clause as graph-keys.ts does, around the slug', () => {
    expect(clauseKeyParts({ article: 13, paragraph: null, item: null })).toEqual({ kind: 'ARTICLE', prefix: 'article:', suffix: '/13' });
    expect(clauseKeyParts({ article: 10, paragraph: 2, item: null })).toEqual({ kind: 'PARAGRAPH', prefix: 'paragraph:', suffix: '/10-2' });
    expect(clauseKeyParts({ article: 10, paragraph: 2, item: 1 })).toEqual({ kind: 'ITEM', prefix: 'item:', suffix: '/10-2-1' });
  });
});

describe('the short-name vocabulary', () => {
  it('holds generic names of two or more characters, each form once', () => {
    const forms = VOCABULARY.shortNames.flatMap((n) => [n.name, ...n.short]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const form of forms) expect([...form].length).toBeGreaterThanOrEqual(2);
    expect(VOCABULARY.shortNames.find((n) => n.name === '自由贸易试验区')?.short).toEqual(expect.arrayContaining(['自贸区', '自贸试验区']));
  });
});

describe('makeSnippet', () => {
  const text = '自贸试验区应当发展高质量棉纺织业，建设国家优质棉纱生产基地，推动棉花产业和化纤产业耦合发展；提升林果、葡萄酒、乳制品等特色产品加工业标准化、规模化水平';

  it('cuts a window around the first match and says where the match is', () => {
    const snippet = makeSnippet([{ field: 'text', text }], ['纺织']);
    expect(snippet.field).toBe('text');
    expect(snippet.text.slice(snippet.matchStart!, snippet.matchEnd!)).toBe('纺织');
    expect(snippet.text.endsWith('…')).toBe(true);
  });

  it('matches English case-insensitively in the first field that contains a term', () => {
    const snippet = makeSnippet(
      [
        { field: 'name', text: '海关' },
        { field: 'nameEn', text: 'Customs (General Administration of Customs in Xinjiang)' },
      ],
      ['customs'],
    );
    expect(snippet).toMatchObject({ field: 'nameEn', matchStart: 0, matchEnd: 7 });
  });

  it('falls back to the opening of the first field when no term occurs literally', () => {
    expect(makeSnippet([{ field: 'text', text: '短文' }], ['纺织'])).toEqual({
      field: 'text',
      text: '短文',
      matchStart: null,
      matchEnd: null,
    });
  });
});

describe('locateInArticle', () => {
  // Article 10 of the shipped regulation: paragraph 1, then paragraph 2 with its five items on their own lines.
  const text = ['领导小组负责组织领导。', '自贸办履行下列职责：', '（一）负责实施总体方案；', '（二）研究拟订发展规划；', '（三）开展综合评估；', '（四）负责统计；', '（五）承担交办的其他工作。'].join('\n');
  const layout = [
    { number: 1, items: 0 },
    { number: 2, items: 5 },
  ];

  it('finds the paragraph and item of the first match', () => {
    expect(locateInArticle(text, layout, ['领导'])).toEqual({ paragraph: 1, item: null });
    expect(locateInArticle(text, layout, ['职责'])).toEqual({ paragraph: 2, item: null });
    expect(locateInArticle(text, layout, ['综合评估'])).toEqual({ paragraph: 2, item: 3 });
    expect(locateInArticle(text, layout, ['交办'])).toEqual({ paragraph: 2, item: 5 });
  });

  it('gives the first paragraph without a literal match or when the layout does not fit', () => {
    expect(locateInArticle(text, layout, [])).toEqual({ paragraph: 1, item: null });
    expect(locateInArticle(text, [{ number: 1, items: 0 }], ['交办'])).toEqual({ paragraph: 1, item: null });
  });
});
