// Who bears an obligation, by the rules in their order (bearingAt), and who bears it with them (会同). The
// subjects the grammar read no name for are named in name-subjects.ts.
import type { BearerMethod, Modality } from '../types.ts';
import type { AnalysedUnit } from './analyse-unit.ts';
import { MARKER_WORDS, type ModalMarker } from './detect-modality.ts';
import { openingPredicates, readActorRun, type ActorRun, type FrameWords, type SentenceFrame } from './find-bearers.ts';
import { headEndingSubject, pivotAt, widenedSubject } from './name-subjects.ts';
import type { Registry } from './registry.ts';
import type { SegmentSpan, TextRange } from './split-clauses.ts';

/** Who bears an obligation and how the rules found out. */
export interface Bearing {
  actors: string[];
  method: BearerMethod;
  /** The words of a subject the rules could not place. */
  subject: string | null;
}

const NOBODY: Bearing = { actors: [], method: 'NONE', subject: null };

/**
 * Duties name their bearer; a sentence without a subject (对新经济…应当建立…) keeps the one of the sentence
 * before. 支持/鼓励 name none where the text names none (the party is their beneficiary), and a bare 不得…
 * is a general prohibition: neither looks past its own sentence.
 */
const INHERITING: ReadonlySet<Modality> = new Set<Modality>(['SHALL', 'MAY', 'RESPONSIBLE']);

/** What the sentences before tell about a subject. */
export interface BearingContext {
  /** The topic of sentences without a subject (an item's: its list introduction's subject). */
  inherited: string[];
  /** Subjects of the article's sentences read so far, the nearest last; [] after one the rules could not place. */
  trail: string[][];
}

/**
 * The bearers of the obligation whose first marker is `marker`, in this order: the agent of 由X (由管委会负责,
 * 应当由X审议); the subject opening the marker's own clause; the sentence's subject; for an item, its list
 * introduction's; a subject the rules cannot place stops here (UNRESOLVED); else, for a duty, the subject of
 * the nearest earlier sentence of the article. 支持/鼓励 look no further than their sentence.
 */
export function bearingAt(analysed: AnalysedUnit, frame: SentenceFrame, marker: ModalMarker, options: BearingContext, registry: Registry): Bearing {
  const agent = agentOf(analysed, frame, marker);
  if (agent !== null) return { actors: agent.actors, method: 'AGENT', subject: null };
  const index = frame.segments.findIndex((segment) => marker.start >= segment.start && marker.start <= segment.end);
  const segment = frame.segments[index]!;
  const own = frame.runs[index] ?? null;
  const adjacent = runBefore(analysed, own, segment.start, marker.start);
  // 业务办理单位应当…: words before a head noun at the clause's start belong to its name.
  const widened = adjacent !== null ? widenedSubject(analysed, segment, adjacent, registry) : null;
  if (widened !== null) return { actors: [widened], method: 'SUBJECT', subject: null };
  if (adjacent !== null) return { actors: adjacent.actors, method: runMethod(analysed, adjacent, registry), subject: null };
  if (own !== null && own.end <= marker.start) return { actors: own.actors, method: runMethod(analysed, own, registry), subject: null };
  const pivot = pivotAt(analysed, frame, index, marker, registry);
  if (pivot !== null) return { actors: pivot, method: 'SAME_SENTENCE', subject: null };
  const named = headEndingSubject(analysed, segment, marker, registry);
  if (named !== null) return { actors: [named], method: 'SUBJECT', subject: null };
  // …，货物存放地点可以自由选择: the clause has a subject of its own that names no actor.
  const ownWords = ownSubjectWords(analysed, segment, marker, registry.vocabulary.clause);
  if (ownWords !== null) return { actors: [], method: 'UNRESOLVED', subject: ownWords };
  for (let i = index - 1; i >= 0; i--) {
    const earlier = frame.runs[i];
    if (earlier != null) return { actors: earlier.actors, method: 'SAME_SENTENCE', subject: null };
  }
  if (frame.subject !== null) return { actors: frame.subject, method: 'SAME_SENTENCE', subject: null };
  if (options.inherited.length > 0) return { actors: options.inherited, method: 'LIST_INTRODUCTION', subject: null };
  if (frame.unresolved !== null) return { actors: [], method: 'UNRESOLVED', subject: frame.unresolved };
  if (!INHERITING.has(marker.modality)) return NOBODY;
  const earlier = options.trail.at(-1) ?? [];
  return earlier.length > 0 ? { actors: earlier, method: 'EARLIER_SENTENCE', subject: null } : NOBODY;
}

/** Longest subject words kept for review. */
const MAX_WORDS = 24;

/** Words that continue a predicate across a comma (…，并…, …，也…) rather than open a clause with a subject. */
const CONTINUATIONS = ['并且', '并', '且', '或者', '或', '也', '还', '同时', '即', '再', '均', '都', '另', '亦', '方', '其'];

