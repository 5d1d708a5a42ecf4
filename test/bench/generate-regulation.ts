// Synthetic regulations in the textual form of the shipped one (seed/xinjiang-ftz-regulations-2025.txt), for
// benchmarks: 第N章 chapters, 第N条 articles wrapped like newspaper OCR (about 20 characters a line, blank
// lines between paragraphs and the odd page break inside one), （一） items, the same modal markers, and
// after the last article the title line, adoption note and promulgation notice the parser reads metadata
// from. Scale factor N gives 62·N articles in 8·N chapters. Pure and deterministic: the same options give
// the same text.
//
// Variety that reaches the graph, not just the text: every block of 62 articles defines two new zones
// (…伊宁片区（以下简称伊宁片区）) and adds them to 各片区, defines a department of its own (以下简称), and
// has its zones develop industries of their own (重点发展A、B以及C等新兴产业), so actors, industries
// and zone → industry links grow with N, as in a larger corpus.

export interface GenerateOptions {
  /** 1 ≈ the real regulation (62 articles); 100 ≈ 6,200 articles. A positive integer. */
  scale: number;
  /** PRNG seed (default 2025). */
  seed?: number;
}

export interface GeneratedRegulation {
  text: string;
  title: string;
  articles: number;
  chapters: number;
  /** Zones the text adds to 各片区 (besides the three of the real regulation). */
  newZones: string[];
}

export const ARTICLES_PER_SCALE = 62;
export const CHAPTERS_PER_SCALE = 8;
const LINE_WIDTH = 20;

/** The chapters of one block: theme and article count (the real regulation's 8, 9, 10, 7, 5, 9, 11, 3). */
const CHAPTER_PLAN = [
  { theme: 'general', title: '总则', count: 8 },
  { theme: 'management', title: '管理体制', count: 9 },
  { theme: 'investment', title: '投资开放和贸易便利化', count: 10 },
  // The title must contain 产业: only there are region-wide development verbs read as zone → industry links.
  { theme: 'industry', title: '特色产业', count: 7 },
  { theme: 'finance', title: '金融服务', count: 5 },
  { theme: 'opening', title: '服务“一带一路”核心区建设与向西开放', count: 9 },
  { theme: 'environment', title: '营商环境与法治保障', count: 11 },
  { theme: 'final', title: '附则', count: 3 },
] as const;
type Theme = (typeof CHAPTER_PLAN)[number]['theme'];

const PLACES = [
  '伊宁', '哈密', '阿克苏', '库尔勒', '昌吉', '石河子', '克拉玛依', '吐鲁番', '博乐', '阿勒泰',
  '塔城', '和田', '阿图什', '五家渠', '奎屯', '北屯', '阿拉尔', '铁门关', '可克达拉', '双河',
  '昆玉', '胡杨河', '阿拉山口', '巴克图', '吉木乃', '红其拉甫', '伊尔克什坦', '吐尔尕特', '卡拉苏', '都拉塔',
  '木扎尔特', '乌拉斯台', '老爷庙', '塔克什肯', '红山嘴', '图木舒克', '精河', '伊吾', '若羌', '且末',
];
const DIRECTIONS = ['', '东', '西', '南', '北', '中'];

/** Departments a block defines for its zone: full name after the zone, short name after the place. */
const DEPARTMENTS = [
  '商务局', '发展改革委员会', '财政局', '科技局', '工业和信息化局', '交通运输局', '文化和旅游局', '市场监督管理局',
  '人力资源和社会保障局', '自然资源局', '生态环境局', '农业农村局', '卫生健康委员会', '口岸管理办公室', '投资促进局',
];

