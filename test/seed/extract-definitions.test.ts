// Terms the text defines (以下简称, 以下统称, 以下称): what full form each stands for and which actor it
// names, on excerpts of the Xinjiang text and on clauses written in the style of the Shanghai, Zhejiang and
// Hainan texts (not copied from them).
import { describe, expect, it } from 'vitest';
import type { Definition, ExtractedGraph } from '../../seed/types.ts';
import { actorNamed, actorOf, article, extract, obligationsOf, TITLES } from '../fixtures/extract/read-graph.ts';

const XINJIANG_ART_2 =
  '本条例适用于国务院批准设立的中国（新疆）自由贸易试验区（以下简称自贸试验区），包括乌鲁木齐片区、喀什片区、霍尔果斯片区（以下统称各片区）以及报经国务院批准的自贸试验区扩展区域。';
const XINJIANG_ART_10 = article(
  10,
  '中国（新疆）自由贸易试验区工作领导小组（以下简称领导小组）负责组织领导、统筹协调自贸试验区建设与发展工作，研究自贸试验区重大事项。',
  {
    text: '中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）承担领导小组日常工作，履行下列职责：',
    items: ['负责实施《中国（新疆）自由贸易试验区总体方案》，落实国家和自治区有关自贸试验区的各项政策措施；', '承担领导小组交办的其他工作。'],
  },
);
const AREAS = ['乌鲁木齐片区', '喀什片区', '霍尔果斯片区'];

/** Definitions with the actor as its name. */
function definitionsOf(graph: ExtractedGraph): Array<Omit<Definition, 'actor'> & { actor: string | null }> {
  return graph.definitions.map((d) => ({ ...d, actor: d.actor === null ? null : actorOf(graph, d.actor).name }));
}

