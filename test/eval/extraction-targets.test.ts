// The extraction targets of the evaluation, on every annotated text found on this machine (the shipped
// regulation always; the corpus texts where ../shared/corpus is present, as on CI): precision and recall of
// (clause, modality, bearer) facts at least 0.95 against the hand annotations in test/annotations/.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../seed/pipeline.ts';
import { decodeSource } from '../../seed/read-source.ts';
import { readNotesBeside } from '../../seed/read-notes.ts';
import { scoreExtraction } from './score.ts';
import { listAnnotatedTexts } from './texts.ts';

const TARGET = 0.95;
const texts = listAnnotatedTexts();

describe('extraction against the hand annotations', () => {
  it('has the shipped regulation and at least two corpus texts annotated', () => {
    expect(texts.map((t) => t.stem)).toContain('xinjiang-ftz-regulations-2025');
    expect(texts.length).toBeGreaterThanOrEqual(3);
    for (const text of texts) expect(text.annotations.length).toBeGreaterThan(20);
  });

  for (const text of texts) {
    it.skipIf(text.source === null)(`reaches precision and recall ≥ ${TARGET} on ${text.stem}`, () => {
      const graph = buildGraph(decodeSource(readFileSync(text.source!)), { notes: readNotesBeside(text.source!) });
      const score = scoreExtraction(text.annotations, graph);
      const missed = score.missed.slice(0, 10).map((f) => `${f.clause} ${f.modality} ${f.bearer}`);
      const spurious = score.spurious.slice(0, 10).map((f) => `${f.clause} ${f.modality} ${f.bearer}`);
      expect(score.precision, `spurious: ${spurious.join('; ')}`).toBeGreaterThanOrEqual(TARGET);
      expect(score.recall, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(TARGET);
    });
  }
});
