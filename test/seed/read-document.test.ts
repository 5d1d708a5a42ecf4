// The read stage: every format of the fixture regulation (test/fixtures/documents, rebuilt by make-fixtures.ts)
// reads to text that parses to the same chapters, articles, paragraphs and items as its .txt version, and each
// kind of unreadable input fails with a DocumentReadError that says what is wrong.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseRegulation } from '../../seed/parse-regulation.ts';
import { DocumentReadError, READABLE_EXTENSIONS, readDocumentText } from '../../seed/read-document.ts';
import { rebuildLines } from '../../seed/read-document/read-pdf.ts';
import { unifyRadicals } from '../../seed/read-document/unify-radicals.ts';
import { decodeSource, SourceEncodingError } from '../../seed/read-source.ts';
import { RegulationFormatError, type ParsedRegulation } from '../../seed/types.ts';
import { CORPUS_DIR } from '../eval/texts.ts';
import { CHROMIUM_PATH, printWithChromium, readFixtureBlocks, toPrintPage } from '../fixtures/documents/make-fixtures.ts';

const FIXTURES = new URL('../fixtures/documents/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What the parser made of a text, without line numbers (they differ from format to format by design). */
function structureOf(parsed: ParsedRegulation) {
  return {
    regulation: parsed.regulation,
    chapters: parsed.chapters.map((c) => ({ number: c.number, title: c.title })),
    articles: parsed.articles.map((a) => ({
      number: a.number,
      chapter: a.chapter,
      paragraphs: a.paragraphs.map((p) => ({ text: p.text, items: p.items.map((item) => item.text) })),
    })),
  };
}

const TEXT_VERSION = structureOf(parseRegulation(readFileSync(new URL('regulation.txt', FIXTURES), 'utf8')));

async function readError(bytes: Uint8Array, fileName: string): Promise<DocumentReadError> {
  const error = await readDocumentText(bytes, fileName).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  expect(error).toBeInstanceOf(RegulationFormatError);
  return error as DocumentReadError;
}

describe('readDocumentText: one regulation in every format', () => {
  it('the text version is the synthetic regulation the fixtures are made of', () => {
    expect(TEXT_VERSION.chapters.map((c) => c.title)).toEqual(['总则', '市场培育', '附则']);
    expect(TEXT_VERSION.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(TEXT_VERSION.articles[1]!.paragraphs[0]!.items).toHaveLength(3);
    expect(TEXT_VERSION.regulation).toMatchObject({ title: '示范市数据要素市场促进条例', adopted: '2025-03-28' });
  });

  it.each(['regulation.docx', 'regulation.pdf', 'regulation.html'])(
    '%s parses to the chapters, articles, paragraphs and items of the .txt',
    async (name) => {
      const text = await readDocumentText(fixture(name), name);
      expect(structureOf(parseRegulation(text))).toEqual(TEXT_VERSION);
    },
  );

  it('reads .txt, .text and .md exactly as decodeSource does', async () => {
    const bytes = fixture('regulation.txt');
    for (const name of ['regulation.txt', 'notes.text', 'README.MD']) {
      expect(await readDocumentText(bytes, name)).toBe(decodeSource(bytes));
    }
    await expect(readDocumentText(new Uint8Array(), 'empty.txt')).rejects.toThrow(new SourceEncodingError('the file is empty', 1));
  });

  it('keeps the docx soft line break between title and note, and drops the PDF page number', async () => {
    const docx = (await readDocumentText(fixture('regulation.docx'), 'regulation.docx')).split('\n');
    expect(docx.slice(0, 2)).toEqual(['示范市数据要素市场促进条例', expect.stringMatching(/^（2025年3月28日.*通过）$/u)]);
    const pdf = await readDocumentText(fixture('regulation.pdf'), 'regulation.pdf');
    expect(pdf).not.toMatch(/—\s*\d+\s*—/u);
  });

  it('leaves the caller’s bytes intact (pdf.js takes over the buffer it is given)', async () => {
    const bytes = fixture('regulation.pdf');
    const copy = bytes.slice();
    await readDocumentText(bytes, 'regulation.pdf');
    expect(bytes).toEqual(copy);
  });

  it('lists the extensions it reads', () => {
    expect(READABLE_EXTENSIONS).toEqual(['.txt', '.text', '.md', '.docx', '.pdf', '.html', '.htm', '.xhtml']);
  });
});

describe.skipIf(!existsSync(CHROMIUM_PATH))('a PDF printed by Chromium (Type3 fonts, ToUnicode to radicals)', () => {
  let text = '';
  beforeAll(async () => {
    const [pdf] = await printWithChromium([toPrintPage(readFixtureBlocks())]);
    text = await readDocumentText(new Uint8Array(pdf!), 'printed.pdf');
  }, 30_000);

  it('parses to the structure of the .txt', () => {
    expect(structureOf(parseRegulation(text))).toEqual(TEXT_VERSION);
  });

  it('has ideographs where Chromium wrote Kangxi and supplement radicals (⼈⺠ → 人民)', () => {
    expect(text).toContain('人民政府');
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/u);
  });
});

describe('readDocumentText: what it refuses', () => {
  it('an unsupported or missing extension, listing the supported ones', async () => {
    const rtf = await readError(utf8('{\\rtf1 第一条}'), 'law.rtf');
    expect(rtf.message).toBe(
      'line 1: unsupported file type .rtf (law.rtf); supported: .txt, .text, .md, .docx, .pdf, .html, .htm, .xhtml',
    );
    expect(rtf.line).toBe(1);
    expect((await readError(utf8('第一条'), 'downloads/law')).message).toMatch(/has no file extension.*supported: \.txt/u);
  });

  it('an old binary Word .doc, asking for .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await readError(ole, 'law.doc')).message).toMatch(/old binary Word document \(\.doc\).*convert it to \.docx/u);
    expect((await readError(ole, 'renamed.docx')).message).toMatch(/OLE compound file: an old Word \.doc renamed/u);
  });

  it('bytes that are not a .docx, and a zip that is not a Word document', async () => {
    expect((await readError(utf8('garbage, not a document'), 'law.docx')).message).toMatch(/not a zip archive/u);
    const zip = await new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'uint8array' });
    expect((await readError(zip, 'law.docx')).message).toMatch(/zip archive but not a Word document/u);
    const truncated = fixture('regulation.docx').subarray(0, 600);
    expect((await readError(truncated, 'law.docx')).message).toMatch(/damaged/u);
  });

  it('bytes that are not a PDF, a damaged PDF and an encrypted one', async () => {
    expect((await readError(utf8('garbage, not a document'), 'law.pdf')).message).toMatch(/not a PDF file/u);
    expect((await readError(utf8('%PDF-1.7\nnothing else'), 'law.pdf')).message).toMatch(/damaged and cannot be opened/u);
    expect((await readError(encryptedPdf(), 'law.pdf')).message).toMatch(/encrypted with a password/u);
  });

  it('a scanned PDF without a text layer', async () => {
    const error = await readError(fixture('scanned.pdf'), 'scan.pdf');
    expect(error.message).toMatch(/0 characters of text on 1 page.*scanned without a text layer; run OCR first/u);
  });

  it('an HTML page with no text but scripts, styles and navigation', async () => {
    const page = '<html><head><title>法规</title><style>p{}</style></head><body><nav>首页</nav><script>go()</script></body></html>';
    expect((await readError(utf8(page), 'empty.html')).message).toMatch(/the HTML page has no text/u);
    expect((await readError(new Uint8Array(), 'empty.htm')).message).toMatch(/empty/u);
  });
});

