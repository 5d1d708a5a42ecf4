// The whole regulation as shipped (parsed by the real parser, its notes applied): invariants every
// obligation must keep, a few facts of the articles outside the small fixtures, and that the notes only name
// what the rules find.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../../seed/pipeline.ts';
import { readNotesBeside } from '../../seed/read-notes.ts';
import { readSeedGraph, SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../../seed/seed-source.ts';
import type { Actor, ExtractedGraph, Industry, Obligation } from '../../seed/types.ts';
import { CENTRAL_AGENCIES, FTZ, ZONES } from '../fixtures/extract/xinjiang-ids.ts';

const graph = readSeedGraph();
// The rules alone: what the graph would be without the notes file.
const rulesOnly = readSeedGraph({ notes: false });
const notes = readNotesBeside(SEED_SOURCE_PATH)!;


function unitText(g: ExtractedGraph, article: number, paragraph: number, item: number | null): string {
  const p = g.articles.find((a) => a.number === article)?.paragraphs.find((x) => x.number === paragraph);
  if (p === undefined) throw new Error(`no paragraph ${article}.${paragraph}`);
  if (item === null) return p.text;
  const found = p.items.find((i) => i.number === item);
  if (found === undefined) throw new Error(`no item ${article}.${paragraph}.${item}`);
  return found.text;
}

describe('extractGraph on the whole regulation', () => {
  it('keeps every obligation text a stretch of one sentence of its paragraph or item, in order', () => {
    expect(graph.obligations.length).toBeGreaterThan(80);
    const lastEnd = new Map<string, number>();
    for (const obligation of graph.obligations) {
      const text = unitText(graph, obligation.article, obligation.paragraph, obligation.item);
      expect(text).toContain(obligation.text);
      expect(obligation.text).not.toBe('');
      expect(obligation.text.slice(0, -1)).not.toMatch(/。/);
      // Items under a modal list introduction show the introduction's marker.
      if (obligation.item === null) expect(obligation.text).toContain(obligation.marker);
      expect(obligation.id).toBe(`obligation:xinjiang-ftz-2025/${obligation.article}-${obligation.paragraph}-${obligation.item ?? 0}-${obligation.id.split('-').at(-1)}`);
      // Obligations of one text do not overlap and come in text order.
      const unit = `${obligation.article}-${obligation.paragraph}-${obligation.item ?? 0}`;
      const start = text.indexOf(obligation.text, lastEnd.get(unit) ?? 0);
      expect(start).toBeGreaterThanOrEqual(0);
      lastEnd.set(unit, start + obligation.text.length);
    }
  });

  it('gives every obligation a unique id and only ids that exist', () => {
    const ids = graph.obligations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const actors = new Set(graph.actors.map((a) => a.id));
    const industries = new Set(graph.industries.map((i) => i.id));
    for (const obligation of graph.obligations) {
      for (const id of [...obligation.bearers, ...obligation.beneficiaries]) expect(actors).toContain(id);
      for (const id of obligation.industries) expect(industries).toContain(id);
    }
    for (const link of graph.zoneIndustries) {
      expect(actors).toContain(link.zone);
      expect(industries).toContain(link.industry);
    }
    for (const actor of graph.actors) for (const member of actor.members) expect(actors).toContain(member);
    for (const mention of graph.mentions) expect(mention.target.startsWith('industry:') ? industries : actors).toContain(mention.target);
  });

  it('places every mention at its surface', () => {
    for (const mention of graph.mentions) {
      expect(unitText(graph, mention.article, mention.paragraph, mention.item).slice(mention.start, mention.end)).toBe(mention.surface);
    }
  });

  it('finds the definitions and references of the text', () => {
    expect(graph.definitions.map((d) => `${d.article} ${d.term} ${d.actor}`)).toEqual([
      '2 自贸试验区 actor:xinjiang-ziyou-maoyi-shiyanqu',
      '2 各片区 actor:xinjiang-ge-pianqu',
      '10 领导小组 actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu',
      '10 自贸办 actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi',
      '35 合作中心 actor:xinjiang-zhongha-huoer-guosi-guoji-bianjing-hezuo-zhongxin',
    ]);
    expect(graph.references).toEqual([
      { title: '中国（新疆）自由贸易试验区总体方案', articles: [1, 10] },
      { title: '自由贸易试验区跨境服务贸易特别管理措施（负面清单）', articles: [23] },
    ]);
  });

  it('finds no obligation where no clause has a marker of its own', () => {
    const articles = new Set(graph.obligations.map((o) => o.article));
    for (const article of [1, 2, 6, 23, 25, 61, 62]) expect(articles).not.toContain(article);
    // Art. 5 ¶1 has no marker; ¶2 encourages.
    expect(graph.obligations.filter((o) => o.article === 5).map((o) => o.id)).toEqual(['obligation:xinjiang-ftz-2025/5-2-0-1']);
  });

  it('links the region-wide commitments of Articles 29–33 to their industries', () => {
    // The marker-less segments after ；are in the same 应当 obligation, and so are their industries: 发展…棉纺织业,
    // 推动棉花产业和化纤产业耦合发展, 提升林果、葡萄酒、乳制品等特色产品加工业…, 做大做强传统优势产业; 打造特色优势品牌
    // names a brand, no industry.
    expect(graph.obligations.find((o) => o.id === 'obligation:xinjiang-ftz-2025/30-1-0-1')?.industries).toEqual([
      'industry:mianfangzhi',
      'industry:mianhua',
      'industry:huaxian',
      'industry:linguo',
      'industry:putaojiu',
      'industry:ruzhipin',
      'industry:chuantong-youshi-chanye',
    ]);
    expect(graph.obligations.find((o) => o.id === 'obligation:xinjiang-ftz-2025/29-1-0-1')?.industries).toContain('industry:fangzhi-fuzhuang');
    const ftzIndustries = new Set(graph.zoneIndustries.filter((z) => z.zone === FTZ).map((z) => z.industry));
    for (const id of ['fangzhi-fuzhuang', 'xinnengyuan', 'xin-cailiao', 'mianfangzhi', 'mianhua', 'tese-yiyao', 'guidao-jiaotong-zhuangbei', 'shuzi-jingji', 'qingjie-nengyuan']) {
      expect(ftzIndustries).toContain(`industry:${id}`);
    }
    // 依托石油化工产业基础 names a base the zone builds on, not an industry it develops.
    expect(graph.industries.map((i) => i.name)).not.toContain('石油化工');
  });
});

function obligationsAt(article: number, paragraph?: number, item?: number | null): Obligation[] {
  return graph.obligations.filter(
    (o) => o.article === article && (paragraph === undefined || o.paragraph === paragraph) && (item === undefined || o.item === item),
  );
}

/** modality, bearers and beneficiaries, with the `actor:` prefix dropped and the FTZ as `ftz`. */
function summary(obligations: readonly Obligation[]): string[] {
  const ids = (list: string[]) => list.map((id) => (id === FTZ ? 'ftz' : id.replace(/^actor:/, ''))).join(',');
  return obligations.map((o) => `${o.modality} ${ids(o.bearers)} → ${ids(o.beneficiaries)}`);
}

describe('obligation rules on the whole regulation', () => {
  it('starts an obligation at every segment with a marker of its own', () => {
    expect(summary(obligationsAt(27))).toEqual(['SUPPORT  → ftz', 'ENCOURAGE  → qiye']);
    expect(summary(obligationsAt(35))).toEqual(['ENCOURAGE  → ftz', 'SUPPORT  → jinrong-jigou', 'SUPPORT  → xinjiang-zhongha-huoer-guosi-guoji-bianjing-hezuo-zhongxin']);
    expect(summary(obligationsAt(21, 2))).toEqual(['SUPPORT  → ftz', 'SUPPORT  → qiye']);
    expect(summary(obligationsAt(47, 1))).toEqual(['SUPPORT  → ftz', 'ENCOURAGE  → renzheng-jiance-jianyan-jigou']);
    expect(summary(obligationsAt(36, 1, 2))).toEqual(['ENCOURAGE ftz → baoxian-jigou', 'SUPPORT ftz → qiye']);
    // 支持乌鲁木齐建设… supports the city, which the rules do not read as a body yet: only the split and the
    // bearers are checked for Art. 41 and 56 ¶1.
    expect(obligationsAt(41).map((o) => [o.modality, o.bearers])).toEqual([
      ['SHALL', [FTZ]],
      ['SUPPORT', [FTZ]],
      ['SUPPORT', [FTZ]],
      ['SUPPORT', [FTZ]],
    ]);
    expect(obligationsAt(56, 1).map((o) => [o.modality, o.bearers])).toEqual([
      ['ENCOURAGE', []],
      ['SUPPORT', []],
    ]);
    expect(obligationsAt(56, 1)[0]?.beneficiaries).toEqual([FTZ]);
    expect(obligationsAt(41).map((o) => o.id)).toEqual([1, 2, 3, 4].map((n) => `obligation:xinjiang-ftz-2025/41-1-0-${n}`));
  });

  it('lets an obligation run over the marker-less segments after it, to the end of the sentence', () => {
    const art31 = obligationsAt(31);
    expect(art31).toHaveLength(1);
    expect(art31[0]).toMatchObject({ modality: 'SHALL', bearers: [FTZ] });
    expect(art31[0]?.text).toBe(unitText(graph, 31, 1, null));
    expect(art31[0]?.text.endsWith('优化升级。')).toBe(true);
    // Industries of the third and last segments: 发展轨道交通装备…等制造业, 打造特色医药产业.
    expect(art31[0]?.industries).toEqual(expect.arrayContaining(['industry:guidao-jiaotong-zhuangbei', 'industry:jianzhu-yu-kuangshan-jixie-zhuangbei', 'industry:tese-yiyao']));
    for (const article of [29, 50, 53]) {
      expect(obligationsAt(article, 1).map((o) => [o.modality, o.text])).toEqual([['SHALL', unitText(graph, article, 1, null)]]);
    }
  });

  it('starts the first obligation of a sentence at the sentence, a later one at its segment', () => {
    // The topic (and Art. 7's condition) before the marker belongs to the obligation.
    expect(obligationsAt(38, 1)[0]?.text.startsWith('自贸试验区聚焦建设需求，鼓励')).toBe(true);
    expect(obligationsAt(7)).toMatchObject([{ modality: 'MAY', bearers: [FTZ], beneficiaries: ['actor:youguan-danwei', 'actor:geren'] }]);
    expect(obligationsAt(7)[0]?.text.startsWith('自贸试验区建立健全容错机制，对')).toBe(true);
    // The first sentence of Art. 56 ¶1 ends with the SUPPORT; the marker-less second gives none.
    expect(obligationsAt(56, 1).map((o) => o.text)).toEqual([
      '鼓励自贸试验区培育和发展专业化、国际化的律师事务所、仲裁机构、商事调解组织、司法鉴定机构、公证机构等法律服务机构，',
      '支持乌鲁木齐建设丝绸之路经济带法务区。',
    ]);
  });

  it('gives the items of a modal list introduction its modality, and no obligation to the introduction itself', () => {
    const art12 = obligationsAt(12);
    expect(art12.map((o) => [o.item, o.modality])).toEqual([
      [null, 'SHALL'],
      [1, 'RESPONSIBLE'],
      [2, 'RESPONSIBLE'],
      [3, 'RESPONSIBLE'],
      [4, 'RESPONSIBLE'],
      [5, 'RESPONSIBLE'],
    ]);
    for (const duty of art12) expect(duty.bearers).toEqual(['actor:xinjiang-pianqu-guanli-jigou']);
    // The duty before the list phrase stays, without the phrase.
    expect(art12[0]?.text).toBe('各片区管理机构应当创新管理体制机制和人事人才、绩效评价等管理模式，');
    expect(obligationsAt(10, 2, null).map((o) => o.text)).toEqual(['中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）承担领导小组日常工作，']);
    // 支持自贸试验区开展下列…：is the list phrase itself: only its items are obligations.
    expect(obligationsAt(44).map((o) => [o.item, o.modality])).toEqual([
      [1, 'SUPPORT'],
      [2, 'SUPPORT'],
      [3, 'SUPPORT'],
      [4, 'SUPPORT'],
    ]);
    // Under a plain introduction (采取下列措施) only items with markers bind, the intro's subject bearing them.
    expect(obligationsAt(26).map((o) => [o.item, o.modality, o.bearers])).toEqual([
      [2, 'SUPPORT', [FTZ]],
      [4, 'SUPPORT', [FTZ]],
    ]);
  });

  it('ignores a marker inside a …的，condition', () => {
    expect(obligationsAt(60).map((o) => o.id)).toEqual(['obligation:xinjiang-ftz-2025/60-2-0-1']);
    expect(summary(obligationsAt(59))).toEqual(['SHALL xinjiang-youguan-bumen → ']);
    expect(obligationsAt(18, 4).map((o) => [o.modality, o.text.slice(0, 2)])).toEqual([
      ['SHALL', '投资'],
      ['SHALL', '发现'],
    ]);
  });

  it('lets a duty without a subject take the one of the sentence before, never 支持/鼓励', () => {
    expect(obligationsAt(51, 2)).toMatchObject([{ modality: 'SHALL', bearers: [FTZ] }]);
    // Art. 19 ¶2, 21 ¶2 and 45 ¶2 follow a paragraph borne by the zone but name no bearer themselves.
    for (const [article, paragraph] of [
      [19, 2],
      [21, 2],
      [45, 2],
    ] as const) {
      for (const obligation of obligationsAt(article, paragraph)) expect(obligation.bearers).toEqual([]);
    }
  });

  it('resolves collectives to their members only', () => {
    const [agencies, areas] = obligationsAt(13, 2);
    expect(agencies?.bearers).toEqual(CENTRAL_AGENCIES);
    expect(areas?.bearers).toEqual(ZONES);
    expect(areas?.beneficiaries).toEqual(CENTRAL_AGENCIES);
    expect(obligationsAt(28, 4)[0]?.bearers).toEqual(ZONES);
    // 律师事务所、…、公证机构等法律服务机构 (Art. 56) is an enumeration closed by a collective, like Art. 13's.
    const collectives = new Set(graph.actors.filter((a) => a.members.length > 0).map((a) => a.id));
    expect([...collectives].sort()).toEqual(['actor:falv-fuwu-jigou', 'actor:xinjiang-ge-pianqu', 'actor:zhongyang-zhujiang-danwei']);
    const legalServices = graph.actors.find((a) => a.id === 'actor:falv-fuwu-jigou')!.members;
    expect(legalServices).toHaveLength(5);
    expect(obligationsAt(56, 2)[0]?.beneficiaries).toEqual(expect.arrayContaining(legalServices));
    for (const obligation of graph.obligations) {
      for (const id of [...obligation.bearers, ...obligation.beneficiaries]) expect(collectives).not.toContain(id);
    }
  });

  it('links the zone as a whole to industries only in the industry chapter', () => {
    const industryChapter = graph.chapters.find((c) => c.title.includes('产业'))?.number;
    expect(industryChapter).toBe(4);
    const regionWide = graph.zoneIndustries.filter((z) => z.zone === FTZ);
    expect(regionWide.length).toBeGreaterThan(0);
    for (const link of regionWide) expect(graph.articles.find((a) => a.number === link.article)?.chapter).toBe(industryChapter);
    expect(graph.zoneIndustries.filter((z) => z.article === 26)).toEqual([]);
  });
});

/** An actor or industry without the fields a note may set (seed/notes.ts). */
function ruled(entity: Actor | Industry): Partial<Actor & Industry> {
  const { nameEn, kind, gbCode, ...rest } = entity as Actor & Industry;
  return rest;
}

describe('the notes of the shipped regulation', () => {
  it('only name what the rules find: without them, the same actors, bearers and links', () => {
    expect(rulesOnly.actors.map((a) => a.id)).toEqual(graph.actors.map((a) => a.id));
    expect(rulesOnly.industries.map((i) => i.id)).toEqual(graph.industries.map((i) => i.id));
    // The requirement is that ≥ 95% of the obligations keep their bearers; notes run after the rules, so all do.
    const withNotes = new Map(graph.obligations.map((o) => [o.id, o.bearers]));
    const same = rulesOnly.obligations.filter((o) => JSON.stringify(withNotes.get(o.id)) === JSON.stringify(o.bearers));
    expect(rulesOnly.obligations).toHaveLength(graph.obligations.length);
    expect(same.length / graph.obligations.length).toBeGreaterThanOrEqual(0.95);
    expect(rulesOnly.obligations).toEqual(graph.obligations);
    expect(rulesOnly.zoneIndustries).toEqual(graph.zoneIndustries);
    expect(rulesOnly.definitions).toEqual(graph.definitions);
    expect(rulesOnly.mentions).toEqual(graph.mentions);
  });

  it('change only English names and kinds of actors, English names and codes of industries', () => {
    expect(rulesOnly.actors.map(ruled)).toEqual(graph.actors.map(ruled));
    expect(rulesOnly.industries.map(ruled)).toEqual(graph.industries.map(ruled));
    // And they do change something: every note is applied.
    const changed = graph.actors.filter((a, i) => a.nameEn !== rulesOnly.actors[i]!.nameEn || a.kind !== rulesOnly.actors[i]!.kind);
    expect(changed.length).toBeGreaterThan(0);
  });

  it('each name an entity the rules found, under its Chinese name', () => {
    const source = readFileSync(SEED_SOURCE_PATH, 'utf8');
    expect(buildExtraction(source, { id: SEED_REGULATION_ID, notes }).unusedNotes).toEqual([]);
  });
});

describe('entities found by rule in the shipped regulation', () => {
  const actor = (g: ExtractedGraph, id: string): Actor | undefined => g.actors.find((a) => a.id === id);
  const mentionsIn = (article: number, paragraph: number) =>
    rulesOnly.mentions.filter((m) => m.article === article && m.paragraph === paragraph && m.item === null).map((m) => [m.surface, m.target]);

  it('finds the six members of 中央驻疆单位 in the enumeration of Article 13', () => {
    // 海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位: portfolio words and a head, no list of bodies.
    expect(mentionsIn(13, 2).slice(0, 7)).toEqual([
      ['海关', 'actor:haiguan'],
      ['出入境边防检查', 'actor:churujing-bianfang-jiancha'],
      ['金融', 'actor:jinrong'],
      ['税务', 'actor:shuiwu'],
      ['民航', 'actor:minhang'],
      ['邮政管理', 'actor:youzheng-guanli'],
      ['中央驻疆单位', 'actor:zhongyang-zhujiang-danwei'],
    ]);
    const collective = actor(rulesOnly, 'actor:zhongyang-zhujiang-danwei');
    expect(collective).toMatchObject({ name: '中央驻疆单位', jurisdiction: null, members: CENTRAL_AGENCIES });
    expect(collective?.aliases).toContain('海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位');
    // Central agencies, so no Xinjiang jurisdiction; the bare portfolios name them only inside the enumeration.
    for (const id of CENTRAL_AGENCIES) expect(actor(rulesOnly, id)?.jurisdiction, id).toBeNull();
    const elsewhere = rulesOnly.mentions.filter((m) => CENTRAL_AGENCIES.slice(1).includes(m.target) && !(m.article === 13 && m.paragraph === 2));
    expect(elsewhere).toEqual([]);
  });

  it('finds the three Areas and 各片区 in Article 2', () => {
    expect(mentionsIn(2, 1).filter(([, target]) => [...ZONES, 'actor:xinjiang-ge-pianqu'].includes(target!))).toEqual([
      ['乌鲁木齐片区', 'actor:xinjiang-wulu-muqi-pianqu'],
      ['喀什片区', 'actor:xinjiang-kashi-pianqu'],
      ['霍尔果斯片区', 'actor:xinjiang-huoer-guosi-pianqu'],
      ['各片区', 'actor:xinjiang-ge-pianqu'],
    ]);
    for (const id of ZONES) expect(actor(rulesOnly, id)).toMatchObject({ kind: 'ZONE', jurisdiction: '新疆维吾尔自治区', members: [] });
    // （以下统称各片区） makes 各片区 the collective of the three.
    expect(rulesOnly.definitions.find((d) => d.term === '各片区')).toEqual({ term: '各片区', full: '乌鲁木齐片区、喀什片区、霍尔果斯片区', article: 2, actor: 'actor:xinjiang-ge-pianqu' });
    expect(actor(rulesOnly, 'actor:xinjiang-ge-pianqu')).toMatchObject({ kind: 'ZONE', members: ZONES });
    // No Area is mentioned before Article 2 names it.
    const first = (id: string) => rulesOnly.mentions.find((m) => m.target === id)?.article;
    for (const id of [...ZONES, 'actor:xinjiang-ge-pianqu']) expect(first(id), id).toBe(2);
  });

  it('gives the FTZ Work Office its id and kind by rule, its English name from the notes', () => {
    const id = 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi';
    const note = notes.actors.find((n) => n.name === '中国（新疆）自由贸易试验区工作办公室');
    expect(note).toBeDefined();
    expect(note?.kind).toBeUndefined();
    expect(actor(rulesOnly, id)).toMatchObject({ name: '中国（新疆）自由贸易试验区工作办公室', kind: 'OFFICE', aliases: ['自贸办'] });
    // The rules compose an English name of their own from the parts; the note only words it better.
    expect(actor(rulesOnly, id)?.nameEn).toMatch(/^China \(Xinjiang\) Pilot Free Trade Zone Work Office/);
    expect(actor(rulesOnly, id)?.nameEn).not.toBe(note?.nameEn);
    expect(actor(graph, id)).toMatchObject({ id, kind: 'OFFICE', nameEn: note?.nameEn });
  });
});
