// The zones × industries table as data: columns by zone role, rows by GB/T 4754 class, filters, sorts, CSV.
import { describe, expect, it } from 'vitest';
import {
  cellShown,
  groupIndustries,
  shownZones,
  sortIndustries,
  toggleRank,
  toggleZone,
  zoneColumns,
  zoneCounts,
  zonesTable,
  type Industry,
  type Zone,
  type ZoneCell,
  type ZoneMatrix,
} from '../../client/src/panels/zones-table.ts';

const zone = (key: string, name: string, zoneRole: Zone['zoneRole']): Zone => ({ key, name, nameEn: name, kind: 'ZONE', aliases: [], zoneRole });
const WHOLE = zone('actor:xinjiang-ziyou-maoyi-shiyanqu', '中国（新疆）自由贸易试验区', 'WHOLE_ZONE');
const KASHGAR = zone('actor:xinjiang-kashi-pianqu', '喀什片区', 'AREA');
const URUMQI = zone('actor:xinjiang-wulu-muqi-pianqu', '乌鲁木齐片区', 'AREA');
const ALL_AREAS = zone('actor:xinjiang-ge-pianqu', '各片区', 'AREA_COLLECTIVE');
const CENTRE = zone('actor:zhongha-hezuo-zhongxin', '中哈霍尔果斯国际边境合作中心', 'OTHER_ZONE');

const C = { code: 'C', name: '制造业', nameEn: 'Manufacturing' };
const division = (code: string, name: string) => ({ code, name, nameEn: name, section: C });
const industry = (key: string, name: string, gbCode: string | null, classification: Industry['classification'], divisions: Industry['divisions'] = []): Industry => ({
  key,
  name,
  nameEn: name,
  gbCode,
  classification,
  divisions,
});
// As the API classifies them: 17-18 is a range, so its class is the section holding both divisions.
const TEXTILES = industry('industry:fangzhi-fuzhuang', '纺织服装', '17-18', { ...C, section: null }, [division('17', '纺织业'), division('18', '纺织服装、服饰业')]);
const COTTON = industry('industry:mianfangzhi', '棉纺织', '17', division('17', '纺织业'), [division('17', '纺织业')]);
const MEDICINE = industry('industry:shengwu-yiyao', '生物医药', '27', division('27', '医药制造业'), [division('27', '医药制造业')]);
const FINANCE = industry('industry:jinrong-fuwu', '金融服务', 'J', { code: 'J', name: '金融业', nameEn: 'Finance', section: null });
const FIBRES = industry('industry:huaxian', '化纤', null, null);

const cell = (z: Zone, i: Industry, level: string, rank: number): ZoneCell => ({
  level,
  rank,
  levelEn: null,
  regulation: { key: 'regulation:xinjiang-ftz-2025' },
  article: { key: 'article:xinjiang-ftz-2025/28', number: 28, title: '第28条', titleEn: 'Article 28' },
  clause: { article: 28, articleKey: 'article:xinjiang-ftz-2025/28', regulation: 'regulation:xinjiang-ftz-2025', paragraph: 2, item: null, label: '第28条第2款', labelEn: 'Art. 28(2)', citation: '《中国（新疆）自由贸易试验区条例》第二十八条第二款' },
  zone: { key: z.key },
  industry: { key: i.key },
});

const CELLS = [cell(KASHGAR, TEXTILES, '重点发展', 3), cell(URUMQI, TEXTILES, '重点发展', 3), cell(WHOLE, COTTON, '发展', 1), cell(KASHGAR, FIBRES, '积极培育', 2), cell(URUMQI, MEDICINE, '重点发展', 3)];
const NO_FILTER = { zoneSort: null, zoneFilter: [], zoneRanks: [] };

describe('zone columns', () => {
  it('keeps the whole zone first and apart, the Areas together, the collective and other bodies in a group of their own', () => {
    const groups = zoneColumns([KASHGAR, CENTRE, WHOLE, ALL_AREAS, URUMQI]);
    expect(groups.map((g) => [g.group, g.zones.map((z) => z.key)])).toEqual([
      ['whole', [WHOLE.key]],
      ['areas', [KASHGAR.key, URUMQI.key]],
      ['other', [CENTRE.key, ALL_AREAS.key]],
    ]);
  });

  it('counts as Areas only what the API calls an Area (not 各片区, not a cooperation centre, not the whole zone)', () => {
    expect(zoneCounts([WHOLE, KASHGAR, URUMQI, ALL_AREAS, CENTRE, zone('actor:x', 'x', 'AREA')])).toEqual({ whole: 1, areas: 3, other: 2 });
  });
});

