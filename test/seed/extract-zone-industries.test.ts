import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { classifyIndustry } from '../../seed/extract/find-industries.ts';
import { VOCABULARY } from '../../seed/vocabulary.ts';
import { buildParsed, oneClause } from '../fixtures/extract/build-parsed.ts';

/** Links of one clause, by default in the industry chapter (第四章 特色产业) as Articles 28–34 are. */
function links(text: string, chapterTitle = '特色产业'): string[] {
  return extractGraph(oneClause(text, 28, chapterTitle)).zoneIndustries.map((z) => `${z.zone} ${z.level} ${z.industry}`);
}

/** Names of the industries the rules find in one clause. */
function industryNames(text: string): string[] {
  return extractGraph(oneClause(text)).industries.map((i) => i.name);
}

describe('zone → industry links', () => {
  it('take the enumeration after each level phrase, without its group tail', () => {
    expect(links('喀什片区重点发展纺织服装制造、电子产品组装等劳动密集型产业，积极培育跨境电商等现代服务业，打造商品加工集散基地。')).toEqual([
      'actor:xinjiang-kashi-pianqu 重点发展 industry:fangzhi-fuzhuang-zhizao',
      'actor:xinjiang-kashi-pianqu 重点发展 industry:dianzi-chanpin-zuzhuang',
      'actor:xinjiang-kashi-pianqu 积极培育 industry:kuajing-dianshang',
    ]);
  });

  it('turn the terms an Area enumerates into industries of their own, one class name staying one', () => {
    const graph = extractGraph(oneClause('霍尔果斯片区重点发展光伏组件、储能设备以及软件和信息技术服务等产业。', 28));
    expect(graph.zoneIndustries.map((z) => z.industry)).toEqual([
      'industry:guangfu-zujian',
      'industry:chuneng-shebei',
      'industry:ruanjian-he-xinxi-jishu-fuwu',
    ]);
    // Words the vocabulary lacks are spelled in pinyin; no class fits, so no code is guessed.
    expect(graph.industries.find((i) => i.name === '光伏组件')).toEqual({
      id: 'industry:guangfu-zujian',
      name: '光伏组件',
      nameEn: 'Photovoltaic Zujian',
      gbCode: null,
      aliases: [],
    });
    // 软件和信息技术服务(业) is GB/T 4754 division 65, not two industries split on 和.
    expect(graph.industries.find((i) => i.id === 'industry:ruanjian-he-xinxi-jishu-fuwu')?.gbCode).toBe('65');
    expect(graph.mentions.map((m) => m.surface)).toEqual(['霍尔果斯片区', '光伏组件', '储能设备', '软件和信息技术服务']);
  });

  it('link the zone as a whole only to industries found by rule elsewhere, across verb-less continuations', () => {
    // Art. 28 names the industries; Art. 29 (no Area, no level phrase) may only link those it repeats.
    const parsed = buildParsed(
      [
        { number: 28, chapter: 1, paragraphs: [{ text: '乌鲁木齐片区重点发展纺织服装业以及新能源、新材料等新兴产业。', items: [] }] },
        {
          number: 29,
          chapter: 1,
          paragraphs: [
            {
              text: '中国（新疆）自由贸易试验区应当打造初级产品整合集成中心；炼化和纺织服装全产业集聚区，新能源新材料等战略性新兴产业集聚区，提升在全球产业链中的地位。',
              items: [],
            },
          ],
        },
      ],
      undefined,
      [{ number: 1, title: '特色产业', line: 1 }],
    );
    const graph = extractGraph(parsed);
    expect(graph.zoneIndustries.filter((z) => z.article === 29).map((z) => `${z.zone} ${z.level} ${z.industry}`)).toEqual([
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:fangzhi-fuzhuang',
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:xinnengyuan',
      'actor:xinjiang-ziyou-maoyi-shiyanqu 打造 industry:xin-cailiao',
    ]);
    // Alone, the clause names no industry the rules accept, and none is invented for the zone as a whole.
    expect(links(graph.articles[1]!.paragraphs[0]!.text)).toEqual([]);
  });

  it('let the regional government commit the zone, and a supported zone develop', () => {
    expect(links('自治区人民政府应当发展高质量棉纺织业。')).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu 发展 industry:mianfangzhi']);
    expect(links('支持中国（新疆）自由贸易试验区根据片区特色推动数字经济创新发展。')).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu 推动 industry:shuzi-jingji']);
  });

  it('link the zone as a whole only in a chapter about industries, the Areas anywhere', () => {
    const measure = '中国（新疆）自由贸易试验区应当促进跨境电子商务贸易创新发展。';
    expect(links(measure)).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu 促进 industry:kuajing-dianzi-shangwu-maoyi']);
    expect(links(measure, '投资开放和贸易便利化')).toEqual([]);
    expect(links('自治区人民政府应当发展高质量棉纺织业。', '金融服务')).toEqual([]);
    // Traditional characters in the title count too; a regulation without chapters has no industry chapter.
    expect(links(measure, '特色產業')).toHaveLength(1);
    expect(extractGraph(oneClause(measure, 28)).zoneIndustries).toEqual([]);
    expect(links('喀什片区重点发展纺织服装制造。', '管理体制')).toEqual(['actor:xinjiang-kashi-pianqu 重点发展 industry:fangzhi-fuzhuang-zhizao']);
  });

  it('carry the rank and English gloss the vocabulary gives their level, rank 1 and no gloss for a level it lacks', () => {
    const levels = (text: string) =>
      extractGraph(oneClause(text, 28, '特色产业')).zoneIndustries.map(({ level, rank, levelEn }) => [level, rank, levelEn]);
    expect(levels('喀什片区重点发展纺织服装制造，积极培育跨境电商等现代服务业。')).toEqual([
      ['重点发展', 3, 'focus on'],
      ['积极培育', 2, 'foster'],
    ]);
    // The level keeps the script of the text; its rank and gloss are those of its simplified form.
    expect(levels('喀什片區重點發展紡織服裝製造。')).toEqual([['重點發展', 3, 'focus on']]);
    // An adverb and verb the vocabulary does not list as one level.
    expect(levels('喀什片区重点发展纺织服装制造、电子产品组装，加快推进电子产品组装。')).toEqual([
      ['重点发展', 3, 'focus on'],
      ['重点发展', 3, 'focus on'],
      ['加快推进', 1, null],
    ]);
  });

  it('ignore industries that are not the object of a development verb', () => {
    expect(links('中国（新疆）自由贸易试验区应当依托石油化工产业基础，开发跨境旅游精品线路。')).toEqual([]);
  });
});

