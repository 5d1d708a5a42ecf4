import { describe, expect, it } from 'vitest';
import { composeActor, type Denotation } from '../../seed/extract/compose-actor.ts';
import { NATIONAL, divisionJurisdiction, ownTierWords, type Jurisdiction } from '../../seed/extract/jurisdiction.ts';
import { addTerm, buildPhraseLexicon, withTerms, type PhraseLexicon } from '../../seed/extract/phrase-tokens.ts';
import { buildGrammarContext, readActorList, type PhrasePart } from '../../seed/extract/read-actor-phrase.ts';
import { VOCABULARY } from '../../seed/vocabulary.ts';

const LEXICON = buildPhraseLexicon(VOCABULARY);
const division = (slug: string): Jurisdiction => divisionJurisdiction(VOCABULARY.divisions.find((d) => d.slug === slug)!);
const SHANGHAI = division('shanghai');
const ZHEJIANG = division('zhejiang');
const XINJIANG = division('xinjiang');

interface Read {
  /** The text the list covers. */
  span: string;
  members: Array<{ written: string; denotes: Denotation | null }>;
  collectiveName: string | null;
  collective: Denotation | null;
}

/** Reads `text` as a list of names in a regulation of `jurisdiction`, the way the extractor does, and composes each. */
function read(text: string, jurisdiction: Jurisdiction, lexicon: PhraseLexicon = LEXICON): Read | null {
  const grammar = buildGrammarContext(VOCABULARY, lexicon, ownTierWords(jurisdiction));
  const list = readActorList(text, 0, text.length, grammar, { acrossCommas: true });
  if (list === null) return null;
  const compose = (parts: readonly PhrasePart[]): Denotation | null => composeActor(parts, { vocabulary: VOCABULARY, lexicon, jurisdiction, englishOf: () => undefined });
  return {
    span: text.slice(list.start, list.end),
    members: list.members.map((m) => ({ written: text.slice(m.start, m.end), denotes: compose(m.parts) })),
    collectiveName: list.collectiveName,
    collective: list.collective === null ? null : compose(list.collective.parts),
  };
}

interface Summary {
  name: string;
  nameEn: string;
  kind: string;
  /** The jurisdiction's slug, or null. */
  jurisdiction: string | null;
  national: boolean;
}

function summary(denotation: Denotation | null): Summary | Denotation | null {
  if (denotation?.type !== 'actor') return denotation;
  const { name, nameEn, kind, jurisdiction, national } = denotation.spec;
  return { name, nameEn, kind, jurisdiction: jurisdiction?.slug ?? null, national };
}

/** The one actor `text` names in a regulation of `jurisdiction`. */
function one(text: string, jurisdiction: Jurisdiction): Summary | Denotation | null {
  const list = read(text, jurisdiction);
  expect(list?.span).toBe(text);
  expect(list?.members).toHaveLength(1);
  return summary(list!.members[0]!.denotes);
}

const all = (text: string, jurisdiction: Jurisdiction): Array<Summary | Denotation | null> => read(text, jurisdiction)!.members.map((m) => summary(m.denotes));

describe('a government named by a level word', () => {
  it('is the regulation\'s own government when the level is its own tier', () => {
    expect(one('市人民政府', SHANGHAI)).toEqual({
      name: '上海市人民政府',
      nameEn: "Shanghai Municipal People's Government",
      kind: 'REGIONAL_GOVERNMENT',
      jurisdiction: 'shanghai',
      national: false,
    });
    expect(one('自治区人民政府', XINJIANG)).toMatchObject({ name: '新疆维吾尔自治区人民政府', kind: 'REGIONAL_GOVERNMENT', jurisdiction: 'xinjiang' });
  });

  it('keeps the written form as the alias and leaves the jurisdiction out of the id words', () => {
    const denotes = read('市人民政府', SHANGHAI)!.members[0]!.denotes;
    expect(denotes).toMatchObject({ type: 'actor', spec: { written: '市人民政府', idWords: ['人民政府'] } });
  });

  it('is every government of a lower tier when the level is below the regulation\'s own', () => {
    expect(one('区人民政府', SHANGHAI)).toEqual({
      name: '区人民政府',
      nameEn: "District People's Governments",
      kind: 'LOCAL_GOVERNMENT',
      jurisdiction: 'shanghai',
      national: false,
    });
    // In a province 市 is a city below it, not the regulation's own government.
    expect(one('市人民政府', ZHEJIANG)).toMatchObject({ name: '市人民政府', kind: 'LOCAL_GOVERNMENT', jurisdiction: 'zhejiang' });
  });

  it('of a named place below the province is a local government under its own name', () => {
    // Its English is left out here: see the report (it comes out plural, as if every district's).
    expect(one('浦东新区人民政府', SHANGHAI)).toMatchObject({ name: '浦东新区人民政府', kind: 'LOCAL_GOVERNMENT', jurisdiction: 'shanghai', national: false });
  });

  it('of a named division is that division\'s, whatever the regulation', () => {
    expect(one('上海市人民政府', NATIONAL)).toEqual({
      name: '上海市人民政府',
      nameEn: "Shanghai Municipal People's Government",
      kind: 'REGIONAL_GOVERNMENT',
      jurisdiction: 'shanghai',
      national: false,
    });
    expect(one('浙江省人民政府', SHANGHAI)).toMatchObject({ nameEn: "Zhejiang Provincial People's Government", jurisdiction: 'zhejiang' });
  });
});