/** Duty bearers the name rules read (or that the definitions every text makes name). */
const AUTHORITIES = [
  '自贸试验区', '各片区管理机构', '自治区人民政府', '自治区人民政府有关部门',
  '片区所在州、市（地）人民政府（行政公署）', '自贸办', '投资主管部门', '商务主管部门', '有关部门',
];
const PARTIES = [
  '企业', '外商投资企业', '中小企业', '金融机构', '保险机构', '银行业金融机构', '高等学校', '科研机构',
  '律师事务所', '仲裁机构', '医疗机构', '认证检测检验机构',
];
const VERBS = ['推进', '完善', '健全', '加强', '深化', '探索建立', '推动', '优化', '建立', '落实', '组织实施', '统筹推进'];
const OBJECTS = [
  '跨境贸易便利化改革', '投资管理制度创新', '数字政务服务平台建设', '口岸通关监管模式创新', '知识产权保护体系',
  '企业信用信息共享机制', '国际物流通道建设', '人才引进和培养机制', '生态环境分区管控', '跨境人民币结算业务',
  '商事纠纷多元化解决机制', '营商环境评价制度', '风险防控体系建设', '改革试点任务落实', '统计监测和评估工作',
  '公共数据开放共享', '涉外法律服务', '国际科技合作交流', '边民互市贸易创新', '多式联运规则衔接',
  '外商投资服务体系', '对外投资综合服务', '首创性制度创新', '优质农产品进口', '跨境电子商务综合试验',
  '国际医疗服务合作', '文化旅游交流合作', '绿色低碳发展模式', '现代物流枢纽建设', '新能源装备出口',
];
const PRINCIPLES = ['统筹管理、分级负责', '权责一致、精简高效', '依法行政、公开透明', '风险可控、包容审慎'];
const FORBIDDEN = [
  '擅自改变片区规划确定的土地用途', '在负面清单之外对外商投资实施准入限制', '违法向企业收取费用',
  '泄露企业的商业秘密', '以任何形式设置市场准入壁垒', '擅自扩大行政许可的范围',
];
/** Industries the real regulation names, for region-wide and zone links. */
const KNOWN_INDUSTRIES = [
  '国际贸易', '现代物流', '先进制造业', '纺织服装', '生物医药', '新能源', '新材料', '软件和信息技术服务',
  '文化创意', '会展经济', '农副产品精深加工', '电子产品组装', '国际物流', '跨境电商', '跨境旅游', '金融服务',
  '特色医药', '电子信息', '装备制造', '通用航空', '绿色算力', '棉纺织', '化纤', '林果', '葡萄酒', '乳制品',
  '石油化工', '有色金属', '数字经济', '清洁能源', '节能环保',
];
/** Industries of the blocks' own: a zone's enumeration after 重点发展 makes each one an industry of its own. */
const INDUSTRY_PREFIXES = ['绿色', '智能', '高端', '特色', '现代', '数字', '低碳', '精细', '新型', '外向型'];
const INDUSTRY_BASES = [
  '光伏制造', '风电装备', '锂电材料', '硅基材料', '煤化工', '冷链物流', '果蔬加工', '针织制造', '畜产品加工', '民族服饰',
  '康养服务', '航空物流', '检验检测', '工业设计', '节水农业', '种业', '氢能', '储能', '铝基材料', '茶叶加工',
];
const DOCUMENTS = ['中华人民共和国外商投资法', '中华人民共和国对外贸易法', '优化营商环境条例', '中华人民共和国海关法'];

type Rng = () => number;

/** mulberry32: small, fast, and the same sequence on every platform. */
function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 62 → 六十二, 105 → 一百零五, 6200 → 六千二百, 10 → 十 (1 ≤ n ≤ 9999). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`toChineseNumeral: ${n} is outside 1–9999`);
  if (n < 20 && n >= 10) return `十${n === 10 ? '' : DIGITS[n - 10]}`;
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + units[i]!;
  });
  return out;
}

/** A zone of block b: 伊宁片区 … (the first 40), then 伊宁东片区 …, unique for 240 zones. */
function zonePlace(index: number): string {
  const place = PLACES[index % PLACES.length]!;
  const direction = DIRECTIONS[Math.floor(index / PLACES.length) % DIRECTIONS.length]!;
  return `${place}${direction}`;
}

function newIndustry(rng: Rng): string {
  return `${pick(rng, INDUSTRY_PREFIXES)}${pick(rng, INDUSTRY_BASES)}`;
}

/** A paragraph: plain text, or an introduction ending in ： followed by items. */
type Para = { text: string; items?: string[] };