describe('以下简称', () => {
  it('makes the term an alias of the whole noun phrase before the bracket', () => {
    const graph = extract([
      article(2, XINJIANG_ART_2),
      XINJIANG_ART_10,
      article(35, '支持中哈霍尔果斯国际边境合作中心（以下简称合作中心）提高跨境人民币创新账户的便利化水平。'),
    ]);
    expect(definitionsOf(graph).filter((d) => d.term !== '各片区')).toEqual([
      { term: '自贸试验区', full: '中国（新疆）自由贸易试验区', article: 2, actor: '中国（新疆）自由贸易试验区' },
      // Not 领导小组 nor 工作领导小组 alone: the name runs from the zone's name to the bracket.
      { term: '领导小组', full: '中国（新疆）自由贸易试验区工作领导小组', article: 10, actor: '中国（新疆）自由贸易试验区工作领导小组' },
      { term: '自贸办', full: '中国（新疆）自由贸易试验区工作办公室', article: 10, actor: '中国（新疆）自由贸易试验区工作办公室' },
      { term: '合作中心', full: '中哈霍尔果斯国际边境合作中心', article: 35, actor: '中哈霍尔果斯国际边境合作中心' },
    ]);
    expect(actorNamed(graph, '中国（新疆）自由贸易试验区工作领导小组')).toMatchObject({
      id: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu',
      kind: 'LEADING_GROUP',
      aliases: ['领导小组'],
    });
    expect(actorNamed(graph, '中哈霍尔果斯国际边境合作中心')?.aliases).toEqual(['合作中心']);
  });

  it('lets the term name its actor in the articles after it', () => {
    const graph = extract(
      [
        article(8, {
          text: '中国（上海）自由贸易试验区管理委员会（以下简称“管委会”）在市人民政府领导下，统一管理自贸试验区日常行政事务，推进自贸试验区各项改革举措落地，依照本条例承担下列职责：',
          items: ['组织编制自贸试验区产业布局规划，拟订相关配套措施。', '协助市人民政府办理其他相关事务。'],
        }),
        article(
          54,
          '本市健全自贸试验区政策解读机制，采取专题解读、在线答疑等方式，定期解读自贸试验区相关政策。',
          '管委会应当汇集与自贸试验区有关的国家和本市政策文件、办事指南等资料，通过自贸试验区官方网站集中发布，便于企业检索。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    const committee = actorNamed(graph, '中国（上海）自由贸易试验区管理委员会');
    expect(committee).toMatchObject({ kind: 'ZONE_AUTHORITY', jurisdiction: '上海市', aliases: ['管委会'] });
    expect(graph.mentions.filter((m) => m.surface === '管委会').map((m) => [m.article, m.target])).toEqual([
      [8, committee?.id],
      [54, committee?.id],
    ]);
    expect(obligationsOf(graph).find((o) => o.at === '54-2-0-1')).toMatchObject({ modality: 'SHALL', bearers: [committee?.name], method: 'DEFINED_TERM' });
  });

  it('makes a class of what a relative clause defines (在自贸试验区内依法注册的企业)', () => {
    const graph = extract(
      [article(14, '在自贸试验区内依法注册的企业（以下简称区内企业）可以到区外开展投资经营活动，法律、法规对此另有规定的，从其规定。')],
      TITLES.shanghaiFtz,
    );
    expect(definitionsOf(graph)).toEqual([{ term: '区内企业', full: '在自贸试验区内依法注册的企业', article: 14, actor: '区内企业' }]);
    // The enterprises registered in the zone, not enterprises at large.
    expect(actorNamed(graph, '区内企业')).toMatchObject({ kind: 'ENTERPRISE', jurisdiction: '上海市', aliases: ['在自贸试验区内依法注册的企业'] });
    expect(obligationsOf(graph)).toMatchObject([{ modality: 'MAY', bearers: ['区内企业'], method: 'SUBJECT' }]);
  });

  it('names no actor for a defined document or thing', () => {
    const shanghai = extract(
      [
        article(
          1,
          '为保障中国（上海）自由贸易试验区各项改革措施依法实施，依据《全国人大常委会关于授权国务院在自由贸易试验区调整实施有关法律规定的决定》、国务院印发的《中国（上海）自由贸易试验区深化改革方案》（以下简称“《改革方案》”）和《国务院关于在自由贸易试验区暂时调整实施有关行政法规规定的决定》等法律、行政法规，立足本市实际，制定本条例。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    expect(shanghai.definitions).toMatchObject([{ term: '《改革方案》', article: 1, actor: null }]);

    const hainan = extract(
      [
        article(
          10,
          '海南省人民代表大会常务委员会可以依照本法，立足海南自由贸易港发展需要，在不违背宪法和法律、行政法规基本原则的前提下，就投资便利、贸易监管等事项出台法规（以下称“海南自由贸易港法规”）并在海南自由贸易港施行。',
        ),
        // 运往 is no word of the vocabulary: jieba tags it a verb, and the 由 of 自由 is none.
        article(14, '货物从海南自由贸易港运往境内其他地区（以下简称内地）的，依照规定接受查验。旅客由海南自由贸易港前往内地，其随身携带的物品一般免予申报。'),
        // 监管 inside 海关特殊监管区域 is no verb; of things joined by 和 or 与 the term names the last.
        article(20, '海关在港区监管仓库和境内海关特殊监管区域以外（以下称区外）之间实行分类监管。'),
      ],
      TITLES.hainanFtp,
    );
    expect(hainan.definitions).toEqual([
      { term: '海南自由贸易港法规', full: '法规', article: 10, actor: null },
      { term: '内地', full: '境内其他地区', article: 14, actor: null },
      { term: '区外', full: '境内海关特殊监管区域以外', article: 20, actor: null },
    ]);
    expect(hainan.actors.flatMap((a) => a.aliases)).not.toContain('内地');
  });

  it('reads traditional 簡稱 and keeps the term as written', () => {
    const graph = extract([article(10, '中國（新疆）自由貿易試驗區工作辦公室（以下簡稱自貿辦）承擔領導小組日常工作。')]);
    expect(graph.definitions).toEqual([
      { term: '自貿辦', full: '中國（新疆）自由貿易試驗區工作辦公室', article: 10, actor: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi' },
    ]);
  });
});

describe('以下统称', () => {
  it('makes the term a collective of the listed names, whose members then bear its duties', () => {
    const graph = extract([article(2, XINJIANG_ART_2), article(28, '各片区应当根据功能定位，结合区位特点和产业特色，加强联动合作，实现优势互补、协同发展。')]);
    expect(definitionsOf(graph).find((d) => d.term === '各片区')).toEqual({ term: '各片区', full: '乌鲁木齐片区、喀什片区、霍尔果斯片区', article: 2, actor: '各片区' });
    const collective = actorOf(graph, 'actor:xinjiang-ge-pianqu');
    expect(collective.kind).toBe('ZONE');
    expect(collective.members.map((id) => actorOf(graph, id).name)).toEqual(AREAS);
    expect(obligationsOf(graph)).toMatchObject([{ modality: 'SHALL', bearers: AREAS, method: 'DEFINED_TERM' }]);
  });

  it('reads traditional 統稱', () => {
    const graph = extract([
      article(2, '本條例適用於國務院批准設立的中國（新疆）自由貿易試驗區（以下簡稱自貿試驗區），包括烏魯木齊片區、喀什片區、霍爾果斯片區（以下統稱各片區）以及報經國務院批准的自貿試驗區擴展區域。'),
    ]);
    expect(graph.definitions.map((d) => [d.term, d.full, d.actor])).toEqual([
      ['自貿試驗區', '中國（新疆）自由貿易試驗區', 'actor:xinjiang-ziyou-maoyi-shiyanqu'],
      ['各片區', '烏魯木齊片區、喀什片區、霍爾果斯片區', 'actor:xinjiang-ge-pianqu'],
    ]);
  });

  it('takes the whole clause for the full form where the listed bodies’ offices are meant', () => {
    const shanghai = extract(
      [article(9, '海关、边检、海事、外汇、税务、市场监管等部门设立自贸试验区监管机构（以下统称“驻区机构”）负责自贸试验区内的有关监管事务。')],
      TITLES.shanghaiFtz,
    );
    expect(definitionsOf(shanghai)).toEqual([
      { term: '驻区机构', full: '海关、边检、海事、外汇、税务、市场监管等部门设立自贸试验区监管机构', article: 9, actor: '驻区机构' },
    ]);
    expect(actorNamed(shanghai, '驻区机构')?.aliases).toEqual(['海关、边检、海事、外汇、税务、市场监管等部门设立自贸试验区监管机构']);

    // The same with 驻…的 instead of 设立 (in the style of Zhejiang Art. 9).
    const zhejiang = extract(
      [
        article(
          9,
          '海事、海关、边检、外汇管理、税务等部门驻自贸试验区的办事机构（以下统称驻区工作机构）按照职责做好自贸试验区的监管服务工作。',
        ),
      ],
      TITLES.zhejiangFtz,
    );
    expect(definitionsOf(zhejiang)).toEqual([
      { term: '驻区工作机构', full: '海事、海关、边检、外汇管理、税务等部门驻自贸试验区的办事机构', article: 9, actor: '驻区工作机构' },
    ]);
  });

  it('makes a collective of names of different kinds (浦东新区人民政府和市人民政府其他有关部门)', () => {
    const graph = extract(
      [article(9, '浦东新区人民政府和市人民政府其他有关部门（以下统称“有关部门”）依照职责分工，支持管委会开展工作，承担自贸试验区内的其他行政管理事项。')],
      TITLES.shanghaiFtz,
    );
    expect(definitionsOf(graph)).toEqual([{ term: '有关部门', full: '浦东新区人民政府和市人民政府其他有关部门', article: 9, actor: '有关部门' }]);
    const collective = actorNamed(graph, '有关部门');
    expect(collective?.members.map((id) => actorOf(graph, id).name)).toEqual(['浦东新区人民政府', '上海市人民政府其他有关部门']);
    expect(collective?.members.map((id) => actorOf(graph, id).kind)).toEqual(['LOCAL_GOVERNMENT', 'DEPARTMENT']);
  });
});
