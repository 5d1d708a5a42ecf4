import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { oneClause } from '../fixtures/extract/build-parsed.ts';


/** Links of one clause, by default in the industry chapter (第四章 特色产业) as Articles 28–34 are. */
function links(text: string, chapterTitle = '特色产业'): string[] {
  return extractGraph(oneClause(text, 28, chapterTitle)).zoneIndustries.map((z) => `${z.zone} ${z.level} ${z.industry}`);
}

describe('zone → industry links', () => {
  it('take the enumeration after each level phrase, without its group tail', () => {
    expect(links('喀什片区重点发展纺织服装制造、电子产品组装等劳动密集型产业，积极培育跨境电商等现代服务业，打造商品加工集散基地。')).toEqual([
      'actor:xinjiang-kashi-pianqu 重点发展 industry:fangzhi-fuzhuang',
      'actor:xinjiang-kashi-pianqu 重点发展 industry:electronics-assembly',
      'actor:xinjiang-kashi-pianqu 积极培育 industry:kuajing-dianzi-shangwu',
    ]);
  });

  it('turn unknown enumerated terms of an Area into industries of their own', () => {
    const graph = extractGraph(oneClause('霍尔果斯片区重点发展光伏组件、储能设备以及软件和信息技术服务等产业。', 28));
    // Ids follow the schema's [a-z0-9-]: code points stand in for the characters.
    expect(graph.zoneIndustries.map((z) => z.industry)).toEqual([
      'industry:5149-4f0f-7ec4-4ef6',
      'industry:50a8-80fd-8bbe-5907',
      'industry:ruanjian-he-xinxi-jishu-fuwu',
    ]);
    expect(graph.industries.find((i) => i.name === '光伏组件')).toEqual({
      id: 'industry:5149-4f0f-7ec4-4ef6',
      name: '光伏组件',
      nameEn: '光伏组件',
      gbCode: null,
      aliases: [],
    });
    expect(graph.mentions.map((m) => m.surface)).toEqual(['霍尔果斯片区', '光伏组件', '储能设备', '软件和信息技术服务']);
  });

  it('link the zone as a whole to lexicon industries only, across verb-less continuations', () => {
    const text =
      '中国（新疆）自由贸易试验区应当打造初级产品整合集成中心；炼化和纺织服装全产业集聚区，新能源新材料等战略性新兴产业集聚区，提升在全球产业链中的地位。';
    expect(links(text)).toEqual([
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:refining-chemicals',
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:fangzhi-fuzhuang',
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:xinnengyuan',
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:xincailiao',
    ]);
  });

  it('let the regional government commit the zone, and a supported zone develop', () => {
    expect(links('自治区人民政府应当发展高质量棉纺织业。')).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu 发展 industry:mianfangzhi']);
    expect(links('支持中国（新疆）自由贸易试验区根据片区特色推动数字经济创新发展。')).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu 推动 industry:digital-economy']);
  });

  it('link the zone as a whole only in a chapter about industries, the Areas anywhere', () => {
    const measure = '中国（新疆）自由贸易试验区应当促进跨境电子商务贸易创新发展。';
    expect(links(measure)).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu 促进 industry:kuajing-dianzi-shangwu']);
    expect(links(measure, '投资开放和贸易便利化')).toEqual([]);
    expect(links('自治区人民政府应当发展高质量棉纺织业。', '金融服务')).toEqual([]);
    // Traditional characters in the title count too; a regulation without chapters has no industry chapter.
    expect(links(measure, '特色產業')).toHaveLength(1);
    expect(extractGraph(oneClause(measure, 28)).zoneIndustries).toEqual([]);
    expect(links('喀什片区重点发展纺织服装制造。', '管理体制')).toEqual(['actor:xinjiang-kashi-pianqu 重点发展 industry:fangzhi-fuzhuang']);
  });

  it('ignore industries that are not the object of a development verb', () => {
    expect(links('中国（新疆）自由贸易试验区应当依托石油化工产业基础，开发跨境旅游精品线路。')).toEqual([]);
  });
});