describe('industries found by rule', () => {
  it('come from the enumerations that development verbs and level phrases govern', () => {
    expect(industryNames('乌鲁木齐片区积极发展科技教育、文化创意、金融创新、会展经济等现代服务业。')).toEqual(['科技教育', '文化创意', '金融创新', '会展经济']);
    // What 推动/推进 drives to develop, its 产业 dropped from the name and kept as an alias.
    const driven = extractGraph(oneClause('推动棉花产业和化纤产业耦合发展。')).industries;
    expect(driven.map((i) => [i.name, i.aliases])).toEqual([
      ['棉花', ['棉花产业']],
      ['化纤', ['化纤产业']],
    ]);
    expect(industryNames('推进清洁能源、节能环保等绿色产业发展。')).toEqual(['清洁能源', '节能环保']);
    // Qualities before the name are no part of it.
    expect(extractGraph(oneClause('自贸试验区应当发展高质量棉纺织业。')).industries.map((i) => [i.name, i.aliases])).toEqual([['棉纺织', ['高质量棉纺织业']]]);
  });

  it('come from an enumeration closed by 等 and an industry word that something develops', () => {
    expect(industryNames('自贸试验区在金融、电信、医疗等领域扩大开放。')).toEqual(['金融', '电信', '医疗']);
    expect(industryNames('林果、葡萄酒、乳制品等特色产品加工业。')).toEqual(['林果', '葡萄酒', '乳制品']);
    // A name that starts with an activity verb (融资) is still an industry; 贸易 closes a list as 产业 does.
    expect(industryNames('鼓励保税维修、融资租赁、离岸贸易等新型贸易发展。')).toEqual(['保税维修', '融资租赁', '离岸贸易']);
  });

  it('keep 农业 of a name whole, and say industries where the name is only qualities', () => {
    const graph = extractGraph(oneClause('自贸试验区重点发展热带特色高效农业、高新技术产业。', 28));
    expect(graph.industries.map((i) => [i.name, i.nameEn])).toEqual([
      ['热带特色高效农业', 'Tropical specialty high-efficiency agriculture'],
      ['高新技术产业', 'High-tech industries'],
    ]);
  });

  it('are not found where the verb governs plans, means or a base', () => {
    expect(industryNames('研究拟订自贸试验区发展规划、重大工作计划以及深化改革方案。')).toEqual([]);
    expect(industryNames('支持发展所需的资金。')).toEqual([]);
    expect(industryNames('自贸试验区应当依托石油化工产业基础，开发跨境旅游精品线路。')).toEqual([]);
    // 在…等领域 without a development after it names fields, not industries.
    expect(industryNames('自贸试验区在金融、电信、医疗等领域加强监管。')).toEqual([]);
    // 等 followed by a verb (等设立…) or by an actor's head noun (等公用企事业单位) closes no list of industries.
    expect(industryNames('支持在社区、楼宇等设立企业服务站点，鼓励电力、燃气等公用企事业单位发展网上业务。')).toEqual([]);
    // 经济 alone is the economy, not an industry.
    expect(industryNames('推动经济高质量发展。')).toEqual([]);
  });
});

describe('GB/T 4754-2017 codes of the industries found', () => {
  // classifyIndustry itself is tested in classify-industry.test.ts; here, that the found industries get its codes.
  const codes = (text: string): Array<[string, string | null]> =>
    extractGraph(oneClause(text, 28)).industries.map((i) => [i.name, i.gbCode]);

  it('come by rule: a class name, the head word the name ends with, or none', () => {
    expect(codes('乌鲁木齐片区重点发展国际贸易、现代物流、纺织服装业以及生物医药、新能源、软件和信息技术服务等新兴产业。')).toEqual([
      ['国际贸易', null],
      ['现代物流', null],
      ['纺织服装', '18'],
      ['生物医药', '27'],
      ['新能源', null],
      ['软件和信息技术服务', '65'],
    ]);
    expect(codes('霍尔果斯片区重点发展跨境物流、金融服务等现代服务业，做大做强特色医药、电子信息等产业。')).toEqual([
      ['跨境物流', null],
      ['金融服务', 'J'],
      ['特色医药', '27'],
      ['电子信息', null],
    ]);
    expect(codes('喀什片区重点发展纺织服装制造、电子产品组装等劳动密集型产业。')).toEqual([
      ['纺织服装制造', '18'],
      ['电子产品组装', null],
    ]);
  });

  it('are those of the name without qualities before it', () => {
    // 高质量 and 高附加值 are dropped from the name, and with them from what is classified.
    expect(codes('自贸试验区应当发展高质量纺织服装业、高附加值生物医药、现代物流等产业。')).toEqual([
      ['纺织服装', '18'],
      ['生物医药', '27'],
      ['现代物流', null],
    ]);
  });
});
