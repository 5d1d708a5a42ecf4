import { describe, expect, it } from 'vitest';
import { workOf } from '../../seed/graph-keys.ts';
import { hashGraph, toGraphRows } from '../../seed/graph-rows.ts';
import type { ExtractedGraph } from '../../seed/types.ts';

const graph: ExtractedGraph = {
  regulation: {
    id: 'regulation:test',
    title: '测试条例',
    issuer: null,
    adopted: null,
    promulgated: null,
    noticeNumber: null,
    effective: null,
  },
  chapters: [{ number: 1, title: '总则', line: 1 }],
  articles: [
    {
      number: 1,
      chapter: 1,
      heading: null,
      text: '自贸办履行下列职责：\n（一）负责统计；',
      line: 2,
      paragraphs: [{ number: 1, text: '自贸办履行下列职责：', line: 2, items: [{ number: 1, text: '负责统计；', line: 3 }] }],
    },
  ],
  actors: [
    { id: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', name: '自贸办', nameEn: 'FTZ Office', kind: 'OFFICE', jurisdiction: '新疆维吾尔自治区', aliases: ['办公室'], members: [] },
    { id: 'actor:all', name: '全体', nameEn: 'All', kind: 'OTHER', jurisdiction: null, aliases: [], members: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'] },
  ],
  industries: [{ id: 'industry:textile', name: '纺织', nameEn: 'Textiles', gbCode: '17', aliases: [] }],
  obligations: [
    {
      id: 'obligation:test/1-1-1-1',
      article: 1,
      paragraph: 1,
      item: 1,
      modality: 'RESPONSIBLE',
      marker: '负责',
      bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi'],
      bearerMethod: 'LIST_INTRODUCTION',
      subject: null,
      beneficiaries: [],
      industries: ['industry:textile'],
      text: '负责统计；',
    },
  ],
  zoneIndustries: [{ zone: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', industry: 'industry:textile', level: '重点发展', rank: 3, levelEn: 'focus on', article: 1, paragraph: 1 }],
  definitions: [{ term: '自贸办', full: '工作办公室', article: 1, actor: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi' }],
  references: [{ title: '总体方案', articles: [1] }],
  mentions: [
    { article: 1, paragraph: 1, item: null, target: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', start: 0, end: 3, surface: '自贸办' },
    { article: 1, paragraph: 1, item: 1, target: 'industry:textile', start: 2, end: 4, surface: '纺织' },
  ],
};

const relationships = (type: string) =>
  toGraphRows(graph)
    .relationships.filter((g) => g.type === type)
    .flatMap((g) => g.rows.map((r) => `${g.fromLabel}:${r.from} -> ${g.toLabel}:${r.to}`));

describe('toGraphRows', () => {
  it('gives every structural unit a meaningful id and links it top-down', () => {
    const rows = toGraphRows(graph);
    expect(rows.nodes.Article.map((n) => n.id)).toEqual(['article:test/1']);
    expect(rows.nodes.Paragraph.map((n) => n.id)).toEqual(['paragraph:test/1-1']);
    expect(rows.nodes.Item.map((n) => n.id)).toEqual(['item:test/1-1-1']);
    expect(relationships('HAS_ITEM')).toEqual(['Paragraph:paragraph:test/1-1 -> Item:item:test/1-1-1']);
  });

  it('ties an item-level obligation to its item and its article', () => {
    expect(relationships('SOURCE')).toEqual(['Obligation:obligation:test/1-1-1-1 -> Item:item:test/1-1-1']);
    expect(relationships('STATES')).toEqual(['Article:article:test/1 -> Obligation:obligation:test/1-1-1-1']);
    expect(relationships('BEARS')).toEqual(['Actor:actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi -> Obligation:obligation:test/1-1-1-1']);
  });

  it('keeps mentions per clause and counts them per article by target label', () => {
    const rows = toGraphRows(graph);
    expect(JSON.parse(String(rows.nodes.Item[0]!.mentions))).toEqual([
      { target: 'industry:textile', start: 2, end: 4, surface: '纺织' },
    ]);
    expect(relationships('MENTIONS').sort()).toEqual([
      'Article:article:test/1 -> Actor:actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi',
      'Article:article:test/1 -> Industry:industry:textile',
    ]);
  });

  it('links members to their collective and stores aliases as searchable text', () => {
    expect(relationships('MEMBER_OF')).toEqual(['Actor:actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi -> Actor:actor:all']);
    expect(toGraphRows(graph).nodes.Actor[0]).toMatchObject({ aliases: ['办公室'], aliasesText: '办公室', jurisdiction: '新疆维吾尔自治区' });
    // How the bearer was found travels with the obligation, for review in the API.
    expect(toGraphRows(graph).nodes.Obligation[0]).toMatchObject({ bearerMethod: 'LIST_INTRODUCTION', subject: null });
  });

  it('hashes the content so that any change in the graph changes the hash', () => {
    const changed = { ...graph, obligations: [{ ...graph.obligations[0]!, modality: 'SHALL' as const }] };
    expect(hashGraph(changed)).not.toBe(hashGraph(graph));
    expect(toGraphRows(graph).nodes.Regulation[0]!.contentHash).toBe(hashGraph(graph));
  });
});

describe('workOf', () => {
  it('gives the versions of one regulation one work, whatever their spacing, marks and amendment note', () => {
    expect(workOf('《中华人民共和国对外贸易法（2022年修正）》')).toBe('中华人民共和国对外贸易法');
    expect(workOf('中华人民共和国 对外贸易法')).toBe('中华人民共和国对外贸易法');
    expect(workOf('中国（上海）自由贸易试验区条例')).toBe('中国（上海）自由贸易试验区条例');
    expect(workOf('上海市优化营商环境条例(2021修订)')).toBe('上海市优化营商环境条例');
  });
});
