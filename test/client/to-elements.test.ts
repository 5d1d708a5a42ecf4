import { describe, expect, it } from 'vitest';
import { filterGraph, mergeGraphs, type GraphData } from '../../client/src/cy/graph-data.ts';
import { toElements, type EdgeElementData, type NodeElementData } from '../../client/src/cy/to-elements.ts';
import { shortName } from '../../client/src/labels.ts';
import { SMALL_GRAPH } from './fixtures/small-graph.ts';

const nodeData = (graph: GraphData, lang: 'zh' | 'en') =>
  new Map(
    toElements(graph, lang)
      .filter((e) => e.group === 'nodes')
      .map((e) => [e.data.id, e.data as NodeElementData]),
  );
const edgeData = (graph: GraphData) =>
  new Map(
    toElements(graph, 'zh')
      .filter((e) => e.group === 'edges')
      .map((e) => [e.data.id, e.data as EdgeElementData]),
  );

describe('toElements', () => {
  it('puts every node before any edge, as Cytoscape needs', () => {
    const groups = toElements(SMALL_GRAPH, 'zh').map((e) => e.group);
    expect(groups.lastIndexOf('nodes')).toBeLessThan(groups.indexOf('edges'));
  });

  it('labels nodes in the chosen language and keeps both', () => {
    const zh = nodeData(SMALL_GRAPH, 'zh').get('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi');
    const en = nodeData(SMALL_GRAPH, 'en').get('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi');
    expect(zh).toMatchObject({ label: '自贸办', labelZh: '自贸办', labelEn: 'FTZ Office', category: 'OFFICE', kind: 'OFFICE' });
    expect(en?.label).toBe('FTZ Office');
  });

  it('labels an obligation by its modality and the gist of its duty, with the clause in its tooltip', () => {
    const [obligation] = SMALL_GRAPH.nodes.filter((n) => n.type === 'OBLIGATION');
    const graph: GraphData = { nodes: [{ ...obligation!, gist: '实施《中国（新疆）自由贸易…' }], edges: [] };
    const zh = nodeData(graph, 'zh').get('obligation:10-2-1-1');
    const en = nodeData(graph, 'en').get('obligation:10-2-1-1');
    expect(zh).toMatchObject({ label: '负责\n实施《中国（新疆）自由贸易…', tooltip: '第10条第2款第1项　负责：实施《中国（新疆）自由贸易…' });
    // The regulation's text is Chinese only: the English label keeps the Chinese gist beside the English modality.
    expect(en).toMatchObject({ label: 'Responsible for\n实施《中国（新疆）自由贸易…', tooltip: 'Art. 10(2)(1) · Responsible for: 实施《中国（新疆）自由贸易…' });
  });

  it('gives other nodes their full name as tooltip', () => {
    expect(nodeData(SMALL_GRAPH, 'en').get('industry:fangzhi-fuzhuang')?.tooltip).toBe('Textiles and apparel');
    expect(nodeData(SMALL_GRAPH, 'zh').get('industry:fangzhi-fuzhuang')?.tooltip).toBe('纺织服装');
  });

  it('labels an obligation without a gist by its modality and the API\'s clause label, not by its long text', () => {
    const zh = nodeData(SMALL_GRAPH, 'zh').get('obligation:10-2-1-1');
    const en = nodeData(SMALL_GRAPH, 'en').get('obligation:10-2-1-1');
    expect(zh).toMatchObject({ label: '负责\n第10条第2款第1项', modality: 'RESPONSIBLE', article: 10, category: 'OBLIGATION' });
    expect(en?.label).toBe('Responsible for\nArt. 10(2)(1)');
  });

  it('falls back to the Chinese label when there is no English one', () => {
    const graph: GraphData = { nodes: [{ id: 'industry:x', type: 'INDUSTRY', label: '会展经济', labelEn: null, data: {} }], edges: [] };
    expect(nodeData(graph, 'en').get('industry:x')?.label).toBe('会展经济');
  });

  it('gives an edge to an obligation the obligation\'s modality', () => {
    expect(edgeData(SMALL_GRAPH).get('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi|BEARS|obligation:10-2-1-1')?.modality).toBe('RESPONSIBLE');
  });

  it('labels a zone–industry link with its level, in English with the gloss the API gives', () => {
    const edge = edgeData(SMALL_GRAPH).get('actor:xinjiang-kashi-pianqu|DEVELOPS|industry:fangzhi-fuzhuang');
    expect(edge).toMatchObject({ type: 'DEVELOPS', level: '重点发展', label: '重点发展' });
    const en = toElements(SMALL_GRAPH, 'en').find((e) => e.data.id === 'actor:xinjiang-kashi-pianqu|DEVELOPS|industry:fangzhi-fuzhuang');
    expect(en?.data.label).toBe('focus on');
  });

  it('drops edges whose ends are not in the graph', () => {
    expect(edgeData(SMALL_GRAPH).has('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi|BEARS|obligation:10-2-2-1')).toBe(false);
  });

  it('reads node data sent as a JSON string', () => {
    const graph: GraphData = { nodes: [{ id: 'actor:a', type: 'ACTOR', label: '海关', labelEn: 'Customs', data: '{"kind":"CENTRAL_AGENCY"}' }], edges: [] };
    expect(nodeData(graph, 'zh').get('actor:a')?.category).toBe('CENTRAL_AGENCY');
  });
});

