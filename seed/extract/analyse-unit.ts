// Everything the clause-level rules need about one paragraph or item text, computed once.
import { findModalMarkers, type ModalMarker } from './detect-modality.ts';
import { frameSentences, indexActors, type ActorIndex, type FrameWords, type SentenceFrame } from './find-bearers.ts';
import type { EntitySpan } from './find-mentions.ts';
import { splitSegments, splitSentences } from './split-clauses.ts';
import type { TextUnit } from './text-units.ts';

export interface AnalysedUnit {
  unit: TextUnit;
  spans: EntitySpan[];
  actorsAt: ActorIndex;
  /** Modal markers of the whole text, in text order (nominal and conditional uses left out). */
  markers: ModalMarker[];
  /** Sentences (up to 。) with their segments and subjects. */
  frames: SentenceFrame[];
}

export function analyseUnit(unit: TextUnit, spans: EntitySpan[], words: FrameWords): AnalysedUnit {
  const { norm } = unit;
  const segments = splitSegments(norm, 0, norm.length);
  const actorsAt = indexActors(spans);
  const actors = spans.filter((span) => span.kind === 'actor');
  const markers = findModalMarkers(norm, 0, norm.length, segments, {
    actorStarts: new Set(actors.map((span) => span.start)),
    actorRanges: actors.map((span) => [span.start, span.end] as const),
    predicate: words.predicate,
  });
  return { unit, spans, actorsAt, markers, frames: frameSentences(norm, splitSentences(norm), segments, actorsAt, words) };
}

/** The markers that lie in [start, end). */
export function markersIn(analysed: AnalysedUnit, start: number, end: number): ModalMarker[] {
  return analysed.markers.filter((marker) => marker.start >= start && marker.start < end);
}

export function unitKey(article: number, paragraph: number, item: number | null): string {
  return `${article}-${paragraph}-${item ?? 0}`;
}
