// The parse stage: regulation text → chapters, articles, paragraphs (款) and items (项), plus the metadata
// read from the text around the body (title line and adoption note before it, promulgation notice after it).
// Pure: no I/O. Works on OCR'd newspaper text where lines break mid-word and page breaks leave blank lines
// inside paragraphs, as well as on official one-paragraph-per-line texts.
import { parseChineseNumeral } from './chinese-numerals.ts';
import {
  endsSentence,
  joinLines,
  normalizeSpacing,
  removeWhitespace,
  tokenizeSourceLines,
  type ArticleLine,
  type DivisionLine,
  type SourceLine,
} from './source-lines.ts';
import {
  RegulationFormatError,
  type Article,
  type Chapter,
  type Item,
  type Paragraph,
  type ParsedRegulation,
  type RegulationMeta,
} from './types.ts';

export interface ParseRegulationOptions {
  /** Stable regulation id; by default derived from the title (`regulation:` + hash). */
  id?: string;
}

const compact = removeWhitespace;

/** Kinds of regulation as named in titles and in 本条例/本办法… (traditional forms included). */
const KINDS = '条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定|法';
/** A date with Arabic or Chinese numerals (二〇二五年六月三日); groups: year, month, day. */
const DATE =
  '([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日';
const PROMULGATE = '(?:公布|公佈|发布|發布|發佈|颁布|頒布|頒佈)';
const DATE_RE = new RegExp(DATE, 'u');
const DATE_GLOBAL_RE = new RegExp(DATE, 'gu');
const DATE_LINE_RE = new RegExp(`^${DATE}$`, 'u');
const DATED_PREFIX_RE = new RegExp(`^.*${DATE}`, 'u');

