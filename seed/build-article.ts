// Article structure: the inline heading, paragraphs (款) and items (项) of one article walked by walk-body.ts.
import { joinLines, normalizeSpacing, removeWhitespace as compact } from './source-lines.ts';
import { RegulationFormatError, type Article, type Item, type Paragraph } from './types.ts';
import type { ArticleDraft } from './walk-body.ts';

const BRACKET_HEADING_RE = /^[【〔［\[]\s*([^】〕］\]]{1,30}?)\s*[】〕］\]]\s*(.*)$/u;
const PAREN_HEADING_RE = /^[（(]\s*([^（）()]{1,20}?)\s*[）)]\s*(.*)$/u;
const HEADING_PUNCTUATION = /[。，；：、！？“”‘’《》（）()【】,.;:!?"]/u;

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
export function buildArticle(draft: ArticleDraft, blankSeparated: boolean, typicalLineLength: number): Article {
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
