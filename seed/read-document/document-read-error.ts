import { RegulationFormatError } from '../types.ts';

/**
 * A document whose text cannot be read: wrong or unsupported format, damaged, encrypted, or without text. A
 * format error of the input like the parser's, so the commands' one catch reports it; line 1 when the fault
 * has no line (a whole PDF, a zip).
 */
export class DocumentReadError extends RegulationFormatError {
  override name = 'DocumentReadError';
  constructor(message: string, line = 1) {
    super(message, line);
  }
}
