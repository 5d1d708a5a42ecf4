// Turns the bytes of a source file into text, refusing what is not UTF-8 text with a message that says why and
// where, so that a GB18030 or binary file never reaches the parser as mojibake.
import { RegulationFormatError } from './types.ts';

/** Bytes that are not UTF-8 text: a format error of the input, located at its line, told apart by its name. */
export class SourceEncodingError extends RegulationFormatError {
  override name = 'SourceEncodingError';
}

const lineOfOffset = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Decodes UTF-8 (with or without BOM) and returns the text; throws SourceEncodingError otherwise. */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceEncodingError('the file is empty', 1);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceEncodingError('binary data (NUL byte); expected UTF-8 text', lineOfOffset(bytes, nul));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first invalid sequence to name its line: decode line by line.
    let start = 0;
    let line = 1;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        start = i + 1;
        line++;
      }
    }
    throw new SourceEncodingError(
      'not valid UTF-8 (is it GB18030/GBK? convert it first, e.g. `iconv -f GB18030 -t UTF-8`)',
      line,
    );
  }
}
