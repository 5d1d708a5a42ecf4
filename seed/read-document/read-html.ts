// HTML → text, one line per block: what a browser shows as a paragraph, a heading, a list item, a table cell
// or a <br> becomes its own line. Blank lines are dropped on purpose: the parser takes a blank line after a
// sentence as the mark of a paragraph break (OCR text) and would then join the single-newline paragraphs of
// a page that mixes <p> and <br>; with no blank line at all, every line break after a sentence ends a paragraph.
// Also used for .docx, whose Word XML mammoth turns into this HTML.
import { convert, type HtmlToTextOptions, type SelectorDefinition } from 'html-to-text';
import { decodeSource } from '../read-source.ts';
import { DocumentReadError } from './document-read-error.ts';

const block = (selector: string): SelectorDefinition => ({
  selector,
  format: 'block',
  options: { leadingLineBreaks: 1, trailingLineBreaks: 1 },
});
const skip = (selector: string): SelectorDefinition => ({ selector, format: 'skip' });

const HTML_TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  // A page without <body> (a fragment) is read whole.
  baseElements: { selectors: ['body'], returnDomByDefault: true },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    // Page chrome and what has no text to read; <footer> too, or a site's copyright line joins the last article.
    ...['head', 'script', 'style', 'noscript', 'template', 'nav', 'footer', 'img', 'svg', 'iframe', 'select'].map(skip),
    // mammoth's back-links from a footnote to its reference (↑).
    skip('a[href^="#footnote-ref"]'),
    skip('a[href^="#endnote-ref"]'),
    // Plain blocks, not the headings (upper-cased), list markers (1. , *) and padded table columns of the
    // defaults: a Word list's own marker text is in the item, and a cell's text should stay whole.
    ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'li', 'dl', 'dt', 'dd'].map(block),
    ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'blockquote', 'pre', 'hr'].map(block),
  ],
};

/** The lines of text an HTML document shows, without blank lines; '' when it shows none. */
export function convertHtmlToLines(html: string): string {
  return convert(html, HTML_TO_TEXT)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

// Where a page states its encoding, in the order a browser looks: <meta charset>, <meta http-equiv> and, for
// XHTML, the XML declaration. Chinese government sites still serve GB2312/GBK pages that say so.
const META_CHARSET_RE = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING_RE = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

function declaredCharset(bytes: Uint8Array): string | null {
  // Only ASCII matters for the declaration, so any single-byte reading of the head will do.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return (META_CHARSET_RE.exec(head) ?? XML_ENCODING_RE.exec(head))?.[1]?.toLowerCase() ?? null;
}

/** Decodes an HTML file by its byte-order mark or declared charset; undeclared, it must be UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const charset = declaredCharset(bytes);
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return decodeSource(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new DocumentReadError(`the HTML page declares charset "${charset}", which is not a known encoding`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new DocumentReadError(`the HTML page declares charset "${charset}" but its bytes are not valid ${charset}`);
  }
}

export function readHtmlText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DocumentReadError('the HTML file is empty');
  const text = convertHtmlToLines(decodeHtml(bytes));
  if (text === '') throw new DocumentReadError('the HTML page has no text (scripts, styles and navigation are not read)');
  return text;
}
