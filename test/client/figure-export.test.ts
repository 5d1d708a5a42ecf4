// Exports fit to publish: file names from the view, the regulations and the day; a figure's title, legend and
// source line; the frame around the graph; the SVG that draws it all as text.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportFileName, figureLegend, graphFigure, localDate } from '../../client/src/export/figure-content.ts';
import { estimateWidth, layoutFrame, wrapText } from '../../client/src/export/figure-frame.ts';
import { toFigureSvg, type SvgScene } from '../../client/src/export/svg.ts';
import { SMALL_GRAPH } from './fixtures/small-graph.ts';

const DAY = new Date(2026, 11, 1, 23, 30);
const XJ = { key: 'regulation:xinjiang-ftz-2025', title: '中国（新疆）自由贸易试验区条例', effective: '2025-07-01' };

describe('export file names', () => {
  it('say the view, what of it, the regulations and the local day', () => {
    expect(localDate(DAY)).toBe('2026-12-01');
    expect(exportFileName({ view: 'matrix', regulations: [XJ.key], date: DAY, ext: 'csv' })).toBe('regatlas-matrix-xinjiang-ftz-2025-2026-12-01.csv');
    expect(exportFileName({ view: 'matrix', part: 'matrix', regulations: [XJ.key], date: DAY, ext: 'csv' })).toBe('regatlas-matrix-xinjiang-ftz-2025-2026-12-01.csv');
    expect(exportFileName({ view: 'matrix', part: 'xinjiang-kashi-pianqu-shall', regulations: [XJ.key], date: DAY, ext: 'csv' })).toBe('regatlas-matrix-xinjiang-kashi-pianqu-shall-xinjiang-ftz-2025-2026-12-01.csv');
    expect(exportFileName({ view: 'compare', part: 'zone-industries', regulations: [XJ.key, 'regulation:shanghai-ftz-2014'], date: DAY, ext: 'csv' })).toBe(
      'regatlas-compare-zone-industries-xinjiang-ftz-2025_shanghai-ftz-2014-2026-12-01.csv',
    );
    expect(exportFileName({ view: 'graph', regulations: ['regulation:a', 'regulation:b', 'regulation:c', 'regulation:d'], date: DAY, ext: 'png' })).toBe('regatlas-graph-4-regulations-2026-12-01.png');
    expect(exportFileName({ view: 'reader', part: 'article-x/28', regulations: [], date: DAY, ext: 'csv' })).toBe('regatlas-reader-article-x-28-2026-12-01.csv');
  });
});

describe('figure content', () => {
  it('titles the figure with the regulation and the view, and names regulation, date and RegAtlas in the source line', () => {
    const zh = graphFigure({ graph: SMALL_GRAPH, lang: 'zh', regulations: [XJ], date: DAY });
    expect(zh.title).toBe('中国（新疆）自由贸易试验区条例 · 关系图');
    expect(zh.subtitle).toBe('7 个节点，5 条边');
    expect(zh.source).toBe('来源：《中国（新疆）自由贸易试验区条例》（2025-07-01 施行） · RegAtlas · 导出于 2026-12-01');
    const en = graphFigure({ graph: SMALL_GRAPH, lang: 'en', regulations: [XJ, { key: 'regulation:b', title: '乙条例', effective: null }], date: DAY });
    expect(en.title).toBe('中国（新疆）自由贸易试验区条例; 乙条例 · Graph');
    expect(en.source).toBe('Source: 《中国（新疆）自由贸易试验区条例》 (in force 2025-07-01); 《乙条例》 · RegAtlas · exported 2026-12-01');
  });

  it('lists the node types and the modalities and link types the graph shows, and nothing else', () => {
    const [nodes, edges] = figureLegend(SMALL_GRAPH, 'zh');
    expect(nodes!.entries.map((e) => e.label)).toEqual(['领导小组', '办公室', '区域', '产业', '义务', '条文']);
    expect(edges!.entries.map((e) => e.label)).toEqual(['负责', '发展（产业）', '提及']);
    expect(edges!.entries[0]).toMatchObject({ kind: 'edge', color: '#1f4fa3', line: 'solid' });
  });
});

describe('figure frame', () => {
  const frame = graphFigure({ graph: SMALL_GRAPH, lang: 'zh', regulations: [XJ], date: DAY });

  it('puts the title above the graph and the legend and source below it, inside the figure', () => {
    const layout = layoutFrame(frame, { width: 900, height: 500 });
    const title = layout.texts.find((t) => t.role === 'title')!;
    const source = layout.texts.find((t) => t.role === 'source')!;
    expect(title.y).toBeLessThan(layout.content.y);
    expect(source.y).toBeGreaterThan(layout.content.y + layout.content.height);
    expect(layout.swatches.every((s) => s.y > layout.content.y + layout.content.height && s.y < source.y)).toBe(true);
    expect(layout.width).toBe(948);
    expect(Math.max(...layout.texts.map((t) => t.x + estimateWidth(t.text, t.size, t.weight)))).toBeLessThanOrEqual(layout.width);
    expect(layout.height).toBeGreaterThan(source.y);
  });

  it('wraps long lines and legend rows within a narrow figure', () => {
    expect(wrapText('中国（新疆）自由贸易试验区条例', 100, 20, 600, estimateWidth).length).toBeGreaterThan(1);
    const narrow = layoutFrame(frame, { width: 100, height: 100 });
    const rows = new Set(narrow.swatches.map((s) => s.y));
    expect(narrow.width).toBe(640);
    expect(rows.size).toBeGreaterThanOrEqual(2);
  });

  it('draws the frame into the SVG as text, the graph moved into its place', () => {
    const scene: SvgScene = {
      title: frame.title,
      nodes: [{ id: 'actor:a', x: 0, y: 0, width: 30, height: 30, shape: 'ellipse', fill: '#1f8a80', stroke: '#14645d', strokeWidth: 1.5, label: '喀什片区', fontSize: 13, labelWidth: 120 }],
      edges: [],
      fontFamily: 'sans-serif',
      background: '#ffffff',
      padding: 30,
    };
    const svg = toFigureSvg(scene, frame);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => [t.getAttribute('class'), t.textContent]);
    expect(texts).toContainEqual(['title', '中国（新疆）自由贸易试验区条例 · 关系图']);
    expect(texts).toContainEqual(['source', frame.source]);
    expect(texts.filter(([role]) => role === 'legend').map(([, text]) => text)).toEqual(expect.arrayContaining(['办公室', '负责', '发展（产业）']));
    expect(svg).toMatch(/<g class="graph" transform="translate\([\d.]+,[\d.]+\)">/);
    expect(svg).toContain('喀什片区');
  });
});
