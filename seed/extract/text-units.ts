// The pieces of text that obligations and mentions point into: each paragraph's own text and each
// item's text, with a normalised copy of the same length for matching.
import type { ClauseRef, ParsedRegulation } from '../types.ts';
import { normalizeScript } from './normalize-script.ts';

export interface TextUnit extends ClauseRef {
  /** Original text, as in the Paragraph or Item. */
  text: string;
  /** normalizeScript(text): same length, so offsets are shared. */
  norm: string;
}

export function listTextUnits(parsed: ParsedRegulation): TextUnit[] {
  const units: TextUnit[] = [];
  for (const article of parsed.articles) {
    for (const paragraph of article.paragraphs) {
      units.push(makeUnit(article.number, paragraph.number, null, paragraph.text));
      for (const item of paragraph.items) units.push(makeUnit(article.number, paragraph.number, item.number, item.text));
    }
  }
  return units;
}

export function makeUnit(article: number, paragraph: number, item: number | null, text: string): TextUnit {
  return { article, paragraph, item, text, norm: normalizeScript(text) };
}
