// The pure parts of the panels: how clause text is marked, how tables are ordered and shaded, what the
// legend counts (the search's grouping is in search-groups.test.ts).
import { describe, expect, it } from 'vitest';
import { segmentClause } from '../../client/src/panels/clause-segments.ts';
import { edgeListTable } from '../../client/src/panels/export-panel.ts';
import { legendCounts } from '../../client/src/panels/legend-panel.ts';
import { heat, matrixTable, sortRows } from '../../client/src/panels/matrix-panel.ts';
import type { GraphData } from '../../client/src/cy/graph-data.ts';
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

  it('writes the CSV with the unnamed row and the totals row after the actors, so every column adds up', () => {
    const cells = (shall: number, support: number) => [
      { modality: 'SHALL' as const, count: shall },
      { modality: 'SUPPORT' as const, count: support },
    ];
    // Two actors share one SHALL duty: the rows add up to 3 SHALL, the obligations are 2 (plus 1 unnamed).
    const table = matrixTable({
      modalities: ['SHALL', 'SUPPORT'],
      rows: [
        { ...row('actor:a', 'OFFICE', 2), cells: cells(2, 0) },
        { ...row('actor:b', 'ZONE', 1), cells: cells(1, 0) },
      ],
      unnamed: { total: 5, cells: cells(1, 4) },
      totals: { total: 7, cells: cells(3, 4) },
    });
    expect(table.header).toEqual(['row', 'actor', 'name', 'nameEn', 'kind', 'SHALL', 'SUPPORT', 'total']);
    expect(table.rows.slice(-2)).toEqual([
      ['unnamed', null, '未明确主体', 'not named', null, 1, 4, 5],
      ['total', null, '合计', 'Total', null, 3, 4, 7],
    ]);
    expect(table.rows.map((r) => r[1])).toEqual(['actor:a', 'actor:b', null, null]);
  });
});

describe('graph tables and counts', () => {
  it('names both ends of each edge in the CSV edge list, in full, with the citation of its clause', () => {
    const table = edgeListTable(SMALL_GRAPH);
    expect(table.header).toEqual(['source', 'sourceLabel', 'type', 'modality', 'target', 'targetLabel', 'level', 'article', 'paragraph', 'citation']);
    expect(table.rows).toContainEqual(['actor:xinjiang-kashi-pianqu', '喀什片区', 'DEVELOPS', null, 'industry:fangzhi-fuzhuang', '纺织服装', '重点发展', 28, 2, null]);
    const cited: GraphData = {
      nodes: [
        SMALL_GRAPH.nodes[0]!,
        { id: 'obligation:x/10-2-1-1', type: 'OBLIGATION', label: '负责：负责实施总体方案，研究…', labelEn: null, clause: { label: '第10条第2款第1项', labelEn: 'Art. 10(2)(1)', citation: '《条例》第十条第二款第（一）项' }, data: { modality: 'RESPONSIBLE', marker: '负责', text: '负责实施总体方案，研究制定发展规划。' } },
      ],
      edges: [{ id: 'e', source: SMALL_GRAPH.nodes[0]!.id, target: 'obligation:x/10-2-1-1', type: 'BEARS', label: '承担', data: {} }],
    };
    // The API cuts an obligation's label at 20 characters; the CSV has its whole text, never an ellipsis.
    expect(edgeListTable(cited).rows[0]).toEqual([SMALL_GRAPH.nodes[0]!.id, '自贸办', 'BEARS', 'RESPONSIBLE', 'obligation:x/10-2-1-1', '负责：负责实施总体方案，研究制定发展规划。', null, null, null, '《条例》第十条第二款第（一）项']);
  });

  it('counts nodes per legend category and edges per modality', () => {
    const { categories, modalities } = legendCounts({ graph: SMALL_GRAPH });
    expect(Object.fromEntries(categories)).toEqual({ OFFICE: 1, LEADING_GROUP: 1, ZONE: 1, OBLIGATION: 1, INDUSTRY: 2, ARTICLE: 1 });
    expect(Object.fromEntries(modalities)).toEqual({ RESPONSIBLE: 1 });
  });
});
