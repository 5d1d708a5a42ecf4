// Reads the optional notes kept beside a regulation's text (<name>.notes.json next to <name>.txt), so that
// every way of loading a text (npm start, the seed and extract commands, the eval) applies the same notes.
import { existsSync, readFileSync } from 'node:fs';
import { validateNotes, type RegulationNotes } from './notes.ts';

export function notesPathFor(textPath: string): string {
  return textPath.replace(/\.[^./\\]+$/, '') + '.notes.json';
}

/** The notes beside `textPath`, or null when there are none; throws a NotesError that names the file. */
export function readNotesBeside(textPath: string): RegulationNotes | null {
  const path = notesPathFor(textPath);
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validateNotes(path, json);
}
