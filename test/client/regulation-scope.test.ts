// What the graph, the compare view and the obligation lists make of answers that span several regulations.
import { describe, expect, it } from 'vitest';
import { seedChunks } from '../../client/src/api/graph-source.ts';
import { scopeGraph, type GraphData } from '../../client/src/cy/graph-data.ts';
import {
  compareActorsTable,
  compareModalities,
  compareRows,
  compareZonesTable,
  linksAt,
  onlyNamedBy,
  regulationMark,
  zoneGroups,
  zoneIndustryRows,
  type Comparison,
} from '../../client/src/panels/compare-tables.ts';
import { zoneColumns } from '../../client/src/panels/zones-table.ts';

const XJ = 'regulation:xinjiang-ftz-2025';
const SH = 'regulation:shanghai-ftz-regulations-2014';

// Customs bears duties in both texts; each text's obligations and MEMBER_OF links carry their regulation.
const SHARED: GraphData = {
  nodes: [
    { id: 'actor:haiguan', type: 'ACTOR', label: '海关', labelEn: 'Customs', data: { kind: 'CENTRAL_AGENCY' } },
    { id: 'obligation:xinjiang-ftz-2025/13-1-0-1', type: 'OBLIGATION', label: '…', labelEn: null, data: { modality: 'SHALL', regulation: XJ } },
    { id: 'obligation:shanghai-ftz-regulations-2014/11-1-0-1', type: 'OBLIGATION', label: '…', labelEn: null, data: { modality: 'SHALL', regulation: SH } },
    { id: 'actor:zhongyang-zhujiang-danwei', type: 'ACTOR', label: '中央驻疆单位', labelEn: null, data: { kind: 'CENTRAL_AGENCY' } },
    { id: 'actor:shanghai-zhuqu-jigou', type: 'ACTOR', label: '驻区机构', labelEn: null, data: { kind: 'DEPARTMENT' } },
    { id: 'actor:lonely', type: 'ACTOR', label: '孤立', labelEn: null, data: { kind: 'OTHER' } },
  ],
  edges: [
    { id: 'actor:haiguan|BEARS|obligation:xinjiang-ftz-2025/13-1-0-1', source: 'actor:haiguan', target: 'obligation:xinjiang-ftz-2025/13-1-0-1', type: 'BEARS', label: '', data: {} },
    { id: 'actor:haiguan|BEARS|obligation:shanghai-ftz-regulations-2014/11-1-0-1', source: 'actor:haiguan', target: 'obligation:shanghai-ftz-regulations-2014/11-1-0-1', type: 'BEARS', label: '', data: {} },
    { id: 'actor:haiguan|MEMBER_OF|actor:zhongyang-zhujiang-danwei', source: 'actor:haiguan', target: 'actor:zhongyang-zhujiang-danwei', type: 'MEMBER_OF', label: '', data: { regulation: XJ } },
    { id: 'actor:haiguan|MEMBER_OF|actor:shanghai-zhuqu-jigou', source: 'actor:haiguan', target: 'actor:shanghai-zhuqu-jigou', type: 'MEMBER_OF', label: '', data: { regulation: SH } },
  ],
};

describe('scopeGraph', () => {
  it('keeps what the selected regulations state and drops the others\' obligations, links and the bodies only they led to', () => {
    const scoped = scopeGraph(SHARED, [XJ], new Set(['actor:haiguan']));
    expect(scoped.nodes.map((n) => n.id)).toEqual(['actor:haiguan', 'obligation:xinjiang-ftz-2025/13-1-0-1', 'actor:zhongyang-zhujiang-danwei', 'actor:lonely']);
    expect(scoped.edges.map((e) => e.target)).toEqual(['obligation:xinjiang-ftz-2025/13-1-0-1', 'actor:zhongyang-zhujiang-danwei']);
  });

  it('returns the same graph when everything is in scope', () => {
    expect(scopeGraph(SHARED, [XJ, SH])).toBe(SHARED);
  });

  it('keeps the seeds even when nothing in scope links to them', () => {
    expect(scopeGraph(SHARED, ['regulation:other'], new Set(['actor:haiguan'])).nodes.map((n) => n.id)).toEqual(['actor:haiguan', 'actor:lonely']);
  });
});

