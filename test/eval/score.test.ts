import { describe, expect, it } from 'vitest';
import type { Actor, BearerMethod, Definition, ExtractedGraph, Mention, Modality, Obligation } from '../../seed/types.ts';
import { AnnotationError, parseAnnotations } from './annotations.ts';
import { scoreExtraction } from './score.ts';

const FILE = 'test/annotations/example.tsv';
const tsv = (...lines: string[]): string => lines.join('\n');

describe('parseAnnotations', () => {
  it('reads one obligation a line, skipping comments and blank lines', () => {
    const records = parseAnnotations(
      FILE,
      tsv('# 中国（上海）自由贸易试验区条例', '# article\tparagraph\titem\tmodality\tbearers\tmarker\tnote', '8\t1\t3\tRESPONSIBLE\t管委会\t履行\tfrom 履行下列职责\tand more', '', '22\t2\t-\tENCOURAGE\t-\t鼓励\r', '11\t1\t-\tSHALL\t管委会 | 驻区机构\t应当'),
    );
    expect(records).toEqual([
      { article: 8, paragraph: 1, item: 3, modality: 'RESPONSIBLE', bearers: ['管委会'], marker: '履行', note: 'from 履行下列职责\tand more', line: 3 },
      { article: 22, paragraph: 2, item: null, modality: 'ENCOURAGE', bearers: [], marker: '鼓励', note: '', line: 5 },
      { article: 11, paragraph: 1, item: null, modality: 'SHALL', bearers: ['管委会', '驻区机构'], marker: '应当', note: '', line: 6 },
    ]);
  });

  it.each([
    ['8\t1\t-\tSHALL\t管委会', 'expected at least 6 tab-separated fields, got 5'],
    ['0\t1\t-\tSHALL\t管委会\t应当', 'article must be a positive number, got "0"'],
    ['8\tone\t-\tSHALL\t管委会\t应当', 'paragraph must be a positive number, got "one"'],
    ['8\t1\t（一）\tSHALL\t管委会\t应当', 'item must be a positive number or -, got "（一）"'],
    ['8\t1\t-\tMUST\t管委会\t应当', 'modality must be one of SHALL, RESPONSIBLE, MAY, SUPPORT, ENCOURAGE, MUST_NOT, got "MUST"'],
    ['8\t1\t-\tSHALL\t管委会||驻区机构\t应当', 'empty bearer name in "管委会||驻区机构"'],
    ['8\t1\t-\tSHALL\t管委会|-\t应当', 'empty bearer name in "管委会|-"'],
    ['8\t1\t-\tSHALL\t管委会\t ', 'the marker is missing'],
  ])('refuses %j with the file, the line and the problem', (bad, problem) => {
    const text = tsv('# header', '8\t1\t-\tSHALL\t管委会\t应当', bad);
    expect(() => parseAnnotations(FILE, text)).toThrow(new AnnotationError(FILE, 3, problem));
    expect(() => parseAnnotations(FILE, text)).toThrow(`${FILE}:3: ${problem}`);
  });
});

// A tiny graph: only what the scorer reads is filled in.

function actor(id: string, name: string, aliases: string[] = [], members: string[] = []): Actor {
  return { id, name, nameEn: name, kind: 'OTHER', jurisdiction: null, aliases, members };
}

function obligation(clause: string, modality: Modality, bearers: string[], bearerMethod: BearerMethod = 'SUBJECT'): Obligation {
  const [article, paragraph, item] = clause.split('.');
  return {
    id: `obligation:${clause}`,
    article: Number(article),
    paragraph: Number(paragraph),
    item: item === '-' ? null : Number(item),
    modality,
    marker: '应当',
    bearers,
    bearerMethod,
    subject: null,
    beneficiaries: [],
    industries: [],
    text: '',
  };
}

function mention(clause: string, target: string, surface: string): Mention {
  const [article, paragraph, item] = clause.split('.');
  return { article: Number(article), paragraph: Number(paragraph), item: item === '-' ? null : Number(item), target, start: 0, end: surface.length, surface };
}

function graph(parts: { actors: Actor[]; obligations: Obligation[]; mentions?: Mention[]; definitions?: Definition[] }): ExtractedGraph {
  return {
    regulation: { id: 'regulation:test', title: '测试条例', issuer: null, adopted: null, promulgated: null, noticeNumber: null, effective: null },
    chapters: [],
    articles: [],
    actors: parts.actors,
    industries: [],
    obligations: parts.obligations,
    zoneIndustries: [],
    definitions: parts.definitions ?? [],
    references: [],
    mentions: parts.mentions ?? [],
  };
}

