// The whole regulation, parsed by the real parser: invariants every obligation must keep, and a few
// facts of the articles outside the small fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { parseRegulation } from '../../seed/parse-regulation.ts';
import type { ExtractedGraph, Obligation } from '../../seed/types.ts';

const source = readFileSync(new URL('../../seed/xinjiang-ftz-regulations-2025.txt', import.meta.url), 'utf8');
const parsed = parseRegulation(source);
const graph = extractGraph(parsed);

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
      expect(obligation.id).toBe(`obligation:${obligation.article}-${obligation.paragraph}-${obligation.item ?? 0}-${obligation.id.split('-').at(-1)}`);
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
    expect(graph.obligations.filter((o) => o.article === 5).map((o) => o.id)).toEqual(['obligation:5-2-0-1']);
  });

  it('links the region-wide commitments of Articles 29–33 to their industries', () => {
    // The marker-less segments after ；are in the same 应当 obligation, and so are their industries.
    expect(graph.obligations.find((o) => o.id === 'obligation:30-1-0-1')?.industries).toEqual([
      'industry:mianfangzhi',
      'industry:cotton',
      'industry:chemical-fibres',
      'industry:forest-fruits',
      'industry:wine',
      'industry:dairy',
    ]);
    expect(graph.obligations.find((o) => o.id === 'obligation:29-1-0-1')?.industries).toContain('industry:fangzhi-fuzhuang');
    const ftzIndustries = new Set(graph.zoneIndustries.filter((z) => z.zone === 'actor:xinjiang-ziyou-maoyi-shiyanqu').map((z) => z.industry));
    for (const id of ['textile-apparel', 'new-energy', 'cotton-textiles', 'wine', 'dairy', 'specialty-medicine', 'clean-energy']) {
      expect(ftzIndustries).toContain(`industry:${id}`);
    }
  });
});

const ZONES = ['actor:xinjiang-wulu-muqi-pianqu', 'actor:xinjiang-kashi-pianqu', 'actor:xinjiang-huoer-guosi-pianqu'];
const CENTRAL_AGENCIES = [
  'actor:haiguan',
  'actor:churu-jingbian-fangjiancha',
  'actor:jinrong',
  'actor:shuiwu',
  'actor:minhang',
  'actor:youzheng-guanli',
];

function obligationsAt(article: number, paragraph?: number, item?: number | null): Obligation[] {
  return graph.obligations.filter(
    (o) => o.article === article && (paragraph === undefined || o.paragraph === paragraph) && (item === undefined || o.item === item),
  );
}

/** modality, bearers and beneficiaries, with the `actor:` prefix dropped. */
function summary(obligations: readonly Obligation[]): string[] {
  const ids = (list: string[]) => list.map((id) => id.replace(/^actor:/, '')).join(',');
  return obligations.map((o) => `${o.modality} ${ids(o.bearers)} → ${ids(o.beneficiaries)}`);
}

describe('obligation rules on the whole regulation', () => {
  it('starts an obligation at every segment with a marker of its own', () => {
    expect(summary(obligationsAt(27))).toEqual(['SUPPORT  → ftz', 'ENCOURAGE  → enterprises']);
    expect(summary(obligationsAt(35))).toEqual(['ENCOURAGE  → ftz', 'SUPPORT  → financial-institutions', 'SUPPORT  → khorgos-cooperation-center']);
    expect(summary(obligationsAt(41))).toEqual(['SHALL ftz → ', 'SUPPORT ftz → urumqi-city', 'SUPPORT ftz → ', 'SUPPORT ftz → ']);
    expect(summary(obligationsAt(21, 2))).toEqual(['SUPPORT  → ftz', 'SUPPORT  → enterprises']);
    expect(summary(obligationsAt(47, 1))).toEqual(['SUPPORT  → ftz', 'ENCOURAGE  → certification-bodies']);
    expect(summary(obligationsAt(36, 1, 2))).toEqual(['ENCOURAGE ftz → insurance-institutions', 'SUPPORT ftz → enterprises']);
    expect(summary(obligationsAt(56, 1))).toEqual(['ENCOURAGE  → ftz', 'SUPPORT  → urumqi-city']);
    expect(obligationsAt(41).map((o) => o.id)).toEqual([1, 2, 3, 4].map((n) => `obligation:41-1-0-${n}`));
  });

  it('lets an obligation run over the marker-less segments after it, to the end of the sentence', () => {
    const art31 = obligationsAt(31);
    expect(art31).toHaveLength(1);
    expect(art31[0]).toMatchObject({ modality: 'SHALL', bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu'] });
    expect(art31[0]?.text).toBe(unitText(graph, 31, 1, null));
    expect(art31[0]?.text.endsWith('优化升级。')).toBe(true);
    expect(art31[0]?.industries).toContain('industry:nonferrous-metals');
    for (const article of [29, 50, 53]) {
      expect(obligationsAt(article, 1).map((o) => [o.modality, o.text])).toEqual([['SHALL', unitText(graph, article, 1, null)]]);
    }
  });

  it('starts the first obligation of a sentence at the sentence, a later one at its segment', () => {
    // The topic (and Art. 7's condition) before the marker belongs to the obligation.
    expect(obligationsAt(38, 1)[0]?.text.startsWith('自贸试验区聚焦建设需求，鼓励')).toBe(true);
    expect(obligationsAt(7)).toMatchObject([{ modality: 'MAY', bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu'], beneficiaries: ['actor:units-and-individuals'] }]);
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
    for (const duty of art12) expect(duty.bearers).toEqual(['actor:xinjiang-ge-pianqu-guanli-jigou']);
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
      [2, 'SUPPORT', ['actor:xinjiang-ziyou-maoyi-shiyanqu']],
      [4, 'SUPPORT', ['actor:xinjiang-ziyou-maoyi-shiyanqu']],
    ]);
  });

  it('ignores a marker inside a …的，condition', () => {
    expect(obligationsAt(60).map((o) => o.id)).toEqual(['obligation:60-2-0-1']);
    expect(summary(obligationsAt(59))).toEqual(['SHALL relevant-departments → ']);
    expect(obligationsAt(18, 4).map((o) => [o.modality, o.text.slice(0, 2)])).toEqual([
      ['SHALL', '投资'],
      ['SHALL', '发现'],
    ]);
  });

  it('lets a duty without a subject take the one of the sentence before, never 支持/鼓励', () => {
    expect(obligationsAt(51, 2)).toMatchObject([{ modality: 'SHALL', bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu'] }]);
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
    const collectives = new Set(graph.actors.filter((a) => a.members.length > 0).map((a) => a.id));
    expect([...collectives].sort()).toEqual(['actor:zhongyang-zhujiang-danwei', 'actor:xinjiang-ge-pianqu']);
    for (const obligation of graph.obligations) {
      for (const id of [...obligation.bearers, ...obligation.beneficiaries]) expect(collectives).not.toContain(id);
    }
  });

  it('links the zone as a whole to industries only in the industry chapter', () => {
    const industryChapter = graph.chapters.find((c) => c.title.includes('产业'))?.number;
    expect(industryChapter).toBe(4);
    const regionWide = graph.zoneIndustries.filter((z) => z.zone === 'actor:xinjiang-ziyou-maoyi-shiyanqu');
    expect(regionWide.length).toBeGreaterThan(0);
    for (const link of regionWide) expect(graph.articles.find((a) => a.number === link.article)?.chapter).toBe(industryChapter);
    expect(graph.zoneIndustries.filter((z) => z.article === 26)).toEqual([]);
  });
});