describe('mergeGraphs and filterGraph', () => {
  const [office, leadingGroup] = SMALL_GRAPH.nodes;

  it('merges neighbourhoods without duplicates', () => {
    const merged = mergeGraphs([SMALL_GRAPH, { nodes: [office!, leadingGroup!], edges: [] }, SMALL_GRAPH]);
    expect(merged.nodes.map((n) => n.id)).toEqual(SMALL_GRAPH.nodes.map((n) => n.id));
    expect(merged.edges).toHaveLength(4);
  });

  it('hides nodes with their edges', () => {
    const filtered = filterGraph(SMALL_GRAPH, { hidden: ['actor:xinjiang-kashi-pianqu'], hiddenCategories: [], hiddenModalities: [] });
    expect(filtered.nodes.map((n) => n.id)).not.toContain('actor:xinjiang-kashi-pianqu');
    expect(filtered.edges.some((e) => e.source === 'actor:xinjiang-kashi-pianqu' || e.target === 'actor:xinjiang-kashi-pianqu')).toBe(false);
  });

  it('filters by actor kind and node type', () => {
    const filtered = filterGraph(SMALL_GRAPH, { hidden: [], hiddenCategories: ['ZONE', 'ARTICLE'], hiddenModalities: [] });
    expect(filtered.nodes.map((n) => n.id).sort()).toEqual([
      'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi',
      'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-lingdao-xiaozu',
      'industry:fangzhi-fuzhuang',
      'industry:kuajing-dianzi-shangwu',
      'obligation:10-2-1-1',
    ]);
  });

  it('filters a modality: its obligations and their edges go, the actors stay', () => {
    const filtered = filterGraph(SMALL_GRAPH, { hidden: [], hiddenCategories: [], hiddenModalities: ['RESPONSIBLE'] });
    expect(filtered.nodes.map((n) => n.id)).not.toContain('obligation:10-2-1-1');
    expect(filtered.nodes.map((n) => n.id)).toContain('actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi');
    expect(filtered.edges.map((e) => e.type).sort()).toEqual(['DEVELOPS', 'DEVELOPS', 'MENTIONS']);
  });
});

describe('short names', () => {
  const named = (name: string, nameEn: string, aliases: string[] = []) => ({ name, nameEn, aliases });
  it.each([
    [named('中国（新疆）自由贸易试验区工作办公室', 'China (Xinjiang) Pilot Free Trade Zone Work Office (FTZ Work Office)', ['自贸办']), '自贸办', 'FTZ Work Office'],
    [named('中国（新疆）自由贸易试验区工作领导小组', 'China (Xinjiang) Pilot Free Trade Zone Work Leading Group', ['领导小组']), '领导小组', 'FTZ Work Leading Group'],
    [named('海关', 'Customs (General Administration of Customs in Xinjiang)'), '海关', 'Customs'],
    [named('自治区人民政府', "People's Government of the Xinjiang Uygur Autonomous Region (regional government)", ['新疆维吾尔自治区人民政府']), '自治区人民政府', 'Regional government'],
    [named('喀什片区', 'Kashgar Area'), '喀什片区', 'Kashgar Area'],
  ])('%#: uses the short form the text defines', (entity, zh, en) => {
    expect(shortName(entity, 'zh')).toBe(zh);
    expect(shortName(entity, 'en')).toBe(en);
  });

  it('cuts a very long English name at a word', () => {
    const en = shortName(named('片区所在州、市（地）人民政府（行政公署）', "People's governments (administrative offices) of the prefectures and cities where the Areas are located"), 'en');
    expect(en.length).toBeLessThanOrEqual(45);
    expect(en).toMatch(/^People's governments of the prefectures.*…$/);
  });
});
