import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { buildMatcher, findEntitySpans } from '../../seed/extract/find-mentions.ts';
import { normalizeScript } from '../../seed/extract/normalize-script.ts';
import { createRegistry } from '../../seed/extract/registry.ts';
import { oneClause } from '../fixtures/extract/build-parsed.ts';

const matcher = buildMatcher(createRegistry(lexicon));

function targets(text: string): string[] {
  const norm = normalizeScript(text);
  return findEntitySpans(norm, matcher).map((s) => `${norm.slice(s.start, s.end)}=${s.target}`);
}

describe('findEntitySpans', () => {
  it('prefers the longest names', () => {
    expect(targets('自治区人民政府有关部门按照各自职责')).toEqual(['自治区人民政府有关部门=actor:xinjiang-renmin-zhengfu-youguan-bumen']);
    expect(targets('自治区人民政府应当')).toEqual(['自治区人民政府=actor:xinjiang-renmin-zhengfu']);
    expect(targets('结合自治区实际')).toEqual(['自治区=actor:xinjiang']);
    expect(targets('乌鲁木齐片区和乌鲁木齐')).toEqual(['乌鲁木齐片区=actor:xinjiang-wulu-muqi-pianqu', '乌鲁木齐=actor:urumqi-city']);
    expect(targets('中国（新疆）自由贸易试验区工作领导小组负责')).toEqual([
      '中国（新疆）自由贸易试验区工作领导小组=actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu',
    ]);
  });

  it('covers the most text when names overlap', () => {
    expect(targets('各片区管理机构应当')).toEqual(['片区管理机构=actor:xinjiang-ge-pianqu-guanli-jigou']);
    expect(targets('各片区所在州、市（地）人民政府（行政公署）承担')).toEqual([
      '片区所在州、市（地）人民政府（行政公署）=actor:xinjiang-pianqu-suozai-zhou-shi-di-renmin-zhengfu-xingzheng-gongshu',
    ]);
    expect(targets('各片区应当')).toEqual(['各片区=actor:xinjiang-ge-pianqu']);
    expect(targets('新能源新材料等')).toEqual(['新能源=industry:xinnengyuan', '新材料=industry:xincailiao']);
  });

  it('does not take words inside other phrases for actors', () => {
    expect(targets('推动自贸试验区与海关特殊监管区域统筹发展')).toEqual([]);
    expect(targets('金融服务和金融创新')).toEqual(['金融服务=industry:jinrong-fuwu', '金融创新=industry:financial-innovation']);
    expect(targets('加强与国内其他自贸试验区的合作')).toEqual([]);
    expect(targets('实施《中国（新疆）自由贸易试验区总体方案》')).toEqual([]);
  });

  it('names the bare-word agencies only inside an enumeration ending in 等<collective>', () => {
    const graph = extractGraph(oneClause('海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位应当争取政策支持。完善金融分类监管。'));
    expect(graph.mentions.map((m) => `${m.surface}=${m.target}`)).toEqual([
      '海关=actor:haiguan',
      '出入境边防检查=actor:churu-jingbian-fangjiancha',
      '金融=actor:jinrong',
      '税务=actor:shuiwu',
      '民航=actor:minhang',
      '邮政管理=actor:youzheng-guanli',
      '中央驻疆单位=actor:zhongyang-zhujiang-danwei',
    ]);
  });
});

describe('mentions', () => {
  it('point into the original paragraph text', () => {
    const text = '支持中哈霍爾果斯國際邊境合作中心（以下簡稱合作中心）提高便利化水平。';
    const graph = extractGraph(oneClause(text, 35));
    expect(graph.mentions).toHaveLength(2);
    for (const mention of graph.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
      expect(mention).toMatchObject({ article: 35, paragraph: 1, item: null, target: 'actor:xinjiang-zhongha-huoer-guosi-guoji-bianjing-hezuo-zhongxin' });
    }
    expect(graph.mentions.map((m) => m.surface)).toEqual(['中哈霍爾果斯國際邊境合作中心', '合作中心']);
  });
});
