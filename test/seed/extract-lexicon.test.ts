import { describe, expect, it } from 'vitest';
import { LexiconError, validateLexicon } from '../../seed/lexicon.ts';
import { normalizeScript, TRADITIONAL_TO_SIMPLIFIED } from '../../seed/extract/normalize-script.ts';
import { readLexiconJson } from '../fixtures/extract/load-lexicon.ts';

function problemsOf(json: unknown): string[] {
  try {
    validateLexicon(json);
  } catch (error) {
    if (error instanceof LexiconError) return error.problems;
    throw error;
  }
  return [];
}

describe('lexicon.json', () => {
  const lexicon = validateLexicon(readLexiconJson());

  it('is valid and names the actors a reader looks for in English', () => {
    const english = (id: string): string => lexicon.actors.find((a) => a.id === id)?.nameEn ?? '';
    expect(english('actor:customs')).toContain('Customs');
    expect(english('actor:tax')).toContain('Tax');
    expect(english('actor:leading-group')).toBe('China (Xinjiang) Pilot Free Trade Zone Work Leading Group');
    expect(english('actor:urumqi-zone')).toBe('Urumqi Area');
    expect(lexicon.actors.find((a) => a.id === 'actor:central-units')?.members).toHaveLength(6);
  });

  it('keeps one industry for the variants of a name', () => {
    const textile = lexicon.industries.find((i) => i.id === 'industry:textile-apparel');
    expect(textile?.aliases).toEqual(expect.arrayContaining(['纺织服装业', '纺织服装制造']));
    expect(lexicon.industries.find((i) => i.id === 'industry:cross-border-ecommerce')?.aliases).toContain('跨境电商');
  });
});

describe('validateLexicon', () => {
  it('lists every problem with its path', () => {
    const json = readLexiconJson();
    const actors = json['actors'] as Array<Record<string, unknown>>;
    const problems = problemsOf({
      ...json,
      actors: [
        ...actors,
        { id: 'actor:bad', name: '海关', nameEn: 'X', kind: 'AGENCY', aliases: [], members: ['actor:nowhere'], collective: true },
        { id: 'no-prefix', name: '某某', nameEn: 'Y', kind: 'OTHER', aliases: [], enumerationOnly: ['别的'] },
      ],
    });
    expect(problems).toEqual([
      `lexicon.actors[${actors.length}].kind: expected one of LEADING_GROUP, OFFICE, ZONE, REGIONAL_GOVERNMENT, LOCAL_GOVERNMENT, DEPARTMENT, CENTRAL_AGENCY, ZONE_AUTHORITY, INSTITUTION, OTHER, got "AGENCY"`,
      `lexicon.actors[${actors.length + 1}].id: "no-prefix" must look like actor:some-name`,
      `lexicon.actors[${actors.length + 1}].enumerationOnly: "别的" is neither the name nor an alias of no-prefix`,
      `lexicon.actors[${actors.length}]: "海关" already names actor:customs`,
      `lexicon.actors[${actors.length}].members: unknown actor actor:nowhere`,
    ]);
  });

  it('rejects what is not a lexicon at all', () => {
    expect(() => validateLexicon(null)).toThrow(LexiconError);
    expect(problemsOf({ version: 1, actors: {}, industries: [] })).toEqual(['lexicon.actors: expected an array']);
  });

  it('checks GB/T 4754 codes', () => {
    const json = readLexiconJson();
    const industries = json['industries'] as Array<Record<string, unknown>>;
    const problems = problemsOf({ ...json, industries: [{ ...industries[0], gbCode: 'C27x' }, ...industries.slice(1)] });
    expect(problems).toEqual(['lexicon.industries[0].gbCode: expected null or a GB/T 4754 code such as "27" or "17-18", got "C27x"']);
  });
});

describe('normalizeScript', () => {
  it('maps one character to one character', () => {
    const wider = [...TRADITIONAL_TO_SIMPLIFIED].filter(([from, to]) => from.length !== 1 || to.length !== 1);
    expect(wider).toEqual([]);
  });

  it('turns a traditional clause into its simplified twin of the same length', () => {
    const traditional = '中國（新疆）自由貿易試驗區工作辦公室（以下簡稱自貿辦）承擔領導小組日常工作，履行下列職責：';
    expect(normalizeScript(traditional)).toBe('中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）承担领导小组日常工作，履行下列职责：');
  });

  it('leaves characters that are also simplified alone', () => {
    expect(normalizeScript('显著的著作')).toBe('显著的著作');
  });
});
