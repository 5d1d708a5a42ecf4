import { describe, expect, it } from 'vitest';
import type { RawGraphEdge, RawGraphNode } from '../../server/queries/graph-view.ts';
import { articleLabels, chapterLabels, clauseLabels } from '../../server/schema/clause.ts';
import { clauseOfNode, describeEdge, describeNode, toGraphView } from '../../server/schema/graph-view.ts';

const node = (label: string, props: Record<string, unknown>): RawGraphNode => ({ labels: [label], props });
const edge = (key: string, type: string, source: string, target: string, props = {}): RawGraphEdge => ({
  key,
  type,
  source,
  target,
  props,
});

describe('toGraphView', () => {
  const kashgar = node('Actor', { id: 'actor:xinjiang-kashi-pianqu', name: '喀什片区', nameEn: 'Kashgar Area', aliasesText: '' });
  const textile = node('Industry', { id: 'industry:fangzhi-fuzhuang', name: '纺织服装', nameEn: 'Textiles and apparel' });
  const article = node('Article', { id: 'article:28', number: 28, text: '…' });

  it('makes Cytoscape elements keyed by stable ids, with labels and data', () => {
    const view = toGraphView(
      [kashgar, textile],
      [edge('e1', 'DEVELOPS', 'actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang', { level: '重点发展', rank: 3, levelEn: 'focus on', article: 28, paragraph: 2 })],
      2,
    );
    expect(view.nodes).toEqual([
      { id: 'actor:xinjiang-kashi-pianqu', type: 'ACTOR', label: '喀什片区', labelEn: 'Kashgar Area', clause: null, data: { id: 'actor:xinjiang-kashi-pianqu', name: '喀什片区', nameEn: 'Kashgar Area' } },
      { id: 'industry:fangzhi-fuzhuang', type: 'INDUSTRY', label: '纺织服装', labelEn: 'Textiles and apparel', clause: null, data: textile.props },
    ]);
    expect(view.edges).toEqual([
      {
        id: 'actor:xinjiang-kashi-pianqu|DEVELOPS|industry:fangzhi-fuzhuang',
        source: 'actor:xinjiang-kashi-pianqu',
        target: 'industry:fangzhi-fuzhuang',
        type: 'DEVELOPS',
        label: '重点发展',
        labelEn: 'focus on',
        clause: { regulation: null, article: 28, paragraph: 2, item: null },
        data: { level: '重点发展', rank: 3, levelEn: 'focus on', article: 28, paragraph: 2 },
      },
    ]);
    expect(view.truncated).toBe(false);
  });

  it('labels a DEVELOPS edge by its level and gloss, by its type where the level has no gloss', () => {
    expect(describeEdge('DEVELOPS', { level: '积极培育', rank: 2, levelEn: 'foster' })).toEqual({ label: '积极培育', labelEn: 'foster' });
    expect(describeEdge('DEVELOPS', { level: '加快推进', rank: 1 })).toEqual({ label: '加快推进', labelEn: 'develops' });
    expect(describeEdge('MENTIONS', { count: 2 })).toEqual({ label: '提及 ×2', labelEn: 'mentions ×2' });
  });

  it('drops duplicate relationships and edges to nodes cut by the limit, and says it was truncated', () => {
    const view = toGraphView(
      [kashgar, textile],
      [
        edge('e1', 'DEVELOPS', 'actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'),
        edge('e1', 'DEVELOPS', 'actor:xinjiang-kashi-pianqu', 'industry:fangzhi-fuzhuang'),
        edge('e2', 'MENTIONS', 'article:28', 'actor:xinjiang-kashi-pianqu', { count: 1 }),
      ],
      3,
    );
    expect(view.edges.map((e) => e.id)).toEqual(['actor:xinjiang-kashi-pianqu|DEVELOPS|industry:fangzhi-fuzhuang']);
    expect(view.truncated).toBe(true);
    expect(view.totalNodes).toBe(3);
  });

  it('numbers parallel edges by their properties, whatever order they come in', () => {
    const a = edge('x', 'DEVELOPS', 'actor:xinjiang-ziyou-maoyi-shiyanqu', 'industry:fangzhi-fuzhuang', { article: 29, level: '打造' });
    const b = edge('y', 'DEVELOPS', 'actor:xinjiang-ziyou-maoyi-shiyanqu', 'industry:fangzhi-fuzhuang', { article: 30, level: '发展' });
    const ftz = node('Actor', { id: 'actor:xinjiang-ziyou-maoyi-shiyanqu', name: '自贸试验区' });
    const ids = (edges: RawGraphEdge[]) =>
      Object.fromEntries(toGraphView([ftz, textile], edges, 2).edges.map((e) => [e.data.article as number, e.id]));
    expect(ids([a, b])).toEqual(ids([b, a]));
    expect(Object.values(ids([a, b])).sort()).toEqual([
      'actor:xinjiang-ziyou-maoyi-shiyanqu|DEVELOPS|industry:fangzhi-fuzhuang',
      'actor:xinjiang-ziyou-maoyi-shiyanqu|DEVELOPS|industry:fangzhi-fuzhuang|2',
    ]);
  });

  it('keeps the given order (a path stays in path order) and parses clause mentions', () => {
    const paragraph = node('Paragraph', {
      id: 'paragraph:28-2',
      article: 28,
      number: 2,
      text: '喀什片区…',
      mentions: JSON.stringify([{ target: 'actor:xinjiang-kashi-pianqu', start: 0, end: 4, surface: '喀什片区' }]),
    });
    const view = toGraphView([kashgar, article, paragraph], [], 3);
    expect(view.nodes.map((n) => n.id)).toEqual(['actor:xinjiang-kashi-pianqu', 'article:28', 'paragraph:28-2']);
    expect(view.nodes[2]?.data.mentions).toEqual([{ target: 'actor:xinjiang-kashi-pianqu', start: 0, end: 4, surface: '喀什片区' }]);
  });
});

