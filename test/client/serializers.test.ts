import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../client/src/export/csv.ts';
import { toExportGraph, toGraphJson } from '../../client/src/export/export-graph.ts';
import { toGraphml } from '../../client/src/export/graphml.ts';
import { toSvg, wrapLabel, type SvgScene } from '../../client/src/export/svg.ts';
import { SMALL_GRAPH } from './fixtures/small-graph.ts';

function parseXml(text: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(
    text,
    'application/xml',
  );
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

describe('CSV', () => {
  it('quotes what needs quoting and starts with a BOM for Excel', () => {
    const csv = toCsv(['actor', 'modality', 'count', 'text'], [
      ['自贸办', 'RESPONSIBLE', 5, '负责实施《总体方案》，落实"政策"'],
      ['海关', null, 0, 'line\nbreak'],
    ]);
    expect(csv).toBe(
      '\uFEFFactor,modality,count,text\r\n自贸办,RESPONSIBLE,5,"负责实施《总体方案》，落实""政策"""\r\n海关,,0,"line\nbreak"\r\n',
    );
  });

  it('defuses spreadsheet formulas in text cells', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], [-1]], { bom: false })).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n-1\r\n');
  });
});

describe('GraphML', () => {
  const positions = new Map([['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', { x: 10.04, y: -20 }]]);
  const graphml = toGraphml(toExportGraph(SMALL_GRAPH, 'zh', positions), { description: '中国（新疆）自由贸易试验区条例 <excerpt>' });
  const doc = parseXml(graphml);
  const ns = 'http://graphml.graphdrawing.org/xmlns';

  it('is well-formed GraphML with every node and every edge between present nodes', () => {
    expect(doc.documentElement.localName).toBe('graphml');
    expect(doc.documentElement.namespaceURI).toBe(ns);
    expect(doc.getElementsByTagNameNS(ns, 'node')).toHaveLength(SMALL_GRAPH.nodes.length);
    expect(doc.getElementsByTagNameNS(ns, 'edge')).toHaveLength(4);
    expect(doc.getElementsByTagNameNS(ns, 'graph')[0]?.getAttribute('edgedefault')).toBe('directed');
  });

  it('declares typed keys that the data refers to', () => {
    const keys = new Map(
      Array.from(doc.getElementsByTagNameNS(ns, 'key')).map((k) => [k.getAttribute('id'), { for: k.getAttribute('for'), name: k.getAttribute('attr.name'), type: k.getAttribute('attr.type') }]),
    );
    expect([...keys.values()]).toContainEqual({ for: 'node', name: 'label', type: 'string' });
    expect([...keys.values()]).toContainEqual({ for: 'node', name: 'article', type: 'int' });
    expect([...keys.values()]).toContainEqual({ for: 'node', name: 'x', type: 'double' });
    expect([...keys.values()]).toContainEqual({ for: 'edge', name: 'level', type: 'string' });
    for (const data of Array.from(doc.getElementsByTagNameNS(ns, 'data'))) expect(keys.has(data.getAttribute('key'))).toBe(true);
  });

  it('keeps Chinese labels and provenance as data', () => {
    const office = Array.from(doc.getElementsByTagNameNS(ns, 'node')).find((n) => n.getAttribute('id') === 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi');
    const values = Object.fromEntries(Array.from(office!.getElementsByTagNameNS(ns, 'data')).map((d) => [d.getAttribute('key'), d.textContent]));
    expect(values).toMatchObject({ n_label: '自贸办', n_labelEn: 'FTZ Office', n_kind: 'OFFICE', n_x: '10', n_y: '-20' });
    const develops = Array.from(doc.getElementsByTagNameNS(ns, 'edge')).find((e) => e.getAttribute('target') === 'industry:fangzhi-fuzhuang');
    expect(Array.from(develops!.getElementsByTagNameNS(ns, 'data')).map((d) => d.textContent)).toEqual(
      expect.arrayContaining(['重点发展', '28', '2']),
    );
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const text = toGraphml({ nodes: [{ id: 'a&b', attrs: { label: '<x> & "y"\u0001' } }], edges: [] });
    const node = parseXml(text).getElementsByTagNameNS(ns, 'node')[0];
    expect(node?.getAttribute('id')).toBe('a&b');
    expect(node?.textContent?.trim()).toBe('<x> & "y"');
  });
});

describe('JSON', () => {
  it('keeps the API shape, with positions', () => {
    const parsed = JSON.parse(toGraphJson(SMALL_GRAPH, { regulation: 'x' }, new Map([['article:28', { x: 1, y: 2 }]])));
    expect(parsed.regulation).toBe('x');
    expect(parsed.nodes).toHaveLength(SMALL_GRAPH.nodes.length);
    expect(parsed.nodes.find((n: { id: string }) => n.id === 'article:28').position).toEqual({ x: 1, y: 2 });
  });
});

describe('SVG', () => {
  const scene: SvgScene = {
    title: '喀什片区 & industries',
    fontFamily: 'Noto Sans CJK SC, sans-serif',
    background: '#ffffff',
    padding: 20,
    nodes: [
      { id: 'actor:xinjiang-kashi-pianqu', x: 0, y: 0, width: 40, height: 40, shape: 'round-hexagon', fill: '#1f8a80', stroke: '#14645d', strokeWidth: 1.5, label: '喀什片区', fontSize: 12, labelWidth: 120 },
      { id: 'industry:fangzhi-fuzhuang', x: 200, y: 80, width: 32, height: 32, shape: 'round-diamond', fill: '#d99a2b', stroke: '#a8731a', strokeWidth: 1.5, label: 'Textiles and apparel', fontSize: 11, labelWidth: 60 },
    ],
    edges: [
      { id: 'e1', points: [{ x: 0, y: 0 }, { x: 200, y: 80 }], color: '#c9892a', width: 2.5, line: 'solid', arrow: true, label: '重点发展', fontSize: 9 },
      { id: 'e2', points: [{ x: 0, y: 0 }, { x: 100, y: -30 }, { x: 200, y: 80 }], color: '#4a77a8', width: 2, line: 'dashed', arrow: true, label: '', fontSize: 9 },
    ],
  };
  const svg = toSvg(scene);
  const doc = parseXml(svg);
  const svgNs = 'http://www.w3.org/2000/svg';

  it('is well-formed SVG with a shape and a text label per node', () => {
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.getElementsByTagNameNS(svgNs, 'polygon')).toHaveLength(2);
    expect(doc.documentElement.textContent).toContain('喀什片区');
    expect(doc.getElementsByTagNameNS(svgNs, 'title')[0]?.textContent).toBe('喀什片区 & industries');
  });

  it('draws dashed and curved edges with arrowheads', () => {
    const paths = Array.from(doc.getElementsByTagNameNS(svgNs, 'path')).filter((p) => p.getAttribute('data-id'));
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(['M0,0 L200,80', 'M0,0 Q100,-30 200,80']);
    expect(paths[1]?.getAttribute('stroke-dasharray')).toBe('12 6');
    expect(paths.every((p) => p.getAttribute('marker-end')?.startsWith('url(#arrow-'))).toBe(true);
  });

  it('wraps Chinese anywhere and English between words', () => {
    expect(wrapLabel('中国新疆自由贸易试验区', 50, 10)).toEqual(['中国新疆自', '由贸易试验', '区']);
    expect(wrapLabel('Textiles and apparel', 80, 11)).toEqual(['Textiles and', 'apparel']);
    expect(wrapLabel('负责\n第10条', 200, 10)).toEqual(['负责', '第10条']);
  });
});
