import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegulation } from '../../seed/parse-regulation.ts';
import { normalizeSpacing, tokenizeSourceLines } from '../../seed/source-lines.ts';
import { RegulationFormatError, type Article, type ParsedRegulation } from '../../seed/types.ts';

const SOURCE = new URL('../../seed/xinjiang-ftz-regulations-2025.txt', import.meta.url);
const FIXTURES = new URL('../fixtures/parse/', import.meta.url);
const ERROR_FIXTURES = new URL('../fixtures/parse-errors/', import.meta.url);

const readText = (url: URL): string => readFileSync(url, 'utf8');

const articleOf = (parsed: ParsedRegulation, number: number): Article => {
  const article = parsed.articles.find((a) => a.number === number);
  if (!article) throw new Error(`no article ${number}`);
  return article;
};

/** `10` → article text, `10.2` → paragraph text, `10.2.4` → item text. */
function textAt(parsed: ParsedRegulation, key: string): string | undefined {
  const [article, paragraph, item] = key.split('.').map(Number);
  const a = parsed.articles.find((x) => x.number === article);
  if (paragraph === undefined) return a?.text;
  const p = a?.paragraphs.find((x) => x.number === paragraph);
  if (item === undefined) return p?.text;
  return p?.items.find((x) => x.number === item)?.text;
}

interface ExpectedSummary {
  regulation: Omit<ParsedRegulation['regulation'], 'id'>;
  chapters: string[];
  articles: { number: number; chapter: number | null; heading: string | null; items: number[]; line: number }[];
  texts: Record<string, string>;
}

function summarize(parsed: ParsedRegulation, textKeys: readonly string[]): ExpectedSummary {
  const { id: _id, ...regulation } = parsed.regulation;
  return {
    regulation,
    chapters: parsed.chapters.map((c) => `${c.number} ${c.title} @${c.line}`),
    articles: parsed.articles.map((a) => ({
      number: a.number,
      chapter: a.chapter,
      heading: a.heading,
      items: a.paragraphs.map((p) => p.items.length),
      line: a.line,
    })),
    texts: Object.fromEntries(textKeys.map((key) => [key, textAt(parsed, key) ?? '(missing)'])),
  };
}

/** Structural facts every parse must satisfy, whatever the input. */
function expectWellFormed(parsed: ParsedRegulation): void {
  expect(parsed.articles.map((a) => a.number)).toEqual(parsed.articles.map((_, i) => i + 1));
  expect(parsed.chapters.map((c) => c.number)).toEqual(parsed.chapters.map((_, i) => i + 1));
  for (const article of parsed.articles) {
    expect(article.paragraphs.map((p) => p.number)).toEqual(article.paragraphs.map((_, i) => i + 1));
    for (const paragraph of article.paragraphs) {
      expect(paragraph.items.map((item) => item.number)).toEqual(paragraph.items.map((_, i) => i + 1));
      for (const text of [paragraph.text, ...paragraph.items.map((item) => item.text)]) {
        expect(text).not.toMatch(/[\n\u3000]|[^\x21-\x7E] | [^\x21-\x7E]/);
      }
    }
    expect(article.text.split('\n')).toHaveLength(
      article.paragraphs.reduce((n, p) => n + (p.text === '' ? 0 : 1) + p.items.length, 0),
    );
  }
}