describe('industry rows', () => {
  it('puts industries under their GB/T section and division, a range under its section, the uncoded last', () => {
    const { sections, uncoded } = groupIndustries([FIBRES, FINANCE, COTTON, TEXTILES, MEDICINE]);
    expect(sections.map((s) => [s.code, s.industries.map((i) => i.key), s.divisions.map((d) => [d.code, d.industries.map((i) => i.key)])])).toEqual([
      ['C', [TEXTILES.key], [['17', [COTTON.key]], ['27', [MEDICINE.key]]]],
      ['J', [FINANCE.key], []],
    ]);
    expect(uncoded.map((i) => i.key)).toEqual([FIBRES.key]);
  });

  it('sorts by level (named by more zones, then stronger), by name, or by one zone with what it does not name last', () => {
    const industries = [FIBRES, COTTON, TEXTILES, MEDICINE];
    expect(sortIndustries(industries, CELLS, null, 'zh').map((i) => i.key)).toEqual([TEXTILES.key, MEDICINE.key, FIBRES.key, COTTON.key]);
    expect(sortIndustries(industries, CELLS, KASHGAR.key, 'zh').map((i) => i.key)).toEqual([TEXTILES.key, FIBRES.key, MEDICINE.key, COTTON.key]);
    expect(sortIndustries(industries, CELLS, 'name', 'en').map((i) => i.name)).toEqual(['化纤', '棉纺织', '生物医药', '纺织服装'].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('filters', () => {
  it('shows a link when its zone and its rank are shown (none named: all)', () => {
    expect(CELLS.filter((c) => cellShown(c, NO_FILTER))).toHaveLength(5);
    expect(CELLS.filter((c) => cellShown(c, { ...NO_FILTER, zoneRanks: [3] })).map((c) => c.level)).toEqual(['重点发展', '重点发展', '重点发展']);
    expect(CELLS.filter((c) => cellShown(c, { ...NO_FILTER, zoneFilter: [KASHGAR.key], zoneRanks: [3, 2] })).map((c) => c.industry.key)).toEqual([TEXTILES.key, FIBRES.key]);
    expect(shownZones([WHOLE, KASHGAR], { ...NO_FILTER, zoneFilter: ['actor:gone'] })).toEqual([WHOLE, KASHGAR]);
  });

  it('toggles ranks and zones without ever showing none, and writes "all" as no filter', () => {
    expect(toggleRank([], 1)).toEqual([3, 2]);
    expect(toggleRank([3, 2], 1)).toEqual([]);
    expect(toggleRank([3], 3)).toEqual([3]);
    const all = [WHOLE.key, KASHGAR.key, URUMQI.key];
    expect(toggleZone([], KASHGAR.key, all)).toEqual([WHOLE.key, URUMQI.key]);
    expect(toggleZone([WHOLE.key, URUMQI.key], KASHGAR.key, all)).toEqual([]);
    expect(toggleZone([KASHGAR.key], KASHGAR.key, all)).toEqual([KASHGAR.key]);
  });
});

describe('zones CSV', () => {
  it('has one row per link with full names, the zone role, the rank, the GB/T class and the citation', () => {
    const matrix: ZoneMatrix = { zones: [WHOLE, KASHGAR, URUMQI], industries: [TEXTILES, COTTON, FIBRES, MEDICINE], cells: CELLS };
    const table = zonesTable(matrix);
    const row = Object.fromEntries(table.header.map((h, i) => [h, table.rows[0]![i]]));
    expect(row).toMatchObject({
      zone: KASHGAR.key,
      zoneName: '喀什片区',
      zoneRole: 'AREA',
      industryName: '纺织服装',
      gbCode: '17-18',
      gbSection: 'C',
      level: '重点发展',
      rank: 3,
      article: 28,
      paragraph: 2,
      citation: '《中国（新疆）自由贸易试验区条例》第二十八条第二款',
    });
    expect(table.rows).toHaveLength(CELLS.length);
  });
});
