// Reads the hand annotations of test/annotations/*.tsv (format in test/annotations/GUIDELINE.md). Pure: the
// caller reads the file. A malformed line is refused with its line number, never skipped.
import { MODALITIES, type Modality } from '../../seed/types.ts';

export interface AnnotatedObligation {
  article: number;
  paragraph: number;
  item: number | null;
  modality: Modality;
  /** Bearer names as the annotator wrote them; empty when the text names no one. */
  bearers: string[];
  marker: string;
  note: string;
  line: number;
}

export class AnnotationError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'AnnotationError';
  }
}

const POSITIVE = /^[1-9][0-9]*$/;

export function parseAnnotations(file: string, text: string): AnnotatedObligation[] {
  const records: AnnotatedObligation[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '');
    if (content.trim() === '' || content.startsWith('#')) return;
    const fields = content.split('\t');
    if (fields.length < 6) throw new AnnotationError(file, line, `expected at least 6 tab-separated fields, got ${fields.length}`);
    const [article, paragraph, item, modality, bearers, marker, ...rest] = fields.map((f) => f.trim()) as [string, string, string, string, string, string, ...string[]];
    if (!POSITIVE.test(article)) throw new AnnotationError(file, line, `article must be a positive number, got "${article}"`);
    if (!POSITIVE.test(paragraph)) throw new AnnotationError(file, line, `paragraph must be a positive number, got "${paragraph}"`);
    if (item !== '-' && !POSITIVE.test(item)) throw new AnnotationError(file, line, `item must be a positive number or -, got "${item}"`);
    if (!MODALITIES.includes(modality as Modality)) {
      throw new AnnotationError(file, line, `modality must be one of ${MODALITIES.join(', ')}, got "${modality}"`);
    }
    const names = bearers === '-' ? [] : bearers.split('|').map((b) => b.trim());
    if (names.some((name) => name === '' || name === '-')) throw new AnnotationError(file, line, `empty bearer name in "${bearers}"`);
    if (marker === '') throw new AnnotationError(file, line, 'the marker is missing');
    records.push({
      article: Number(article),
      paragraph: Number(paragraph),
      item: item === '-' ? null : Number(item),
      modality: modality as Modality,
      bearers: names,
      marker,
      note: rest.join('\t'),
      line,
    });
  });
  return records;
}