describe('parseRegulation on the Xinjiang FTZ regulations (2025)', () => {
  let text: string;
  let lines: string[];
  let parsed: ParsedRegulation;
  beforeAll(() => {
    text = readText(SOURCE);
    lines = text.split('\n');
    parsed = parseRegulation(text, { id: 'regulation:xinjiang-ftz-2025' });
  });

  it('reads the metadata from the promulgation notice after the body', () => {
    expect(parsed.regulation).toEqual({
      id: 'regulation:xinjiang-ftz-2025',
      title: '中国（新疆）自由贸易试验区条例',
      issuer: '新疆维吾尔自治区人民代表大会常务委员会',
      adopted: '2025-05-28',
      promulgated: '2025-06-03',
      noticeNumber: '第56号',
      effective: '2025-07-01',
    });
  });

  it('derives a stable default id from the title when none is given', () => {
    const { id } = parseRegulation(text).regulation;
    expect(id).toMatch(/^regulation:[a-z0-9-]+$/);
    expect(parseRegulation(text).regulation.id).toBe(id);
    expect(parseRegulation(readText(new URL('ocr-page-breaks-trailer.txt', FIXTURES))).regulation.id).toBe(id);
  });

  it('finds 8 chapters with their titles, spaced or glued to the heading', () => {
    expect(parsed.chapters.map((c) => c.title)).toEqual([
      '总则',
      '管理体制',
      '投资开放和贸易便利化',
      '特色产业',
      '金融服务',
      '服务“一带一路”核心区建设与向西开放',
      '营商环境与法治保障',
      '附则',
    ]);
    expect(parsed.chapters.map((c) => c.line)).toEqual([1, 62, 167, 262, 341, 395, 479, 551]);
  });

  it('finds 62 articles, each in its chapter and at the line of its heading', () => {
    expect(parsed.articles).toHaveLength(62);
    expectWellFormed(parsed);
    const chapterOf = (n: number) => articleOf(parsed, n).chapter;
    expect([1, 8, 9, 17, 18, 27, 28, 34, 35, 39, 40, 48, 49, 59, 60, 62].map(chapterOf)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8,
    ]);
    for (const article of parsed.articles) {
      expect(lines[article.line - 1]!.trim()).toMatch(/^第[一二三四五六七八九十]+条/);
      expect(article.heading).toBeNull();
    }
  });

  it('article 10: two paragraphs, the second with five items, item 4 joined across a page break', () => {
    const article = articleOf(parsed, 10);
    expect(article.paragraphs).toHaveLength(2);
    const [first, second] = article.paragraphs;
    expect(first!.items).toEqual([]);
    expect(second!.text).toBe('中国（新疆）自由贸易试验区工作办公室（以下简称自贸办）承担领导小组日常工作，履行下列职责：');
    expect(second!.items.map((item) => item.number)).toEqual([1, 2, 3, 4, 5]);
    expect(second!.items[3]).toEqual({
      number: 4,
      text: '负责自贸试验区统计、运行监测、对外宣传、业务培训、智库建设和管理以及信息化平台建设等工作；',
      line: 89,
    });
    // The last item is followed directly by 第十一条 without a blank line.
    expect(second!.items[4]!.text).toBe('承担领导小组交办的其他工作。');
    expect(article.text.split('\n')[5]).toBe('（四）负责自贸试验区统计、运行监测、对外宣传、业务培训、智库建设和管理以及信息化平台建设等工作；');
  });

  it('article 11: one paragraph continuing across the page break after its first line', () => {
    const article = articleOf(parsed, 11);
    expect(article.line).toBe(95);
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.text.startsWith('各片区所在州、市（地）人民政府（行政公署）承担')).toBe(true);
  });

  it('article 26: one paragraph with six items', () => {
    const article = articleOf(parsed, 26);
    expect(article.paragraphs.map((p) => p.items.length)).toEqual([6]);
    expect(article.paragraphs[0]!.items[3]!.text).toBe('支持符合条件的企业按照综合保税区维修产品目录开展“两头在外”保税维修业务；');
  });

  it('article 28: four paragraphs without items', () => {
    const article = articleOf(parsed, 28);
    expect(article.paragraphs.map((p) => p.items.length)).toEqual([0, 0, 0, 0]);
    expect(article.paragraphs.map((p) => p.text.slice(0, 6))).toEqual(['乌鲁木齐片区', '喀什片区重点', '霍尔果斯片区', '各片区应当根']);
    expect(article.paragraphs.map((p) => p.line)).toEqual([264, 271, 277, 282]);
  });

  it('joins paragraphs across page breaks (27, 37, 45) and keeps 32 at two paragraphs', () => {
    expect(articleOf(parsed, 27).text.startsWith('支持自贸试验区开展内外贸一体化先行先试')).toBe(true);
    expect(articleOf(parsed, 37).paragraphs[1]!.text).toContain('与共建“一带一路”国家转让贸易融资资产');
    expect(articleOf(parsed, 45).paragraphs.map((p) => p.text.slice(0, 14))).toEqual([
      '自贸试验区应当与共建“一带一',
      '鼓励高等学校、科研院所等开展',
    ]);
    expect(articleOf(parsed, 45).paragraphs[1]!.text).toContain('开展国际科技创新合作与交流');
    // Line 321 ends with 。 and line 322 follows without a blank line: same paragraph.
    const article32 = articleOf(parsed, 32);
    expect(article32.paragraphs).toHaveLength(2);
    expect(article32.paragraphs[1]!.text).toContain('催生新产业、新业态、新模式。鼓励与周边国家');
  });

  it('article 62 drops the OCR spaces in its date, and the body ends with it', () => {
    expect(articleOf(parsed, 62).text).toBe('本条例自2025年7月1日起施行。');
    for (const article of parsed.articles) {
      for (const word of ['特此公告', '上接', '房产证', '科技创新债券', '常务委员会公告']) {
        expect(article.text).not.toContain(word);
      }
    }
  });
});

