// The parse stage: regulation text → chapters, articles, paragraphs (款) and items (项), plus the metadata
// read from the text around the body (title line and adoption note before it, promulgation notice after it).
// Pure: no I/O. Works on OCR'd newspaper text where lines break mid-word and page breaks leave blank lines
// inside paragraphs, as well as on official one-paragraph-per-line texts.
//
// The steps, in this order: line tokens (source-lines.ts) → where the body starts and ends, with its chapter,
// section and article headings and numbering checks (walk-body.ts, trailer-lines.ts) → each article's heading,
// paragraphs and items (build-article.ts) → metadata from the lines around the body (read-metadata.ts).
import { buildArticle } from './build-article.ts';
import { readMeta } from './read-metadata.ts';
import { CONTINUED_FROM_RE } from './regulation-patterns.ts';
import { tokenizeSourceLines } from './source-lines.ts';
import type { Chapter, ParsedRegulation } from './types.ts';
import { findBodyStart, walkBody } from './walk-body.ts';

export { deriveRegulationId } from './read-metadata.ts';

export interface ParseRegulationOptions {
  /** Stable regulation id; by default derived from the title (`regulation:` + hash). */
  id?: string;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

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
  const regulation = readMeta(tokens.slice(0, body.start), tokens.slice(body.end, trailerEnd), articles, options.id);
  return { regulation, chapters, articles };
}