describe('seedChunks', () => {
  it('splits the seeds into requests the API accepts and shares the node budget', () => {
    const seeds = Array.from({ length: 120 }, (_, i) => `actor:${i}`);
    const chunks = seedChunks(seeds, 300);
    expect(chunks.map((c) => c.ids.length)).toEqual([50, 50, 20]);
    expect(chunks.map((c) => c.limit)).toEqual([100, 100, 100]);
    expect(seedChunks(seeds.slice(0, 10), 300)).toEqual([{ ids: seeds.slice(0, 10), limit: 300 }]);
  });
});

const actor = (key: string, kind: 'CENTRAL_AGENCY' | 'OFFICE' | 'DEPARTMENT', name: string) => ({ key, name, nameEn: name, kind, aliases: [] });
const cells = (shall: number, may = 0) => [
  { modality: 'SHALL' as const, count: shall },
  { modality: 'MAY' as const, count: may },
];
const zone = (key: string, name: string) => ({ ...actor(key, 'OFFICE', name), kind: 'ZONE' as const });
const link = (z: ReturnType<typeof zone>, industry: string, rank: number, article: number) => ({
  level: rank === 3 ? '重点发展' : '发展',
  rank,
  levelEn: null,
  regulation: { key: '' },
  article: { key: `article:x/${article}`, number: article, title: `第${article}条`, titleEn: `Article ${article}` },
  clause: null,
  zone: z,
  industry: { key: industry, name: industry, nameEn: industry, gbCode: null },
});

const KASHGAR = zone('actor:xinjiang-kashi-pianqu', '喀什片区');
const XJ_ZONE = zone('actor:xinjiang-ziyou-maoyi-shiyanqu', '新疆自贸试验区');
const SH_ZONE = zone('actor:shanghai-ziyou-maoyi-shiyanqu', '上海自贸试验区');

const COMPARISON: Comparison = {
  regulations: [
    { key: SH, title: '中国（上海）自由贸易试验区条例' },
    { key: XJ, title: '中国（新疆）自由贸易试验区条例' },
  ],
  actors: [
    { actor: actor('actor:shanghai-shuiwu-bumen', 'DEPARTMENT', '税务部门'), differs: true, regulations: [{ regulation: { key: SH }, total: 9, cells: cells(9) }, { regulation: { key: XJ }, total: 0, cells: cells(0) }] },
    { actor: actor('actor:xinjiang-office', 'OFFICE', '自贸办'), differs: true, regulations: [{ regulation: { key: SH }, total: 0, cells: cells(0) }, { regulation: { key: XJ }, total: 7, cells: cells(6, 1) }] },
    { actor: actor('actor:haiguan', 'CENTRAL_AGENCY', '海关'), differs: true, regulations: [{ regulation: { key: SH }, total: 6, cells: cells(6) }, { regulation: { key: XJ }, total: 1, cells: cells(1) }] },
    { actor: actor('actor:guowuyuan', 'CENTRAL_AGENCY', '国务院'), differs: false, regulations: [{ regulation: { key: SH }, total: 1, cells: cells(1) }, { regulation: { key: XJ }, total: 1, cells: cells(1) }] },
  ],
  sharedActors: [{ key: 'actor:haiguan' }, { key: 'actor:guowuyuan' }],
  uniqueActors: [
    { regulation: { key: SH }, actors: [{ key: 'actor:shanghai-shuiwu-bumen' }] },
    { regulation: { key: XJ }, actors: [{ key: 'actor:xinjiang-office' }] },
  ],
  zoneIndustries: [
    { regulation: { key: SH }, cells: [] },
    { regulation: { key: XJ }, cells: [link(KASHGAR, 'industry:fangzhi-fuzhuang', 3, 28), link(XJ_ZONE, 'industry:fangzhi-fuzhuang', 1, 29), link(KASHGAR, 'industry:dianzi', 3, 28)] },
  ],
};

