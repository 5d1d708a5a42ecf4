// The search box's suggestions, from real API answers: grouped by kind with the best hit's group first, each hit
// named in the interface language with its clause and regulation, and what picking it opens.
import { describe, expect, it } from 'vitest';
import { groupSuggestions, GROUP_LIMIT } from '../../client/src/panels/search-groups.ts';
import { pickPatch } from '../../client/src/panels/search-panel.ts';
import { initialAppState } from '../../client/src/state/store.ts';
import { decodeUrlState } from '../../client/src/state/url-state.ts';
import { ARTICLE_13, TAX } from './fixtures/search-answers.ts';

const REGULATION = '中国（新疆）自由贸易试验区条例';

describe('search suggestions', () => {
  it('groups a single character\'s hits by kind, the best hit\'s group first, obligations last', () => {
    const groups = groupSuggestions(TAX, 'zh');
    expect(groups.map((g) => [g.kind, g.label, g.items.map((s) => s.key)])).toEqual([
      ['ARTICLE', '条文', ['article:xinjiang-ftz-2025/26', 'article:xinjiang-ftz-2025/13']],
      ['ACTOR', '主体', ['actor:shuiwu', 'actor:zhongyang-zhujiang-danwei']],
      ['OBLIGATION', '义务', ['obligation:xinjiang-ftz-2025/26-1-4-1', 'obligation:xinjiang-ftz-2025/13-2-0-1']],
    ]);
  });

  it('names each clause hit by its clause and regulation, and opens the reader at the clause that matched', () => {
    const [articles, , obligations] = groupSuggestions(TAX, 'zh');
    const article = articles!.items[0]!;
    expect([article.title, article.detail, article.regulation]).toEqual(['第26条', '见第26条第1款第1项', REGULATION]);
    expect(article.opens).toEqual({ article: 'article:xinjiang-ftz-2025/26', clause: { article: 26, paragraph: 1, item: 1 } });
    expect(article.snippet?.text.slice(article.snippet.start!, article.snippet.end!)).toBe('税');
    const obligation = obligations!.items[0]!;
    expect([obligation.title, obligation.detail, obligation.category]).toEqual(['第26条第1款第4项', '支持', 'OBLIGATION']);
    expect(obligation.opens?.clause).toEqual({ article: 26, paragraph: 1, item: 4 });
  });

  it('speaks English in English: titles from titleEn and the clause labels, kinds and modalities translated', () => {
    const groups = groupSuggestions(TAX, 'en');
    expect(groups.map((g) => g.label)).toEqual(['Articles', 'Actors', 'Obligations']);
    const [articles, actors, obligations] = groups;
    expect([articles!.items[0]!.title, articles!.items[0]!.detail]).toEqual(['Article 26', 'in Art. 26(1)(1)']);
    expect([actors!.items[0]!.title, actors!.items[0]!.detail, actors!.items[0]!.other, actors!.items[0]!.opens]).toEqual(['Tax authorities', 'Central agency', '税务', null]);
    expect([obligations!.items[0]!.title, obligations!.items[0]!.detail]).toEqual(['Art. 26(1)(4)', 'Supports']);
  });

  it('opens an article asked for by number at its heading, said to be found by number', () => {
    const [group, ...rest] = groupSuggestions(ARTICLE_13, 'en');
    expect(rest).toEqual([]);
    expect(group!.items.map((s) => [s.key, s.title, s.detail, s.regulation, s.opens])).toEqual([
      ['article:xinjiang-ftz-2025/13', 'Article 13', 'by number', REGULATION, { article: 'article:xinjiang-ftz-2025/13', clause: null }],
    ]);
  });

  it('lists an actor once whether the search or the name list found it, and counts what a group leaves out', () => {
    const actor = TAX.actors.edges[0]!.node;
    const many = { ...TAX, actors: { edges: Array.from({ length: GROUP_LIMIT + 2 }, (_, i) => ({ node: { ...actor, key: i ? `actor:x${i}` : actor.key } })) } };
    const actors = groupSuggestions(many, 'zh').find((g) => g.kind === 'ACTOR')!;
    expect(actors.items).toHaveLength(GROUP_LIMIT);
    expect(actors.items.filter((s) => s.key === 'actor:shuiwu')).toHaveLength(1);
    // Two from the search (one of them listed too) and six more from the list: eight, three left out.
    expect(actors.more).toBe(3);
  });

  it('picks a clause into the reader, an obligation into the reader with it selected, a name into the graph', () => {
    const state = initialAppState(decodeUrlState(''));
    const [articles, actors, obligations] = groupSuggestions(TAX, 'zh');
    expect(pickPatch(state, articles!.items[1]!)).toEqual({ view: 'reader', article: 'article:xinjiang-ftz-2025/13', clause: { article: 13, paragraph: 2, item: null }, diff: null });
    const obligation = pickPatch(state, obligations!.items[0]!);
    expect([obligation.view, obligation.article, obligation.selected]).toEqual(['reader', 'article:xinjiang-ftz-2025/26', 'obligation:xinjiang-ftz-2025/26-1-4-1']);
    const actor = pickPatch(state, actors!.items[0]!);
    expect([actor.view, actor.selected]).toEqual(['graph', 'actor:shuiwu']);
  });
});
