// The generic vocabulary of Chinese legislation that the extraction rules are written over: head nouns of
// institutions, level and jurisdiction words, portfolio words, the national bodies, zone words, the function
// words of clauses, the verbs that rank a zone's industries, the GB/T 4754-2017 classification and the short names
// in common use (自贸区, search reads them as their full form). None of it lists one regulation's entities; the data
// lives in seed/vocabulary/*.json (reviewed like code) and validateVocabulary is the only place that trusts
// its shape.
import clauseWordsJson from './vocabulary/clause-words.json' with { type: 'json' };
import developmentLevelsJson from './vocabulary/development-levels.json' with { type: 'json' };
import gbtJson from './vocabulary/gbt-4754-2017.json' with { type: 'json' };
import industryWordsJson from './vocabulary/industry-words.json' with { type: 'json' };
import institutionsJson from './vocabulary/institutions.json' with { type: 'json' };
import jurisdictionsJson from './vocabulary/jurisdictions.json' with { type: 'json' };
import nationalBodiesJson from './vocabulary/national-bodies.json' with { type: 'json' };
import portfoliosJson from './vocabulary/portfolios.json' with { type: 'json' };
import shortNamesJson from './vocabulary/short-names.json' with { type: 'json' };
import zonesJson from './vocabulary/zones.json' with { type: 'json' };
import { ACTOR_KINDS, type ActorKind } from './types.ts';

/** A head's kind before the level refines it: GOVERNMENT becomes a central, regional or local one. */
export type HeadKind = ActorKind | 'GOVERNMENT';

export interface HeadWord {
  word: string;
  kind: HeadKind;
  /** English head; `{}` marks where the modifiers go. */
  en: string;
  plural: string;
  /** A class of non-state actors (企业, 投资者): one actor in every jurisdiction. */
  role: boolean;
  /** Also a common verb (组织实施…): alone before another verb it names nothing. */
  alsoVerb: boolean;
}

export const LEVELS = ['national', 'province', 'city', 'prefecture', 'county', 'district', 'township', 'local'] as const;
export type Level = (typeof LEVELS)[number];

export interface LevelWord {
  word: string;
  level: Level;
  en: string;
  /** 本市, 本省: the regulation's own jurisdiction. */
  self: boolean;
}

export interface Determiner {
  word: string;
  en: string;
  plural: boolean;
  /** 各, 任何: quantifiers left out of the canonical name (各片区管理机构 is the 片区管理机构). */
  strip: boolean;
}

export const DIVISION_TIERS = ['municipality', 'province', 'autonomous-region', 'sar'] as const;
export type DivisionTier = (typeof DIVISION_TIERS)[number];

export interface Division {
  name: string;
  short: string;
  slug: string;
  en: string;
  tier: DivisionTier;
}

export interface PortfolioWord {
  word: string;
  en: string;
}

export interface NationalBody {
  name: string;
  aliases: string[];
  en: string;
  kind: ActorKind;
}

export interface ZoneWord {
  word: string;
  en: string;
  tier: 'zone' | 'area';
  /** Names a class of places (海关特殊监管区域), never one zone. */
  class: boolean;
}

export interface ClauseWords {
  governing: string[];
  topic: string[];
  predicate: string[];
  compound: string[];
  /** Words in which a one-character preposition is none (经营, 自由, 作为): no name begins after them. */
  notPrepositions: string[];
}

export interface IndustryClass {
  /** Section letter (A–T) or two-digit division code. */
  code: string;
  name: string;
  nameEn: string;
  /** The section a division belongs to; null for a section. */
  section: string | null;
}

export interface IndustryWord {
  word: string;
  en: string;
}

export interface DevelopmentLevel {
  word: string;
  en: string;
  /** Higher is stronger: 3 a priority, 2 emphatic, 1 plain. */
  rank: number;
  /** A set phrase after which an enumeration names an Area's industries (重点发展A、B等产业). */
  opensList: boolean;
}

/** A name in common use and its short forms (自由贸易试验区: 自贸试验区, 自贸区), which search treats as one. */
export interface ShortName {
  name: string;
  short: string[];
}

export interface Vocabulary {
  heads: HeadWord[];
  levels: LevelWord[];
  determiners: Determiner[];
  divisions: Division[];
  portfolios: PortfolioWord[];
  nationalBodies: NationalBody[];
  zones: ZoneWord[];
  clause: ClauseWords;
  /** GB/T 4754-2017 sections and divisions. */
  industryClasses: IndustryClass[];
  /** Words of industry names, for English names only. */
  industryWords: IndustryWord[];
  /** Group words closing an enumeration of industries (等新兴产业). */
  industryTails: string[];
  /** How strongly a zone is to develop an industry, by the verb that says so. */
  developmentLevels: DevelopmentLevel[];
  shortNames: ShortName[];
}