describe('a department', () => {
  it('takes the jurisdiction and English of its level and portfolio', () => {
    expect(one('省商务主管部门', ZHEJIANG)).toEqual({
      name: '浙江省商务主管部门',
      nameEn: 'Zhejiang Provincial commerce authority',
      kind: 'DEPARTMENT',
      jurisdiction: 'zhejiang',
      national: false,
    });
  });

  it('puts determiners first in English and names the body it belongs to', () => {
    expect(one('本市有关部门', SHANGHAI)).toMatchObject({ name: '上海市有关部门', nameEn: 'Relevant Shanghai Municipal departments', kind: 'DEPARTMENT', jurisdiction: 'shanghai' });
    expect(one('市人民政府其他有关部门', SHANGHAI)).toMatchObject({
      name: '上海市人民政府其他有关部门',
      nameEn: "Other relevant departments of the Shanghai Municipal People's Government",
      kind: 'DEPARTMENT',
    });
  });

  it('of the State Council is a national body in any regulation', () => {
    const expected = { name: '国务院对外贸易主管部门', nameEn: 'Foreign trade authority of the State Council', kind: 'CENTRAL_AGENCY', jurisdiction: null, national: true };
    expect(one('国务院对外贸易主管部门', NATIONAL)).toEqual(expected);
    expect(one('国务院对外贸易主管部门', SHANGHAI)).toEqual(expected);
  });
});

describe('a name of the vocabulary\'s national bodies', () => {
  it('is that body, national', () => {
    expect(one('国务院', SHANGHAI)).toEqual({ name: '国务院', nameEn: 'State Council', kind: 'CENTRAL_AGENCY', jurisdiction: null, national: true });
    expect(one('国家外汇管理局', NATIONAL)).toMatchObject({ nameEn: 'State Administration of Foreign Exchange', national: true });
  });
});

describe('a role such as 企业', () => {
  it('is one actor shared by every jurisdiction', () => {
    const expected = { name: '企业', nameEn: 'Enterprises', kind: 'ENTERPRISE', jurisdiction: null, national: false };
    expect(one('企业', SHANGHAI)).toEqual(expected);
    expect(one('企业', NATIONAL)).toEqual(expected);
    expect(one('投资者', XINJIANG)).toMatchObject({ kind: 'ENTERPRISE', jurisdiction: null, national: false });
  });
});

describe('a jurisdiction named alone', () => {
  it('acts as its government', () => {
    expect(one('本市', SHANGHAI)).toEqual({ name: '上海市', nameEn: 'Shanghai Municipality', kind: 'REGIONAL_GOVERNMENT', jurisdiction: 'shanghai', national: false });
    expect(one('海南省', NATIONAL)).toEqual({ name: '海南省', nameEn: 'Hainan Province', kind: 'REGIONAL_GOVERNMENT', jurisdiction: 'hainan', national: false });
    expect(one('国家', SHANGHAI)).toEqual({ name: '国家', nameEn: 'The State', kind: 'CENTRAL_AGENCY', jurisdiction: null, national: true });
  });

  it('under 各 is every body of that tier, as one actor', () => {
    expect(one('各区', SHANGHAI)).toEqual({ name: '各区', nameEn: 'Districts', kind: 'LOCAL_GOVERNMENT', jurisdiction: 'shanghai', national: false });
  });
});

describe('zones and defined terms', () => {
  it('a zone name is a zone of the division it names', () => {
    expect(one('中国（上海）自由贸易试验区', NATIONAL)).toEqual({
      name: '中国（上海）自由贸易试验区',
      nameEn: 'China (Shanghai) Pilot Free Trade Zone',
      kind: 'ZONE',
      jurisdiction: 'shanghai',
      national: false,
    });
    expect(one('喀什片区管理机构', XINJIANG)).toMatchObject({ name: '喀什片区管理机构', kind: 'ZONE_AUTHORITY', jurisdiction: 'xinjiang' });
  });

  it('a bare zone word is the regulation\'s own zone or its Areas', () => {
    expect(one('自贸试验区', SHANGHAI)).toEqual({ type: 'zone', tier: 'zone' });
    expect(one('各片区', XINJIANG)).toEqual({ type: 'zone', tier: 'area' });
  });

  it('a defined term is the actor it was defined for', () => {
    const lexicon = withTerms(LEXICON);
    addTerm(lexicon, { term: '管委会', actor: 'actor:shanghai-guanweihui' });
    expect(read('管委会', SHANGHAI, lexicon)!.members.map((m) => m.denotes)).toEqual([{ type: 'term', actor: 'actor:shanghai-guanweihui' }]);
  });
});