describe('HTML', () => {
  const read = (html: string | Uint8Array, name = 'page.html') =>
    readDocumentText(typeof html === 'string' ? utf8(html) : html, name);

  it('makes a line of each block, <br> and table cell, without blank lines', async () => {
    const html = '<div><p>第一条　甲。<br>乙。</p><table><tr><td>发布机关</td><td>市人大常委会</td></tr></table><ul><li>丙</li></ul></div>';
    expect(await read(html)).toBe('第一条　甲。\n乙。\n发布机关\n市人大常委会\n丙');
  });

  it('decodes the charset the page declares (GB2312 here, as older government sites do), and refuses an unknown one', async () => {
    // 第一条 in GB2312: B5DA D2BB CCF5
    const gb2312 = [0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5];
    const meta = new Uint8Array([...utf8('<meta charset="gb2312"><p>'), ...gb2312, ...utf8('</p>')]);
    expect(await read(meta)).toBe('第一条');
    const httpEquiv = utf8('<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><p>');
    expect(await read(new Uint8Array([...httpEquiv, ...gb2312, ...utf8('</p>')]), 'page.htm')).toBe('第一条');
    const xhtml = utf8('<?xml version="1.0" encoding="x-unknown"?><html><body><p>第一条</p></body></html>');
    expect((await readError(xhtml, 'page.xhtml')).message).toMatch(/charset "x-unknown", which is not a known encoding/u);
  });

  it('keeps an undeclared page to UTF-8, with decodeSource’s error naming the line', async () => {
    const gbk = new Uint8Array([...utf8('<p>ok</p>\n<p>'), 0xb5, 0xda, 0xd2, 0xbb, ...utf8('</p>')]);
    await expect(read(gbk)).rejects.toThrow(/^line 2: not valid UTF-8/u);
  });
});

