import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { buildMatcher, findEntitySpans } from '../../seed/extract/find-mentions.ts';
import { normalizeScript } from '../../seed/extract/normalize-script.ts';
import { createRegistry } from '../../seed/extract/registry.ts';
import { oneClause } from '../fixtures/extract/build-parsed.ts';
import { loadLexicon } from '../fixtures/extract/load-lexicon.ts';

const lexicon = loadLexicon();
const matcher = buildMatcher(createRegistry(lexicon));

function targets(text: string): string[] {
  const norm = normalizeScript(text);
  return findEntitySpans(norm, matcher).map((s) => `${norm.slice(s.start, s.end)}=${s.target}`);
}

describe('findEntitySpans', () => {
  it('prefers the longest names', () => {
    expect(targets('自治区人民政府有关部门按照各自职责')).toEqual(['自治区人民政府有关部门=actor:regional-departments']);
    expect(targets('自治区人民政府应当')).toEqual(['自治区人民政府=actor:regional-government']);
    expect(targets('结合自治区实际')).toEqual(['自治区=actor:xinjiang']);
    expect(targets('乌鲁木齐片区和乌鲁木齐')).toEqual(['乌鲁木齐片区=actor:urumqi-zone', '乌鲁木齐=actor:urumqi-city']);
    expect(targets('中国（新疆）自由贸易试验区工作领导小组负责')).toEqual([
      '中国（新疆）自由贸易试验区工作领导小组=actor:leading-group',
    ]);
  });

  it('covers the most text when names overlap', () => {
    expect(targets('各片区管理机构应当')).toEqual(['片区管理机构=actor:zone-authorities']);
    expect(targets('各片区所在州、市（地）人民政府（行政公署）承担')).toEqual([
      '片区所在州、市（地）人民政府（行政公署）=actor:prefecture-governments',
    ]);
    expect(targets('各片区应当')).toEqual(['各片区=actor:zones']);
    expect(targets('新能源新材料等')).toEqual(['新能源=industry:new-energy', '新材料=industry:new-materials']);
  });

  it('does not take words inside other phrases for actors', () => {
    expect(targets('推动自贸试验区与海关特殊监管区域统筹发展')).toEqual([]);
    expect(targets('金融服务和金融创新')).toEqual(['金融服务=industry:financial-services', '金融创新=industry:financial-innovation']);
    expect(targets('加强与国内其他自贸试验区的合作')).toEqual([]);
    expect(targets('实施《中国（新疆）自由贸易试验区总体方案》')).toEqual([]);
  });

  it('names the bare-word agencies only inside an enumeration ending in 等<collective>', () => {
    const graph = extractGraph(oneClause('海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位应当争取政策支持。完善金融分类监管。'), lexicon);
    expect(graph.mentions.map((m) => `${m.surface}=${m.target}`)).toEqual([
      '海关=actor:customs',
      '出入境边防检查=actor:border-inspection',
      '金融=actor:financial-regulators',
      '税务=actor:tax',
      '民航=actor:civil-aviation',
      '邮政管理=actor:postal-administration',
      '中央驻疆单位=actor:central-units',
    ]);
  });
});

describe('mentions', () => {
  it('point into the original paragraph text', () => {
    const text = '支持中哈霍爾果斯國際邊境合作中心（以下簡稱合作中心）提高便利化水平。';
    const graph = extractGraph(oneClause(text, 35), lexicon);
    expect(graph.mentions).toHaveLength(2);
    for (const mention of graph.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
      expect(mention).toMatchObject({ article: 35, paragraph: 1, item: null, target: 'actor:khorgos-cooperation-center' });
    }
    expect(graph.mentions.map((m) => m.surface)).toEqual(['中哈霍爾果斯國際邊境合作中心', '合作中心']);
  });
});
