// Everything the clause-level rules need about one paragraph or item text, computed once.
import { findModalMarkers, type ModalMarker } from './detect-modality.ts';
import { indexActors, type ActorIndex } from './find-bearers.ts';
import type { EntitySpan } from './find-mentions.ts';
import { splitClauses, type ClauseSpan } from './split-clauses.ts';
import type { TextUnit } from './text-units.ts';

export interface AnalysedUnit {
  unit: TextUnit;
  spans: EntitySpan[];
  actorsAt: ActorIndex;
  clauses: ClauseSpan[];
  /** Modal markers of each clause, by clause position in `clauses`. */
  markers: ModalMarker[][];
}

export function analyseUnit(unit: TextUnit, spans: EntitySpan[]): AnalysedUnit {
  const clauses = splitClauses(unit.norm);
  return {
    unit,
    spans,
    actorsAt: indexActors(spans),
    clauses,
    markers: clauses.map((clause) => findModalMarkers(unit.norm, clause.start, clause.end)),
  };
}

export function unitKey(article: number, paragraph: number, item: number | null): string {
  return `${article}-${paragraph}-${item ?? 0}`;
}