export class VocabularyError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid vocabulary:\n  ${problems.join('\n  ')}`);
    this.name = 'VocabularyError';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parsed JSON files, by name; `validateVocabulary(SHIPPED_VOCABULARY_JSON)` is the shipped vocabulary. */
export interface VocabularyJson {
  institutions: unknown;
  jurisdictions: unknown;
  portfolios: unknown;
  nationalBodies: unknown;
  zones: unknown;
  clauseWords: unknown;
  gbt4754: unknown;
  industryWords: unknown;
  developmentLevels: unknown;
  shortNames: unknown;
}

export const SHIPPED_VOCABULARY_JSON: VocabularyJson = {
  institutions: institutionsJson,
  jurisdictions: jurisdictionsJson,
  portfolios: portfoliosJson,
  nationalBodies: nationalBodiesJson,
  zones: zonesJson,
  clauseWords: clauseWordsJson,
  gbt4754: gbtJson,
  industryWords: industryWordsJson,
  developmentLevels: developmentLevelsJson,
  shortNames: shortNamesJson,
};

const HEAD_KINDS: readonly string[] = [...ACTOR_KINDS, 'GOVERNMENT'];

/** Checks every file and returns the vocabulary typed; throws a VocabularyError listing every problem. */
export function validateVocabulary(json: VocabularyJson): Vocabulary {
  const problems: string[] = [];
  const fail = (path: string, message: string): void => {
    problems.push(`${path}: ${message}`);
  };
  const str = (obj: Json, key: string, path: string, allowEmpty = false): string => {
    const value = obj[key];
    if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) {
      fail(`${path}.${key}`, `expected a non-empty string, got ${JSON.stringify(value)}`);
      return '';
    }
    return value;
  };
  const bool = (obj: Json, key: string, path: string): boolean => {
    const value = obj[key];
    if (value !== undefined && typeof value !== 'boolean') fail(`${path}.${key}`, 'expected a boolean');
    return value === true;
  };
  const list = (obj: unknown, key: string, path: string): unknown[] => {
    if (!isObject(obj)) {
      fail(path, 'expected an object');
      return [];
    }
    const value = obj[key];
    if (!Array.isArray(value)) {
      fail(`${path}.${key}`, 'expected an array');
      return [];
    }
    return value;
  };
  const strings = (obj: unknown, key: string, path: string): string[] =>
    list(obj, key, path).filter((value, i): value is string => {
      if (typeof value === 'string' && value.trim() !== '') return true;
      fail(`${path}.${key}[${i}]`, `expected a non-empty string, got ${JSON.stringify(value)}`);
      return false;
    });
  const objects = <T>(obj: unknown, key: string, path: string, read: (item: Json, path: string) => T): T[] =>
    list(obj, key, path).flatMap((item, i) => {
      const itemPath = `${path}.${key}[${i}]`;
      if (!isObject(item)) {
        fail(itemPath, 'expected an object');
        return [];
      }
      return [read(item, itemPath)];
    });

  const heads = objects(json.institutions, 'heads', 'institutions', (item, path): HeadWord => {
    const kind = item['kind'];
    if (!HEAD_KINDS.includes(kind as string)) fail(`${path}.kind`, `expected one of ${HEAD_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
    const en = str(item, 'en', path);
    const plural = typeof item['plural'] === 'string' ? (item['plural'] as string) : en;
    return { word: str(item, 'word', path), kind: kind as HeadKind, en, plural, role: bool(item, 'role', path), alsoVerb: bool(item, 'alsoVerb', path) };
  });
  const levels = objects(json.jurisdictions, 'levels', 'jurisdictions', (item, path): LevelWord => {
    const level = item['level'];
    if (!(LEVELS as readonly unknown[]).includes(level)) fail(`${path}.level`, `expected one of ${LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
    return { word: str(item, 'word', path), level: level as Level, en: str(item, 'en', path), self: bool(item, 'self', path) };
  });
  const determiners = objects(json.jurisdictions, 'determiners', 'jurisdictions', (item, path): Determiner => ({
    word: str(item, 'word', path),
    en: str(item, 'en', path, true),
    plural: bool(item, 'plural', path),
    strip: bool(item, 'strip', path),
  }));
  const divisions = objects(json.jurisdictions, 'divisions', 'jurisdictions', (item, path): Division => {
    const tier = item['tier'];
    if (!(DIVISION_TIERS as readonly unknown[]).includes(tier)) fail(`${path}.tier`, `expected one of ${DIVISION_TIERS.join(', ')}`);
    const slug = str(item, 'slug', path);
    if (slug !== '' && !/^[a-z0-9]+$/.test(slug)) fail(`${path}.slug`, `"${slug}" must be lowercase ASCII letters and digits`);
    return { name: str(item, 'name', path), short: str(item, 'short', path), slug, en: str(item, 'en', path), tier: tier as DivisionTier };
  });
  const portfolios = objects(json.portfolios, 'words', 'portfolios', (item, path): PortfolioWord => ({ word: str(item, 'word', path), en: str(item, 'en', path) }));
  const nationalBodies = objects(json.nationalBodies, 'bodies', 'national-bodies', (item, path): NationalBody => {
    const kind = item['kind'];
    if (!ACTOR_KINDS.includes(kind as ActorKind)) fail(`${path}.kind`, `expected one of ${ACTOR_KINDS.join(', ')}`);
    return { name: str(item, 'name', path), aliases: strings(item, 'aliases', path), en: str(item, 'en', path), kind: kind as ActorKind };
  });
  const zones = objects(json.zones, 'words', 'zones', (item, path): ZoneWord => {
    const tier = item['tier'];
    if (tier !== 'zone' && tier !== 'area') fail(`${path}.tier`, 'expected zone or area');
    return { word: str(item, 'word', path), en: str(item, 'en', path), tier: tier as 'zone' | 'area', class: bool(item, 'class', path) };
  });
  const clause: ClauseWords = {
    governing: strings(json.clauseWords, 'governing', 'clause-words'),
    topic: strings(json.clauseWords, 'topic', 'clause-words'),
    predicate: strings(json.clauseWords, 'predicate', 'clause-words'),
    compound: strings(json.clauseWords, 'compound', 'clause-words'),
    notPrepositions: strings(json.clauseWords, 'notPrepositions', 'clause-words'),
  };
  const sections = objects(json.gbt4754, 'sections', 'gbt-4754-2017', (item, path): IndustryClass => {
    const code = str(item, 'code', path);
    if (code !== '' && !/^[A-T]$/.test(code)) fail(`${path}.code`, `"${code}" is no section letter A–T`);
    return { code, name: str(item, 'name', path), nameEn: str(item, 'nameEn', path), section: null };
  });
  const sectionCodes = new Set(sections.map((s) => s.code));
  const industryDivisions = objects(json.gbt4754, 'divisions', 'gbt-4754-2017', (item, path): IndustryClass => {
    const code = str(item, 'code', path);
    if (code !== '' && !/^\d{2}$/.test(code)) fail(`${path}.code`, `"${code}" is no two-digit division code`);
    const section = str(item, 'section', path);
    if (section !== '' && !sectionCodes.has(section)) fail(`${path}.section`, `unknown section ${section}`);
    return { code, name: str(item, 'name', path), nameEn: str(item, 'nameEn', path), section };
  });

  const industryWords = objects(json.industryWords, 'words', 'industry-words', (item, path): IndustryWord => ({ word: str(item, 'word', path), en: str(item, 'en', path) }));
  const industryTails = strings(json.industryWords, 'tails', 'industry-words');
  const developmentLevels = objects(json.developmentLevels, 'levels', 'development-levels', (item, path): DevelopmentLevel => {
    const rank = item['rank'];
    if (!Number.isInteger(rank) || (rank as number) < 1) fail(`${path}.rank`, `expected an integer of 1 or more, got ${JSON.stringify(rank)}`);
    return { word: str(item, 'word', path), en: str(item, 'en', path), rank: rank as number, opensList: bool(item, 'opensList', path) };
  });

  const shortNames = objects(json.shortNames, 'names', 'short-names', (item, path): ShortName => {
    const forms = [str(item, 'name', path), ...strings(item, 'short', path)];
    // One character would make search read every passage with that character as the name.
    for (const form of forms) if ([...form].length < 2 || /[\s"“”]/u.test(form)) fail(path, `"${form}" must be two or more characters without spaces or quotes`);
    return { name: forms[0]!, short: forms.slice(1) };
  });

  // A word with two meanings in one category would make the tokenizer's choice arbitrary.
  const unique = (path: string, words: readonly string[]): void => {
    const seen = new Set<string>();
    for (const word of words) {
      if (seen.has(word)) fail(path, `"${word}" is listed twice`);
      seen.add(word);
    }
  };
  unique('institutions.heads', heads.map((h) => h.word));
  unique('jurisdictions.levels', levels.map((l) => l.word));
  unique('jurisdictions.determiners', determiners.map((d) => d.word));
  unique('jurisdictions.divisions', divisions.flatMap((d) => [d.name, d.short]));
  unique('portfolios.words', portfolios.map((p) => p.word));
  unique('national-bodies.bodies', nationalBodies.flatMap((b) => [b.name, ...b.aliases]));
  unique('zones.words', zones.map((z) => z.word));
  unique('gbt-4754-2017', [...sections, ...industryDivisions].map((c) => c.code));
  unique('industry-words.words', industryWords.map((w) => w.word));
  unique('development-levels.levels', developmentLevels.map((l) => l.word));
  unique('short-names.names', shortNames.flatMap((n) => [n.name, ...n.short]));
  for (const head of heads) if (!head.en.includes('{}') && head.en !== head.en.trim()) fail('institutions.heads', `"${head.en}" has stray spaces`);

  if (problems.length > 0) throw new VocabularyError(problems);
  return {
    heads,
    levels,
    determiners,
    divisions,
    portfolios,
    nationalBodies,
    zones,
    clause,
    industryClasses: [...sections, ...industryDivisions],
    industryWords,
    industryTails,
    developmentLevels,
    shortNames,
  };
}

export const VOCABULARY: Vocabulary = validateVocabulary(SHIPPED_VOCABULARY_JSON);