/** Annotation lines as `clause modality bearers`, e.g. `3.1.- SHALL 管委会|驻区机构`. */
function gold(...lines: string[]): ReturnType<typeof parseAnnotations> {
  return parseAnnotations(
    FILE,
    tsv(...lines.map((line) => {
      const [clause, modality, bearers] = line.split(' ');
      return [...clause!.split('.'), modality, bearers, '应当'].join('\t');
    })),
  );
}

const GUANWEIHUI = actor('actor:guanweihui', '中国（上海）自由贸易试验区管理委员会', ['管委会']);
const GOVERNMENT = actor('actor:shanghai-renmin-zhengfu', '上海市人民政府', ['市人民政府']);

describe('scoreExtraction', () => {
  it('counts precision and recall of (clause, modality, bearer) facts', () => {
    const score = scoreExtraction(
      gold('3.1.- SHALL 管委会', '4.1.2 RESPONSIBLE 市人民政府', '5.1.- MAY 管委会'),
      graph({
        actors: [GUANWEIHUI, GOVERNMENT],
        obligations: [obligation('3.1.-', 'SHALL', ['actor:guanweihui']), obligation('4.1.2', 'RESPONSIBLE', ['actor:guanweihui']), obligation('6.1.-', 'SHALL', ['actor:guanweihui'])],
      }),
    );
    expect(score).toMatchObject({ gold: 3, predicted: 3, truePositives: 1, precision: 1 / 3, recall: 1 / 3 });
    // At the clause level 4.1.2 is found, only its bearer is wrong.
    expect(score.clauses).toEqual({ gold: 3, predicted: 3, truePositives: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(score.missed).toEqual([
      { clause: '4.1.2', modality: 'RESPONSIBLE', bearer: 'actor:shanghai-renmin-zhengfu' },
      { clause: '5.1.-', modality: 'MAY', bearer: 'actor:guanweihui' },
    ]);
    expect(score.spurious).toEqual([
      { clause: '4.1.2', modality: 'RESPONSIBLE', bearer: 'actor:guanweihui' },
      { clause: '6.1.-', modality: 'SHALL', bearer: 'actor:guanweihui' },
    ]);
  });

  it('takes a modality that differs as a different fact', () => {
    const score = scoreExtraction(gold('3.1.- MAY 管委会'), graph({ actors: [GUANWEIHUI], obligations: [obligation('3.1.-', 'SHALL', ['actor:guanweihui'])] }));
    expect(score).toMatchObject({ truePositives: 0, clauses: { truePositives: 0 } });
  });

  it('scores an obligation that names no one as the bearer "-"', () => {
    const score = scoreExtraction(gold('7.1.- ENCOURAGE -'), graph({ actors: [], obligations: [obligation('7.1.-', 'ENCOURAGE', [], 'NONE')] }));
    expect(score).toMatchObject({ gold: 1, predicted: 1, truePositives: 1, precision: 1, recall: 1 });
  });

  it('matches a bearer named by its canonical name, an alias, a defined term or the surface of a mention', () => {
    const zhuqu = actor('actor:zhuqu-jigou', '驻区机构');
    const score = scoreExtraction(
      gold('3.1.- SHALL 中国（上海）自由贸易试验区管理委员会', '3.2.- SHALL 管委会', '3.3.- SHALL 自贸试验区管委会', '3.4.- SHALL 区内驻区机构'),
      graph({
        actors: [GUANWEIHUI, zhuqu],
        definitions: [{ term: '自贸试验区管委会', full: '中国（上海）自由贸易试验区管理委员会', article: 3, actor: 'actor:guanweihui' }],
        mentions: [mention('3.4.-', 'actor:zhuqu-jigou', '区内驻区机构')],
        obligations: ['3.1.-', '3.2.-', '3.3.-'].map((c) => obligation(c, 'SHALL', ['actor:guanweihui'])).concat(obligation('3.4.-', 'SHALL', ['actor:zhuqu-jigou'])),
      }),
    );
    expect(score).toMatchObject({ gold: 4, truePositives: 4, missed: [] });
  });

  it('ignores spacing, quotes and script in annotated names', () => {
    const score = scoreExtraction(gold('3.1.- SHALL “管委會”'), graph({ actors: [GUANWEIHUI], obligations: [obligation('3.1.-', 'SHALL', ['actor:guanweihui'])] }));
    expect(score.truePositives).toBe(1);
  });

  it('keeps an annotated name no actor carries as a missed fact of its own', () => {
    const score = scoreExtraction(gold('3.1.- SHALL 某某机构'), graph({ actors: [GUANWEIHUI], obligations: [] }));
    expect(score.missed).toEqual([{ clause: '3.1.-', modality: 'SHALL', bearer: '?某某机构' }]);
    expect(score).toMatchObject({ gold: 1, predicted: 0, recall: 0, precision: 1 });
  });

  it('counts a collective as its members, as the extractor\'s bearers do', () => {
    const members = [actor('actor:haiguan', '海关'), actor('actor:shuiwu', '税务')];
    const collective = actor('actor:zhongyang-zhujiang-danwei', '中央驻疆单位', [], ['actor:haiguan', 'actor:shuiwu']);
    const score = scoreExtraction(
      gold('9.1.- SHALL 中央驻疆单位'),
      graph({ actors: [...members, collective], obligations: [obligation('9.1.-', 'SHALL', ['actor:haiguan', 'actor:shuiwu'], 'COORDINATION')] }),
    );
    expect(score).toMatchObject({ gold: 2, predicted: 2, truePositives: 2, missed: [], spurious: [] });
  });

  it('counts a fact stated twice, on either side, once', () => {
    const score = scoreExtraction(
      gold('11.1.- SHALL 管委会', '11.1.- SHALL 管委会'),
      graph({ actors: [GUANWEIHUI], obligations: [obligation('11.1.-', 'SHALL', ['actor:guanweihui']), obligation('11.1.-', 'SHALL', ['actor:guanweihui', 'actor:guanweihui'])] }),
    );
    expect(score).toMatchObject({ gold: 1, predicted: 1, truePositives: 1, byMethod: { SUBJECT: { predicted: 1, correct: 1 } } });
  });

  it('reads a name several actors carry as the one the extractor chose for the clause', () => {
    const actors = [actor('actor:shanghai-youguan-bumen', '上海市有关部门', ['有关部门']), actor('actor:pudong-youguan-bumen', '浦东新区有关部门', ['有关部门'])];
    const chose = (id: string) => scoreExtraction(gold('12.1.- SHALL 有关部门'), graph({ actors, obligations: [obligation('12.1.-', 'SHALL', [id])] }));
    expect(chose('actor:pudong-youguan-bumen')).toMatchObject({ truePositives: 1, missed: [] });
    expect(chose('actor:shanghai-youguan-bumen')).toMatchObject({ truePositives: 1, missed: [] });
    // A choice outside the name's actors is still wrong.
    expect(scoreExtraction(gold('12.1.- SHALL 有关部门'), graph({ actors: [...actors, GUANWEIHUI], obligations: [obligation('12.1.-', 'SHALL', ['actor:guanweihui'])] })).truePositives).toBe(0);
  });

  it('reads a name by the actor it is mentioned as in that clause before any other', () => {
    const actors = [actor('actor:shanghai-youguan-bumen', '上海市有关部门', ['有关部门']), actor('actor:pudong-youguan-bumen', '浦东新区有关部门')];
    const score = scoreExtraction(
      gold('12.1.- SHALL 有关部门'),
      graph({ actors, mentions: [mention('12.1.-', 'actor:pudong-youguan-bumen', '有关部门')], obligations: [] }),
    );
    expect(score.missed).toEqual([{ clause: '12.1.-', modality: 'SHALL', bearer: 'actor:pudong-youguan-bumen' }]);
  });

  it('tallies predicted and correct facts by the rule that found the bearer', () => {
    const score = scoreExtraction(
      gold('3.1.- SHALL 管委会', '4.1.- SHALL 管委会|市人民政府', '5.1.- MAY -'),
      graph({
        actors: [GUANWEIHUI, GOVERNMENT],
        obligations: [
          obligation('3.1.-', 'SHALL', ['actor:guanweihui']),
          obligation('4.1.-', 'SHALL', ['actor:guanweihui', 'actor:shanghai-renmin-zhengfu'], 'CO_BEARER'),
          obligation('5.1.-', 'MAY', [], 'NONE'),
          obligation('6.1.-', 'SHALL', ['actor:shanghai-renmin-zhengfu'], 'EARLIER_SENTENCE'),
          obligation('7.1.-', 'SHALL', ['actor:guanweihui']),
        ],
      }),
    );
    expect(score.byMethod).toEqual({
      SUBJECT: { predicted: 2, correct: 1 },
      CO_BEARER: { predicted: 2, correct: 2 },
      NONE: { predicted: 1, correct: 1 },
      EARLIER_SENTENCE: { predicted: 1, correct: 0 },
    });
    expect(score).toMatchObject({ predicted: 6, truePositives: 4, gold: 4, recall: 1, precision: 4 / 6 });
  });

  it('scores an empty extraction against empty annotations as perfect', () => {
    expect(scoreExtraction([], graph({ actors: [], obligations: [] }))).toMatchObject({ gold: 0, predicted: 0, precision: 1, recall: 1 });
  });
});