interface Block {
  index: number;
  /** The block's own zones (short names: 伊宁片区). */
  zones: string[];
  /** The block's department: full name and the short name defined for it. */
  department: { full: string; short: string };
  /** Zones any sentence of the block may name: the three real ones and the block's own. */
  allZones: string[];
}

interface Context {
  rng: Rng;
  block: Block;
  /** The last block ends with 附则 and the entry into force. */
  last: boolean;
}

// 各片区 stands for every zone defined so far, so as a bearer it gives one BEARS edge per zone: used only in the
// first block, or the relationship count would grow with the square of the scale.
const authority = (c: Context) =>
  pick(c.rng, [...AUTHORITIES, c.block.department.short, ...(c.block.index === 0 ? ['各片区'] : [])]);
const zone = (c: Context) => pick(c.rng, c.block.allZones);
const verbObject = (c: Context) => `${pick(c.rng, VERBS)}${pick(c.rng, OBJECTS)}`;

/** One sentence of each modality, so every block yields obligations of all six. */
const SENTENCES = {
  SHALL: (c: Context) =>
    pick(c.rng, [
      () => `${authority(c)}应当${verbObject(c)}，${verbObject(c)}。`,
      () => `${authority(c)}应当按照${pick(c.rng, PRINCIPLES)}的原则，${verbObject(c)}。`,
      () => `${zone(c)}应当${verbObject(c)}；${verbObject(c)}，提升服务效能。`,
    ])(),
  RESPONSIBLE: (c: Context) =>
    pick(c.rng, [
      () => `${c.block.department.short}负责${pick(c.rng, OBJECTS)}的统筹协调和监督管理工作。`,
      () => `片区所在州、市（地）人民政府（行政公署）承担片区建设与发展的主体责任，${verbObject(c)}。`,
      () => `${pick(c.rng, ['自贸办', '各片区管理机构', '自治区人民政府有关部门'])}负责${pick(c.rng, OBJECTS)}的组织实施工作。`,
    ])(),
  MAY: (c: Context) =>
    pick(c.rng, [
      () => `${zone(c)}可以根据改革创新需要，${verbObject(c)}。`,
      () => `${pick(c.rng, [zone(c), '自贸试验区'])}可以依法申请行使有关经济社会管理权限。`,
      () => `${pick(c.rng, PARTIES)}可以按照有关规定参与${pick(c.rng, OBJECTS)}。`,
    ])(),
  SUPPORT: (c: Context) =>
    pick(c.rng, [
      () => `支持${zone(c)}${verbObject(c)}，${verbObject(c)}。`,
      () => `支持${pick(c.rng, PARTIES)}参与${pick(c.rng, OBJECTS)}。`,
    ])(),
  ENCOURAGE: (c: Context) =>
    pick(c.rng, [
      () => `鼓励${pick(c.rng, PARTIES)}在${zone(c)}${verbObject(c)}。`,
      () => `鼓励和引导${pick(c.rng, PARTIES)}${verbObject(c)}，提升国际竞争力。`,
    ])(),
  MUST_NOT: (c: Context) =>
    pick(c.rng, [
      () => `${pick(c.rng, ['有关部门', '各片区管理机构', c.block.department.short])}不得${pick(c.rng, FORBIDDEN)}。`,
      () => `${pick(c.rng, ['企业', '外商投资企业', '单位和个人'])}不得${pick(c.rng, FORBIDDEN)}。`,
    ])(),
} as const;
type SentenceKind = keyof typeof SENTENCES;
const KINDS = Object.keys(SENTENCES) as SentenceKind[];

function sentences(c: Context, kinds: readonly SentenceKind[]): string {
  return kinds.map((kind) => SENTENCES[kind](c)).join('');
}

function items(c: Context, count: number, make: () => string): string[] {
  return Array.from({ length: count }, (_, i) => `${make()}${i === count - 1 ? '。' : '；'}`);
}

/** An ordinary article: one to three paragraphs of one to three sentences of the given (or random) kinds. */
function ordinaryArticle(c: Context, lead?: SentenceKind): Para[] {
  const paragraphs = 1 + Math.floor(c.rng() * 2.4);
  return Array.from({ length: paragraphs }, (_, p) => {
    const count = 1 + Math.floor(c.rng() * 2.2);
    const kinds = Array.from({ length: count }, (_, s) => (p === 0 && s === 0 && lead ? lead : pick(c.rng, KINDS)));
    return { text: sentences(c, kinds) };
  });
}