/** The sentence that puts the regulation into force, ending the line it is on: 本条例自2025年7月1日起施行。 */
const ENTRY_INTO_FORCE_RE = new RegExp(`本(?:${KINDS})自[^。；！？]*施行[^。；！？]*[。！]$`, 'u');
/** A sentence that may follow entry into force in the same article: …同时废止。 */
const REPEAL_RE = /[废廢]止/u;
/** How the last line of a complete regulation ends: a full stop (or ！？), possibly inside closing quotes or brackets. */
const COMPLETE_END_RE = /[。！？!?][”’"'」』）)】\]]*$/u;
const IN_FORCE_ON_DATE_RE = new RegExp(`本(?:${KINDS})自${DATE}起?施行`, 'u');
const IN_FORCE_ON_PROMULGATION_RE = new RegExp(`本(?:${KINDS})自${PROMULGATE}之日起施行`, 'u');
const NOTICE_IN_FORCE_ON_DATE_RE = new RegExp(`自${DATE}起施行`, 'u');
const NOTICE_IN_FORCE_ON_PROMULGATION_RE = new RegExp(`自${PROMULGATE}之日起施行`, 'u');
const PROMULGATE_RE = new RegExp(PROMULGATE, 'u');

const SENTENCE_PUNCTUATION = /[。，；！？：,;!?]/u;
const TITLE_LINE_RE = new RegExp(`^[^。，；！？：,;!?]{2,80}(?:${KINDS})$`, 'u');
const NOTICE_TITLE_RE = new RegExp(`《([^《》]{2,80}?(?:${KINDS}))》(?:已由|已经|已經|业经|業經|经|經)`, 'u');
const CITED_TITLE_RE = new RegExp(`《([^《》]{2,80}?(?:${KINDS}))》`, 'u');
const CONTINUED_FROM_RE = /^[（(](?:上接|下转|下轉|接第|转第|轉第|续第|續第)/u;
/** Newspaper jump markers: （上接第一版）, （下转第三版）. */
const PAGE_MARKER_RE = /[（(](?:上接|下转|下轉|接第|转第|轉第|续第|續第)[^（）()]{0,12}[）)]/gu;
const NOTICE_NUMBER_LINE_RE = /^[（(]?(第[0-9０-９零〇一二三四五六七八九十百千]+[号號])[）)]?$/u;
const ORGAN_END_RE =
  /(?:常务委员会|常務委員會|人民代表大会|人民代表大會|人民政府|委员会|委員會|办公厅|辦公廳|办公室|辦公室|政府|部|局|署|院|厅|廳)$/u;
const SESSION_RE = /第[零〇一二三四五六七八九十百0-9]+[届屆]/gu;
/** The body that met: …于 / 2025年5月28日 <body> 第二十一次会议. */
const MEETING_RE =
  /(?:日|已由|已经|已經|业经|業經|经|經)([^。，；（）()《》]{2,60}?)第[零〇一二三四五六七八九十百0-9]+次(?:全体|全體|常务|常務)?(?:会议|會議)/u;

// ---------------------------------------------------------------------------------------------------------
// Where the body ends: trailer lines

/** Lines that can only belong to what follows a regulation (or precedes it): notes, notices, dates. */
function isStrongTrailerLine(text: string): boolean {
  switch (text[0]) {
    case '（':
    case '(':
      return (
        CONTINUED_FROM_RE.test(text) ||
        NOTICE_NUMBER_LINE_RE.test(text) ||
        (DATE_RE.test(text) && /通[过過]|批准|公[布佈]|修正|修[订訂]/u.test(text))
      );
    case '特':
      return /^特此(?:公告|通告|公布|公佈)/u.test(text);
    case '《':
      return /^《[^》]+》(?:已由|已经|已經|业经|業經|经|經)/u.test(text);
    case '第':
      return NOTICE_NUMBER_LINE_RE.test(text);
    default:
      return text.endsWith('日') && DATE_LINE_RE.test(text);
  }
}

/** A bare title or notice heading: could also be the first OCR line of a paragraph, so it needs company. */
function isWeakTrailerLine(text: string): boolean {
  if (!/[例法定则則告令]$/u.test(text) || text.length > 80 || SENTENCE_PUNCTUATION.test(text)) return false;
  return TITLE_LINE_RE.test(text) || /(?:公告|令)$/u.test(text);
}

function nextNonBlank(tokens: readonly SourceLine[], index: number): SourceLine | undefined {
  for (let i = index + 1; i < tokens.length; i++) if (tokens[i]!.kind !== 'blank') return tokens[i];
  return undefined;
}

function isTrailerAt(tokens: readonly SourceLine[], index: number): boolean {
  const text = tokens[index]!.compact;
  if (isStrongTrailerLine(text)) return true;
  if (!isWeakTrailerLine(text)) return false;
  const next = nextNonBlank(tokens, index);
  if (next === undefined) return true;
  const nextText = next.compact;
  return isStrongTrailerLine(nextText) || isWeakTrailerLine(nextText);
}

// ---------------------------------------------------------------------------------------------------------
// Body walk: which lines start chapters, articles and items, and where the body ends

interface ContentBase {
  line: number;
  /** A blank line separates this line from the previous non-blank one. */
  blankBefore: boolean;
  /** The previous non-blank line ended a sentence (。；：！？), so this line may start a new unit. */
  afterSentence: boolean;
}
interface ContentText extends ContentBase {
  kind: 'text';
  text: string;
  /** Characters without whitespace, for the typical line length. */
  length: number;
}
interface ContentItem extends ContentBase {
  kind: 'item';
  number: number;
  marker: string;
  text: string;
}
type ContentLine = ContentText | ContentItem;

interface ArticleDraft {
  token: ArticleLine;
  chapter: number | null;
  content: ContentLine[];
}
interface ChapterDraft {
  token: DivisionLine;
  title: string;
  articleCount: number;
}
interface Body {
  start: number;
  end: number;
  chapters: ChapterDraft[];
  articles: ArticleDraft[];
}

const isDivision = (token: SourceLine): token is DivisionLine => token.kind === 'chapter' || token.kind === 'section';

/**
 * The body starts at the first article heading that starts a block (or is 第一条), or at the last chapter heading
 * before it: chapter lines further up belong to a table of contents (目录). Before the body a block also ends
 * at a blank line or after a line without sentence punctuation (a title, a note, 目录).
 */
function findBodyStart(tokens: readonly SourceLine[]): number {
  let atBlockStart = true;
  let lastChapter = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'blank') {
      atBlockStart = true;
      continue;
    }
    if (token.kind === 'chapter') lastChapter = i;
    if (token.kind === 'article' && (atBlockStart || token.number === 1)) return lastChapter >= 0 ? lastChapter : i;
    atBlockStart = isDivision(token) || endsSentence(token.text) || !SENTENCE_PUNCTUATION.test(token.text);
  }
  throw new RegulationFormatError('no article heading (第…条) found', 1);
}

