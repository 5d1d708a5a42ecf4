// The line-token stage: text → one token per source line, classified by how the line looks on its own
// (chapter/section/article/item heading, blank, text). Whether a heading-looking line really starts a unit
// depends on its context (a page break can put 第二十条 at the start of a continuation line), so the parse
// stage makes that call; tokens only record what the line says.
import { parseChineseNumeral } from './chinese-numerals.ts';
import { RegulationFormatError } from './types.ts';

interface LineBase {
  /** 1-based line number in the source. */
  line: number;
  /** The line exactly as in the source (without its line break). */
  raw: string;
  /** The line without leading and trailing whitespace (ASCII, full-width and form feed). */
  text: string;
  /** The line without any whitespace, for pattern tests (OCR puts spaces anywhere). */
  compact: string;
}

export interface BlankLine extends LineBase {
  kind: 'blank';
}
export interface TextLine extends LineBase {
  kind: 'text';
}
/** 第一章 总 则 / 第六章服务… (also 第一节 for sections). */
export interface DivisionLine extends LineBase {
  kind: 'chapter' | 'section';
  number: number;
  /** As written, without spaces: 第六章. */
  label: string;
  /** Title with CJK spacing removed: 总则. May be empty when the title is on the next line. */
  title: string;
}
/** 第十一条 …, 第一條【立法目的】… */
export interface ArticleLine extends LineBase {
  kind: 'article';
  number: number;
  /** As written, without spaces: 第十一条. */
  label: string;
  /** What follows the label on the line, untrimmed. */
  rest: string;
}
/** （一）… */
export interface ItemLine extends LineBase {
  kind: 'item';
  number: number;
  /** As written, without spaces: （一）. */
  marker: string;
  rest: string;
}
export type SourceLine = BlankLine | TextLine | DivisionLine | ArticleLine | ItemLine;

const NUMERAL = '零〇○一二三四五六七八九十百千两兩0-9０-９';
const HEADING_RE = new RegExp(`^第\\s*([${NUMERAL}][${NUMERAL}\\s]*?)\\s*([条條章节節])(.*)$`, 'u');
const ITEM_RE = /^([（(]\s*([一二三四五六七八九十]+)\s*[）)])(.*)$/u;
/**
 * Directly after 第N条 these mean a cross-reference (第五条规定的, 第五条第二款, 第五条和第六条), not a heading;
 * after a space only punctuation does (an article may well begin with 与… or 和…).
 */
const REFERENCE_GLUED_TO_ARTICLE = /^[、，,。；;）)的第规規之至和或及与與所项項款]/u;
const REFERENCE_AFTER_ARTICLE = /^\s*[、，,。；;）)]/u;
/** After （一） these mean a cross-reference (第（一）项). */
const REFERENCE_AFTER_ITEM = /^[项項款条條]/u;
/** Sentence punctuation that never appears in a chapter or section title. */
const SENTENCE_PUNCTUATION = /[。，；！？：,;!?]/u;

const TERMINAL_CHARS = new Set([...'。；：！？;:!?']);
const CLOSING_CHARS = new Set([...'”’"\'」』）)】]']);
/** Neighbours between which a space is kept: Latin script (words, numbers, ASCII punctuation). */
const LATIN_RE = /[\x21-\x7E\u00C0-\u024F]/u;
// C0 controls except tab, line feed, vertical tab, form feed and carriage return; DEL and the C1 controls
// (which is where UTF-8 Chinese read as Latin-1 lands); U+FFFD from a failed decode; noncharacters.
const NOT_TEXT_RE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/u;
/** Chinese UTF-8 read as Windows-1252 or Latin-1: 第一 → ç¬¬ä¸€ (a lead byte à-ï, then two continuation bytes). */
const MOJIBAKE_RE = /(?:[\u00E0-\u00EF][\u0080-\u00BF\u0152-\u2122]{2}){2}/u;
const CJK_RE = /[\u3400-\u9FFF\uF900-\uFAFF]/u;

/** True when a line ends a sentence: 。；：！？ (or their ASCII forms), possibly followed by closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (CLOSING_CHARS.has(text[i]!) || text[i] === ' ' || text[i] === '\u3000')) i--;
  return i >= 0 && TERMINAL_CHARS.has(text[i]!);
}

/** The text without any whitespace. */
export function removeWhitespace(text: string): string {
  return /\s/u.test(text) ? text.replace(/\s+/gu, '') : text;
}

