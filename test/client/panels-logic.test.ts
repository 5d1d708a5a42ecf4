// The pure parts of the panels: how clause text is marked, how tables are ordered and shaded, what the
// legend counts (the search's grouping is in search-groups.test.ts).
import { describe, expect, it } from 'vitest';
import { segmentClause } from '../../client/src/panels/clause-segments.ts';
import { edgeListTable } from '../../client/src/panels/export-panel.ts';
import { legendCounts } from '../../client/src/panels/legend-panel.ts';
import { heat, sortRows } from '../../client/src/panels/matrix-panel.ts';
import { SMALL_GRAPH } from './fixtures/small-graph.ts';

// Article 28, paragraph 2, as the API returns it (offsets in UTF-16 code units).
const KASHGAR = '喀什片区重点发展农副产品精深加工、纺织服装制造、电子产品组装等劳动密集型产业';

describe('segmentClause', () => {
  const mentions = [
    { key: 'actor:xinjiang-kashi-pianqu', start: 0, end: 4 },
    { key: 'industry:nongfu-chanpin-jingshen-jiagong', start: 8, end: 16 },
    { key: 'industry:fangzhi-fuzhuang', start: 17, end: 23 },
  ];

  it('cuts the text at every mention and keeps all of it', () => {
    const segments = segmentClause(KASHGAR, mentions, []);
    expect(segments.map((s) => s.text).join('')).toBe(KASHGAR);
    expect(segments.filter((s) => s.mention).map((s) => [s.text, s.mention?.key])).toEqual([
      ['喀什片区', 'actor:xinjiang-kashi-pianqu'],
      ['农副产品精深加工', 'industry:nongfu-chanpin-jingshen-jiagong'],
      ['纺织服装制造', 'industry:fangzhi-fuzhuang'],
    ]);
  });

  it('marks the runs that belong to an obligation, found by its exact text', () => {
    const text = '各片区应当为中央驻疆单位履行职责提供便利和协助。其他文字';
    const segments = segmentClause(text, [{ key: 'actor:xinjiang-ge-pianqu', start: 0, end: 3 }], [
      { key: 'obligation:13-2-0-2', modality: 'SHALL', text: '各片区应当为中央驻疆单位履行职责提供便利和协助。' },
      { key: 'obligation:missing', modality: 'MAY', text: '不在这里' },
    ]);
    expect(segments.map((s) => [s.text, s.obligation?.key ?? null, s.mention?.key ?? null])).toEqual([
      ['各片区', 'obligation:13-2-0-2', 'actor:xinjiang-ge-pianqu'],
      ['应当为中央驻疆单位履行职责提供便利和协助。', 'obligation:13-2-0-2', null],
      ['其他文字', null, null],
    ]);
  });

  it('ignores mentions whose offsets fall outside the text', () => {
    expect(segmentClause('海关', [{ key: 'actor:haiguan', start: 1, end: 9 }], [])).toEqual([
      { text: '海关', start: 0, end: 2, mention: null, obligation: null },
    ]);
  });
});

describe('responsibility matrix', () => {
  const row = (key: string, kind: 'OFFICE' | 'ZONE' | 'LEADING_GROUP', total: number) => ({
    actor: { key, name: key, nameEn: key, kind, aliases: [] },
    total,
    cells: [],
  });

  it('orders rows by kind (governing bodies first), then by how much each bears', () => {
    const rows = sortRows([row('actor:xinjiang-kashi-pianqu', 'ZONE', 3), row('actor:xinjiang-ziyou-maoyi-shiyanqu', 'ZONE', 40), row('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', 'OFFICE', 7), row('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu', 'LEADING_GROUP', 1)]);
    expect(rows.map((r) => r.actor.key)).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu', 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', 'actor:xinjiang-ziyou-maoyi-shiyanqu', 'actor:xinjiang-kashi-pianqu']);
  });

  it('shades zero as nothing and small counts visibly', () => {
    expect(heat(0, 25)).toBe(0);
    expect(heat(1, 25)).toBeGreaterThan(0.2);
    expect(heat(25, 25)).toBeCloseTo(0.9);
  });
});

describe('graph tables and counts', () => {
  it('names both ends of each edge in the CSV edge list', () => {
    const table = edgeListTable(SMALL_GRAPH);
    expect(table.header.slice(0, 6)).toEqual(['source', 'sourceLabel', 'type', 'modality', 'target', 'targetLabel']);
    expect(table.rows).toContainEqual(['actor:xinjiang-kashi-pianqu', '喀什片区', 'DEVELOPS', null, 'industry:fangzhi-fuzhuang', '纺织服装', '重点发展', 28, 2]);
  });

  it('counts nodes per legend category and edges per modality', () => {
    const { categories, modalities } = legendCounts({ graph: SMALL_GRAPH });
    expect(Object.fromEntries(categories)).toEqual({ OFFICE: 1, LEADING_GROUP: 1, ZONE: 1, OBLIGATION: 1, INDUSTRY: 2, ARTICLE: 1 });
    expect(Object.fromEntries(modalities)).toEqual({ RESPONSIBLE: 1 });
  });
});