describe('parseRegulation fixtures', () => {
  const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));

  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  it.each(names)('%s', (name) => {
    const expected = JSON.parse(readText(new URL(name.replace(/\.txt$/, '.expected.json'), FIXTURES))) as ExpectedSummary;
    const parsed = parseRegulation(readText(new URL(name, FIXTURES)));
    expectWellFormed(parsed);
    expect(summarize(parsed, Object.keys(expected.texts))).toEqual(expected);
  });
});

describe('parseRegulation errors', () => {
  const names = readdirSync(ERROR_FIXTURES).filter((name) => name.endsWith('.txt'));

  it.each(names)('%s', (name) => {
    const expected = JSON.parse(readText(new URL(name.replace(/\.txt$/, '.expected.json'), ERROR_FIXTURES))) as {
      line: number;
      message: string;
    };
    let error: unknown;
    try {
      parseRegulation(readText(new URL(name, ERROR_FIXTURES)));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RegulationFormatError);
    const formatError = error as RegulationFormatError;
    expect(formatError.line).toBe(expected.line);
    expect(formatError.message.startsWith(`line ${expected.line}: `)).toBe(true);
    expect(formatError.message).toContain(expected.message);
  });
});

describe('parseRegulation edge cases', () => {
  it('treats a cross-reference at the start of a wrapped line as text, not as an article', () => {
    const parsed = parseRegulation(
      '第一条 违反本条例第二十条第一款和\n第三条规定的，由有关部门依法处理。\n\n第二条 本条例自公布之日起施行。\n',
    );
    expect(parsed.articles.map((a) => a.text)).toEqual([
      '违反本条例第二十条第一款和第三条规定的，由有关部门依法处理。',
      '本条例自公布之日起施行。',
    ]);
  });

  it('takes a chapter title from the next line when the heading line has none', () => {
    const parsed = parseRegulation('第一章\n总\u3000则\n\n第一条 为了推进自贸试验区建设，制定本条例。\n');
    expect(parsed.chapters).toEqual([{ number: 1, title: '总则', line: 1 }]);
    expect(parsed.articles[0]).toMatchObject({ number: 1, chapter: 1, line: 4 });
  });

  it('keeps reading when the article after the entry-into-force sentence follows', () => {
    const parsed = parseRegulation(
      '第一条 本条例自2025年7月1日起施行。\n第二条 本条例由自治区人民代表大会常务委员会负责解释。\n',
    );
    expect(parsed.articles.map((a) => a.number)).toEqual([1, 2]);
    expect(parsed.regulation.effective).toBe('2025-07-01');
  });

  it('starts an item after a blank line even when OCR lost the colon before it', () => {
    const parsed = parseRegulation('第一条 自贸办履行下列职责\n\n（一）负责统计；\n\n（二）负责宣传。\n');
    expect(parsed.articles[0]!.paragraphs).toEqual([
      {
        number: 1,
        text: '自贸办履行下列职责',
        line: 1,
        items: [
          { number: 1, text: '负责统计；', line: 3 },
          { number: 2, text: '负责宣传。', line: 5 },
        ],
      },
    ]);
  });
});

describe('source lines', () => {
  it('removes OCR spaces between CJK characters and digits but keeps them between Latin words', () => {
    expect(normalizeSpacing('本条例自2025年 7月 1日起施行')).toBe('本条例自2025年7月1日起施行');
    expect(normalizeSpacing('总\u3000\u3000则')).toBe('总则');
    expect(normalizeSpacing('执行 GB/T 4754-2017 标准 和 Free Trade Zone 规则')).toBe('执行GB/T 4754-2017标准和Free Trade Zone规则');
  });

  it('classifies lines by how they look, keeping raw text and 1-based line numbers', () => {
    const tokens = tokenizeSourceLines(' 第一章 总 则\r\n\r\n第十一条 各片区\n（五）承担\n第十条规定的\n');
    expect(tokens.map((t) => [t.line, t.kind])).toEqual([
      [1, 'chapter'],
      [2, 'blank'],
      [3, 'article'],
      [4, 'item'],
      [5, 'text'],
      [6, 'blank'],
    ]);
    expect(tokens[0]).toMatchObject({ raw: ' 第一章 总 则', number: 1, label: '第一章', title: '总则' });
    expect(tokens[2]).toMatchObject({ number: 11, label: '第十一条', rest: ' 各片区' });
    expect(tokens[3]).toMatchObject({ number: 5, marker: '（五）', rest: '承担' });
  });
});
