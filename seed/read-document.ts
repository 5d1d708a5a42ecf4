// The read stage before parsing: a document's bytes → plain text, one line per source line, for the formats
// researchers have regulations in. Pure but for pdf.js loading its own CMap and font files: bytes in, text
// out, the file name only to choose the reader. The readers live in seed/read-document/, one per format.
import { DocumentReadError } from './read-document/document-read-error.ts';
import { readDocxText } from './read-document/read-docx.ts';
import { readHtmlText } from './read-document/read-html.ts';
import { readPdfText } from './read-document/read-pdf.ts';
import { decodeSource } from './read-source.ts';

export { DocumentReadError } from './read-document/document-read-error.ts';

const READERS = {
  '.txt': decodeSource,
  '.text': decodeSource,
  '.md': decodeSource,
  '.docx': readDocxText,
  '.pdf': readPdfText,
  '.html': readHtmlText,
  '.htm': readHtmlText,
  '.xhtml': readHtmlText,
} satisfies Record<string, (bytes: Uint8Array) => string | Promise<string>>;

export type ReadableExtension = keyof typeof READERS;

/** Lower-case, with the dot, in the order error messages list them. */
export const READABLE_EXTENSIONS = Object.keys(READERS) as readonly ReadableExtension[];

const isReadable = (extension: string): extension is ReadableExtension => Object.hasOwn(READERS, extension);

/** `.docx` for `path/Report.DOCX`; '' for a name without an extension (or a dot file such as `.txt`). */
function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * The text of a document, chosen by the extension of `fileName`: UTF-8 text (.txt, .text, .md, as
 * decodeSource reads it), Word (.docx), PDF with a text layer (.pdf) or a web page (.html, .htm, .xhtml).
 * Throws DocumentReadError (or, for text, SourceEncodingError), both RegulationFormatErrors, saying what is
 * wrong: an unsupported or old format, a damaged or encrypted file, a scan without text, a page without text.
 */
export async function readDocumentText(bytes: Uint8Array, fileName: string): Promise<string> {
  const extension = extensionOf(fileName);
  if (isReadable(extension)) return READERS[extension](bytes);
  const supported = READABLE_EXTENSIONS.join(', ');
  if (extension === '.doc') {
    throw new DocumentReadError(
      `${fileName} is an old binary Word document (.doc), which cannot be read: convert it to .docx first ` +
        '(Word or LibreOffice: Save As .docx; or `soffice --headless --convert-to docx`)',
    );
  }
  if (extension === '') throw new DocumentReadError(`${fileName} has no file extension to tell its format; supported: ${supported}`);
  throw new DocumentReadError(`unsupported file type ${extension} (${fileName}); supported: ${supported}`);
}
