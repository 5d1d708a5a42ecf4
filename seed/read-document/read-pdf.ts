// PDF → text with pdf.js: the text layer's items rebuilt into the lines as printed, pages joined by a newline,
// the way OCR text arrives (the parser rejoins wrapped lines). No layout analysis: items are taken in content
// order, which is reading order for the single-column PDFs regulations are published as.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { DocumentReadError } from './document-read-error.ts';
import { unifyRadicals } from './unify-radicals.ts';

// pdf.js reads these itself (fs in Node, the one file access of this stage): the packed CMaps decode CID fonts
// that use a predefined CJK encoding (UniGB-UCS2-H, GBK-EUC-H… in PDFs whose Chinese fonts are not embedded,
// common in government PDFs), and the standard fonts stand in for non-embedded Latin ones.
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const CMAP_URL = path.join(PDFJS_DIR, 'cmaps') + path.sep;
const STANDARD_FONT_DATA_URL = path.join(PDFJS_DIR, 'standard_fonts') + path.sep;

/** Fewer visible characters than this per page on average: the pages are images (a scan), not text. */
const MIN_CHARACTERS_PER_PAGE = 10;

// A page number alone on the first or last line of a page (— 3 —, - 3 -, 3, 第3页, 第 3 页 共 9 页): printed
// furniture that would otherwise land in the middle of a paragraph that runs over the page.
const PAGE_NUMBER_RE = /^[-—–－\s]*(?:\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)[-—–－\s]*$/u;

interface PrintedLine {
  y: number;
  size: number;
  /** Right edge of the last item, to tell a gap (a space in the source) from glyphs set side by side. */
  end: number;
  text: string;
  ended: boolean;
}

/**
 * One page's items as printed lines: an item starts a new line when the one before it ended its line (hasEOL)
 * or its baseline moved by more than half the font size; within a line, a gap wider than a third of the font
 * size becomes a space (PDFs position words instead of writing spaces, e.g. after 第一条).
 */
export function rebuildLines(items: readonly TextItem[]): string[] {
  const lines: PrintedLine[] = [];
  let line: PrintedLine | null = null;
  for (const item of items) {
    const [, , c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
    const size = Math.hypot(c, d) || item.height || 1;
    if (line && (line.ended || Math.abs(y - line.y) > Math.max(size, line.size) / 2)) line = null;
    if (item.str !== '') {
      if (line === null) {
        line = { y, size, end: x, text: '', ended: false };
        lines.push(line);
      } else if (x - line.end > size / 3 && !/\s$/u.test(line.text) && !/^\s/u.test(item.str)) {
        line.text += ' ';
      }
      line.text += item.str;
      line.end = x + item.width;
    }
    if (item.hasEOL && line) line.ended = true;
  }
  const texts = lines.map((l) => l.text.trimEnd()).filter((text) => text.trim() !== '');
  if (texts.length > 0 && PAGE_NUMBER_RE.test(texts.at(-1)!)) texts.pop();
  if (texts.length > 1 && PAGE_NUMBER_RE.test(texts[0]!)) texts.shift();
  return texts;
}

function openError(error: unknown): DocumentReadError {
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new DocumentReadError('the PDF is encrypted with a password; save an unprotected copy (e.g. `qpdf --decrypt`) first');
  }
  if (name === 'InvalidPDFException') return new DocumentReadError(`the PDF is damaged and cannot be opened (${reason})`);
  return new DocumentReadError(`the PDF cannot be opened (${reason})`);
}

export async function readPdfText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new DocumentReadError('the PDF file is empty');
  // The header may follow some junk, but within the first KiB (as readers allow).
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-')) {
    throw new DocumentReadError('not a PDF file (no %PDF- header)');
  }
  const task = getDocument({
    // A plain Uint8Array copy: pdf.js refuses a Buffer, and it transfers the buffer it is given to its worker,
    // which would empty the caller's bytes.
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONT_DATA_URL,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    let pdf;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw openError(error);
    }
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(rebuildLines(content.items.filter((item): item is TextItem => 'str' in item)).join('\n'));
      page.cleanup();
    }
    const text = unifyRadicals(pages.filter((page) => page !== '').join('\n'));
    const characters = text.replace(/\s/gu, '').length;
    if (characters < MIN_CHARACTERS_PER_PAGE * pdf.numPages) {
      throw new DocumentReadError(
        `the PDF has ${characters} characters of text on ${pdf.numPages} page(s): it was scanned without a text layer; ` +
          'run OCR first (e.g. `ocrmypdf -l chi_sim in.pdf out.pdf`)',
      );
    }
    return text;
  } finally {
    await task.destroy();
  }
}
