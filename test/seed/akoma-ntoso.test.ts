// The Akoma Ntoso export read back as XML: well-formed (any parser warning fails), in the AKN 3.0 namespace,
// with one <article>/<paragraph>/<point> per article, 款 and 项 of the graph and their texts, eIds after the
// naming convention, and the FRBR metadata each level requires. Checked on the shipped regulation, on every
// corpus text that is on the machine, and on a small text written here that needs escaping.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AKN_NAMESPACE, toAkomaNtoso } from '../../seed/export/akoma-ntoso.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { readSeedGraph } from '../../seed/seed-source.ts';
import type { ExtractedGraph } from '../../seed/types.ts';
import { CORPUS_DIR } from '../eval/texts.ts';
import { runTsx } from '../support/child-process.ts';

// Written for this test: headings run inline, no chapters, items under a paragraph, and & < > " ' in the text.
const ESCAPING_TEXT = `测试转义条例
（2024年12月30日某某市人民代表大会常务委员会第一次会议通过）

第一条【立法目的】为了规范A&B公司<试点>“业务”和"quoted"及'single'事项，制定本条例。

第二条【职责】有关部门应当履行下列职责：
（一）监督R&D投入>1亿元的项目；
（二）公布<目录>&"清单"。
有关部门可以委托第三方机构评估。

第三条 本条例自2025年1月1日起施行。
`;

function parseXml(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  return doc;
}

const elements = (scope: Document | Element, name: string): Element[] => Array.from(scope.getElementsByTagNameNS(AKN_NAMESPACE, name));
const only = (scope: Document | Element, name: string): Element => {
  const found = elements(scope, name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};
const childElements = (element: Element, name?: string): Element[] =>
  Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1 && (name === undefined || (node as Element).localName === name));
const textOf = (element: Element): string => (element.textContent ?? '').trim();
const countItems = (graph: ExtractedGraph) => graph.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.items.length, 0), 0);
const countParagraphs = (graph: ExtractedGraph) => graph.articles.reduce((n, a) => n + a.paragraphs.length, 0);

/** What every export must satisfy, whatever the text: structure, texts and eIds as in the graph. */
function expectFaithful(graph: ExtractedGraph, doc: Document): void {
  const root = doc.documentElement!;
  expect([root.namespaceURI, root.localName]).toEqual([AKN_NAMESPACE, 'akomaNtoso']);
  expect(only(doc, 'act').getAttribute('name')).toBe('regulation');
  expect(elements(doc, 'chapter')).toHaveLength(graph.chapters.length);
  expect(elements(doc, 'article')).toHaveLength(graph.articles.length);
  expect(elements(doc, 'paragraph')).toHaveLength(countParagraphs(graph));
  expect(elements(doc, 'point')).toHaveLength(countItems(graph));

  const eIds = Array.from(doc.getElementsByTagNameNS(AKN_NAMESPACE, '*'))
    .map((element) => element.getAttribute('eId'))
    .filter((eId): eId is string => eId !== null);
  expect(new Set(eIds).size).toBe(eIds.length);

  for (const [index, chapterElement] of elements(doc, 'chapter').entries()) {
    const chapter = graph.chapters[index]!;
    expect(chapterElement.getAttribute('eId')).toBe(`chp_${chapter.number}`);
    expect(textOf(childElements(chapterElement, 'heading')[0]!)).toBe(chapter.title);
  }
  for (const [index, articleElement] of elements(doc, 'article').entries()) {
    const article = graph.articles[index]!;
    const eId = `art_${article.number}`;
    expect(articleElement.getAttribute('eId')).toBe(eId);
    const parent = articleElement.parentNode as Element;
    expect(parent.localName === 'chapter' ? parent.getAttribute('eId') : parent.localName).toBe(article.chapter === null ? 'body' : `chp_${article.chapter}`);
    expect(childElements(articleElement, 'heading').map(textOf)).toEqual(article.heading ? [article.heading] : []);
    const paragraphs = childElements(articleElement, 'paragraph');
    expect(paragraphs).toHaveLength(article.paragraphs.length);
    for (const [p, paragraph] of article.paragraphs.entries()) {
      const paragraphElement = paragraphs[p]!;
      const paragraphEId = `${eId}__para_${paragraph.number}`;
      expect(paragraphElement.getAttribute('eId')).toBe(paragraphEId);
      const points = childElements(paragraphElement, 'point');
      expect(points).toHaveLength(paragraph.items.length);
      const lead = childElements(paragraphElement, paragraph.items.length === 0 ? 'content' : 'intro');
      expect(lead.map(textOf)).toEqual(paragraph.text === '' && paragraph.items.length > 0 ? [] : [paragraph.text]);
      for (const [i, item] of paragraph.items.entries()) {
        expect(points[i]!.getAttribute('eId')).toBe(`${paragraphEId}__point_${item.number}`);
        expect(textOf(childElements(points[i]!, 'content')[0]!)).toBe(item.text);
      }
    }
  }
}

