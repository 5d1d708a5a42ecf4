// .docx → text through mammoth's HTML rather than its raw text: the HTML keeps soft line breaks (<w:br/>,
// which raw text drops, gluing the lines together) and table cells as blocks, and the HTML stage then gives
// one line per paragraph. Word's automatic list numbering is not text in the file; mammoth renders it as
// <ol>, so an item numbered by Word instead of typed （一） keeps its text but loses its marker.
import mammoth from 'mammoth';
import { convertHtmlToLines } from './read-html.ts';
import { DocumentReadError } from './document-read-error.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: Word 97–2003 .doc, and also what Office writes for a password-protected .docx.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => bytes[i] === byte);

// Images would otherwise be inlined as base64 in the HTML only to be dropped by the text stage.
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocxText(bytes: Uint8Array): Promise<string> {
  if (bytes.length === 0) throw new DocumentReadError('the .docx file is empty');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new DocumentReadError(
      'not a .docx package but an OLE compound file: an old Word .doc renamed to .docx, or a password-protected ' +
        'document; open it in Word or LibreOffice, remove any password and save it as .docx',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new DocumentReadError('not a .docx file: a .docx is a zip package (Office Open XML), and this is not a zip archive');
  }
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    ({ value: html } = await mammoth.convertToHtml({ buffer }, { convertImage: NO_IMAGES, externalFileAccess: false }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/main document part/i.test(reason)) {
      throw new DocumentReadError('a zip archive but not a Word document (it has no word/document.xml)');
    }
    throw new DocumentReadError(`the .docx package is damaged and cannot be read (${reason.split('\n')[0]})`);
  }
  const text = convertHtmlToLines(html);
  if (text === '') throw new DocumentReadError('the Word document has no text');
  return text;
}