describe('the compare view\'s tables', () => {
  it('orders rows by kind, the actors several texts name before those only one names, then by weight', () => {
    expect(compareRows(COMPARISON).map((r) => r.actor.key)).toEqual(['actor:xinjiang-office', 'actor:shanghai-shuiwu-bumen', 'actor:haiguan', 'actor:guowuyuan']);
    const promoted = { ...COMPARISON, uniqueActors: [{ regulation: { key: SH }, actors: [{ key: 'actor:haiguan' }] }] };
    expect(compareRows(promoted).filter((r) => r.actor.kind === 'CENTRAL_AGENCY').map((r) => r.actor.key)).toEqual(['actor:guowuyuan', 'actor:haiguan']);
  });

  it('shows the modalities some regulation counts, and knows which actors one text alone names', () => {
    expect(compareModalities(COMPARISON)).toEqual(['SHALL', 'MAY']);
    expect(onlyNamedBy(COMPARISON)).toEqual(new Map([['actor:shanghai-shuiwu-bumen', SH], ['actor:xinjiang-office', XJ]]));
    expect(regulationMark(0)).toBe('①');
    expect(regulationMark(10)).toBe('11');
  });

  it('writes the responsibilities as CSV, one column per regulation and modality', () => {
    const table = compareActorsTable(COMPARISON);
    expect(table.header).toEqual([
      'actor', 'name', 'nameEn', 'kind', 'differs', 'onlyIn',
      'shanghai-ftz-regulations-2014:SHALL', 'shanghai-ftz-regulations-2014:MAY', 'shanghai-ftz-regulations-2014:total',
      'xinjiang-ftz-2025:SHALL', 'xinjiang-ftz-2025:MAY', 'xinjiang-ftz-2025:total',
    ]);
    expect(table.rows.find((r) => r[0] === 'actor:haiguan')).toEqual(['actor:haiguan', '海关', '海关', 'CENTRAL_AGENCY', true, null, 6, 0, 6, 1, 0, 1]);
    expect(table.rows.find((r) => r[0] === 'actor:xinjiang-office')?.slice(4, 6)).toEqual([true, XJ]);
  });

  it('groups the zones by regulation, the whole zone first, even for a text whose zones develop nothing', () => {
    const groups = zoneGroups(COMPARISON, [XJ_ZONE.key]);
    expect(groups.map((g) => [g.regulation, g.zones.map((z) => z.key)])).toEqual([
      [SH, []],
      [XJ, [XJ_ZONE.key, KASHGAR.key]],
    ]);
    expect(zoneIndustryRows(COMPARISON).map((i) => i.key)).toEqual(['industry:fangzhi-fuzhuang', 'industry:dianzi']);
    expect(linksAt(COMPARISON, XJ, KASHGAR.key, 'industry:fangzhi-fuzhuang')).toHaveLength(1);
    expect(compareZonesTable(COMPARISON).rows.map((r) => [r[0], r[1], r[3], r[7]])).toEqual([
      [XJ, KASHGAR.key, 'industry:fangzhi-fuzhuang', '重点发展'],
      [XJ, XJ_ZONE.key, 'industry:fangzhi-fuzhuang', '发展'],
      [XJ, KASHGAR.key, 'industry:dianzi', '重点发展'],
    ]);
  });

  it('puts every selected regulation\'s whole zone first in the zone × industry view', () => {
    const role = (zone: { key: string }, zoneRole: 'WHOLE_ZONE' | 'AREA') => ({ ...zone, zoneRole });
    const columns = zoneColumns([role(KASHGAR, 'AREA'), role(XJ_ZONE, 'WHOLE_ZONE'), role(SH_ZONE, 'WHOLE_ZONE')]);
    expect(columns.map((g) => [g.group, g.zones.map((z) => z.key)])).toEqual([
      ['whole', [XJ_ZONE.key, SH_ZONE.key]],
      ['areas', [KASHGAR.key]],
    ]);
  });
});