/**
 * Removes whitespace from CJK text: OCR spaces (`2025年 7月 1日`, `总 则`, full-width spaces) go, a single
 * space stays only between two Latin-script characters (`GB/T 4754`).
 */
export function normalizeSpacing(text: string): string {
  const trimmed = text.trim();
  if (!/\s/u.test(trimmed)) return trimmed;
  return trimmed.replace(/\s+/gu, (run: string, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    return before !== undefined && after !== undefined && LATIN_RE.test(before) && LATIN_RE.test(after) ? ' ' : '';
  });
}

/** Joins the lines of one paragraph or item: line breaks removed, nothing inserted, OCR spaces removed. */
export function joinLines(lines: readonly string[]): string {
  return normalizeSpacing(lines.map((l) => l.trim()).join(''));
}

const describeNotText = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0) return 'NUL byte: binary data, not text';
  if (code === 0xfffd) return 'replacement character U+FFFD: the text was decoded with the wrong encoding';
  if (code >= 0x80 && code <= 0x9f) return `control character ${hex}: looks like mojibake (UTF-8 read as Latin-1)`;
  return `control character ${hex}: not text`;
};

const parseNumeralOrNull = (numeral: string): number | null => {
  try {
    return parseChineseNumeral(numeral);
  } catch {
    return null; // 第十百条 is not a heading; the line is text
  }
};

function classifyLine(line: number, raw: string): SourceLine {
  const text = raw.trim();
  const compact = removeWhitespace(text);
  if (text === '') return { kind: 'blank', line, raw, text, compact };

  const first = text[0];
  const heading = first === '第' ? HEADING_RE.exec(text) : null;
  if (heading) {
    const [, numeral = '', unit = '', rest = ''] = heading;
    const digits = numeral.replace(/\s+/gu, '');
    const number = parseNumeralOrNull(digits);
    if (number === null) return { kind: 'text', line, raw, text, compact };
    const label = `第${digits}${unit}`;
    if (unit === '条' || unit === '條') {
      const reference = REFERENCE_GLUED_TO_ARTICLE.test(rest) || REFERENCE_AFTER_ARTICLE.test(rest);
      if (!reference) return { kind: 'article', line, raw, text, compact, number, label, rest };
    } else if (!SENTENCE_PUNCTUATION.test(rest) && normalizeSpacing(rest).length <= 40) {
      const kind = unit === '章' ? 'chapter' : 'section';
      return { kind, line, raw, text, compact, number, label, title: normalizeSpacing(rest) };
    }
    return { kind: 'text', line, raw, text, compact };
  }

  const item = first === '（' || first === '(' ? ITEM_RE.exec(text) : null;
  if (item) {
    const [, marker = '', numeral = '', rest = ''] = item;
    const number = parseNumeralOrNull(numeral);
    if (number !== null && !REFERENCE_AFTER_ITEM.test(rest.trim())) {
      return { kind: 'item', line, raw, text, compact, number, marker: marker.replace(/\s+/gu, ''), rest };
    }
  }
  return { kind: 'text', line, raw, text, compact };
}

/**
 * Splits text into classified lines. Throws RegulationFormatError for empty input and for text that is not
 * text (NUL bytes, U+FFFD, control characters), at the first offending line.
 */
export function tokenizeSourceLines(text: string): SourceLine[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (source.trim() === '') throw new RegulationFormatError('empty input', 1);
  const raws = source.split(/\r\n|\r|\n/u);
  // Whole-text checks first: one pass instead of one per line; the line is looked up only on failure.
  if (NOT_TEXT_RE.test(source)) {
    const index = raws.findIndex((raw) => NOT_TEXT_RE.test(raw));
    throw new RegulationFormatError(describeNotText(NOT_TEXT_RE.exec(raws[index]!)![0]), index + 1);
  }
  if (MOJIBAKE_RE.test(source)) {
    const index = raws.findIndex((raw) => MOJIBAKE_RE.test(raw) && !CJK_RE.test(raw));
    if (index !== -1) {
      throw new RegulationFormatError('looks like mojibake (UTF-8 read as Windows-1252/Latin-1)', index + 1);
    }
  }
  return raws.map((raw, index) => classifyLine(index + 1, raw));
}
