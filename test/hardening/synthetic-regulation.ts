// A regulation text in the form of an official one (one paragraph per line, items as （一）… lines) but many
// times longer than the shipped one: its articles repeated under fresh numbers, so a seed of it holds its write
// transaction open long enough to be killed in the middle.
import { readFileSync } from 'node:fs';
import { parseRegulation } from '../../seed/parse-regulation.ts';
import { SEED_SOURCE_PATH } from '../../seed/seed-source.ts';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 105 → 一百零五, 1010 → 一千零一十 (up to 9999, as article numbers are written). */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`cannot write ${n} as a numbering numeral`);
  const places = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ] as const;
  let text = '';
  let zero = false;
  for (const [value, unit] of places) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    if (zero) text += '零';
    zero = false;
    text += DIGITS[digit] + unit;
  }
  // 十二, not 一十二, when ten is the highest place.
  return n >= 10 && n < 20 ? text.slice(1) : text;
}

/** The shipped regulation's chapters and articles `copies` times over (minus its entry-into-force article, which ends it once). */
export function generateLongRegulation(copies: number): string {
  const parsed = parseRegulation(readFileSync(SEED_SOURCE_PATH, 'utf8'));
  const body = parsed.articles.filter((article) => !/本条例自.*施行/.test(article.text));
  const lines: string[] = [];
  let chapterNumber = 0;
  let articleNumber = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const chapter of parsed.chapters) {
      const articles = body.filter((article) => article.chapter === chapter.number);
      if (articles.length === 0) continue;
      lines.push(`第${formatChineseNumeral(++chapterNumber)}章　${chapter.title}`, '');
      for (const article of articles) {
        article.paragraphs.forEach((paragraph, index) => {
          lines.push(index === 0 ? `第${formatChineseNumeral(++articleNumber)}条　${paragraph.text}` : paragraph.text);
          for (const item of paragraph.items) lines.push(`（${formatChineseNumeral(item.number)}）${item.text}`);
        });
        lines.push('');
      }
    }
  }
  lines.push(`第${formatChineseNumeral(++articleNumber)}条　本条例自2025年7月1日起施行。`, '');
  return lines.join('\n');
}
