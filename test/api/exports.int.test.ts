// Exports per regulation through the API: Akoma Ntoso XML built from what the graph holds must be the XML the
// extract command writes from the text.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { toAkomaNtoso } from '../../seed/export/akoma-ntoso.ts';
import { graphqlData } from './graphql-request.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

describe('Regulation.akomaNtoso', () => {
  it('is the Akoma Ntoso of the extracted graph, well-formed, for the regulation asked', async () => {
    const data = await graphqlData(api.yoga, '{ regulation(key: "regulation:xinjiang-ftz-2025") { akomaNtoso } }');
    const xml: string = data.regulation.akomaNtoso;
    expect(xml).toBe(toAkomaNtoso(api.graph));
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
    expect(problems).toEqual([]);
    expect(doc.getElementsByTagName('article')).toHaveLength(62);
    expect(xml).toContain('eId="art_28__para_2"');
  });
});

describe('citations to copy', () => {
  it('cite articles, paragraphs and items the way Chinese legal writing does, with an English form', async () => {
    const title = api.graph.regulation.title;
    const data = await graphqlData(
      api.yoga,
      `{ article(number: 13) { citation citationEn paragraphs { clause { citation citationEn } } }
         item: obligation(id: "obligation:xinjiang-ftz-2025/10-2-1-1") { clause { citation citationEn } } }`,
    );
    expect([data.article.citation, data.article.citationEn]).toEqual([`《${title}》第十三条`, `Art. 13, 《${title}》`]);
    expect(data.article.paragraphs[0].clause).toEqual({ citation: `《${title}》第十三条第一款`, citationEn: `Art. 13(1), 《${title}》` });
    expect(data.item.clause).toEqual({ citation: `《${title}》第十条第二款第（一）项`, citationEn: `Art. 10(2)(1), 《${title}》` });
  });
});
