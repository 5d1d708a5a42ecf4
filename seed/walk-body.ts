// Body walk: which lines start chapters, articles and items, and where the body ends. Article and chapter
// numbering is checked here, at the offending heading.
import { DATE_LINE_RE, KINDS, SENTENCE_PUNCTUATION } from './regulation-patterns.ts';
import {
  endsSentence,
  normalizeSpacing,
  removeWhitespace as compact,
  type ArticleLine,
  type DivisionLine,
  type SourceLine,
} from './source-lines.ts';
import { isTrailerAt } from './trailer-lines.ts';
import { RegulationFormatError } from './types.ts';

/** The sentence that puts the regulation into force, ending the line it is on: 本条例自2025年7月1日起施行。 */
const ENTRY_INTO_FORCE_RE = new RegExp(`本(?:${KINDS})自[^。；！？]*施行[^。；！？]*[。！]$`, 'u');
/** A sentence that may follow entry into force in the same article: …同时废止。 */
const REPEAL_RE = /[废廢]止/u;
/** How the last line of a complete regulation ends: a full stop (or ！？), possibly inside closing quotes or brackets. */
const COMPLETE_END_RE = /[。！？!?][”’"'」』）)】\]]*$/u;
/** Newspaper jump markers: （上接第一版）, （下转第三版）. */
const PAGE_MARKER_RE = /[（(](?:上接|下转|下轉|接第|转第|轉第|续第|續第)[^（）()]{0,12}[）)]/gu;

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

export interface ArticleDraft {
  token: ArticleLine;
  chapter: number | null;
  content: ContentLine[];
}
interface ChapterDraft {
  token: DivisionLine;
  title: string;
  articleCount: number;
}
export interface Body {
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
export function findBodyStart(tokens: readonly SourceLine[]): number {
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
export function walkBody(tokens: readonly SourceLine[], start: number): Body {
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

    const expectedChapter = (chapters.at(-1)?.token.number ?? 0) + 1;
    if (isDivision(token) && (atBlockStart || (token.kind === 'chapter' && token.number === expectedChapter))) {
      if (token.kind === 'chapter') {
        checkChapter(token, chapters, articles);
        chapters.push({ token, title: token.title, articleCount: 0 });
      }
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
