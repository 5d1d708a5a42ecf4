// The regulation RegAtlas ships with: the raw OCR text as published, its notes, and the stable id it is
// loaded under.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph } from './pipeline.ts';
import { readNotesBeside } from './read-notes.ts';
import type { ExtractedGraph } from './types.ts';

export const SEED_SOURCE_PATH = fileURLToPath(new URL('./xinjiang-ftz-regulations-2025.txt', import.meta.url));
export const SEED_REGULATION_ID = 'regulation:xinjiang-ftz-2025';

export function readSeedGraph(options: { notes?: boolean } = {}): ExtractedGraph {
  const notes = options.notes === false ? null : readNotesBeside(SEED_SOURCE_PATH);
  return buildGraph(readFileSync(SEED_SOURCE_PATH, 'utf8'), { id: SEED_REGULATION_ID, notes });
}
