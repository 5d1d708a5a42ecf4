// Which regulations the views show, decided from the data: what the URL names that exists, else the first by key.
import { describe, expect, it } from 'vitest';
import { articleKeyIn, parseArticleKey } from '../../client/src/model.ts';
import { defaultSelection, resolveSelection, selectionTitle, toggleRegulation } from '../../client/src/state/selection.ts';

const CATALOG = [
  { key: 'regulation:hainan-free-trade-port-law-2021', title: '中华人民共和国海南自由贸易港法' },
  { key: 'regulation:shanghai-ftz-regulations-2014', title: '中国（上海）自由贸易试验区条例' },
  { key: 'regulation:xinjiang-ftz-2025', title: '中国（新疆）自由贸易试验区条例' },
];

describe('the regulation selection', () => {
  it('is the only regulation when the graph holds one', () => {
    expect(resolveSelection([], CATALOG.slice(2))).toEqual(['regulation:xinjiang-ftz-2025']);
  });

  it('is the first regulation by key when the URL names none, whatever order the catalog comes in', () => {
    expect(defaultSelection([...CATALOG].reverse())).toEqual(['regulation:hainan-free-trade-port-law-2021']);
    expect(resolveSelection([], CATALOG)).toEqual(['regulation:hainan-free-trade-port-law-2021']);
  });

  it('keeps what the URL names that exists, in key order, and falls back when none exists', () => {
    expect(resolveSelection(['regulation:xinjiang-ftz-2025', 'regulation:gone', 'regulation:shanghai-ftz-regulations-2014'], CATALOG)).toEqual([
      'regulation:shanghai-ftz-regulations-2014',
      'regulation:xinjiang-ftz-2025',
    ]);
    expect(resolveSelection(['regulation:gone'], CATALOG)).toEqual(['regulation:hainan-free-trade-port-law-2021']);
    expect(resolveSelection(['regulation:gone'], [])).toEqual([]);
  });

  it('ticks and unticks, but never down to nothing', () => {
    const one = ['regulation:xinjiang-ftz-2025'];
    const two = toggleRegulation(one, 'regulation:hainan-free-trade-port-law-2021', CATALOG);
    expect(two).toEqual(['regulation:hainan-free-trade-port-law-2021', 'regulation:xinjiang-ftz-2025']);
    expect(toggleRegulation(two, 'regulation:xinjiang-ftz-2025', CATALOG)).toEqual(['regulation:hainan-free-trade-port-law-2021']);
    expect(toggleRegulation(one, 'regulation:xinjiang-ftz-2025', CATALOG)).toEqual(one);
  });

  it('is named by its title when it is one regulation', () => {
    expect(selectionTitle(['regulation:xinjiang-ftz-2025'], CATALOG)).toBe('中国（新疆）自由贸易试验区条例');
    expect(selectionTitle(CATALOG.map((r) => r.key), CATALOG)).toBeNull();
  });
});

describe('article keys', () => {
  it('are made from a regulation and a number, and read back', () => {
    expect(articleKeyIn('regulation:xinjiang-ftz-2025', 28)).toBe('article:xinjiang-ftz-2025/28');
    expect(parseArticleKey('article:xinjiang-ftz-2025/28')).toEqual({ regulation: 'regulation:xinjiang-ftz-2025', number: 28 });
    expect(parseArticleKey('article:28')).toBeNull();
    expect(parseArticleKey('obligation:xinjiang-ftz-2025/10-2-1-1')).toBeNull();
  });
});
