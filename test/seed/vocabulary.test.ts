import { describe, expect, it } from 'vitest';
import { SHIPPED_VOCABULARY_JSON, VOCABULARY, VocabularyError, validateVocabulary, type VocabularyJson } from '../../seed/vocabulary.ts';

/** The files loosely typed: the tests break them in ways their types would not allow. */
type LooseJson = { [K in keyof VocabularyJson]: any };

/** A deep copy of the shipped files, to break one thing at a time without touching the real ones. */
function shipped(): LooseJson {
  return structuredClone(SHIPPED_VOCABULARY_JSON) as LooseJson;
}

/** The problems validateVocabulary lists for `json`; fails the test if it accepts it. */
function problemsOf(json: VocabularyJson): string[] {
  try {
    validateVocabulary(json);
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError);
    return (error as VocabularyError).problems;
  }
  throw new Error('the vocabulary was accepted');
}

describe('the shipped vocabulary', () => {
  it('validates', () => {
    expect(() => validateVocabulary(SHIPPED_VOCABULARY_JSON)).not.toThrow();
  });

  it('has the 20 GB/T 4754-2017 sections A–T and its 97 divisions, each in a known section', () => {
    const sections = VOCABULARY.industryClasses.filter((c) => c.section === null);
    const divisions = VOCABULARY.industryClasses.filter((c) => c.section !== null);
    expect(sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(divisions).toHaveLength(97);
    expect(new Set(divisions.map((d) => d.code)).size).toBe(97);
    for (const division of divisions) expect(sections.map((s) => s.code)).toContain(division.section);
    expect(VOCABULARY.industryClasses.find((c) => c.code === '65')).toMatchObject({ name: '软件和信息技术服务业', section: 'I' });
  });

  it('has the 34 provincial-level divisions by tier', () => {
    const { divisions } = VOCABULARY;
    expect(divisions).toHaveLength(34);
    const byTier = (tier: string): string[] => divisions.filter((d) => d.tier === tier).map((d) => d.name);
    expect(byTier('municipality')).toEqual(['北京市', '天津市', '上海市', '重庆市']);
    expect(byTier('province')).toHaveLength(23);
    expect(byTier('autonomous-region')).toEqual(['内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区']);
    expect(byTier('sar')).toEqual(['香港特别行政区', '澳门特别行政区']);
    expect(divisions.find((d) => d.slug === 'xinjiang')).toMatchObject({ name: '新疆维吾尔自治区', short: '新疆' });
  });

  it('ranks the level phrases of zone → industry links, the ones that open a list of industries first', () => {
    const levels = VOCABULARY.developmentLevels;
    expect(levels.find((l) => l.word === '重点发展')).toEqual({ word: '重点发展', en: 'focus on', rank: 3, opensList: true });
    expect(levels.find((l) => l.word === '发展')).toMatchObject({ rank: 1, opensList: false });
    const firstPlain = levels.findIndex((l) => !l.opensList);
    expect(levels.slice(firstPlain).every((l) => !l.opensList)).toBe(true);
  });

  it('knows the national bodies regulations name most', () => {
    const names = VOCABULARY.nationalBodies.map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['国务院', '中国人民银行', '海关总署', '国家外汇管理局']));
    expect(VOCABULARY.nationalBodies.find((b) => b.name === '中国人民银行')).toMatchObject({ en: "People's Bank of China", kind: 'CENTRAL_AGENCY' });
  });
});

describe('validateVocabulary', () => {
  it('refuses a head noun of an unknown kind, naming its path', () => {
    const json = shipped();
    json.institutions.heads[0].kind = 'MINISTRY';
    const problems = problemsOf(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^institutions\.heads\[0\]\.kind: expected one of .*GOVERNMENT.*, got "MINISTRY"$/);
  });

  it('refuses a word listed twice in one category', () => {
    const json = shipped();
    const first = json.portfolios.words[0];
    json.portfolios.words.push({ ...first, en: 'something else' });
    expect(problemsOf(json)).toEqual([`portfolios.words: "${first.word}" is listed twice`]);
  });

  it('refuses a division whose slug is no lowercase ASCII', () => {
    const json = shipped();
    json.jurisdictions.divisions[2].slug = 'Shang-hai';
    expect(problemsOf(json)).toEqual(['jurisdictions.divisions[2].slug: "Shang-hai" must be lowercase ASCII letters and digits']);
  });

  it('refuses an industry division of an unknown section', () => {
    const json = shipped();
    json.gbt4754.divisions[0].section = 'Z';
    expect(problemsOf(json)).toEqual(['gbt-4754-2017.divisions[0].section: unknown section Z']);
  });

  it('lists every problem of a bad file at once, each with its path', () => {
    const json = shipped();
    json.institutions.heads[0].kind = 'MINISTRY';
    json.portfolios.words.push(structuredClone(json.portfolios.words[0]));
    json.jurisdictions.divisions[2].slug = 'Shang-hai';
    json.gbt4754.divisions[0].section = 'Z';
    json.nationalBodies.bodies[1].name = '';
    const problems = problemsOf(json);
    expect(problems).toHaveLength(5);
    expect(problems.map((p) => p.slice(0, p.indexOf(':')))).toEqual([
      'institutions.heads[0].kind',
      'jurisdictions.divisions[2].slug',
      'national-bodies.bodies[1].name',
      'gbt-4754-2017.divisions[0].section',
      'portfolios.words',
    ]);
  });

  it('puts every problem in the error message', () => {
    const json = shipped();
    json.gbt4754.divisions[0].section = 'Z';
    json.zones.words[0].tier = 'city';
    expect(() => validateVocabulary(json)).toThrow(/^invalid vocabulary:\n {2}zones\.words\[0\]\.tier: expected zone or area\n {2}gbt-4754-2017\.divisions\[0\]\.section: unknown section Z$/);
  });

  it('refuses a development level without a whole rank of 1 or more', () => {
    const json = shipped();
    json.developmentLevels.levels[0].rank = 0;
    json.developmentLevels.levels[1].rank = 2.5;
    expect(problemsOf(json)).toEqual([
      'development-levels.levels[0].rank: expected an integer of 1 or more, got 0',
      'development-levels.levels[1].rank: expected an integer of 1 or more, got 2.5',
    ]);
  });

  it('refuses a file of the wrong shape rather than reading it as empty', () => {
    const json = shipped();
    json.nationalBodies = [];
    json.clauseWords.governing = '由';
    expect(problemsOf(json)).toEqual(['national-bodies: expected an object', 'clause-words.governing: expected an array']);
  });
});