/** The words before the marker when its clause opens with a subject of its own that is no actor, else null. */
function ownSubjectWords(analysed: AnalysedUnit, segment: SegmentSpan, marker: ModalMarker, words: FrameWords): string | null {
  const { norm } = analysed.unit;
  const opening = norm.slice(segment.start, marker.start).trim();
  if (opening === '') return null;
  if (opening.includes('的')) {
    // 实行告知承诺制的证明事项目录应当…: a thing right before the marker is the subject.
    const head = opening.slice(opening.lastIndexOf('的') + 1);
    const start = marker.start - head.length;
    if (head.length < 2 || analysed.spans.some((span) => span.kind === 'actor' && span.start >= start && span.start < marker.start)) return null;
    if (words.predicate.some((word) => word.length > 1 && head.includes(word)) || BEFORE_MARKER.test(head)) return null;
    return opening.slice(-MAX_WORDS);
  }
  const opens = (list: readonly string[]): boolean => list.some((word) => opening.startsWith(word));
  if (opens(words.topic) && !opens(words.notPrepositions) && !analysed.actorsAt.has(segment.start)) return null;
  // 推进自贸试验区建设应当…, 建设工程规划许可和施工许可可以…: what stands before the marker is its subject,
  // an activity or a thing; only words that continue a predicate (并, 也…) leave the clause without one.
  if (opens(CONTINUATIONS) || opens(MARKER_WORDS) || BEFORE_MARKER.test(opening)) return null;
  if (opens(openingPredicates(words)) && opening.length <= 2) return null;
  if (analysed.spans.some((span) => span.start >= segment.start && span.start < marker.start && span.kind === 'actor')) return null;
  return opening;
}

/** Prepositions whose object stands before a marker without being its subject. */
const PREPOSITIONS = ['会同', '对于', '对', '向', '为', '与', '同', '经', '给', '从', '按照', '根据', '依照', '依据'];

/** Words that may stand between a subject and its marker (区内企业依法可以…, 管委会、驻区机构均应当…). */
const BEFORE_MARKER = /^(?:依法|也|均|亦|还|都|并|即|一律|统一|及时|同时|一般|原则上|\s)*$/;

/**
 * The names right before the marker (…的仲裁机构应当, …（以下简称“区内企业”）可以): the leftmost run of the
 * clause that reaches the marker, the clause's opening run first.
 */
function runBefore(analysed: AnalysedUnit, opening: ActorRun | null, start: number, markerStart: number): ActorRun | null {
  const { norm } = analysed.unit;
  // 对有关单位和个人可以予以免责: a name governed by a preposition is no subject.
  const governed = (run: ActorRun): boolean => PREPOSITIONS.some((word) => norm.startsWith(word, run.start - word.length) && run.start - word.length >= start);
  const reaches = (run: ActorRun | null): boolean => run !== null && run.end <= markerStart && BEFORE_MARKER.test(norm.slice(run.end, markerStart)) && !governed(run);
  if (reaches(opening)) return opening;
  for (const span of analysed.spans) {
    if (span.kind !== 'actor' || span.start < start || span.start >= markerStart) continue;
    // A name after a conjunction belongs to the run before it (对有关单位和个人可以…).
    if (/(、|和|与|及|或|以及|或者)$/.test(norm.slice(start, span.start))) continue;
    const run = readActorRun(norm, span.start, markerStart, analysed.actorsAt, { acrossCommas: false, bareModifiers: false });
    if (reaches(run)) return run;
  }
  return null;
}

function runMethod(analysed: AnalysedUnit, run: ActorRun, registry: Registry): BearerMethod {
  if (run.actors.length > 1) return 'COORDINATION';
  const span = analysed.actorsAt.get(run.start);
  const surface = span === undefined ? '' : analysed.unit.norm.slice(span.start, span.end);
  return registry.lexicon.terms.has(surface) || registry.lexicon.terms.has(surface.replace(/^各/, '')) ? 'DEFINED_TERM' : 'SUBJECT';
}

/** 由X负责 / 应当由X审议: the actors right after a 由 that stands next to the marker in its clause. */
function agentOf(analysed: AnalysedUnit, frame: SentenceFrame, marker: ModalMarker): ActorRun | null {
  const { norm } = analysed.unit;
  const segment = frame.segments.find((s) => marker.start >= s.start && marker.start <= s.end);
  if (segment === undefined) return null;
  const after = norm[marker.end] === '由' ? readActorRun(norm, marker.end + 1, segment.end, analysed.actorsAt, { acrossCommas: false, bareModifiers: false }) : null;
  if (after !== null) return after;
  const by = norm.lastIndexOf('由', marker.start - 1);
  // The 由 of 自由, 理由 is none.
  if (by < segment.start || by === -1 || /^(自由|理由|事由|缘由)$/.test(norm.slice(by - 1, by + 1))) return null;
  const before = readActorRun(norm, by + 1, marker.start, analysed.actorsAt, { acrossCommas: false, bareModifiers: false });
  return before !== null && norm.slice(before.end, marker.start).length <= 6 && !/[，；]/.test(norm.slice(before.end, marker.start)) ? before : null;
}

/** A会同B…: B bears the obligation with A (自贸办会同自治区人民政府有关部门建立…，…可以委托…). */
export function addCoBearers(analysed: AnalysedUnit, range: TextRange, bearing: Bearing): Bearing {
  if (bearing.actors.length === 0) return bearing;
  const { norm } = analysed.unit;
  const actors = [...bearing.actors];
  for (let at = norm.indexOf('会同', range.start); at !== -1 && at < range.end; at = norm.indexOf('会同', at + 2)) {
    // 经其会同…许可: bodies that approve together bear nothing.
    if (norm.slice(Math.max(range.start, at - 3), at).includes('经')) continue;
    const run = readActorRun(norm, at + 2, range.end, analysed.actorsAt, { acrossCommas: false, bareModifiers: false });
    for (const actor of run?.actors ?? []) if (!actors.includes(actor)) actors.push(actor);
  }
  return actors.length > bearing.actors.length ? { ...bearing, actors, method: 'CO_BEARER' } : bearing;
}
