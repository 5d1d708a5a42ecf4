// Actor mentions found by the name grammar (find-actors.ts), as graph.mentions: where a name begins and
// ends, what a list shares among its names, and words that only look like names.
import { describe, expect, it } from 'vitest';
import { actorMentions, actorNamed, article, extract, TITLES } from '../fixtures/extract/read-graph.ts';

/** Actor mentions of one paragraph, as `surface=actor name`. */
function mentions(text: string, title: string = TITLES.xinjiangFtz): string[] {
  return actorMentions(extract([article(1, text)], title));
}

const FTZ = '中国（新疆）自由贸易试验区';

describe('actor mentions', () => {
  it('take a whole name as one mention, its determiner, nested heads and bracketed alternatives included', () => {
    expect(mentions('各片区管理机构应当创新管理体制机制和人事人才、绩效评价等管理模式。')).toEqual(['各片区管理机构=片区管理机构']);
    // Not 自治区人民政府 followed by 有关部门, nor 国家 followed by 有关部门.
    expect(mentions('自治区人民政府有关部门按照各自职责支持自贸试验区改革创新，争取国家有关部门在自贸试验区开展改革试点。')).toEqual([
      '自治区人民政府有关部门=新疆维吾尔自治区人民政府有关部门',
      `自贸试验区=${FTZ}`,
      '国家有关部门=国家有关部门',
      `自贸试验区=${FTZ}`,
    ]);
    // 所在州、市（地）: levels after 所在 are alternatives of one body, not a list of two.
    expect(mentions('各片区所在州、市（地）人民政府（行政公署）承担片区建设与发展的主体责任。')[0]).toBe(
      '各片区所在州、市（地）人民政府（行政公署）=片区所在州、市（地）人民政府（行政公署）',
    );
  });

  it('read a bare level word as the regulation’s own jurisdiction', () => {
    expect(mentions('自治区应当将自贸试验区改革试点任务落实情况和制度创新情况纳入绩效考核体系。')[0]).toBe('自治区=新疆维吾尔自治区');
    expect(mentions('市、区人民政府应当将优化营商环境纳入年度工作计划。', TITLES.shanghaiBusiness)).toEqual(['市=上海市人民政府', '区人民政府=区人民政府']);
  });

  it('keep the level word of a name after a verb, but read none out of a longer word', () => {
    // 建议市人民政府, 不服市人民政府工作部门: 市 is cut as a word of its own, so the name starts there.
    expect(mentions('管理委员会可以建议市人民政府予以修订。', TITLES.shanghaiFtz)).toEqual(['管理委员会=管理委员会', '市人民政府=上海市人民政府']);
    expect(mentions('当事人不服市人民政府工作部门作出的决定的，可以申请复议。', TITLES.shanghaiFtz)).toContain('市人民政府工作部门=上海市人民政府工作部门');
    // 城市管理, 区分, 出区依企业申请: the level word is part of a longer word or of no name.
    expect(mentions('城市管理部门应当严格区分公司法人与股东的财产。', TITLES.shanghaiFtz)).toEqual(['城市管理部门=城市管理部门', '法人=法人', '股东=股东']);
    expect(mentions('货物出区依企业申请实行预检验。', TITLES.shanghaiFtz)).toEqual(['企业=企业']);
  });

  it('read the short forms 人大 and 常委会 as legislatures, the one after 及其 the first one’s own', () => {
    expect(mentions('市人民政府应当每年向市人大及其常委会报告工作。', TITLES.shanghaiFtz)).toEqual([
      '市人民政府=上海市人民政府',
      '市人大=上海市人大',
      '常委会=上海市人大常委会',
    ]);
  });

  it('take 其他自贸试验区 for other zones, not the regulation’s own', () => {
    expect(mentions('自贸试验区建立改革创新激励机制，吸收借鉴其他自贸试验区成熟经验，加大改革力度，开展首创性、集成式探索，形成制度创新成果，复制推广改革创新经验。')).toEqual([
      `自贸试验区=${FTZ}`,
    ]);
    expect(mentions('自贸试验区应当加强与国内其他自贸试验区在交通物流、能源开发、加工制造、科技研发、文化旅游等方面的合作，建立产业协作发展机制，创新合作模式。')).toEqual([
      `自贸试验区=${FTZ}`,
    ]);
  });

  it('see no customs in 海关特殊监管区域, but customs where 海关 acts', () => {
    expect(mentions('自治区人民政府，片区所在州、市（地）人民政府（行政公署）应当推动自贸试验区与海关特殊监管区域统筹发展，推进两类区域管理协同、布局优化、产业发展、政策支持、改革创新等事项。')).toEqual([
      '自治区人民政府=新疆维吾尔自治区人民政府',
      '片区所在州、市（地）人民政府（行政公署）=片区所在州、市（地）人民政府（行政公署）',
      `自贸试验区=${FTZ}`,
    ]);
    expect(mentions('推行海关特殊监管区域货物通关便利化监管措施，推动实施货物按状态分类监管制度。')).toEqual([]);
    expect(mentions('海南自由贸易港与境外之间进出的货物、物品，由海关依照本法和有关规定实施监管，列入禁止、限制进出境清单的除外。', TITLES.hainanFtp)).toContain(
      '海关=海关',
    );
  });

  it('give the bare portfolios of a list the head after 等 and the level of the first (市财政、发展改革等部门)', () => {
    expect(mentions('涉企收费项目实行清单管理，清单以外的收费项目一律不得收取。市财政、发展改革等部门应当定期更新收费清单，并在政府网站公布。', TITLES.shanghaiBusiness)).toEqual([
      // The last mention reaches over the shared head.
      '市财政=上海市财政部门',
      '发展改革等部门=上海市发展改革部门',
    ]);
    const ten = mentions(
      '本市发展改革、商务、财政、交通、生态环境、文化旅游、卫生健康、应急管理、统计、数据等部门应当依照职责分工，落实优化营商环境的各项措施。',
      TITLES.shanghaiBusiness,
    );
    expect(ten).toHaveLength(10);
    expect([ten[0], ten[1], ten[9]]).toEqual(['本市发展改革=上海市发展改革部门', '商务=上海市商务部门', '数据等部门=上海市数据部门']);
  });

  it('let the quantifier of 任何单位和个人 hold for every name of the list', () => {
    const graph = extract([article(11, '任何单位和个人不得非法干涉经营主体的生产经营活动，不得强制企业参加评比、达标活动。')], TITLES.shanghaiBusiness);
    expect(actorMentions(graph).slice(0, 2)).toEqual(['任何单位=单位', '个人=个人']);
    expect(actorNamed(graph, '个人')?.aliases).toContain('任何个人');
  });

  it('make the name after 及其 the one before’s own (国务院及其有关部门)', () => {
    expect(
      mentions(
        '国家推动海南自由贸易港高水平开放，支持海南省依法开展更大范围的自主改革。国务院及其有关部门可以结合海南自由贸易港发展需要，依法将相关管理权限交由海南省人民政府及其有关部门实施。',
        TITLES.hainanFtp,
      ),
    ).toEqual([
      '国家=国家',
      '海南自由贸易港=海南自由贸易港',
      '海南省=海南省',
      '国务院=国务院',
      '有关部门=国务院有关部门',
      '海南自由贸易港=海南自由贸易港',
      '海南省人民政府=海南省人民政府',
      '有关部门=海南省人民政府有关部门',
    ]);
  });

  it('name a collective after 等 and its listed members, the bare portfolio words only there', () => {
    const graph = extract([
      article(
        13,
        '海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位应当根据自贸试验区建设与发展实际需求，争取国家有关部门的政策支持。各片区应当为中央驻疆单位履行职责提供便利和协助。',
      ),
      article(39, '自贸试验区应当加强重大风险识别和系统性金融风险防范，依托信息技术创新风险研判和风险防控手段，建立联防联控机制，完善金融分类监管机制，提升金融风险防控能力。'),
    ]);
    const members = ['海关', '出入境边防检查', '金融', '税务', '民航', '邮政管理'];
    expect(actorMentions(graph)).toEqual([
      ...members.map((name) => `${name}=${name}`),
      '中央驻疆单位=中央驻疆单位',
      `自贸试验区=${FTZ}`,
      '国家有关部门=国家有关部门',
      '各片区=各片区',
      '中央驻疆单位=中央驻疆单位',
      // Art. 39: 金融 outside the list is the sector, not an agency.
      `自贸试验区=${FTZ}`,
    ]);
    const collective = actorNamed(graph, '中央驻疆单位');
    expect(collective?.id).toBe('actor:zhongyang-zhujiang-danwei');
    expect(collective?.members.map((id) => graph.actors.find((a) => a.id === id)?.name)).toEqual(members);
  });

  it('point into the original text, traditional characters kept', () => {
    const text = '支持中哈霍爾果斯國際邊境合作中心（以下簡稱合作中心）提高跨境人民幣創新賬戶的便利化水平。';
    const graph = extract([article(35, text)]);
    expect(graph.mentions.map((m) => m.surface)).toEqual(['中哈霍爾果斯國際邊境合作中心', '合作中心']);
    for (const mention of graph.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
      expect(mention).toMatchObject({ article: 35, paragraph: 1, item: null, target: 'actor:xinjiang-zhongha-huoer-guosi-guoji-bianjing-hezuo-zhongxin' });
    }
  });
});