function listArticle(c: Context): Para[] {
  return pick(c.rng, [
    (): Para[] => [
      {
        text: `${c.block.department.short}应当${verbObject(c)}，并履行下列职责：`,
        items: items(c, 3 + Math.floor(c.rng() * 3), () => `${pick(c.rng, ['负责', '组织', '指导', '统筹'])}${pick(c.rng, OBJECTS)}`),
      },
    ],
    (): Para[] => [
      {
        text: `${zone(c)}采取下列措施推进${pick(c.rng, OBJECTS)}：`,
        items: [
          ...items(c, 2 + Math.floor(c.rng() * 3), () => `${verbObject(c)}，${verbObject(c)}`).map((item) => item.replace(/。$/, '；')),
          `其他推进${pick(c.rng, OBJECTS)}的创新措施。`,
        ],
      },
    ],
    (): Para[] => [
      {
        text: `支持${zone(c)}开展下列${pick(c.rng, ['国际合作交流', '改革创新试点', '贸易便利化探索'])}：`,
        items: items(c, 3 + Math.floor(c.rng() * 2), () => `${verbObject(c)}，${verbObject(c)}`),
      },
    ],
  ])();
}

/** The first articles of a block: its zones join 各片区 (and, in the first block, the FTZ gets its short name). */
function zoneArticles(c: Context): Para[][] {
  const { block } = c;
  const defined = block.zones.map((z) => `中国（新疆）自由贸易试验区${z}（以下简称${z}）`).join('、');
  const grouped = ['乌鲁木齐片区', '喀什片区', '霍尔果斯片区', ...block.zones].join('、');
  const scope: Para[] =
    block.index === 0
      ? [
          {
            text:
              '本条例适用于国务院批准设立的中国（新疆）自由贸易试验区（以下简称自贸试验区），包括乌鲁木齐片区、' +
              '喀什片区、霍尔果斯片区以及报经国务院批准的自贸试验区扩展区域。',
          },
        ]
      : [];
  return [
    [
      ...scope,
      { text: `自贸试验区扩展区域包括：${defined}。` },
      // A definition without a duty: 各片区 as a bearer would bind every zone of every block.
      { text: `自贸试验区包括${grouped}（以下统称各片区）。` },
      { text: `${block.zones[0]}、${block.zones[1]}应当${verbObject(c)}，${verbObject(c)}。` },
    ],
  ];
}

function departmentArticle(c: Context): Para[] {
  const { full, short } = c.block.department;
  return [
    { text: `${full}（以下简称${short}）负责${pick(c.rng, OBJECTS)}的统筹协调工作，履行下列职责：` },
  ].map((p) => ({
    ...p,
    items: items(c, 3 + Math.floor(c.rng() * 3), () => `${pick(c.rng, ['负责', '组织', '指导'])}${pick(c.rng, OBJECTS)}`),
  }));
}

function leadershipArticles(c: Context): Para[][] {
  return [
    [
      { text: '中国（新疆）自由贸易试验区工作领导小组（以下简称领导小组）负责组织领导、统筹协调自贸试验区建设与发展工作，研究自贸试验区重大事项。' },
      {
        text: '中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）承担领导小组日常工作，履行下列职责：',
        items: [
          ...items(c, 4, () => `负责${pick(c.rng, OBJECTS)}`).map((item) => item.replace(/。$/, '；')),
          '承担领导小组交办的其他工作。',
        ],
      },
    ],
    [
      {
        text:
          '海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位应当根据自贸试验区建设与发展实际需求，' +
          '争取国家有关部门的政策支持。各片区应当为中央驻疆单位履行职责提供便利和协助。',
      },
    ],
  ];
}

