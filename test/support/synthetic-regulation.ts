// Synthetic regulations in the textual form of the shipped one (seed/xinjiang-ftz-regulations-2025.txt), for
// benchmarks: 第N章 chapters, 第N条 articles wrapped like newspaper OCR (about 20 characters a line, blank
// lines between paragraphs and the odd page break inside one), （一） items, the same modal markers, and
// after the last article the title line, adoption note and promulgation notice the parser reads metadata
// from. Scale factor N gives 62·N articles in 8·N chapters. Pure and deterministic: the same options give
// the same text.
//
// Variety that reaches the graph, not just the text: every block of 62 articles defines two new zones
// (…伊宁片区（以下简称伊宁片区）) and adds them to 各片区, defines a department of its own (以下简称), and
// has its zones develop industries of their own (重点发展A、B以及C等新兴产业), so actors, industries
// and zone → industry links grow with N, as in a larger corpus.
//
// The hardening tests use it too, as a regulation several times the shipped one's length (generateLongRegulation).
import { formatChineseNumeral } from '../../seed/chinese-numerals.ts';
import { chapterArticles, describeBlock, type Context, type Para } from './synthetic-regulation-articles.ts';
import { CHAPTER_PLAN } from './synthetic-regulation-vocabulary.ts';
import { createRng, type Rng } from './seeded-random.ts';

export interface GenerateOptions {
  /** 1 ≈ the real regulation (62 articles); 100 ≈ 6,200 articles. A positive integer. */
  scale: number;
  /** PRNG seed (default 2025). */
  seed?: number;
}

export interface GeneratedRegulation {
  text: string;
  title: string;
  articles: number;
  chapters: number;
  /** Zones the text adds to 各片区 (besides the three of the real regulation). */
  newZones: string[];
}

export const ARTICLES_PER_SCALE = 62;
export const CHAPTERS_PER_SCALE = 8;
const LINE_WIDTH = 20;

// ---------------------------------------------------------------------------------------------------------
// Layout: OCR-like line wrapping

/**
 * Wraps a paragraph at about LINE_WIDTH characters. A line never starts with 第 or （: the parser would take
 * 第…条 or （一） at a line start for a heading or an item, and a real newspaper column rarely breaks there.
 */
function wrap(text: string, firstWidth: number, rng: Rng): string[] {
  const lines: string[] = [];
  let rest = text;
  let width = firstWidth;
  while (rest.length > width) {
    let cut = width;
    while (cut < rest.length && '第（('.includes(rest[cut]!)) cut++;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    width = LINE_WIDTH + (rng() < 0.2 ? 1 : 0);
  }
  if (rest !== '') lines.push(rest);
  return lines;
}

/** Lines of a paragraph, with now and then a page break (a blank line after a line that ends no sentence). */
function paragraphLines(text: string, firstWidth: number, rng: Rng): string[] {
  const lines = wrap(text, firstWidth, rng);
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    const endsSentence = /[。；：！？]$/.test(line);
    if (i < lines.length - 1 && !endsSentence && rng() < 0.03) out.push('');
  });
  return out;
}

function renderArticle(number: number, paragraphs: readonly Para[], rng: Rng): string[] {
  const label = `第${formatChineseNumeral(number)}条 `;
  const lines: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) lines.push('');
    const body = paragraphLines(paragraph.text, p === 0 ? LINE_WIDTH - label.length + 3 : LINE_WIDTH, rng);
    if (p === 0) body[0] = `${label}${body[0]}`;
    lines.push(...body);
    for (const [i, item] of (paragraph.items ?? []).entries()) {
      lines.push('');
      lines.push(...paragraphLines(`（${formatChineseNumeral(i + 1)}）${item}`, LINE_WIDTH, rng));
    }
  });
  return lines;
}

function renderTrailer(title: string, scale: number): string[] {
  return [
    title,
    '（2025年11月28日新疆维吾尔自治区第十四届人民代表大会常务委员会第二十三次会议通过）',
    '',
    `《${title}》已由新疆维吾尔自治区第十四届人民代表大会常务委员会第二十三次会议于2025年11月28日通过，现予公布，自2026年1月1日起施行。`,
    '',
    '特此公告。',
    '新疆维吾尔自治区人民代表大会常务委员会',
    '',
    '2025年12月3日',
    '',
    '新疆维吾尔自治区第十四届人民代表大会常务委员会公告',
    `（第${60 + (scale % 40)}号）`,
    '',
  ];
}

export function generateRegulation(options: GenerateOptions): GeneratedRegulation {
  const { scale } = options;
  if (!Number.isInteger(scale) || scale < 1 || scale > 160) {
    throw new RangeError(`generateRegulation: scale must be an integer from 1 to 160 (Chinese numerals up to 9999), got ${scale}`);
  }
  const rng = createRng(options.seed ?? 2025);
  const title = '中国（新疆）自由贸易试验区综合示范条例';
  const lines: string[] = [];
  const newZones: string[] = [];
  let article = 0;
  let chapter = 0;

  for (let b = 0; b < scale; b++) {
    const block = describeBlock(b);
    const { zones } = block;
    newZones.push(...zones);
    const last = b === scale - 1;
    const c: Context = { rng, block, last };

    for (const plan of CHAPTER_PLAN) {
      chapter++;
      let chapterTitle: string = plan.title;
      if (b > 0 && plan.theme === 'general') chapterTitle = `${zones[0]}建设总体要求`;
      else if (b > 0 && plan.theme !== 'final') chapterTitle = `${zones[0]}${plan.title}`;
      if (plan.theme === 'final' && !last) chapterTitle = `${zones[0]}监督检查`;
      if (lines.length > 0) lines.push('');
      lines.push(`第${formatChineseNumeral(chapter)}章 ${chapterTitle}`, '');
      const articles = chapterArticles(c, plan.theme, plan.count);
      articles.forEach((paragraphs, i) => {
        article++;
        if (i > 0) lines.push('');
        lines.push(...renderArticle(article, paragraphs, rng));
      });
    }
  }
  lines.push('', ...renderTrailer(title, scale));
  return { text: `${lines.join('\n')}\n`, title, articles: article, chapters: chapter, newZones };
}

/**
 * The text of a regulation `times` as long as the shipped one (62·times articles), ending with its entry into
 * force: for a seed whose write transaction stays open long enough to be interrupted.
 */
export function generateLongRegulation(times: number): string {
  return generateRegulation({ scale: times }).text;
}
