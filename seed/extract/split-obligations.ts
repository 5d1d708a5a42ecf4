// Obligations: one per segment with a modal marker of its own. A sentence (up to 。) is cut at ，and
// ；into segments, and every segment that carries a marker starts an obligation (支持自贸试验区…，鼓励
// 企业… is a SUPPORT and an ENCOURAGE), with the modality of its first marker. The first obligation of
// a sentence starts at the sentence start, so a leading topic or condition is part of it (自贸试验区
// 聚焦建设需求，鼓励…); a later one starts at its own segment, or at the …的，condition right before it
// (…；发现…的，应当要求…), since a condition introduces what follows. Each runs to the next one's start
// or to the end of the sentence: marker-less segments after a marker are under it (应当依托…；建设…；
// 发展…。 is one SHALL). Markers inside a …的，condition do not count (detect-modality.ts).
import type { Modality } from '../types.ts';
import { markersIn, type AnalysedUnit } from './analyse-unit.ts';
import { isConditional, type ModalMarker } from './detect-modality.ts';
import type { SentenceFrame } from './find-bearers.ts';
import type { SegmentSpan, TextRange } from './split-clauses.ts';

/** An obligation's stretch of text and the markers of the segment that starts it. */
export interface Part extends TextRange {
  markers: ModalMarker[];
}

/**
 * 应当按照规定职责，支持…，承担…: a marker whose clause holds only an adverbial governs the verbs of the
 * clauses after it, so their markers start no obligation of their own.
 */
function governsFollowing(norm: string, segment: SegmentSpan, markers: readonly ModalMarker[], topic: readonly string[]): boolean {
  const first = markers[0];
  if (first === undefined || first.modality !== 'SHALL') return false;
  const rest = norm.slice(first.end, segment.end).trim();
  return rest === '' || (topic.some((word) => word.length > 1 && rest.startsWith(word)) && !rest.includes('的') && !/(和|与)$/.test(rest) && rest.length <= 12);
}

/** What a marker that governs the clauses after it takes in: verbs of support and duty, not a prohibition. */
const GOVERNED: ReadonlySet<Modality> = new Set<Modality>(['SUPPORT', 'ENCOURAGE', 'RESPONSIBLE']);

/** 可以…，或者禁止…: a prohibition coordinated under a permission is what may be done, no duty of its own. */
function continuesPermission(norm: string, segment: SegmentSpan, markers: readonly ModalMarker[], previous: ModalMarker | undefined): boolean {
  const first = markers[0];
  if (first === undefined || previous?.modality !== 'MAY' || first.modality !== 'MUST_NOT') return false;
  return /^\s*(或者|或|并)$/.test(norm.slice(segment.start, first.start));
}

/** Cuts a sentence into obligations at the segments with markers of their own (see the header). */
export function splitObligations(analysed: AnalysedUnit, frame: SentenceFrame, list: SegmentSpan | null, topicWords: readonly string[]): Part[] {
  const { norm } = analysed.unit;
  const { segments } = frame;
  const heads: Array<{ index: number; markers: ModalMarker[] }> = [];
  let governed = false;
  segments.forEach((segment, index) => {
    if (segment === list) return;
    const markers = markersIn(analysed, segment.start, segment.end);
    if (markers.length === 0 || continuesPermission(norm, segment, markers, heads.at(-1)?.markers[0])) return;
    if (governed && GOVERNED.has(markers[0]!.modality)) return;
    heads.push({ index, markers });
    governed = governsFollowing(norm, segment, markers, topicWords);
  });
  const starts = heads.map(({ index }, k) => {
    if (k === 0) return frame.start;
    let first = index;
    while (first - 1 > heads[k - 1]!.index && isConditional(norm, segments[first - 1]!)) first--;
    return segments[first]!.start;
  });
  const end = list !== null ? Math.min(list.start, frame.end) : frame.end;
  return heads.filter(({ index }) => list === null || segments[index]!.start < list.start).map(({ markers }, k, kept) => ({ ...trimRange(norm, starts[k]!, kept[k + 1] !== undefined ? starts[k + 1]! : end), markers }));
}

export function trimRange(norm: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(norm[from]!)) from++;
  while (to > from && /\s/.test(norm[to - 1]!)) to--;
  return { start: from, end: to };
}
