// Everything the clause-level rules need about one paragraph or item text, computed once.
import { findModalMarkers, type ModalMarker } from './detect-modality.ts';
import { frameSentences, indexActors, type ActorIndex, type SentenceFrame } from './find-bearers.ts';
import type { EntitySpan } from './find-mentions.ts';
import { splitClauses, splitSegments, type ClauseSpan } from './split-clauses.ts';
import type { TextUnit } from './text-units.ts';

export interface AnalysedUnit {
  unit: TextUnit;
  spans: EntitySpan[];
  actorsAt: ActorIndex;
  clauses: ClauseSpan[];
  /** Modal markers of each clause, by clause position in `clauses`. */
  markers: ModalMarker[][];
  /** Sentences with their segments and subjects. */
  frames: SentenceFrame[];
}

export function analyseUnit(unit: TextUnit, spans: EntitySpan[]): AnalysedUnit {
  const { norm } = unit;
  const clauses = splitClauses(norm);
  const segments = splitSegments(norm, 0, norm.length);
  const actorsAt = indexActors(spans);
  const markers = clauses.map((clause) => findModalMarkers(norm, clause.start, clause.end, segments));
  return { unit, spans, actorsAt, clauses, markers, frames: frameSentences(norm, clauses, segments, actorsAt) };
}

export function unitKey(article: number, paragraph: number, item: number | null): string {
  return `${article}-${paragraph}-${item ?? 0}`;
}
