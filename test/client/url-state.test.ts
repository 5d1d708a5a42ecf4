import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, decodeUrlState, encodeUrlState, isNavigation, legacyArticleNumber, type UrlState } from '../../client/src/state/url-state.ts';

const FULL: UrlState = {
  lang: 'en',
  regulations: ['regulation:xinjiang-ftz-2025', 'regulation:shanghai-ftz-regulations-2014'],
  view: 'reader',
  layout: 'hierarchical',
  selected: 'actor:xinjiang-kashi-pianqu',
  selection: ['industry:fangzhi-fuzhuang', 'actor:xinjiang-kashi-pianqu'],
  expanded: ['actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'],
  hidden: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'],
  expandTypes: ['INDUSTRY', 'ACTOR'],
  expandLimit: 25,
  hiddenCategories: ['DOCUMENT', 'OTHER'],
  hiddenModalities: ['MAY', 'ENCOURAGE'],
  article: 'article:xinjiang-ftz-2025/28',
  clause: { article: 28, paragraph: 2, item: null },
  cell: { actor: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', modality: 'RESPONSIBLE', regulation: 'regulation:xinjiang-ftz-2025' },
  compare: 'zones',
  diff: 'regulation:shanghai-ftz-regulations-2014',
  zoneSort: 'actor:xinjiang-kashi-pianqu',
  zoneFilter: ['actor:xinjiang-kashi-pianqu', 'actor:xinjiang-ziyou-maoyi-shiyanqu'],
  zoneRanks: [3, 2],
  pathFrom: 'actor:haiguan',
  pathTo: 'actor:xinjiang-renmin-zhengfu',
  pathRelations: ['BEARS', 'MEMBER_OF'],
  viewport: { zoom: 1.25, x: 120.5, y: -40 },
  graphMode: 'actors',
};

describe('URL state', () => {
  it('leaves the overview with an empty query string', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_URL_STATE);
  });

  it.each<[string, UrlState]>([
    ['everything set', FULL],
    ['a selection only', { ...DEFAULT_URL_STATE, selected: 'obligation:10-2-1-1' }],
    ['actors only', { ...DEFAULT_URL_STATE, graphMode: 'actors' }],
    ['a zoom and centre', { ...DEFAULT_URL_STATE, viewport: { zoom: 0.8, x: -3.5, y: 1042 } }],
    ['several selected nodes', { ...DEFAULT_URL_STATE, selected: 'actor:haiguan', selection: ['actor:haiguan', 'obligation:10-2-1-1', 'x,y'] }],
    ['an item clause', { ...DEFAULT_URL_STATE, view: 'reader', article: 'article:xinjiang-ftz-2025/10', clause: { article: 10, paragraph: 2, item: 5 } }],
    ['a cell of the whole selection', { ...DEFAULT_URL_STATE, view: 'matrix', cell: { actor: 'actor:haiguan', modality: 'SHALL' } }],
    ['a regulation key without the usual prefix', { ...DEFAULT_URL_STATE, regulations: ['law:odd'] }],
    ['an id with characters that need escaping', { ...DEFAULT_URL_STATE, selected: 'document:a,b&c=d e+f', expanded: ['x,y', 'z~1'] }],
    ['a Chinese id', { ...DEFAULT_URL_STATE, selected: 'actor:自贸办', hidden: ['industry:纺织'] }],
    ['zones sorted by name, one rank shown', { ...DEFAULT_URL_STATE, view: 'zones', zoneSort: 'name', zoneRanks: [3] }],
    ['zones filtered to one Area', { ...DEFAULT_URL_STATE, view: 'zones', zoneFilter: ['actor:xinjiang-kashi-pianqu'] }],
    ['a path finder with one end', { ...DEFAULT_URL_STATE, pathFrom: 'actor:自贸办' }],
  ])('round-trips %s', (_name, state) => {
    const encoded = encodeUrlState(state);
    expect(decodeUrlState(encoded)).toEqual(state);
    expect(decodeUrlState(`?${encoded}`)).toEqual(state);
  });

  it('writes the sort and filters of the zones table short, and reads back only what they can be', () => {
    const encoded = encodeUrlState({ ...DEFAULT_URL_STATE, view: 'zones', zoneSort: 'actor:xinjiang-kashi-pianqu', zoneFilter: ['actor:xinjiang-kashi-pianqu'], zoneRanks: [3, 2] });
    expect(encoded).toBe('view=zones&zs=actor:xinjiang-kashi-pianqu&zf=actor:xinjiang-kashi-pianqu&zr=3,2');
    expect(decodeUrlState('zs=sideways&zf=nokey,actor:a&zr=1,9,3,3')).toEqual({ ...DEFAULT_URL_STATE, zoneFilter: ['actor:a'], zoneRanks: [3, 1] });
    // Every rank shown is no filter at all, so it reads as the default.
    expect(decodeUrlState('zr=1,2,3').zoneRanks).toEqual([]);
    expect(decodeUrlState('zs=name').zoneSort).toBe('name');
  });

  it('writes the path finder short and reads back only known relations, in their order', () => {
    const encoded = encodeUrlState({ ...DEFAULT_URL_STATE, pathFrom: 'actor:haiguan', pathTo: 'actor:guowuyuan', pathRelations: ['BEARS'] });
    expect(encoded).toBe('pf=actor:haiguan&pt=actor:guowuyuan&pr=BEARS');
    expect(decodeUrlState('pr=MEMBER_OF,MENTIONS,BEARS').pathRelations).toEqual(['BEARS', 'MEMBER_OF']);
    expect(decodeUrlState('pr=MENTIONS').pathRelations).toEqual(DEFAULT_URL_STATE.pathRelations);
  });

  it('writes the viewport as a rounded zoom and centre, and reads back only a whole one', () => {
    expect(encodeUrlState({ ...DEFAULT_URL_STATE, viewport: { zoom: 1.23456, x: 10.04, y: -7.77 } })).toBe('z=1.235&c=10,-7.8');
    expect(decodeUrlState('z=2&c=5,6').viewport).toEqual({ zoom: 2, x: 5, y: 6 });
    for (const broken of ['z=2', 'c=5,6', 'z=0&c=5,6', 'z=-1&c=5,6', 'z=abc&c=5,6', 'z=2&c=5', 'z=2&c=5,6,7', 'z=2&c=,6']) {
      expect(decodeUrlState(broken).viewport, broken).toBeNull();
    }
  });

  it('keeps ids readable in the address bar', () => {
    const encoded = encodeUrlState({ ...DEFAULT_URL_STATE, selected: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', expanded: ['actor:xinjiang-kashi-pianqu', 'article:28'] });
    expect(encoded).toBe('sel=actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi&x=actor:xinjiang-kashi-pianqu,article:28');
  });

  it('drops what it does not understand and keeps the rest', () => {
    const state = decodeUrlState(
      'lang=fr&view=nope&layout=spiral&mode=everything&hn=ZONE,Bogus&hm=MAYBE,SHALL&art=-3&clause=x&cell=actor:a~OFTEN&sel=actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi&et=ACTOR,PARAGRAPH&el=100000',
    );
    expect(state).toEqual({
      ...DEFAULT_URL_STATE,
      hiddenCategories: ['ZONE'],
      hiddenModalities: ['SHALL'],
      selected: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi',
      expandTypes: ['ACTOR'],
    });
  });

  it('takes the remembered language when the URL has none, and the URL when it has one', () => {
    expect(decodeUrlState('sel=actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', { lang: 'en' }).lang).toBe('en');
    expect(decodeUrlState('lang=zh', { lang: 'en' }).lang).toBe('zh');
  });

  it('writes regulations as slugs and the article as its key without prefix', () => {
    const encoded = encodeUrlState({ ...DEFAULT_URL_STATE, ...FULL, lang: 'zh', layout: 'fcose', expanded: [], hidden: [], selected: null, selection: [], expandTypes: DEFAULT_URL_STATE.expandTypes, expandLimit: 60, hiddenCategories: [], hiddenModalities: [], zoneSort: null, zoneFilter: [], zoneRanks: [], pathFrom: null, pathTo: null, pathRelations: DEFAULT_URL_STATE.pathRelations, viewport: null, graphMode: 'all' });
    expect(encoded).toBe(
      'reg=xinjiang-ftz-2025,shanghai-ftz-regulations-2014&view=reader&article=xinjiang-ftz-2025/28&clause=28-2&cell=actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi~RESPONSIBLE~xinjiang-ftz-2025&cmp=zones&diff=shanghai-ftz-regulations-2014',
    );
  });

  it('reads an old link\'s article number in the first regulation the URL names', () => {
    expect(decodeUrlState('reg=shanghai-ftz-regulations-2014&art=11').article).toBe('article:shanghai-ftz-regulations-2014/11');
    expect(decodeUrlState('reg=xinjiang-ftz-2025&article=28').article).toBe('article:xinjiang-ftz-2025/28');
    expect(decodeUrlState('reg=xinjiang-ftz-2025&clause=28-2').article).toBe('article:xinjiang-ftz-2025/28');
    expect(legacyArticleNumber('reg=xinjiang-ftz-2025&art=28')).toBeNull();
  });

  it('leaves an old link\'s article number that names no regulation to the caller', () => {
    expect(decodeUrlState('art=28').article).toBeNull();
    expect(legacyArticleNumber('art=28')).toBe(28);
    expect(legacyArticleNumber('view=reader&article=28')).toBe(28);
    expect(legacyArticleNumber('clause=28-2')).toBe(28);
    expect(legacyArticleNumber('article=xinjiang-ftz-2025/28&clause=28-2')).toBeNull();
    expect(legacyArticleNumber('view=matrix')).toBeNull();
  });

  it('takes a pasted full article key as it is, and an article key over an old number', () => {
    expect(decodeUrlState('article=article:xinjiang-ftz-2025/28').article).toBe('article:xinjiang-ftz-2025/28');
    expect(decodeUrlState('art=3&article=xinjiang-ftz-2025/28').article).toBe('article:xinjiang-ftz-2025/28');
    expect(decodeUrlState('article=nonsense').article).toBeNull();
  });

  it('reads a literal + in a pasted link as a plus, not a space', () => {
    expect(decodeUrlState('sel=a+b').selected).toBe('a+b');
  });

  it('treats a new selection, view or article as navigation, and a new layout or language as not', () => {
    expect(isNavigation(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, selected: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi' })).toBe(true);
    expect(isNavigation(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, view: 'matrix' })).toBe(true);
    expect(isNavigation(FULL, { ...FULL, clause: { article: 28, paragraph: 1, item: null } })).toBe(true);
    expect(isNavigation(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, regulations: ['regulation:a', 'regulation:b'] })).toBe(true);
    expect(isNavigation(FULL, { ...FULL, compare: 'actors' })).toBe(true);
    expect(isNavigation(FULL, { ...FULL, diff: null })).toBe(true);
    expect(isNavigation(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, layout: 'concentric' })).toBe(false);
    expect(isNavigation(DEFAULT_URL_STATE, { ...DEFAULT_URL_STATE, lang: 'en', hiddenModalities: ['MAY'] })).toBe(false);
  });
});
