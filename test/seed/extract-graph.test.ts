import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import { normalizeScript } from '../../seed/extract/normalize-script.ts';
import type { ExtractedGraph, Obligation } from '../../seed/types.ts';
import { buildParsed, type ArticleFixture } from '../fixtures/extract/build-parsed.ts';
import { CENTRAL_AGENCIES, FTZ, ZONES } from '../fixtures/extract/xinjiang-ids.ts';

const excerpt = JSON.parse(readFileSync(new URL('../fixtures/extract/excerpt-articles.json', import.meta.url), 'utf8')) as {
  simplified: ArticleFixture[];
  traditional: ArticleFixture[];
};
const graph = extractGraph(buildParsed(excerpt.simplified));


function obligationsOf(g: ExtractedGraph, article: number): Obligation[] {
  return g.obligations.filter((o) => o.article === article);
}

describe('extractGraph on real article excerpts', () => {
  it('gives the FTZ office its five duties of Article 10', () => {
    const items = obligationsOf(graph, 10).filter((o) => o.paragraph === 2 && o.item !== null);
    expect(items.map((o) => o.id)).toEqual([1, 2, 3, 4, 5].map((n) => `obligation:test/10-2-${n}-1`));
    for (const duty of items) {
      expect(duty.modality).toBe('RESPONSIBLE');
      expect(duty.bearers).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi']);
    }
    expect(items.map((o) => o.marker)).toEqual(['负责', '履行下列职责', '履行下列职责', '负责', '承担']);
  });

  it('keeps the office’s own duty in the list introduction and the leading group’s duty', () => {
    expect(graph.obligations.find((o) => o.id === 'obligation:test/10-2-0-1')).toMatchObject({
      modality: 'RESPONSIBLE',
      marker: '承担',
      bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'],
    });
    expect(graph.obligations.find((o) => o.id === 'obligation:test/10-1-0-1')).toMatchObject({
      modality: 'RESPONSIBLE',
      bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu'],
    });
  });

  it('makes the six central agencies of Article 13 the bearers, and the beneficiaries of the Areas', () => {
    const [agencies, areas] = obligationsOf(graph, 13).filter((o) => o.paragraph === 2);
    expect(agencies).toMatchObject({ modality: 'SHALL', bearers: CENTRAL_AGENCIES });
    expect(areas).toMatchObject({ modality: 'SHALL', bearers: ZONES, beneficiaries: CENTRAL_AGENCIES });
    expect(graph.actors.find((a) => a.id === 'actor:zhongyang-zhujiang-danwei')?.members).toEqual(CENTRAL_AGENCIES);
  });

  it('links every Area of Article 28 to exactly its industries and levels', () => {
    const links = graph.zoneIndustries.filter((z) => z.article === 28).map((z) => `${z.zone} ${z.level} ${z.industry}`);
    const expected = (zone: string, level: string, industries: string[]): string[] =>
      industries.map((industry) => `actor:xinjiang-${zone} ${level} industry:${industry}`);
    expect(links).toEqual([
      ...expected('wulu-muqi-pianqu', '重点发展', [
        'guoji-maoyi',
        'xiandai-wuliu',
        'xianjin-zhizao',
        'fangzhi-fuzhuang',
        'shengwu-yiyao',
        'xinnengyuan',
        'xin-cailiao',
        'ruanjian-he-xinxi-jishu-fuwu',
      ]),
      ...expected('wulu-muqi-pianqu', '积极发展', ['keji-jiaoyu', 'wenhua-chuangyi', 'jinrong-chuangxin', 'huizhan-jingji']),
      ...expected('kashi-pianqu', '重点发展', ['nongfu-chanpin-jingshen-jiagong', 'fangzhi-fuzhuang', 'dianzi-chanpin-zuzhuang']),
      ...expected('kashi-pianqu', '大力推动', ['jinkou-ziyuan-luodi-jiagong']),
      ...expected('kashi-pianqu', '积极培育', ['guoji-wuliu', 'kuajing-dianshang']),
      ...expected('huoer-guosi-pianqu', '重点发展', ['kuajing-wuliu', 'kuajing-lvyou', 'jinrong-fuwu', 'zhanlan-zhanshi']),
      // Urumqi's 新材料 and Khorgos's are one industry.
      ...expected('huoer-guosi-pianqu', '做大做强', ['tese-yiyao', 'dianzi-xinxi', 'xin-cailiao']),
    ]);
  });

  it('names each industry of Article 28 as enumerated, other written forms kept as aliases', () => {
    const industry = (id: string) => graph.industries.find((i) => i.id === id);
    expect(industry('industry:xianjin-zhizao')).toMatchObject({ name: '先进制造', aliases: ['先进制造业'] });
    // Kashgar's 纺织服装制造 is the 纺织服装(业) Urumqi's list already named: a generic 制造 adds no industry.
    expect(industry('industry:fangzhi-fuzhuang')).toMatchObject({ name: '纺织服装', aliases: ['纺织服装业', '纺织服装制造'] });
    expect(industry('industry:fangzhi-fuzhuang-zhizao')).toBeUndefined();
  });

  it('turns the definitions of the text into aliases', () => {
    expect(graph.definitions.map((d) => [d.term, d.actor])).toEqual([
      ['自贸试验区', 'actor:xinjiang-ziyou-maoyi-shiyanqu'],
      ['各片区', 'actor:xinjiang-ge-pianqu'],
      ['领导小组', 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu'],
      ['自贸办', 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'],
    ]);
    const aliases = (id: string): string[] => graph.actors.find((a) => a.id === id)?.aliases ?? [];
    expect(aliases('actor:xinjiang-ziyou-maoyi-shiyanqu')).toContain('自贸试验区');
    expect(aliases('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu')).toContain('领导小组');
    expect(aliases('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi')).toContain('自贸办');
    expect(graph.actors.find((a) => a.id === 'actor:xinjiang-ge-pianqu')?.members).toEqual(ZONES);
  });

  it('finds no obligation in Article 6 (提供智力支持 is no support)', () => {
    expect(obligationsOf(graph, 6)).toEqual([]);
  });

  it('lets the FTZ bear the exemption of Article 7 in favour of units and individuals', () => {
    expect(obligationsOf(graph, 7)).toMatchObject([
      { modality: 'MAY', bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu'], beneficiaries: ['actor:youguan-danwei', 'actor:geren'] },
    ]);
  });

  it('starts an obligation at each segment with a marker and carries the sentence topic (Article 41)', () => {
    const art41 = obligationsOf(graph, 41);
    expect(art41.map((o) => [o.modality, o.bearers])).toEqual([
      ['SHALL', ['actor:xinjiang-ziyou-maoyi-shiyanqu']],
      ['SUPPORT', ['actor:xinjiang-ziyou-maoyi-shiyanqu']],
      ['SUPPORT', ['actor:xinjiang-ziyou-maoyi-shiyanqu']],
      ['SUPPORT', ['actor:xinjiang-ziyou-maoyi-shiyanqu']],
    ]);
    // The second supports 乌鲁木齐, the city, which the rules do not read as a body yet: left unchecked.
    expect([0, 2, 3].map((i) => art41[i]?.beneficiaries)).toEqual([[], [], []]);
    expect(art41.map((o) => o.text)).toEqual([
      '自贸试验区应当构建现代综合交通枢纽体系，',
      '支持乌鲁木齐建设陆港型、空港型国家物流枢纽；',
      '支持公路口岸采取智能化、便利化运输服务措施，提升通关效能；',
      '支持合作建设铁路项目，推广实施铁路进出境快速通关。',
    ]);
  });

  it('gives items of a modal list introduction its modality, and the supported party', () => {
    const items = obligationsOf(graph, 44);
    expect(items.map((o) => o.item)).toEqual([1, 2, 3, 4]);
    expect(items.every((o) => o.modality === 'SUPPORT' && o.bearers.length === 0)).toBe(true);
    expect(items[3]?.beneficiaries).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu']);
    // Item 2 says 支持 again but stays one obligation, in favour of the zone and the cultural enterprises.
    expect(items[1]).toMatchObject({ id: 'obligation:test/44-1-2-1', beneficiaries: ['actor:xinjiang-ziyou-maoyi-shiyanqu', 'actor:wenhua-qiye'] });
    expect(items[1]?.text).toBe(excerpt.simplified.find((a) => a.number === 44)?.paragraphs[0]?.items[1]);
  });

  it('extracts the same obligations from the traditional-character twin', () => {
    const traditional = extractGraph(buildParsed(excerpt.traditional));
    // Industries are left out: 先進製造業 keeps its 業 (industry:xianjin-zhizaoye), so the twin's industries
    // differ where they should not; the zones, levels and places of the links must still agree.
    const meaning = (g: ExtractedGraph) =>
      g.obligations.map(({ id, modality, bearers, bearerMethod, beneficiaries }) => ({ id, modality, bearers, bearerMethod, beneficiaries }));
    expect(meaning(traditional)).toEqual(meaning(graph));
    // Levels, like markers, are kept as written.
    const link = ({ zone, level, article, paragraph }: ExtractedGraph['zoneIndustries'][number]) => ({ zone, level: normalizeScript(level), article, paragraph });
    expect(traditional.zoneIndustries.map(link)).toEqual(graph.zoneIndustries.map(link));
    expect(traditional.actors.map((a) => a.id)).toEqual(graph.actors.map((a) => a.id));
    expect(traditional.zoneIndustries.map((z) => z.level)).toContain('做大做強');
    expect(traditional.definitions.map((d) => d.actor)).toEqual(graph.definitions.map((d) => d.actor));
    // Outputs keep the original characters.
    expect(traditional.obligations.find((o) => o.id === 'obligation:test/10-2-5-1')?.text).toBe('承擔領導小組交辦的其他工作。');
    expect(traditional.definitions[3]?.term).toBe('自貿辦');
  });
});