/** Each FRBR level carries what the schema requires of it: this, uri, date and author; country and language. */
function expectIdentification(doc: Document): void {
  const references = only(doc, 'references');
  const referenceIds = new Set(childElements(references).map((element) => element.getAttribute('eId')));
  for (const level of ['FRBRWork', 'FRBRExpression', 'FRBRManifestation']) {
    const container = only(doc, level);
    const [uri] = childElements(container, 'FRBRuri').map((e) => e.getAttribute('value') ?? '');
    const [self] = childElements(container, 'FRBRthis').map((e) => e.getAttribute('value') ?? '');
    expect(uri, level).toMatch(/^\/akn\/cn\/act\/\d{4}-\d{2}-\d{2}\/[a-z0-9-]+(\/zho@\d{4}-\d{2}-\d{2}(\.akn)?)?$/);
    expect(self!.startsWith(uri!.replace(/\.akn$/, '')), level).toBe(true);
    const dates = childElements(container, 'FRBRdate');
    expect(dates.length, level).toBeGreaterThan(0);
    for (const date of dates) {
      expect(date.getAttribute('date'), level).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(date.getAttribute('name'), level).toMatch(/\S/);
    }
    const authors = childElements(container, 'FRBRauthor');
    expect(authors.length, level).toBeGreaterThan(0);
    for (const author of authors) expect(referenceIds.has(author.getAttribute('href')!.replace(/^#/, '')), level).toBe(true);
  }
  expect(childElements(only(doc, 'FRBRWork'), 'FRBRcountry').map((e) => e.getAttribute('value'))).toEqual(['cn']);
  expect(childElements(only(doc, 'FRBRExpression'), 'FRBRlanguage').map((e) => e.getAttribute('language'))).toEqual(['zho']);
  expect(only(doc, 'identification').getAttribute('source')).toBe('#regatlas');
}

describe('toAkomaNtoso on the shipped regulation', () => {
  let graph: ExtractedGraph;
  let xml: string;
  let doc: Document;
  beforeAll(() => {
    graph = readSeedGraph();
    xml = toAkomaNtoso(graph);
    doc = parseXml(xml);
  });

  it('writes every chapter, article, paragraph and item of the graph, in order, with its text', () => {
    expectFaithful(graph, doc);
    expect([elements(doc, 'chapter').length, elements(doc, 'article').length]).toEqual([8, 62]);
  });

  it('numbers articles as the text does and keeps them in their chapter', () => {
    const article = elements(doc, 'article').find((a) => a.getAttribute('eId') === 'art_28')!;
    expect(textOf(childElements(article, 'num')[0]!)).toBe('第二十八条');
    expect((article.parentNode as Element).getAttribute('eId')).toBe('chp_4');
    expect(elements(doc, 'chapter').map((c) => textOf(childElements(c, 'num')[0]!))).toEqual(
      ['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章', '第八章'],
    );
  });

  it('turns items into points under the paragraph’s intro', () => {
    const paragraph = elements(doc, 'paragraph').find((p) => p.getAttribute('eId') === 'art_10__para_2')!;
    expect(childElements(paragraph).map((e) => e.localName)).toEqual(['intro', 'point', 'point', 'point', 'point', 'point']);
    expect(textOf(childElements(paragraph, 'intro')[0]!)).toMatch(/履行下列职责：$/);
    expect(childElements(paragraph, 'point').map((p) => textOf(childElements(p, 'num')[0]!))).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
  });

  it('identifies the Work, Expression and Manifestation from the regulation’s id and dates', () => {
    expectIdentification(doc);
    const work = only(doc, 'FRBRWork');
    expect(childElements(work, 'FRBRuri')[0]!.getAttribute('value')).toBe('/akn/cn/act/2025-06-03/xinjiang-ftz-2025');
    expect(childElements(work, 'FRBRdate').map((d) => [d.getAttribute('date'), d.getAttribute('name')])).toEqual([['2025-06-03', 'promulgation']]);
    expect(elements(only(doc, 'lifecycle'), 'eventRef').map((e) => e.getAttribute('date'))).toEqual(['2025-05-28', '2025-06-03', '2025-07-01']);
    const issuer = childElements(only(doc, 'references'), 'TLCOrganization').find((o) => o.getAttribute('eId') === 'issuer')!;
    expect(issuer.getAttribute('showAs')).toBe(graph.regulation.issuer);
    expect(textOf(only(doc, 'docTitle'))).toBe('中国（新疆）自由贸易试验区条例');
    expect(textOf(only(doc, 'docNumber'))).toBe('第56号');
  });

  it('gives the same bytes for the same graph, and dates the Manifestation only when told', () => {
    expect(toAkomaNtoso(readSeedGraph())).toBe(xml);
    const dated = parseXml(toAkomaNtoso(graph, { generatedAt: '2025-08-01T09:30:00Z' }));
    expect(childElements(only(dated, 'FRBRManifestation'), 'FRBRdate').map((d) => [d.getAttribute('date'), d.getAttribute('name')])).toEqual([
      ['2025-08-01T09:30:00Z', 'generation'],
    ]);
    expect(() => toAkomaNtoso(graph, { generatedAt: 'yesterday' })).toThrow(RangeError);
  });
});

describe('toAkomaNtoso on a text that needs escaping', () => {
  const graph = buildGraph(ESCAPING_TEXT, { id: 'regulation:escape-test' });

  it('keeps & < > and quotes in text and attributes as written', () => {
    const titled = { ...graph, regulation: { ...graph.regulation, title: `测试"转义"&<条例>'` } };
    const doc = parseXml(toAkomaNtoso(titled));
    expectFaithful(titled, doc);
    const texts = elements(doc, 'p').map(textOf);
    expect(texts).toContain(`为了规范A&B公司<试点>“业务”和"quoted"及'single'事项，制定本条例。`);
    expect(elements(doc, 'point').map((p) => textOf(childElements(p, 'content')[0]!))).toEqual(['监督R&D投入>1亿元的项目；', '公布<目录>&"清单"。']);
    expect(childElements(only(doc, 'FRBRWork'), 'FRBRname')[0]!.getAttribute('value')).toBe(`测试"转义"&<条例>'`);
    expect(textOf(only(doc, 'docTitle'))).toBe(`测试"转义"&<条例>'`);
  });

  it('puts articles of a text without chapters straight into the body, with their headings', () => {
    const doc = parseXml(toAkomaNtoso(graph));
    expect(childElements(only(doc, 'body')).map((e) => e.getAttribute('eId'))).toEqual(['art_1', 'art_2', 'art_3']);
    expect(elements(doc, 'article').map((a) => childElements(a, 'heading').map(textOf)[0] ?? null)).toEqual(['立法目的', '职责', null]);
    expectIdentification(doc);
    // Adopted is the only making date this text states, so it dates the Work; the entry into force the version.
    expect(childElements(only(doc, 'FRBRWork'), 'FRBRuri')[0]!.getAttribute('value')).toBe('/akn/cn/act/2024-12-30/escape-test');
    expect(childElements(only(doc, 'FRBRExpression'), 'FRBRuri')[0]!.getAttribute('value')).toBe('/akn/cn/act/2024-12-30/escape-test/zho@2025-01-01');
  });
});

const corpusTexts = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort() : [];

describe.skipIf(corpusTexts.length === 0)('toAkomaNtoso on the corpus texts', () => {
  for (const file of corpusTexts) {
    it(`${file}: well-formed, faithful to the graph, identified`, () => {
      const graph = buildGraph(readFileSync(join(CORPUS_DIR, file), 'utf8'));
      const doc = parseXml(toAkomaNtoso(graph));
      expectFaithful(graph, doc);
      expectIdentification(doc);
    });
  }
});

describe('npm run extract -- --akn', () => {
  const source = 'seed/xinjiang-ftz-regulations-2025.txt';

  it('prints the Akoma Ntoso XML of the text on stdout', async () => {
    const { code, stdout, stderr } = await runTsx('seed/cli/extract.ts', [source, '--akn'], process.env, 60_000);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = parseXml(stdout);
    expect(doc.documentElement!.namespaceURI).toBe(AKN_NAMESPACE);
    expect(elements(doc, 'article')).toHaveLength(62);
  }, 65_000); // as long as runTsx waits: a fresh tsx process is slow on a busy machine

  it('refuses --akn with --report as a usage error', async () => {
    const { code, stdout, stderr } = await runTsx('seed/cli/extract.ts', [source, '--akn', '--report'], process.env, 60_000);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--report and --akn/);
  }, 65_000);
});
