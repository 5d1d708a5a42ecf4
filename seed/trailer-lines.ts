// Where the body ends: lines that belong to what follows a regulation (or precedes it), such as notes,
// notices, dates and bare title lines, told apart from the OCR lines of a paragraph.
import { CONTINUED_FROM_RE, DATE_LINE_RE, DATE_RE, NOTICE_NUMBER_LINE_RE, SENTENCE_PUNCTUATION, TITLE_LINE_RE } from './regulation-patterns.ts';
import type { SourceLine } from './source-lines.ts';

/** Lines that can only belong to what follows a regulation (or precedes it): notes, notices, dates. */
export function isStrongTrailerLine(text: string): boolean {
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

/** A strong trailer line, or a weak one followed by another trailer line or by nothing. */
export function isTrailerAt(tokens: readonly SourceLine[], index: number): boolean {
  const text = tokens[index]!.compact;
  if (isStrongTrailerLine(text)) return true;
  if (!isWeakTrailerLine(text)) return false;
  const next = nextNonBlank(tokens, index);
  if (next === undefined) return true;
  const nextText = next.compact;
  return isStrongTrailerLine(nextText) || isWeakTrailerLine(nextText);
}