function industryArticles(c: Context): Para[][] {
  const zoneArticle = (z: string): Para[] => {
    const known = sample(c.rng, KNOWN_INDUSTRIES, 3);
    const fresh = Array.from({ length: 3 }, () => newIndustry(c.rng));
    const unique = [...new Set([...known.slice(0, 2), ...fresh])];
    return [
      {
        text:
          `${z}重点发展${unique.slice(0, -1).join('、')}以及${unique.at(-1)}等新兴产业，积极发展${known[2]}、` +
          `${newIndustry(c.rng)}等现代服务业，打造${z.replace(/片区$/, '')}面向中亚的商品加工集散基地。`,
      },
    ];
  };
  const regionWide: Para[] = [
    {
      text:
        `自贸试验区应当发展${pick(c.rng, KNOWN_INDUSTRIES)}，推动${pick(c.rng, KNOWN_INDUSTRIES)}和${pick(c.rng, KNOWN_INDUSTRIES)}耦合发展；` +
        `提升${sample(c.rng, KNOWN_INDUSTRIES, 2).join('、')}等特色产品加工业标准化、规模化水平，打造特色优势品牌。`,
    },
    { text: `鼓励和引导有利于促进产业结构优化升级的重点产业在${zone(c)}集聚。` },
  ];
  return [...c.block.zones.map(zoneArticle), regionWide];
}

function citationArticle(c: Context): Para[] {
  return [
    {
      text:
        `${zone(c)}应当执行《${pick(c.rng, DOCUMENTS)}》和《${c.block.zones[0]}建设实施方案》的有关规定，` +
        `${verbObject(c)}。`,
    },
  ];
}

function finalArticles(c: Context): Para[][] {
  if (!c.last) {
    return [
      [{ text: sentences(c, ['MUST_NOT', 'SHALL']) }],
      [{ text: sentences(c, ['MUST_NOT']) }, { text: sentences(c, ['RESPONSIBLE']) }],
      [{ text: sentences(c, ['SHALL', 'MAY']) }],
    ];
  }
  return [
    [
      { text: '国家规定的适用于自贸试验区改革试点措施调整的，按照国家规定执行。' },
      { text: '本条例施行后，自治区出台的相关政策措施有利于促进自贸试验区发展的，自贸试验区可以直接适用。' },
    ],
    [{ text: '自贸试验区新疆生产建设兵团区域的有关管理工作，适用本条例。' }],
    [{ text: '本条例自2026年1月1日起施行。' }],
  ];
}

/** The articles of one chapter: fixed ones first (definitions, zones, industries), the rest from templates. */
function chapterArticles(c: Context, theme: Theme, count: number): Para[][] {
  const fixed: Para[][] = [];
  const { index } = c.block;
  switch (theme) {
    case 'general':
      if (index === 0) {
        fixed.push([
          {
            text:
              '为了推进中国（新疆）自由贸易试验区建设与发展，建设更高水平开放型经济新体制，根据有关法律、行政法规和' +
              '国务院批准的《中国（新疆）自由贸易试验区总体方案》，结合自治区实际，制定本条例。',
          },
        ]);
      }
      fixed.push(...zoneArticles(c));
      break;
    case 'management':
      if (index === 0) fixed.push(...leadershipArticles(c));
      fixed.push(departmentArticle(c));
      break;
    case 'industry':
      fixed.push(...industryArticles(c));
      break;
    case 'investment':
      fixed.push(citationArticle(c));
      break;
    case 'final':
      return finalArticles(c);
    default:
      break;
  }
  const leads: SentenceKind[] = ['SHALL', 'SUPPORT', 'ENCOURAGE', 'MAY', 'RESPONSIBLE', 'MUST_NOT'];
  const rest = Array.from({ length: Math.max(0, count - fixed.length) }, (_, i) =>
    i % 4 === 3 ? listArticle(c) : ordinaryArticle(c, leads[i % leads.length]),
  );
  return [...fixed, ...rest].slice(0, count);
}

// ---------------------------------------------------------------------------------------------------------
// Layout: OCR-like line wrapping

/**
 * Wraps a paragraph at about LINE_WIDTH characters. A line never starts with 第 or （: the parser would take
 * 第…条 or （一） at a line start for a heading or an item, and a real newspaper column rarely breaks there.
 */
function wrap(text: string, firstWidth: number, rng: Rng): string[] {
  const lines: string[] = [];
  let rest = text;
  let width = firstWidth;
  while (rest.length > width) {
    let cut = width;
    while (cut < rest.length && '第（('.includes(rest[cut]!)) cut++;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    width = LINE_WIDTH + (rng() < 0.2 ? 1 : 0);
  }
  if (rest !== '') lines.push(rest);
  return lines;
}

