// Who bears an obligation and how the rules found out (Obligation.bearerMethod), on excerpts of the
// Xinjiang text and on clauses written in the style of the Shanghai, Zhejiang and Hainan texts (not copied
// from them), each extracted under the title of the text whose style it follows.
import { describe, expect, it } from 'vitest';
import { actorNamed, article, extract, obligationsOf, TITLES } from '../fixtures/extract/read-graph.ts';

/** Xinjiang Art. 10 ¶2: the Office is defined here, and its list of duties follows. */
const OFFICE_DEFINITION = '中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）承担领导小组日常工作，履行下列职责：';
const OFFICE = '中国（新疆）自由贸易试验区工作办公室';
const FTZ = '中国（新疆）自由贸易试验区';

describe('bearers named by the clause', () => {
  it('are the subject that opens the clause', () => {
    const graph = extract([
      article(12, '各片区管理机构应当创新管理体制机制和人事人才、绩效评价等管理模式。'),
      article(16, '自治区应当将自贸试验区改革试点任务落实情况和制度创新情况纳入绩效考核体系。'),
    ]);
    expect(obligationsOf(graph)).toMatchObject([
      { at: '12-1-0-1', modality: 'SHALL', bearers: ['片区管理机构'], method: 'SUBJECT' },
      // A bare 自治区 in a Xinjiang text is the region itself.
      { at: '16-1-0-1', modality: 'SHALL', bearers: ['新疆维吾尔自治区'], method: 'SUBJECT' },
    ]);
  });

  it('are every name of a coordinated subject, across a comma and 以及 or 及其…和', () => {
    const xinjiang = extract([
      article(
        29,
        '自治区人民政府，片区所在州、市（地）人民政府（行政公署）以及有关部门应当立足自贸试验区区位优势，打造周边国家初级产品整合集成中心；炼化和纺织服装全产业集聚区，新能源新材料等战略性新兴产业集聚区，装备制造和通用航空产业集聚区，绿色算力发展先导区，生态优先和低碳发展示范区以及特色农副产品和特色医药产业基地，提升在全球产业链、供应链、价值链中的地位。',
      ),
    ]);
    expect(obligationsOf(xinjiang)).toMatchObject([
      { modality: 'SHALL', bearers: ['新疆维吾尔自治区人民政府', '片区所在州、市（地）人民政府（行政公署）', '有关部门'], method: 'COORDINATION' },
    ]);
    // 国务院及其有关部门: 其 makes the second name the State Council's own departments.
    const hainan = extract(
      [
        article(
          56,
          '对本法未作具体规定的事项，在海南自由贸易港建设初期，国务院及其有关部门和海南省在各自职责范围内可以依照本法确立的原则，出台临时性的配套措施，保障海南自由贸易港平稳起步。',
        ),
      ],
      TITLES.hainanFtp,
    );
    expect(obligationsOf(hainan)).toMatchObject([{ modality: 'MAY', bearers: ['国务院', '国务院有关部门', '海南省'], method: 'COORDINATION' }]);
  });

  it('are what follows 内 in X内Y, the bodies inside the zone, not the zone', () => {
    const graph = extract([article(54, '建立人才服务保障制度，自贸试验区内行政机关、事业单位可以以聘任制等形式吸引高层次人才。')]);
    expect(obligationsOf(graph)).toMatchObject([{ modality: 'MAY', bearers: ['行政机关', '事业单位'], method: 'COORDINATION' }]);
  });

  it('are the regulation’s own government where a bare level word names it (市人民政府 in Shanghai)', () => {
    const ftz = extract(
      [
        article(
          46,
          '本市有关规定与自贸试验区改革需要不相衔接的，市人民政府可以报请市人大常委会对其在自贸试验区的实施作出调整；本市规范性文件与自贸试验区改革需要不相衔接的，管委会可以报请市人民政府予以修订。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    // The bare 市 of the Shanghai text, not the 本市 of the condition before it.
    expect(obligationsOf(ftz)[0]).toMatchObject({ modality: 'MAY', bearers: ['上海市人民政府'], method: 'SUBJECT' });
    expect(actorNamed(ftz, '上海市人民政府')).toMatchObject({ id: 'actor:shanghai-renmin-zhengfu', kind: 'REGIONAL_GOVERNMENT', jurisdiction: '上海市' });

    const business = extract(
      [article(7, '市、区人民政府应当每年组织营商环境评价，对评价中发现的突出问题，督促责任单位限期整改。')],
      TITLES.shanghaiBusiness,
    );
    expect(obligationsOf(business)).toMatchObject([{ modality: 'SHALL', bearers: ['上海市人民政府', '区人民政府'], method: 'COORDINATION' }]);
    expect(actorNamed(business, '上海市人民政府')?.kind).toBe('REGIONAL_GOVERNMENT');
    expect(actorNamed(business, '区人民政府')?.kind).toBe('LOCAL_GOVERNMENT');
  });

  it('include the partners of 会同 as co-bearers', () => {
    const office = extract([
      article(10, { text: OFFICE_DEFINITION, items: ['承担领导小组交办的其他工作。'] }),
      article(
        16,
        '自贸办会同自治区人民政府有关部门建立评估机制，对改革试点任务落实情况、制度创新成果复制推广、建设成效等进行评估，根据需要可以委托第三方机构进行独立评估。',
      ),
    ]);
    expect(obligationsOf(office).find((o) => o.at === '16-1-0-1')).toMatchObject({
      modality: 'MAY',
      bearers: [OFFICE, '新疆维吾尔自治区人民政府有关部门'],
      method: 'CO_BEARER',
    });

    const supervision = extract([
      article(
        18,
        '投资主管部门、商务主管部门应当会同有关部门按照监督程序对负面清单执行情况进行监督检查；发现在负面清单之外对外商投资实施或者变相实施准入特别管理措施的，应当要求实施部门依法取消或者终止。',
      ),
    ]);
    expect(obligationsOf(supervision)).toMatchObject([
      { modality: 'SHALL', bearers: ['投资主管部门', '商务主管部门', '有关部门'], method: 'CO_BEARER' },
      // The second duty, after its …的 condition, is the sentence subject's.
      { modality: 'SHALL', bearers: ['投资主管部门', '商务主管部门'], method: 'SAME_SENTENCE' },
    ]);
  });

  it('are the agent of 由 next to the marker, not the thing the clause is about', () => {
    const graph = extract(
      [
        article(
          55,
          '自贸试验区推行行政复议案件集中受理制度。',
          '企业或者个人不服管委会或者市人民政府工作部门驻区机构在自贸试验区内实施的行政处罚，可以向市人民政府提出复议申请；不服浦东新区人民政府有关部门的行政处罚，可以向浦东新区人民政府提出复议申请。涉及面广、争议较大的复议事项，应当由行政复议委员会研究决定。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    expect(obligationsOf(graph).at(-1)).toMatchObject({ at: '55-2-0-3', modality: 'SHALL', bearers: ['行政复议委员会'], method: 'AGENT' });
  });

  it('are the agent of 由 before any verb, listed among the predicate words or not', () => {
    // 讨论 is no predicate word of the vocabulary; after 由 a bare name ends where jieba finds a verb.
    const graph = extract([article(3, '争议较大的事项，应当由仲裁委员会讨论决定。', '货物可以自由选择存放地点。')], TITLES.shanghaiFtz);
    expect(obligationsOf(graph)).toMatchObject([
      { at: '3-1-0-1', modality: 'SHALL', bearers: ['仲裁委员会'], method: 'AGENT' },
      { at: '3-2-0-1', modality: 'MAY', bearers: [] },
    ]);
  });
});

describe('bearers taken from elsewhere', () => {
  it('of list items are the introduction’s subject, under a modal introduction and a plain one', () => {
    const office = extract([
      article(10, {
        text: OFFICE_DEFINITION,
        items: [
          '负责实施《中国（新疆）自由贸易试验区总体方案》，落实国家和自治区有关自贸试验区的各项政策措施；',
          '研究拟订自贸试验区发展规划、重大工作计划以及深化改革方案，推动出台自贸试验区相关制度规定；',
          '承担领导小组交办的其他工作。',
        ],
      }),
    ]);
    expect(obligationsOf(office)).toMatchObject([
      // The duty before the list phrase is the Office's own.
      { at: '10-1-0-1', modality: 'RESPONSIBLE', bearers: [OFFICE], method: 'SUBJECT' },
      { at: '10-1-1-1', modality: 'RESPONSIBLE', bearers: [OFFICE], method: 'LIST_INTRODUCTION' },
      { at: '10-1-2-1', modality: 'RESPONSIBLE', bearers: [OFFICE], method: 'LIST_INTRODUCTION' },
      { at: '10-1-3-1', modality: 'RESPONSIBLE', bearers: [OFFICE], method: 'LIST_INTRODUCTION' },
    ]);

    // 采取下列措施 is no duty: only the items with a marker of their own bind, the zone taking the measures.
    const measures = extract([
      article(26, {
        text: '自贸试验区采取下列措施推进贸易新业态发展：',
        items: [
          '建立适应跨境电子商务贸易特点的海关、税务、外汇、邮政协作新机制，促进跨境电子商务贸易创新发展；',
          '支持企业加快重点市场海外仓布局建设，提升海外仓增值服务功能；',
          '其他推进贸易新业态发展的创新措施。',
        ],
      }),
    ]);
    expect(obligationsOf(measures)).toEqual([
      { at: '26-1-2-1', modality: 'SUPPORT', bearers: [FTZ], method: 'LIST_INTRODUCTION', subject: null, beneficiaries: ['企业'] },
    ]);
  });

  it('of a duty without a subject are those of the sentence before, in the same article only', () => {
    const management = '自贸试验区应当创新行政管理方式，推动形成行政监督、行业自律、社会监督、公众参与的综合监管体系，加强安全生产、金融等重点领域的监管，提升风险防范和安全监管水平，建设开放、服务、创新、高效的发展环境。';
    const newEconomy = '对新经济、新业态、新模式应当建立包容审慎监管制度。';
    expect(obligationsOf(extract([article(51, management, newEconomy)]))).toMatchObject([
      { at: '51-1-0-1', bearers: [FTZ], method: 'SUBJECT' },
      { at: '51-2-0-1', modality: 'SHALL', bearers: [FTZ], method: 'EARLIER_SENTENCE' },
    ]);
    // The same paragraph as an article of its own has no one to take the duty from.
    expect(obligationsOf(extract([article(51, management), article(52, newEconomy)])).at(-1)).toMatchObject({ at: '52-1-0-1', bearers: [], method: 'NONE' });

    // The supervising department, not the enterprises of the paragraph before nor the one in the condition.
    const reports = extract(
      [
        article(
          40,
          '自贸试验区推行企业信用信息公示和失信企业名单管理制度。',
          '区内企业应当依照规定按时公示本企业的信用信息，并保证所公示信息完整、准确。企业信用信息通过统一的信息平台对外公开，依法需要保密的内容除外。',
          '工商行政管理部门对区内企业公示信用信息的情况进行抽查。发现企业逾期未公示或者公示信息不实的，应当列入失信企业名单，并在信息平台上予以公布。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    expect(obligationsOf(reports)).toMatchObject([
      { at: '40-2-0-1', bearers: ['企业'], method: 'SUBJECT' },
      { at: '40-3-0-1', modality: 'SHALL', bearers: ['工商行政管理部门'], method: 'EARLIER_SENTENCE' },
    ]);
  });

  it('of 支持/鼓励 without a subject are nobody, even after a sentence with one: what they govern is the beneficiary', () => {
    const graph = extract([
      article(
        21,
        '自贸试验区应当构建对外投资政策促进、服务保障和风险防控体系，完善境外投资全周期监管与服务，建立境外投资风险预警和应急处置机制。',
        '支持自贸试验区建设企业境外投资综合服务平台，支持企业通过合资、合作、并购、参股等多种方式，开展境外投资，与国内产业衔接、产能互补、协同发展。',
      ),
      article(20, '鼓励外商投资企业在自贸试验区设立外资研发中心和国际化创新创业孵化基地。支持建设国别产业合作园区，深化产业、人才、技术、经贸合作。'),
    ]);
    const view = ({ at, modality, bearers, method, beneficiaries }: ReturnType<typeof obligationsOf>[number]) => ({ at, modality, bearers, method, beneficiaries });
    expect(obligationsOf(graph).map(view)).toEqual([
      { at: '21-1-0-1', modality: 'SHALL', bearers: [FTZ], method: 'SUBJECT', beneficiaries: [] },
      { at: '21-2-0-1', modality: 'SUPPORT', bearers: [], method: 'NONE', beneficiaries: [FTZ] },
      { at: '21-2-0-2', modality: 'SUPPORT', bearers: [], method: 'NONE', beneficiaries: ['企业'] },
      // 在自贸试验区 says where, not whom; 支持建设… names no one at all.
      { at: '20-1-0-1', modality: 'ENCOURAGE', bearers: [], method: 'NONE', beneficiaries: ['外商投资企业'] },
      { at: '20-1-0-2', modality: 'SUPPORT', bearers: [], method: 'NONE', beneficiaries: [] },
    ]);

    // A listed name may stand behind a relative clause (具有法定资质的清算机构).
    const payment = extract([
      article(
        38,
        '鼓励银行业金融机构、非银行支付机构和具有法定资质的清算机构加大合作力度，研发服务跨境电子商务等贸易新业态以及边民互市贸易的跨境支付产品，为市场交易主体提供安全、高效、低成本的跨境支付服务。',
      ),
    ]);
    const [encourage] = obligationsOf(payment);
    expect(encourage).toMatchObject({ modality: 'ENCOURAGE', bearers: [], method: 'NONE' });
    expect(encourage?.beneficiaries).toEqual(expect.arrayContaining(['银行业金融机构', '非银行支付机构', '清算机构']));
  });
});

describe('bearers where the subject of an earlier sentence or a condition would be wrong', () => {
  it('are unresolved for a subject that names no actor, its words kept and nothing inherited', () => {
    const graph = extract(
      [
        article(
          26,
          '自贸试验区设立服务跨境结算的自由贸易账户体系，对账户资金单独核算。区内居民可以依照规定申请办理居民自由贸易账户；非居民可以向区内银行申请办理非居民自由贸易账户，依照国民待遇原则享有相应的结算便利；上海地区金融机构可以依托独立核算单元，为自由贸易账户办理结算业务。',
          '自由贸易账户之间、自由贸易账户与境外账户之间的款项，可以按照规定划转。自由贸易账户可以依照有关规定，开展跨境结算、贸易融资等业务。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    const [residents, nonResidents, institutions, funds, accounts] = obligationsOf(graph);
    expect([residents, nonResidents, institutions]).toMatchObject([
      { bearers: ['居民'], method: 'SUBJECT' },
      { bearers: ['非居民'], method: 'SUBJECT' },
      { bearers: ['上海地区金融机构'], method: 'SUBJECT' },
    ]);
    // Accounts and funds act for no one: the financial institutions of the paragraph before bear nothing here.
    expect(funds).toMatchObject({ modality: 'MAY', bearers: [], method: 'UNRESOLVED' });
    expect(funds?.subject?.startsWith('自由贸易账户之间')).toBe(true);
    expect(accounts).toMatchObject({ modality: 'MAY', bearers: [], method: 'UNRESOLVED', subject: '自由贸易账户' });
  });

  it('are unresolved for an activity named after the zone (自贸试验区建设), which is not the zone', () => {
    const graph = extract([
      article(
        3,
        '自贸试验区建设应当坚持中国共产党的领导，加快实施自贸试验区提升战略，以制度创新为核心，以可复制可推广为基本要求，统筹发展与安全、开放与安全，建成我国与中亚经贸深度合作区。',
      ),
    ]);
    expect(obligationsOf(graph)).toMatchObject([{ modality: 'SHALL', bearers: [], method: 'UNRESOLVED' }]);
  });

  it('are the clause’s subject after a condition 对…的 about someone else', () => {
    const graph = extract(
      [
        article(
          24,
          '自贸试验区优化区内企业引进境外专业人才的工作许可程序，缩短居留证件的办理时限。',
          '对受区内企业邀请来沪参加展会洽谈的外籍商务人员，出入境管理部门应当依照规定为其办理口岸签证提供便利。',
          '对区内企业需要经常赴境外洽谈业务的中国籍职工，出入境管理部门应当简化其出入境证件的申领手续。',
        ),
      ],
      TITLES.shanghaiFtz,
    );
    expect(obligationsOf(graph)).toMatchObject([
      { at: '24-2-0-1', modality: 'SHALL', bearers: ['出入境管理部门'], method: 'SUBJECT' },
      { at: '24-3-0-1', modality: 'SHALL', bearers: ['出入境管理部门'], method: 'SUBJECT' },
    ]);
    // No list names it: the grammar reads a portfolio (出入境管理) and a head noun (部门) of the Shanghai text.
    expect(actorNamed(graph, '出入境管理部门')).toMatchObject({ kind: 'DEPARTMENT', jurisdiction: '上海市' });
  });
});
