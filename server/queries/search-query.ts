// What a search text asks for, read without the database: a clause named by number (第13条, Art. 13(2), 10.1.1),
// the words to look for in the text, their short-name forms (自贸区 = 自由贸易试验区), and which of them are one
// Chinese character, which the bigram index cannot match.
//
// Lucene injection: user input never reaches Lucene's query syntax. Every form of every term is written as a
// quoted phrase, in which only `"` and `\` are special (both escaped); the forms of one term are joined by OR
// inside one required group, `+("自贸区" OR "自由贸易试验区")`, and the groups are all required. Operators,
// wildcards and field names a user types (`AND`, `*`, `name:`) are plain text inside quotes.
import { formatChineseNumeral, parseChineseNumeral } from '../../seed/chinese-numerals.ts';
import { articleKey, itemKey, paragraphKey } from '../../seed/graph-keys.ts';
import { VOCABULARY, type ShortName } from '../../seed/vocabulary.ts';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_TERMS = 10;
/** Highest article, paragraph or item number read as a reference (the numbering numerals go to 9999). */
const MAX_CLAUSE_NUMBER = 9999;

/** Input that cannot become a search: empty, too long, or nothing but punctuation. */
export class SearchInputError extends Error {
  override name = 'SearchInputError';
}

/** An article, paragraph (款) or item (项) named by number; paragraph and item null when not named. */
export interface ClauseReference {
  article: number;
  paragraph: number | null;
  item: number | null;
}

export type ClauseKind = 'ARTICLE' | 'PARAGRAPH' | 'ITEM';

export const clauseKindOf = (ref: ClauseReference): ClauseKind =>
  ref.item !== null ? 'ITEM' : ref.paragraph !== null ? 'PARAGRAPH' : 'ARTICLE';

/** How a regulation cites the clause: 第十三条, 第十条第二款, 第十条第二款第一项. */
export function writeCitation(ref: ClauseReference): string {
  const part = (n: number | null, unit: string) => (n === null ? '' : `第${formatChineseNumeral(n)}${unit}`);
  return `${part(ref.article, '条')}${part(ref.paragraph, '款')}${part(ref.item, '项')}`;
}

const SLUG_MARK = '\u0000';

/**
 * The key of the referenced clause around the regulation's slug: the query puts each regulation's slug
 * between `prefix` and `suffix`, so the key format stays graph-keys.ts's.
 */
export function clauseKeyParts(ref: ClauseReference): { kind: ClauseKind; prefix: string; suffix: string } {
  const regulation = `regulation:${SLUG_MARK}`;
  const key =
    ref.item !== null && ref.paragraph !== null
      ? itemKey(regulation, ref.article, ref.paragraph, ref.item)
      : ref.paragraph !== null
        ? paragraphKey(regulation, ref.article, ref.paragraph)
        : articleKey(regulation, ref.article);
  const [prefix = '', suffix = ''] = key.split(SLUG_MARK);
  return { kind: clauseKindOf(ref), prefix, suffix };
}

const NUMERAL = '(\\d+|[零〇一二两三四五六七八九十百千]+)';
// 第13条, 第十三条, 13条, 第13条第2款, 第十三条第二款, 第13条第2款第1项, 第十条第二款第（一）项 (after NFKC the
// full-width brackets and digits are ASCII). An item needs its paragraph: 第10条第1项 is left to text search.
const CHINESE_FORM = new RegExp(`^第?${NUMERAL}条(?:第?${NUMERAL}款(?:第?\\(?${NUMERAL}\\)?项)?)?$`, 'u');
// Art. 13, Art 13, Article 13, art13, Art. 13(2), Art. 10(1)(1), Art. 13.2, Article 10.1.1 (spaces taken out).
const ENGLISH_FORM = /^art(?:icle)?\.?(\d+)(?:\((\d+)\)(?:\((\d+)\))?|\.(\d+)(?:\.(\d+))?)?$/iu;
// 13, 13.2, 13(2), 10.1.1, 10(1)(1): only when they are the whole query, so that 海关 2025 still needs 2025.
const NUMBER_FORM = /^(\d+)(?:\((\d+)\)(?:\((\d+)\))?|\.(\d+)(?:\.(\d+))?)?$/u;

function toNumber(text: string | undefined): number | null | undefined {
  if (text === undefined) return null;
  try {
    const n = parseChineseNumeral(text);
    return Number.isInteger(n) && n >= 1 && n <= MAX_CLAUSE_NUMBER ? n : undefined;
  } catch {
    return undefined;
  }
}

function toReference(article: string | undefined, paragraph: string | undefined, item: string | undefined): ClauseReference | null {
  const [a, p, i] = [toNumber(article), toNumber(paragraph), toNumber(item)];
  if (a === null || a === undefined || p === undefined || i === undefined) return null;
  return { article: a, paragraph: p, item: i };
}

/**
 * The clause a search term names by number, or null. `wholeQuery`: the term is all the user typed, so a bare
 * number (13, 13.2, 10(1)(1)) counts too; beside other words only the explicit forms (第13条, Art. 13) do.
 * 2025年, 13亿, 1.5% and 第13章 are no references.
 */