/** Lines of a paragraph, with now and then a page break (a blank line after a line that ends no sentence). */
function paragraphLines(text: string, firstWidth: number, rng: Rng): string[] {
  const lines = wrap(text, firstWidth, rng);
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    const endsSentence = /[。；：！？]$/.test(line);
    if (i < lines.length - 1 && !endsSentence && rng() < 0.03) out.push('');
  });
  return out;
}

function renderArticle(number: number, paragraphs: readonly Para[], rng: Rng): string[] {
  const label = `第${toChineseNumeral(number)}条 `;
  const lines: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) lines.push('');
    const body = paragraphLines(paragraph.text, p === 0 ? LINE_WIDTH - label.length + 3 : LINE_WIDTH, rng);
    if (p === 0) body[0] = `${label}${body[0]}`;
    lines.push(...body);
    for (const [i, item] of (paragraph.items ?? []).entries()) {
      lines.push('');
      lines.push(...paragraphLines(`（${toChineseNumeral(i + 1)}）${item}`, LINE_WIDTH, rng));
    }
  });
  return lines;
}

function renderTrailer(title: string, scale: number): string[] {
  return [
    title,
    '（2025年11月28日新疆维吾尔自治区第十四届人民代表大会常务委员会第二十三次会议通过）',
    '',
    `《${title}》已由新疆维吾尔自治区第十四届人民代表大会常务委员会第二十三次会议于2025年11月28日通过，现予公布，自2026年1月1日起施行。`,
    '',
    '特此公告。',
    '新疆维吾尔自治区人民代表大会常务委员会',
    '',
    '2025年12月3日',
    '',
    '新疆维吾尔自治区第十四届人民代表大会常务委员会公告',
    `（第${60 + (scale % 40)}号）`,
    '',
  ];
}

export function generateRegulation(options: GenerateOptions): GeneratedRegulation {
  const { scale } = options;
  if (!Number.isInteger(scale) || scale < 1 || scale > 160) {
    throw new RangeError(`generateRegulation: scale must be an integer from 1 to 160 (Chinese numerals up to 9999), got ${scale}`);
  }
  const rng = createRng(options.seed ?? 2025);
  const title = '中国（新疆）自由贸易试验区综合示范条例';
  const lines: string[] = [];
  const newZones: string[] = [];
  let article = 0;
  let chapter = 0;

  for (let b = 0; b < scale; b++) {
    const zones = [`${zonePlace(2 * b)}片区`, `${zonePlace(2 * b + 1)}片区`];
    newZones.push(...zones);
    const place = zonePlace(2 * b);
    const dept = DEPARTMENTS[b % DEPARTMENTS.length]!;
    const block: Block = {
      index: b,
      zones,
      department: { full: `${place}片区${dept}`, short: `${place}${dept}` },
      allZones: ['乌鲁木齐片区', '喀什片区', '霍尔果斯片区', ...zones],
    };
    const last = b === scale - 1;
    const c: Context = { rng, block, last };

    for (const plan of CHAPTER_PLAN) {
      chapter++;
      let chapterTitle: string = plan.title;
      if (b > 0 && plan.theme === 'general') chapterTitle = `${zones[0]}建设总体要求`;
      else if (b > 0 && plan.theme !== 'final') chapterTitle = `${zones[0]}${plan.title}`;
      if (plan.theme === 'final' && !last) chapterTitle = `${zones[0]}监督检查`;
      if (lines.length > 0) lines.push('');
      lines.push(`第${toChineseNumeral(chapter)}章 ${chapterTitle}`, '');
      const articles = chapterArticles(c, plan.theme, plan.count);
      articles.forEach((paragraphs, i) => {
        article++;
        if (i > 0) lines.push('');
        lines.push(...renderArticle(article, paragraphs, rng));
      });
    }
  }
  lines.push('', ...renderTrailer(title, scale));
  return { text: `${lines.join('\n')}\n`, title, articles: article, chapters: chapter, newZones };
}