describe('describeNode', () => {
  it('labels clauses by their place in the text', () => {
    expect(describeNode('Item', { article: 10, paragraph: 2, number: 1 })).toEqual({
      label: '第10条第2款第1项',
      labelEn: 'Art. 10(2)(1)',
    });
    expect(describeNode('Obligation', { marker: '负责', text: '负责实施总体方案', modality: 'RESPONSIBLE', article: 10, paragraph: 2, item: 1 }))
      .toEqual({ label: '负责：负责实施总体方案', labelEn: 'RESPONSIBLE Art. 10(2)(1)' });
  });
});

describe('clause labels', () => {
  it('are written in one place, for the API fields and the graph view alike', () => {
    expect(clauseLabels({ article: 28, paragraph: 2, item: null })).toEqual({ label: '第28条第2款', labelEn: 'Art. 28(2)' });
    expect(clauseLabels({ article: 10, paragraph: 1, item: 3 })).toEqual({ label: '第10条第1款第3项', labelEn: 'Art. 10(1)(3)' });
    expect(articleLabels(28)).toEqual({ label: '第28条', labelEn: 'Article 28' });
    expect(chapterLabels(4)).toEqual({ label: '第4章', labelEn: 'Chapter 4' });
    expect(describeNode('Paragraph', { article: 28, number: 2 })).toEqual(clauseLabels({ article: 28, paragraph: 2, item: null }));
  });

  it('place paragraphs, items and obligations of the graph view, and nothing else', () => {
    expect(clauseOfNode('Obligation', { regulation: 'regulation:x', article: 10, paragraph: 2, item: null })).toEqual({
      regulation: 'regulation:x',
      article: 10,
      paragraph: 2,
      item: null,
    });
    expect(clauseOfNode('Item', { article: 10, paragraph: 2, number: 1 })).toEqual({ regulation: null, article: 10, paragraph: 2, item: 1 });
    expect(clauseOfNode('Article', { number: 10 })).toBeNull();
  });
});