export function parseClauseReference(term: string, wholeQuery = true): ClauseReference | null {
  const text = term.normalize('NFKC').replace(/\s+/gu, '');
  const chinese = CHINESE_FORM.exec(text);
  if (chinese) return toReference(chinese[1], chinese[2], chinese[3]);
  const numbered = ENGLISH_FORM.exec(text) ?? (wholeQuery ? NUMBER_FORM.exec(text) : null);
  if (numbered) return toReference(numbered[1], numbered[2] ?? numbered[4], numbered[3] ?? numbered[5]);
  return null;
}

/** Splits free text into search terms: runs of characters that contain at least one letter or digit. */
export function splitSearchTerms(input: string): string[] {
  return input
    .normalize('NFKC')
    // One term for "Art. 13" and "Article 13(2)", and for 第13条 第2款.
    .replace(/\b(art(?:icle)?\.?)\s+(?=\d)/giu, '$1')
    .replace(/([条款])\s+(?=第\(?[\d零〇一二两三四五六七八九十百千]+\)?[款项])/gu, '$1')
    .split(/\s+/u)
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_SEARCH_TERMS);
}

/** Form → every form of its name, for the vocabulary's short names. */
function indexShortNames(names: readonly ShortName[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const { name, short } of names) for (const form of [name, ...short]) index.set(form, [name, ...short]);
  return index;
}

const SHORT_NAMES = indexShortNames(VOCABULARY.shortNames);
const INNER_FORMS = [...SHORT_NAMES.keys()].filter((form) => [...form].length >= 3).sort((a, b) => b.length - a.length);

/**
 * The forms a term is searched as: itself, and when it is or contains a short name in the vocabulary, the
 * term with each other form of that name (自贸区 → 自贸区, 自由贸易试验区, 自贸试验区; X自贸区 → X自由贸易试验区…).
 * Two-character forms count only as whole terms (国企 is not read inside 外国企业); the longest form inside a
 * term wins, and only its first occurrence is replaced.
 */
export function formsOf(term: string): string[] {
  const whole = SHORT_NAMES.get(term);
  if (whole) return [term, ...whole.filter((form) => form !== term)];
  const inner = INNER_FORMS.find((form) => term.includes(form));
  if (inner === undefined) return [term];
  return [term, ...SHORT_NAMES.get(inner)!.filter((form) => form !== inner).map((form) => term.replace(inner, form))];
}

const isOneHanCharacter = (term: string): boolean => /^\p{Script=Han}$/u.test(term);

export interface SearchPlan {
  /** The clause the query names by number; its hits come first. */
  reference: ClauseReference | null;
  /** The words searched as text, as typed. */
  terms: string[];
  /** Lucene query over the terms of two or more characters; null when every term is one Chinese character. */
  lucene: string | null;
  /** One-character Chinese terms, matched as substrings (the cjk analyzer indexes bigrams only). */
  characters: string[];
  /** Every form of every term, to find the match in a hit's text for its snippet. */
  needles: string[];
}

const quote = (text: string): string => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** Builds the Lucene query for search terms: every term required, each as a quoted phrase or an OR of its forms. */
export function toLuceneQuery(terms: readonly (readonly string[])[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((forms) => (forms.length === 1 ? `+${quote(forms[0]!)}` : `+(${forms.map(quote).join(' OR ')})`)).join(' ');
}

/**
 * Reads a search text; throws SearchInputError when there is nothing to search for.
 * - The whole query a reference (第13条, 13, Art. 13(2)): that clause first, then the passages that contain the
 *   query as typed or the regulation's own way of citing the clause (第十三条), e.g. 依照本条例第十三条.
 * - A reference beside words (第13条 海关): the clause first, then what the words find; the reference is not
 *   searched as text, and `SearchHitConnection.reference`/`terms` say how the query was read. Only the first
 *   reference counts; a second one is searched as text.
 * - Otherwise every term is required, one-character Chinese terms by substring, the others through Lucene.
 */
export function planSearch(input: string): SearchPlan {
  if (input.length > MAX_SEARCH_LENGTH) {
    throw new SearchInputError(`Search text is too long: at most ${MAX_SEARCH_LENGTH} characters.`);
  }
  const typed = splitSearchTerms(input);
  if (typed.length === 0) throw new SearchInputError('Search text must contain at least one letter or digit.');

  let reference: ClauseReference | null = null;
  let terms = typed;
  let forms: string[][];
  if (typed.length === 1 && (reference = parseClauseReference(typed[0]!, true)) !== null) {
    forms = [[...new Set([typed[0]!, writeCitation(reference)])]];
  } else {
    const at = typed.findIndex((term) => parseClauseReference(term, false) !== null);
    if (at >= 0) {
      reference = parseClauseReference(typed[at]!, false);
      terms = typed.filter((_, i) => i !== at);
    }
    forms = terms.map(formsOf);
  }
  const characters = terms.filter(isOneHanCharacter);
  return {
    reference,
    terms,
    lucene: toLuceneQuery(forms.filter((f) => !(f.length === 1 && isOneHanCharacter(f[0]!)))),
    characters,
    needles: forms.flat(),
  };
}