interface Numbered {
  number: number;
  label: string;
  line: number;
}

/** Article and chapter numbers run 1, 2, 3…: names the gap, duplicate or step back at the offending heading. */
function checkNumbering(what: 'article' | 'chapter', token: Numbered, before: readonly { token: Numbered }[]): void {
  const fail = (message: string): never => {
    throw new RegulationFormatError(message, token.line);
  };
  const previous = before.at(-1)?.token;
  if (previous === undefined) {
    if (token.number !== 1) fail(`${what} 1 missing; first ${what} is ${token.label}`);
    return;
  }
  const expected = previous.number + 1;
  if (token.number === expected) return;
  const first = before.find((b) => b.token.number === token.number)?.token;
  if (first) fail(`duplicate ${token.label} (${what} ${token.number} is already at line ${first.line})`);
  if (token.number < expected) fail(`${what} numbering goes back: found ${token.label} after ${previous.label}`);
  const missing =
    token.number === expected + 1 ? `${what} ${expected} missing` : `${what}s ${expected}-${token.number - 1} missing`;
  fail(`${missing}; found ${token.label} after ${previous.label}`);
}

/** A chapter heading must follow a chapter that has articles, and no article may come before the first one. */
function checkChapter(token: DivisionLine, chapters: readonly ChapterDraft[], articles: readonly ArticleDraft[]): void {
  const previous = chapters.at(-1);
  const firstArticle = articles[0];
  if (previous === undefined && firstArticle !== undefined) {
    const message = `${token.label} comes after ${firstArticle.token.label}: articles before the first chapter`;
    throw new RegulationFormatError(message, token.line);
  }
  if (previous !== undefined && previous.articleCount === 0) {
    throw new RegulationFormatError(`${previous.token.label} has no articles`, previous.token.line);
  }
  checkNumbering('chapter', token, chapters);
}

/**
 * Walks the body line by line. A heading-looking line starts a unit only at a block start (the previous
 * non-blank line ended a sentence) or, for articles and chapters, when it carries the next expected number;
 * otherwise it is running text broken by OCR. The body ends
 * - when the sentence putting the regulation into force (本条例自…施行。) has ended its line, unless the next
 *   line is the next article or a repeal sentence (…同时废止);
 * - at the first block that looks like a trailer (title line, （…通过） note, 公告, 特此公告, date, （上接第…版）).
 * Neither applies while the next article still follows somewhere below: then a date line or a jump marker
 * (（下转第三版）) is newspaper furniture inside the body and is dropped.
 */