describe('a list of names', () => {
  it('lends a bare level the rest of the next name: 市、区人民政府 are two governments', () => {
    expect(all('市、区人民政府', SHANGHAI)).toEqual([
      { name: '上海市人民政府', nameEn: "Shanghai Municipal People's Government", kind: 'REGIONAL_GOVERNMENT', jurisdiction: 'shanghai', national: false },
      { name: '区人民政府', nameEn: "District People's Governments", kind: 'LOCAL_GOVERNMENT', jurisdiction: 'shanghai', national: false },
    ]);
  });

  it('lends bare portfolios the head after 等 and the level of the first', () => {
    const list = read('市财政、发展改革等部门', SHANGHAI)!;
    expect(list.span).toBe('市财政、发展改革等部门');
    expect(list.collective).toBeNull();
    expect(list.members.map((m) => m.written)).toEqual(['市财政', '发展改革']);
    expect(list.members.map((m) => m.denotes?.type === 'actor' && m.denotes.spec.written)).toEqual(['市财政部门', '市发展改革部门']);
    expect(list.members.map((m) => summary(m.denotes))).toEqual([
      { name: '上海市财政部门', nameEn: 'Shanghai Municipal finance department', kind: 'DEPARTMENT', jurisdiction: 'shanghai', national: false },
      { name: '上海市发展改革部门', nameEn: 'Shanghai Municipal development and reform department', kind: 'DEPARTMENT', jurisdiction: 'shanghai', national: false },
    ]);
  });

  it('closed by 等 and a name of its own is a collective of the items', () => {
    const list = read('海关、出入境边防检查、金融等中央驻疆单位', XINJIANG)!;
    expect(list.span).toBe('海关、出入境边防检查、金融等中央驻疆单位');
    expect(list.collectiveName).toBe('中央驻疆单位');
    expect(list.members.map((m) => m.written)).toEqual(['海关', '出入境边防检查', '金融']);
    // The items stay bare names of the members; 海关 is the national customs service.
    expect(list.members.map((m) => m.denotes?.type === 'actor' && m.denotes.spec.name)).toEqual(['海关', '出入境边防检查', '金融']);
    expect(summary(list.members[0]!.denotes)).toMatchObject({ kind: 'CENTRAL_AGENCY', national: true });
    expect(summary(list.collective)).toMatchObject({ name: '中央驻疆单位', jurisdiction: null, national: true });
  });

  it('does not split the alternatives after 所在: one government where the Area lies', () => {
    const text = '片区所在州、市（地）人民政府（行政公署）';
    expect(read(text, XINJIANG)!.span).toBe(text);
    expect(all(text, XINJIANG)).toEqual([expect.objectContaining({ name: text, kind: 'LOCAL_GOVERNMENT', jurisdiction: 'xinjiang', national: false })]);
  });

  it('joins names across a comma when asked to', () => {
    expect(all('自治区人民政府，片区所在州、市（地）人民政府（行政公署）', XINJIANG).map((s) => (s as Summary).name)).toEqual([
      '新疆维吾尔自治区人民政府',
      '片区所在州、市（地）人民政府（行政公署）',
    ]);
  });

  it('makes the name after 及其 belong to the one before: 国务院及其有关部门', () => {
    expect(all('国务院及其有关部门', NATIONAL)).toEqual([
      { name: '国务院', nameEn: 'State Council', kind: 'CENTRAL_AGENCY', jurisdiction: null, national: true },
      { name: '国务院有关部门', nameEn: 'Relevant departments of the State Council', kind: 'CENTRAL_AGENCY', jurisdiction: null, national: true },
    ]);
  });

  it('of roles gives each its own class', () => {
    expect(all('企业、金融机构和个人', SHANGHAI)).toEqual([
      { name: '企业', nameEn: 'Enterprises', kind: 'ENTERPRISE', jurisdiction: null, national: false },
      { name: '金融机构', nameEn: 'Financial institutions', kind: 'INSTITUTION', jurisdiction: null, national: false },
      { name: '个人', nameEn: 'Individuals', kind: 'PERSON', jurisdiction: null, national: false },
    ]);
  });
});