describe('rebuildLines (PDF text items → printed lines)', () => {
  const item = (str: string, x: number, y: number, options: { width?: number; eol?: boolean } = {}) => ({
    str,
    dir: 'ltr',
    transform: [10, 0, 0, 10, x, y],
    width: options.width ?? [...str].length * 10,
    height: 10,
    fontName: 'f',
    hasEOL: options.eol ?? false,
  });

  it('joins items on one baseline, with a space only where the page leaves a gap', () => {
    const items = [item('第一条', 40, 700), item('为了', 80, 700.5), item('规范', 100, 700), item('下一行', 20, 684)];
    expect(rebuildLines(items)).toEqual(['第一条 为了规范', '下一行']);
  });

  it('ends a line at hasEOL even on the same baseline, and drops a page number at the foot', () => {
    const items = [item('甲', 20, 700, { eol: true }), item('', 30, 700, { eol: true }), item('乙', 20, 700), item('— 3 —', 120, 20)];
    expect(rebuildLines(items)).toEqual(['甲', '乙']);
  });
});

it('unifyRadicals turns radicals that stand for ideographs into them, and nothing else', () => {
  expect(unifyRadicals('市⼈⺠政府有关部⻔（⼀）：')).toBe('市人民政府有关部门（一）：');
  expect(unifyRadicals('⺅⻌')).toBe('⺅⻌');
});

// Documents in the shared corpus, where there are any (it holds only .txt files today): each reads to text the
// parser turns into articles numbered from 1 without gaps.
const CORPUS_DOCUMENTS = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR).filter((name) => /\.(docx|pdf|html?|xhtml)$/iu.test(name))
  : [];
describe.skipIf(CORPUS_DOCUMENTS.length === 0)('corpus documents', () => {
  it.each(CORPUS_DOCUMENTS)('%s', async (name) => {
    const text = await readDocumentText(new Uint8Array(readFileSync(join(CORPUS_DIR, name))), name);
    const numbers = parseRegulation(text).articles.map((a) => a.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});

/** A PDF whose standard security handler wants a password that neither the empty one nor anything else opens. */
function encryptedPdf(): Uint8Array {
  const hex = (bytes: number, value: number) => value.toString(16).padStart(2, '0').repeat(bytes);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, 0x11)}> /U <${hex(32, 0x22)}> /P -4 >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(16, 0x33)}> <${hex(16, 0x33)}>] >>\n`;
  return utf8(`${pdf}startxref\n${xref}\n%%EOF\n`);
}