function walkBody(tokens: readonly SourceLine[], start: number): Body {
  const chapters: ChapterDraft[] = [];
  const articles: ArticleDraft[] = [];
  let current: ArticleDraft | null = null;
  let lastDivision: DivisionLine | null = null;
  let afterSentence = true;
  let blankBefore = false;
  let sentence = '';
  let inForce = false;
  let pendingEnd = false;
  let lastItem = 0;
  let end = tokens.length;
  let last: { line: number; text: string } | null = null;
  // Where each article number occurs as a heading: a trailer-looking line before the next article is page
  // furniture (a running date, a jump marker), not the end of the body.
  const articleIndexes = new Map<number, number[]>();
  tokens.forEach((t, index) => {
    if (t.kind === 'article') articleIndexes.set(t.number, [...(articleIndexes.get(t.number) ?? []), index]);
  });
  const hasArticleAfter = (index: number, number: number): boolean =>
    (articleIndexes.get(number) ?? []).some((at) => at > index);

  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'blank') {
      blankBefore = true;
      continue;
    }
    const atBlockStart = afterSentence;
    const expectedArticle = (articles.at(-1)?.token.number ?? 0) + 1;
    if (pendingEnd) {
      const continues =
        (token.kind === 'article' && token.number === expectedArticle) ||
        (token.kind === 'text' && REPEAL_RE.test(token.text)) ||
        hasArticleAfter(i, expectedArticle);
      if (!continues) {
        end = i;
        break;
      }
      pendingEnd = false;
    }
    let lineText = token.text;
    if (current !== null && token.kind === 'text') {
      if (atBlockStart && isTrailerAt(tokens, i) && !hasArticleAfter(i, expectedArticle)) {
        end = i;
        break;
      }
      // Page furniture inside the body: a running date line goes, a jump marker goes but its line's text stays.
      if (token.compact.endsWith('日') && DATE_LINE_RE.test(token.compact)) continue;
      if (token.text.includes('版')) {
        lineText = token.text.replace(PAGE_MARKER_RE, '').trim();
        if (lineText === '') continue;
      }
    }

    if (token.kind === 'chapter' && (atBlockStart || token.number === (chapters.at(-1)?.token.number ?? 0) + 1)) {
      checkChapter(token, chapters, articles);
      chapters.push({ token, title: token.title, articleCount: 0 });
      current = null;
      lastDivision = token;
      afterSentence = true;
      blankBefore = false;
      sentence = '';
      continue;
    }
    if (token.kind === 'section' && atBlockStart) {
      current = null;
      lastDivision = token;
      afterSentence = true;
      blankBefore = false;
      sentence = '';
      continue;
    }

    if (token.kind === 'article' && (atBlockStart || token.number === expectedArticle)) {
      checkNumbering('article', token, articles);
      const chapter = chapters.at(-1);
      if (chapter) chapter.articleCount++;
      current = { token, chapter: chapter?.token.number ?? null, content: [] };
      articles.push(current);
      sentence = compact(token.rest);
      inForce = false;
      lastItem = 0;
    } else if (current === null) {
      // Between a chapter (or section) heading and its first article only a wrapped title can stand.
      if (lastDivision === null || SENTENCE_PUNCTUATION.test(token.text) || token.compact.length > 30) {
        const after = lastDivision ? ` after ${lastDivision.label}` : '';
        throw new RegulationFormatError(`text outside any article${after}: "${token.text.slice(0, 20)}"`, token.line);
      }
      const chapter = chapters.at(-1);
      if (lastDivision.kind === 'chapter' && chapter) chapter.title += normalizeSpacing(token.text);
      continue;
    } else if (
      token.kind === 'item' &&
      // After a blank line an item with the next number starts even if OCR lost the ：/； before it.
      (atBlockStart || (blankBefore && (token.number === 1 || token.number === lastItem + 1)))
    ) {
      lastItem = token.number;
      current.content.push({
        kind: 'item',
        line: token.line,
        number: token.number,
        marker: token.marker,
        text: token.rest,
        blankBefore,
        afterSentence,
      });
      sentence = compact(token.rest);
    } else {
      const length = compact(lineText).length;
      current.content.push({ kind: 'text', line: token.line, text: lineText, length, blankBefore, afterSentence });
      sentence += compact(lineText);
    }

    afterSentence = endsSentence(lineText);
    blankBefore = false;
    last = { line: token.line, text: lineText };
    if (afterSentence) {
      if (sentence.includes('施行') && ENTRY_INTO_FORCE_RE.test(sentence)) inForce = true;
      if (inForce) pendingEnd = true;
      sentence = '';
    }
  }

  const lastChapter = chapters.at(-1);
  if (lastChapter && lastChapter.articleCount === 0) {
    throw new RegulationFormatError(`${lastChapter.token.label} has no articles`, lastChapter.token.line);
  }
  // Running into the end of the file is normal (no trailer), but not in the middle of a sentence, a list
  // (：/；) or a heading without text: that is a file cut short, which would otherwise load as a shorter law.
  if (end === tokens.length && current !== null && last !== null && !COMPLETE_END_RE.test(compact(last.text))) {
    throw new RegulationFormatError(
      `the text ends in the middle of ${current.token.label} ("…${compact(last.text).slice(-12)}"): the file looks truncated`,
      last.line,
    );
  }
  return { start, end, chapters, articles };
}

// ---------------------------------------------------------------------------------------------------------
// Article structure: heading, paragraphs, items

