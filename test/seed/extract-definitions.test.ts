import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { validateLexicon } from '../../seed/lexicon.ts';
import { buildParsed, oneClause } from '../fixtures/extract/build-parsed.ts';

const ARTICLE_2 =
  '本条例适用于国务院批准设立的中国（新疆）自由贸易试验区（以下简称自贸试验区），包括乌鲁木齐片区、喀什片区、霍尔果斯片区（以下统称各片区）以及报经国务院批准的自贸试验区扩展区域。';
const ARTICLE_35 = '支持中哈霍尔果斯国际边境合作中心（以下简称合作中心）提高跨境人民币创新账户的便利化水平。';

/** The shipped lexicon with some actors left out or changed, to show what the rules find alone. */
function lexiconWith(change: (actors: Array<Record<string, unknown>>) => Array<Record<string, unknown>>) {
  const json = readLexiconJson();
  return validateLexicon({ ...json, actors: change(json['actors'] as Array<Record<string, unknown>>) });
}

describe('definitions', () => {
  it('are not typed into the lexicon: the text teaches them', () => {
    const forms = loadLexicon().actors.flatMap((a) => a.aliases);
    for (const term of ['自贸试验区', '领导小组', '自贸办', '合作中心']) expect(forms).not.toContain(term);
  });

  it('make 以下简称 an alias of the mention before the bracket', () => {
    const graph = extractGraph(buildParsed([{ number: 2, paragraphs: [{ text: ARTICLE_2, items: [] }] }, { number: 35, paragraphs: [{ text: ARTICLE_35, items: [] }] }]), loadLexicon());
    expect(graph.definitions).toEqual([
      { term: '自贸试验区', full: '中国（新疆）自由贸易试验区', article: 2, actor: 'actor:xinjiang-ziyou-maoyi-shiyanqu' },
      { term: '各片区', full: '乌鲁木齐片区、喀什片区、霍尔果斯片区', article: 2, actor: 'actor:xinjiang-ge-pianqu' },
      { term: '合作中心', full: '中哈霍尔果斯国际边境合作中心', article: 35, actor: 'actor:xinjiang-zhongha-huoer-guosi-guoji-bianjing-hezuo-zhongxin' },
    ]);
    expect(graph.actors.find((a) => a.id === 'actor:xinjiang-zhongha-huoer-guosi-guoji-bianjing-hezuo-zhongxin')?.aliases).toEqual(['合作中心']);
    // The alias names the actor everywhere, before and after the definition.
    expect(graph.mentions.filter((m) => m.surface === '自贸试验区').map((m) => m.target)).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu', 'actor:xinjiang-ziyou-maoyi-shiyanqu']);
  });

  it('make 以下统称 a collective of the enumerated actors, even one the lexicon lacks', () => {
    const lexicon = lexiconWith((actors) => actors.filter((a) => a['id'] !== 'actor:xinjiang-ge-pianqu'));
    const graph = extractGraph(oneClause(`${ARTICLE_2}各片区应当加强联动合作。`, 2));
    const collective = graph.actors.find((a) => a.name === '各片区');
    expect(collective).toMatchObject({ kind: 'ZONE', members: ['actor:xinjiang-wulu-muqi-pianqu', 'actor:xinjiang-kashi-pianqu', 'actor:xinjiang-huoer-guosi-pianqu'] });
    expect(graph.obligations[0]?.bearers).toEqual(['actor:xinjiang-wulu-muqi-pianqu', 'actor:xinjiang-kashi-pianqu', 'actor:xinjiang-huoer-guosi-pianqu']);
  });

  it('create an actor for a full form the lexicon lacks, and none for a document', () => {
    const graph = extractGraph(
      oneClause('设立的自贸试验区管理委员会（以下简称管委会）负责日常工作。实施《总体方案》（以下简称方案）。', 2),
      loadLexicon(),
    );
    const [committee, plan] = graph.definitions;
    const id = 'actor:81ea-8d38-8bd5-9a8c-533a-7ba1-7406-59d4-5458-4f1a';
    expect(committee).toMatchObject({ term: '管委会', full: '自贸试验区管理委员会', actor: id });
    expect(graph.actors.find((a) => a.id === id)).toMatchObject({ name: '自贸试验区管理委员会', kind: 'OTHER', aliases: ['管委会'] });
    expect(graph.obligations[0]?.bearers).toEqual([id]);
    expect(plan).toEqual({ term: '方案', full: '总体方案', article: 2, actor: null });
  });

  it('read traditional 簡稱 and 統稱', () => {
    const graph = extractGraph(oneClause('中國（新疆）自由貿易試驗區工作辦公室（以下簡稱自貿辦）承擔日常工作。', 10), loadLexicon());
    expect(graph.definitions).toEqual([{ term: '自貿辦', full: '中國（新疆）自由貿易試驗區工作辦公室', article: 10, actor: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi' }]);
  });
});

describe('membership by enumeration', () => {
  it('derives the members of 中央驻疆单位 from A、B…等<collective>', () => {
    const lexicon = lexiconWith((actors) => actors.map((a) => (a['id'] === 'actor:zhongyang-zhujiang-danwei' ? { ...a, members: [] } : a)));
    const graph = extractGraph(
      oneClause('海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位应当根据实际需求，争取国家有关部门的政策支持。', 13),
      lexicon,
    );
    expect(graph.actors.find((a) => a.id === 'actor:zhongyang-zhujiang-danwei')?.members).toEqual([
      'actor:haiguan',
      'actor:churu-jingbian-fangjiancha',
      'actor:jinrong',
      'actor:shuiwu',
      'actor:minhang',
      'actor:youzheng-guanli',
    ]);
  });

  it('creates members the lexicon lacks, of the collective’s kind', () => {
    const graph = extractGraph(oneClause('海关、气象等中央驻疆单位应当提供便利。', 13), loadLexicon());
    expect(graph.actors.find((a) => a.name === '气象')).toMatchObject({ id: 'actor:6c14-8c61', kind: 'CENTRAL_AGENCY' });
    // 等 leaves the list open: the bearers are the named members and the rest of the collective.
    expect(graph.obligations[0]?.bearers).toEqual([
      'actor:haiguan',
      'actor:6c14-8c61',
      'actor:churu-jingbian-fangjiancha',
      'actor:jinrong',
      'actor:shuiwu',
      'actor:minhang',
      'actor:youzheng-guanli',
    ]);
  });
});
