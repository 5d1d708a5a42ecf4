import { describe, expect, it } from 'vitest';
import { makeSnippet, SearchInputError, splitSearchTerms, toLuceneQuery } from '../../server/queries/search.ts';

describe('toLuceneQuery', () => {
  it('requires every term, each as a quoted phrase', () => {
    expect(toLuceneQuery('纺织')).toBe('+"纺织"');
    expect(toLuceneQuery('  纺织\u3000服装 ')).toBe('+"纺织" +"服装"');
    expect(toLuceneQuery('customs')).toBe('+"customs"');
  });

  it('turns Lucene syntax into plain text', () => {
    expect(toLuceneQuery('纺织 AND (')).toBe('+"纺织" +"AND"');
    expect(toLuceneQuery('name:海关')).toBe('+"name:海关"');
    expect(toLuceneQuery('纺织*')).toBe('+"纺织*"');
    expect(toLuceneQuery('a"b\\c')).toBe('+"a\\"b\\\\c"');
  });

  it.each(['', '   ', '"', '\\', '*', '( ) && ||', '！？。'])('refuses %j: nothing to search for', (input) => {
    expect(() => toLuceneQuery(input)).toThrow(SearchInputError);
  });

  it('refuses overlong text and keeps at most ten terms', () => {
    expect(() => toLuceneQuery('纺'.repeat(201))).toThrow(/too long/);
    expect(splitSearchTerms(Array.from({ length: 15 }, (_, i) => `t${i}`).join(' '))).toHaveLength(10);
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