const BRACKET_HEADING_RE = /^[【〔［\[]\s*([^】〕］\]]{1,30}?)\s*[】〕］\]]\s*(.*)$/u;
const PAREN_HEADING_RE = /^[（(]\s*([^（）()]{1,20}?)\s*[）)]\s*(.*)$/u;
const HEADING_PUNCTUATION = /[。，；：、！？“”‘’《》（）()【】,.;:!?"]/u;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Splits an inline article heading from the text: 第一条【立法目的】为了… / 第一条（立法目的）为了… /
 * 第一条　立法目的 (alone on its line, the text on the next). The last form is told from an OCR line that
 * happens to have no punctuation (第二十条 鼓励外商投资企业在自贸试验区) by its length: a heading line is much
 * shorter than the typical text line of the document.
 */
function splitHeading(draft: ArticleDraft, typicalLineLength: number): { heading: string | null; rest: string } {
  const rest = draft.token.rest.trim();
  const bracket = /^[【〔［\[]/u.test(rest) ? BRACKET_HEADING_RE.exec(rest) : null;
  if (bracket) return { heading: normalizeSpacing(bracket[1]!), rest: bracket[2]! };
  const paren = /^[（(]/u.test(rest) ? PAREN_HEADING_RE.exec(rest) : null;
  if (paren && !HEADING_PUNCTUATION.test(paren[1]!) && !/^[一二三四五六七八九十0-9０-９]+$/u.test(paren[1]!)) {
    return { heading: normalizeSpacing(paren[1]!), rest: paren[2]! };
  }
  const alone =
    rest !== '' &&
    /^\s/u.test(draft.token.rest) &&
    !HEADING_PUNCTUATION.test(rest) &&
    compact(rest).length <= 15 &&
    draft.content[0]?.kind === 'text' &&
    draft.token.compact.length <= 0.75 * typicalLineLength;
  if (alone) return { heading: normalizeSpacing(rest), rest: '' };
  return { heading: null, rest };
}

interface UnitDraft {
  line: number;
  parts: string[];
}
interface ParagraphDraft extends UnitDraft {
  items: (UnitDraft & { number: number; marker: string })[];
}

/**
 * Paragraph rule: a text line starts a new paragraph when the previous line ended a sentence and — in a text
 * whose paragraphs are separated by blank lines — a blank line comes between; a blank line after an unfinished
 * sentence is a page break. In a text without such blank lines every line break after a sentence ends the
 * paragraph. Items always start a new unit and belong to the paragraph before them; text after an item list
 * that starts a new unit is a new paragraph.
 */
function buildArticle(draft: ArticleDraft, blankSeparated: boolean, typicalLineLength: number): Article {
  const { heading, rest } = splitHeading(draft, typicalLineLength);
  const paragraphs: ParagraphDraft[] = [];
  const startParagraph = (line: number, parts: string[]): ParagraphDraft => {
    const paragraph: ParagraphDraft = { line, parts, items: [] };
    paragraphs.push(paragraph);
    return paragraph;
  };
  // The unit (paragraph or item) that continuation lines are added to.
  let unit: UnitDraft | null = rest.trim() === '' ? null : startParagraph(draft.token.line, [rest]);

  for (const content of draft.content) {
    if (content.kind === 'item') {
      const paragraph = paragraphs.at(-1) ?? startParagraph(content.line, []);
      const expected = paragraph.items.length + 1;
      if (content.number !== expected) {
        const previous = paragraph.items.at(-1);
        const problem =
          content.number < expected
            ? `duplicate item ${content.marker}`
            : `item ${expected} missing; found ${content.marker}${previous ? ` after ${previous.marker}` : ''}`;
        throw new RegulationFormatError(`${problem} in ${draft.token.label}`, content.line);
      }
      const item = { line: content.line, parts: [content.text], number: content.number, marker: content.marker };
      paragraph.items.push(item);
      unit = item;
      continue;
    }
    const startsUnit = content.afterSentence && (blankSeparated ? content.blankBefore : true);
    if (unit === null || startsUnit) unit = startParagraph(content.line, [content.text]);
    else unit.parts.push(content.text);
  }

  const built: Paragraph[] = paragraphs.map((p, index) => ({
    number: index + 1,
    text: joinLines(p.parts),
    items: p.items.map((item): Item => ({ number: item.number, text: joinLines(item.parts), line: item.line })),
    line: p.line,
  }));
  const text = built
    .flatMap((p, pi) => [p.text, ...p.items.map((item, ii) => `${paragraphs[pi]!.items[ii]!.marker}${item.text}`)])
    .filter((line) => line !== '')
    .join('\n');
  const { number, line } = draft.token;
  return { number, chapter: draft.chapter, heading, text, paragraphs: built, line };
}

// ---------------------------------------------------------------------------------------------------------
// Metadata

function toIsoDate(year: string, month: string, day: string): string | null {
  try {
    const y = parseChineseNumeral(year.replace(/[ＯO]/gu, '〇'));
    const m = parseChineseNumeral(month);
    const d = parseChineseNumeral(day);
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  } catch {
    return null;
  }
}

const isoOf = (match: RegExpExecArray | null): string | null =>
  match ? toIsoDate(match[1] ?? '', match[2] ?? '', match[3] ?? '') : null;

/** The date nearest before `keyword` in the same clause (no 。；， and no other date in between). */
function findDateBefore(text: string, keyword: RegExp): string | null {
  const dates = [...text.matchAll(DATE_GLOBAL_RE)];
  for (let i = 0; i < dates.length; i++) {
    const match = dates[i]!;
    const from = match.index + match[0].length;
    const until = Math.min(dates[i + 1]?.index ?? text.length, from + 60);
    const clause = text.slice(from, until).split(/[。；，]/u)[0] ?? '';
    if (keyword.test(clause)) return toIsoDate(match[1]!, match[2]!, match[3]!);
  }
  return null;
}

/** A bare title line before the body, else 《…》 in the notice, else a title line after the body, else any 《…条例》. */
function findTitle(preamble: readonly string[], trailer: readonly string[], joined: string): string {
  const isTitle = (line: string): boolean => TITLE_LINE_RE.test(line) && !/^第.+[章节節]/u.test(line);
  const titleLine = (lines: readonly string[]): string | null => {
    const single = lines.find(isTitle);
    if (single !== undefined) return single;
    // A long title can wrap onto a second line.
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      if (SENTENCE_PUNCTUATION.test(line) || isStrongTrailerLine(line)) continue;
      if (isTitle(line + lines[i + 1]!)) return line + lines[i + 1]!;
    }
    return null;
  };
  const notice = NOTICE_TITLE_RE.exec(joined);
  const anyCited = CITED_TITLE_RE.exec(joined);
  return titleLine(preamble) ?? notice?.[1] ?? titleLine(trailer) ?? anyCited?.[1] ?? '';
}

/** A signature line naming an organ, else the notice heading (…公告, …令), else the body that met to adopt it. */
function findIssuer(lines: readonly string[], joined: string): string | null {
  const withoutSession = (name: string): string => name.replace(SESSION_RE, '');
  for (const line of lines) {
    const signature =
      line.length >= 4 && line.length <= 40 && !line.startsWith('第') && !/[。，；！？：、（）()《》“”"]/u.test(line);
    if (signature && ORGAN_END_RE.test(line)) return withoutSession(line);
  }
  for (const line of lines) {
    const heading = /^([^。，；！？：（）()《》]{4,40}?)(?:公告|令)(?:[（(]?第.+[号號][）)]?)?$/u.exec(line);
    if (heading && ORGAN_END_RE.test(withoutSession(heading[1]!))) return withoutSession(heading[1]!);
  }
  const meeting = MEETING_RE.exec(joined);
  if (meeting) {
    const name = withoutSession(meeting[1]!).replace(DATED_PREFIX_RE, '');
    if (ORGAN_END_RE.test(name)) return name;
  }
  return null;
}

/** The first date of a （…通过） note, else the date before 通过 in the notice. */
function findAdopted(joined: string): string | null {
  for (const note of joined.matchAll(/[（(]([^（）()]{4,300})[）)]/gu)) {
    if (/通[过過]/u.test(note[1]!)) {
      const date = isoOf(DATE_RE.exec(note[1]!));
      if (date) return date;
    }
  }
  return findDateBefore(joined, /通[过過]/u);
}

/** A bare date line (the notice is signed and dated), else the date before 公布/发布. */
function findPromulgated(lines: readonly string[], joined: string): string | null {
  for (const line of lines) {
    const date = isoOf(DATE_LINE_RE.exec(line));
    if (date) return date;
  }
  return findDateBefore(joined, PROMULGATE_RE);
}

/** A （第56号） line, else 第N号 after 公告/令. */
function findNoticeNumber(lines: readonly string[], joined: string): string | null {
  for (const line of lines) {
    const match = NOTICE_NUMBER_LINE_RE.exec(line);
    if (match) return match[1]!;
  }
  return /(?:公告|令)[（(]?(第[0-9０-９零〇一二三四五六七八九十百千]+[号號])/u.exec(joined)?.[1] ?? null;
}

/** 本条例自…起施行 in the articles (自公布之日起 → the promulgation date), else 自…起施行 in the notice. */
function findEffective(articlesText: string, joined: string, promulgated: string | null): string | null {
  const byArticle = isoOf(IN_FORCE_ON_DATE_RE.exec(articlesText));
  if (byArticle) return byArticle;
  if (IN_FORCE_ON_PROMULGATION_RE.test(articlesText)) return promulgated;
  const byNotice = isoOf(NOTICE_IN_FORCE_ON_DATE_RE.exec(joined));
  if (byNotice) return byNotice;
  return NOTICE_IN_FORCE_ON_PROMULGATION_RE.test(joined) ? promulgated : null;
}

/** FNV-1a, 32 bits: a short stable hash for default ids. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `regulation:` + a hash of the title, for when the caller gives no id. */
export function deriveRegulationId(title: string): string {
  return `regulation:${hash32(title)}`;
}

function readMeta(
  preambleTokens: readonly SourceLine[],
  trailerTokens: readonly SourceLine[],
  articles: readonly Article[],
  options: ParseRegulationOptions,
): RegulationMeta {
  const linesOf = (tokens: readonly SourceLine[]): string[] =>
    tokens.filter((t) => t.kind !== 'blank').map((t) => t.compact);
  const preamble = linesOf(preambleTokens);
  const trailer = linesOf(trailerTokens);
  const lines = [...preamble, ...trailer];
  // Joined without separators: OCR breaks lines inside names and dates.
  const joined = lines.join('');
  const title = findTitle(preamble, trailer, joined);
  const promulgated = findPromulgated(lines, joined);
  return {
    id: options.id ?? deriveRegulationId(title || (articles[0]?.text ?? '')),
    title,
    issuer: findIssuer(lines, joined),
    adopted: findAdopted(joined),
    promulgated,
    noticeNumber: findNoticeNumber(lines, joined),
    effective: findEffective(articles.map((a) => a.text).join('\n'), joined, promulgated),
  };
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Parses the text of a Chinese regulation. Throws RegulationFormatError (message `line N: …`) for empty input,
 * input that is not text, no article at all, and gaps or duplicates in article, chapter or item numbering.
 */
export function parseRegulation(text: string, options: ParseRegulationOptions = {}): ParsedRegulation {
  const tokens = tokenizeSourceLines(text);
  const body = walkBody(tokens, findBodyStart(tokens));

  const textLengths = body.articles.flatMap((a) => a.content.filter((c) => c.kind === 'text').map((c) => c.length));
  const typicalLineLength = median(textLengths);
  const blankSeparated = body.articles.some((a) => a.content.some((c) => c.blankBefore && c.afterSentence));
  const articles = body.articles.map((draft) => buildArticle(draft, blankSeparated, typicalLineLength));
  const chapters = body.chapters.map((c): Chapter => ({ number: c.token.number, title: c.title, line: c.token.line }));

  let trailerEnd = body.end;
  while (trailerEnd < tokens.length && !CONTINUED_FROM_RE.test(tokens[trailerEnd]!.compact)) trailerEnd++;
  const regulation = readMeta(tokens.slice(0, body.start), tokens.slice(body.end, trailerEnd), articles, options);
  return { regulation, chapters, articles };
}
