// The articles of the synthetic regulations (synthetic-regulation.ts), as paragraphs before layout: fixed
// articles that define zones, a department and industries, and the rest from sentence templates of every
// modality. A block is 62 articles (one copy of CHAPTER_PLAN); its zones and department are its own.
import { pick, sample, type Rng } from './seeded-random.ts';
import {
  AUTHORITIES,
  DEPARTMENTS,
  DIRECTIONS,
  DOCUMENTS,
  FORBIDDEN,
  INDUSTRY_BASES,
  INDUSTRY_PREFIXES,
  KNOWN_INDUSTRIES,
  OBJECTS,
  PARTIES,
  PLACES,
  PRINCIPLES,
  VERBS,
  type Theme,
} from './synthetic-regulation-vocabulary.ts';

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
export type Para = { text: string; items?: string[] };

export interface Block {
  index: number;
  /** The block's own zones (short names: 伊宁片区). */
  zones: string[];
  /** The block's department: full name and the short name defined for it. */
  department: { full: string; short: string };
  /** Zones any sentence of the block may name: the three real ones and the block's own. */
  allZones: string[];
}

/** Block `index`: two zones of its own (伊宁片区, 哈密片区, …) and a department defined under the first one. */
export function describeBlock(index: number): Block {
  const zones = [`${zonePlace(2 * index)}片区`, `${zonePlace(2 * index + 1)}片区`];
  const place = zonePlace(2 * index);
  const dept = DEPARTMENTS[index % DEPARTMENTS.length]!;
  return {
    index,
    zones,
    department: { full: `${place}片区${dept}`, short: `${place}${dept}` },
    allZones: ['乌鲁木齐片区', '喀什片区', '霍尔果斯片区', ...zones],
  };
}

export interface Context {
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
export function chapterArticles(c: Context, theme: Theme, count: number): Para[][] {
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
