// Obligations: one per segment with a modal marker of its own. A sentence (up to 。) is cut at ，and
// ；into segments, and every segment that carries a marker starts an obligation (支持自贸试验区…，鼓励
// 企业… is a SUPPORT and an ENCOURAGE), with the modality of its first marker. The first obligation of
// a sentence starts at the sentence start, so a leading topic or condition is part of it (自贸试验区
// 聚焦建设需求，鼓励…); a later one starts at its own segment, or at the …的，condition right before it
// (…；发现…的，应当要求…), since a condition introduces what follows. Each runs to the next one's start
// or to the end of the sentence: marker-less segments after a marker are under it (应当依托…；建设…；
// 发展…。 is one SHALL). Markers inside a …的，condition do not count (detect-modality.ts).
//
// Lists: the segment that introduces items (履行下列职责：, 支持自贸试验区开展下列…：) is no obligation of
// its own. Under a modal introduction each item is one obligation, with the introduction's modality
// unless the item has a marker of its own, and the introduction's beneficiaries besides its own.
// Under a plain one (采取下列措施：) items are read like sentences, the introduction's subject their topic.
import type { Article, BearerMethod, Modality, Obligation } from '../types.ts';
import { markersIn, unitKey, type AnalysedUnit } from './analyse-unit.ts';
import { isConditional, type ModalMarker } from './detect-modality.ts';
import { findBeneficiaries, openingPredicates, readActorRun, type ActorRun, type FrameWords, type SentenceFrame } from './find-bearers.ts';
import { MARKER_WORDS } from './detect-modality.ts';
import { tokenAt } from './phrase-tokens.ts';
import type { PhrasePart } from './read-actor-phrase.ts';
import { resolveConjunct, resolveMembers, type Registry } from './registry.ts';
import type { SegmentSpan, TextRange } from './split-clauses.ts';

/** Who bears an obligation and how the rules found out. */
interface Bearing {
  actors: string[];
  method: BearerMethod;
  /** The words of a subject the rules could not place. */
  subject: string | null;
}

const NOBODY: Bearing = { actors: [], method: 'NONE', subject: null };

interface Found {
  modality: Modality;
  marker: string;
  bearing: Bearing;
  beneficiaries: string[];
}

interface ListIntro {
  /** The modality the introduction gives its items, or null for a plain one (采取下列措施：). */
  modal: Found | null;
  /** Who acts in the items: the subject of the list phrase. */
  topic: string[];
}

/** An obligation's stretch of text and the markers of the segment that starts it. */
interface Part extends TextRange {
  markers: ModalMarker[];
}

/**
 * Duties name their bearer; a sentence without a subject (对新经济…应当建立…) keeps the one of the sentence
 * before. 支持/鼓励 name none where the text names none (the party is their beneficiary), and a bare 不得…
 * is a general prohibition: neither looks past its own sentence.
 */
const INHERITING: ReadonlySet<Modality> = new Set<Modality>(['SHALL', 'MAY', 'RESPONSIBLE']);

export type UnitLookup = (key: string) => AnalysedUnit;

export function extractObligations(article: Article, lookup: UnitLookup, registry: Registry): Obligation[] {
  const obligations: Obligation[] = [];
  // Subjects of the article's paragraph sentences read so far, the nearest last.
  const trail: string[][] = [];
  for (const paragraph of article.paragraphs) {
    const analysed = lookup(unitKey(article.number, paragraph.number, null));
    const list = paragraph.items.length > 0 ? findListSegment(analysed) : null;
    const read = readSentences(analysed, registry, { inherited: [], trail, list, record: true });
    obligations.push(...read.obligations);
    for (const item of paragraph.items) {
      const itemUnit = lookup(unitKey(article.number, paragraph.number, item.number));
      const intro = read.intro;
      if (intro?.modal != null) obligations.push(...readModalItem(itemUnit, intro.modal, registry));
      else obligations.push(...readSentences(itemUnit, registry, { inherited: intro?.topic ?? [], trail, list: null, record: false }).obligations);
    }
  }
  return obligations;
}

/** The segment closed by the ：that ends a paragraph with items. */
function findListSegment(analysed: AnalysedUnit): SegmentSpan | null {
  const last = analysed.frames.at(-1)?.segments.at(-1);
  if (last === undefined || last.delimiter !== '：') return null;
  return analysed.unit.norm.slice(last.end + 1).trim() === '' ? last : null;
}

interface ReadOptions {
  /** The topic of sentences without a subject (an item's: its list introduction's subject). */
  inherited: string[];
  /** Subjects of the article's sentences read so far, the nearest last; [] after one the rules could not place. */
  trail: string[][];
  /** The list-introducing segment of the text, if any. */
  list: SegmentSpan | null;
  /** Add the subjects of these sentences to the trail (paragraphs do, items do not). */
  record: boolean;
}

function readSentences(analysed: AnalysedUnit, registry: Registry, options: ReadOptions): { obligations: Obligation[]; intro: ListIntro | null } {
  const { unit, frames } = analysed;
  const obligations: Obligation[] = [];
  let intro: ListIntro | null = null;
  frames.forEach((frame) => {
    const list = options.list !== null && frame.segments.includes(options.list) ? introSegment(analysed, frame, options.list) : null;
    for (const part of splitObligations(analysed, frame, list, registry.vocabulary.clause.topic)) {
      const first = part.markers[0]!;
      obligations.push(
        makeObligation(analysed, part, obligations.length + 1, registry, {
          modality: first.modality,
          marker: unit.text.slice(first.start, first.end),
          bearing: addCoBearers(analysed, part, bearingAt(analysed, frame, first, options, registry)),
          beneficiaries: findBeneficiaries(unit.norm, part, part.markers, analysed.actorsAt),
        }),
      );
    }
    if (list !== null) intro = readIntro(analysed, frame, list, options, registry);
    if (options.record) {
      // A sentence without a subject passes on the one it took, or breaks the chain (规范查办…。实施查封…，应当…).
      const inherited = obligations.filter((o) => o.bearerMethod === 'EARLIER_SENTENCE').at(-1)?.bearers ?? [];
      // The nearest subject is the last clause's (…可以…，有关部门不得…。已…的，不得… → 有关部门).
      const last = [...frame.runs].reverse().find((run) => run !== null) ?? null;
      options.trail.push(frame.subject !== null ? last?.actors ?? frame.subject : inherited);
    }
  });
  return { obligations, intro };
}

/**
 * The bearers of the obligation whose first marker is `marker`, in this order: the agent of 由X (由管委会负责,
 * 应当由X审议); the subject opening the marker's own clause; the sentence's subject; for an item, its list
 * introduction's; a subject the rules cannot place stops here (UNRESOLVED); else, for a duty, the subject of
 * the nearest earlier sentence of the article. 支持/鼓励 look no further than their sentence.
 */
function bearingAt(analysed: AnalysedUnit, frame: SentenceFrame, marker: ModalMarker, options: Pick<ReadOptions, 'inherited' | 'trail'>, registry: Registry): Bearing {
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

/** Verbs that create a body (省人民政府建立…协调机构，负责…): the body created bears the duties that follow. */
const CREATING = ['建立', '设立', '成立', '组建', '设置'];

/** X建立Y，负责…: Y, when the marker opens its clause and the clause before ends in Y after a creating verb. */
function pivotAt(analysed: AnalysedUnit, frame: SentenceFrame, index: number, marker: ModalMarker, registry: Registry): string[] | null {
  if (marker.modality !== 'RESPONSIBLE' || index === 0) return null;
  const { norm } = analysed.unit;
  const segment = frame.segments[index]!;
  if (norm.slice(segment.start, marker.start).trim() !== '') return null;
  const previous = frame.segments[index - 1]!;
  const object = [...analysed.spans].reverse().find((span) => span.kind === 'actor' && span.end === previous.end);
  if (object === undefined) return null;
  const lead = norm.slice(previous.start, object.start);
  const verb = CREATING.map((v) => ({ v, at: lead.lastIndexOf(v) })).filter(({ at }) => at !== -1).sort((a, b) => b.at - a.at)[0];
  if (verb === undefined) return null;
  // 本市设立优化营商环境咨询委员会，负责…: the whole object names the body.
  const nameStart = previous.start + verb.at + verb.v.length;
  const extra = norm.slice(nameStart, object.start);
  if (extra !== '' && extra.length <= 8 && !/[的、，和与及（）]/.test(extra)) {
    const parts: PhrasePart[] = [{ type: 'FREE', word: extra, token: null }];
    for (let p = object.start; p < object.end; ) {
      const token = tokenAt(norm, p, object.end, registry.lexicon, false);
      if (token.type === 'HEAD' || token.type === 'PORTFOLIO' || token.type === 'LEVEL') parts.push({ type: token.type, word: token.word, token });
      p = token.end;
    }
    if (parts.at(-1)?.type === 'HEAD') {
      const id = resolveConjunct(registry, { start: nameStart, end: object.end, parts, complete: true }, analysed.unit.text.slice(nameStart, object.end));
      if (id !== null) {
        analysed.spans.splice(analysed.spans.indexOf(object), 1, { start: nameStart, end: object.end, target: id, kind: 'actor' });
        return [id];
      }
    }
  }
  return [object.target];
}

/**
 * 业务办理单位应当…, 各区域管理主体应当…: a clause opening with words that end in an institution head noun
 * right before the marker names that body, even where the grammar would not read its words as a name.
 */
function headEndingSubject(analysed: AnalysedUnit, segment: SegmentSpan, marker: ModalMarker, registry: Registry): string | null {
  const { norm, text } = analysed.unit;
  const opening = norm.slice(segment.start, marker.start);
  if (opening.length < 3 || opening.length > MAX_NAMED || /[的、，（）“”]/.test(opening)) return null;
  const clause = registry.vocabulary.clause;
  if (clause.topic.some((w) => opening.startsWith(w)) && !analysed.actorsAt.has(segment.start)) return null;
  if (analysed.spans.some((span) => span.start >= segment.start && span.start < marker.start)) return null;
  const head = registry.vocabulary.heads.filter((h) => opening.endsWith(h.word)).sort((a, b) => b.word.length - a.word.length)[0];
  if (head === undefined || head.alsoVerb || head.word.length === opening.length) return null;
  const headToken = tokenAt(norm, marker.start - head.word.length, marker.start, registry.lexicon, false);
  if (headToken.type !== 'HEAD') return null;
  let prefix = opening.slice(0, -head.word.length);
  const determiner = registry.vocabulary.determiners.find((d) => prefix.startsWith(d.word));
  const parts: PhrasePart[] = [];
  if (determiner !== undefined) {
    parts.push({ type: 'DET', word: determiner.word, token: tokenAt(norm, segment.start, marker.start, registry.lexicon, false) });
    prefix = prefix.slice(determiner.word.length);
  }
  if (prefix === '') return null;
  parts.push({ type: 'FREE', word: prefix, token: null }, { type: 'HEAD', word: head.word, token: headToken });
  const id = resolveConjunct(registry, { start: segment.start, end: marker.start, parts, complete: true }, text.slice(segment.start, marker.start));
  if (id !== null) analysed.spans.push({ start: segment.start, end: marker.start, target: id, kind: 'actor' });
  analysed.spans.sort((a, b) => a.start - b.start);
  return id;
}

/** A one-name run that opens after a few unknown words at the clause's start: the words are part of the name. */
function widenedSubject(analysed: AnalysedUnit, segment: SegmentSpan, run: ActorRun, registry: Registry): string | null {
  const { norm, text } = analysed.unit;
  if (run.actors.length !== 1 || run.start <= segment.start) return null;
  const prefix = norm.slice(segment.start, run.start);
  const clause = registry.vocabulary.clause;
  if (prefix.length > 4 || /[的、，（）“”和与及或等]/.test(prefix) || [...clause.topic, ...clause.governing].some((w) => prefix.startsWith(w))) return null;
  const span = analysed.actorsAt.get(run.start);
  const head = span === undefined ? null : tokenAt(norm, span.end - 1, span.end, registry.lexicon, false);
  if (span === undefined || head === null) return null;
  const parts: PhrasePart[] = [];
  const determiner = registry.vocabulary.determiners.find((d) => prefix.startsWith(d.word));
  let free = prefix;
  if (determiner !== undefined) {
    parts.push({ type: 'DET', word: determiner.word, token: tokenAt(norm, segment.start, run.start, registry.lexicon, false) });
    free = prefix.slice(determiner.word.length);
  }
  if (free === '') return null;
  parts.push({ type: 'FREE', word: free, token: null });
  for (let p = span.start; p < span.end; ) {
    const token = tokenAt(norm, p, span.end, registry.lexicon, false);
    if (token.type === 'HEAD' || token.type === 'PORTFOLIO' || token.type === 'LEVEL') parts.push({ type: token.type, word: token.word, token });
    p = token.end;
  }
  if (parts.at(-1)?.type !== 'HEAD') return null;
  const id = resolveConjunct(registry, { start: segment.start, end: span.end, parts, complete: true }, text.slice(segment.start, span.end));
  if (id !== null) {
    analysed.spans.splice(analysed.spans.indexOf(span), 1, { start: segment.start, end: span.end, target: id, kind: 'actor' });
  }
  return id;
}

/** Longest subject named by its head noun alone. */
const MAX_NAMED = 10;

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
function addCoBearers(analysed: AnalysedUnit, range: TextRange, bearing: Bearing): Bearing {
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

/**
 * The segment that introduces a list of items: the one closed by ：, or, when that one has no marker, the
 * nearest earlier one of the sentence that has (…主管部门可以自行或者会同…，依照…对下列事项进行调查：).
 */
function introSegment(analysed: AnalysedUnit, frame: SentenceFrame, list: SegmentSpan): SegmentSpan {
  if (markersIn(analysed, list.start, list.end).length > 0) return list;
  const index = frame.segments.indexOf(list);
  for (let i = index - 1; i >= 0; i--) {
    const segment = frame.segments[i]!;
    if (markersIn(analysed, segment.start, segment.end).length > 0) return segment;
  }
  return list;
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
function splitObligations(analysed: AnalysedUnit, frame: SentenceFrame, list: SegmentSpan | null, topicWords: readonly string[]): Part[] {
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

function readIntro(analysed: AnalysedUnit, frame: SentenceFrame, list: SegmentSpan, options: ReadOptions, registry: Registry): ListIntro {
  const { unit } = analysed;
  const markers = markersIn(analysed, list.start, list.end);
  const governing = markers[0];
  if (governing === undefined) {
    const index = frame.segments.indexOf(list);
    const run = frame.runs[index] ?? null;
    return { modal: null, topic: run?.actors ?? frame.subject ?? options.inherited };
  }
  const bearing = addCoBearers(analysed, list, bearingAt(analysed, frame, governing, options, registry));
  return {
    modal: {
      modality: governing.modality,
      marker: unit.text.slice(governing.start, governing.end),
      bearing,
      beneficiaries: findBeneficiaries(unit.norm, list, markers, analysed.actorsAt),
    },
    topic: bearing.actors,
  };
}

/** An item under a modal introduction: one obligation, even where it says 支持 again. */
function readModalItem(analysed: AnalysedUnit, intro: Found, registry: Registry): Obligation[] {
  const { unit, frames, markers } = analysed;
  const frame = frames[0];
  if (frame === undefined) return [];
  const range = trimRange(unit.norm, 0, unit.norm.length);
  const own = markers[0];
  const beneficiaries = [...intro.beneficiaries, ...findBeneficiaries(unit.norm, range, markers, analysed.actorsAt)];
  const ownBearing = own === undefined ? null : bearingAt(analysed, frame, own, { inherited: [], trail: [] }, registry);
  const bearing: Bearing =
    ownBearing !== null && ownBearing.actors.length > 0
      ? ownBearing
      : intro.bearing.actors.length > 0
        ? { actors: intro.bearing.actors, method: 'LIST_INTRODUCTION', subject: null }
        : { ...intro.bearing };
  return [
    makeObligation(analysed, range, 1, registry, {
      modality: own?.modality ?? intro.modality,
      marker: own === undefined ? intro.marker : unit.text.slice(own.start, own.end),
      bearing,
      beneficiaries,
    }),
  ];
}

function trimRange(norm: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(norm[from]!)) from++;
  while (to > from && /\s/.test(norm[to - 1]!)) to--;
  return { start: from, end: to };
}

function makeObligation(analysed: AnalysedUnit, range: TextRange, n: number, registry: Registry, found: Found): Obligation {
  const { unit, spans } = analysed;
  const bearers = resolveMembers(registry, found.bearing.actors);
  const beneficiaries = resolveMembers(registry, found.beneficiaries).filter((id) => !bearers.includes(id));
  const industries: string[] = [];
  for (const span of spans) {
    if (span.kind === 'industry' && span.start >= range.start && span.end <= range.end && !industries.includes(span.target)) {
      industries.push(span.target);
    }
  }
  return {
    id: `obligation:${unit.article}-${unit.paragraph}-${unit.item ?? 0}-${n}`,
    article: unit.article,
    paragraph: unit.paragraph,
    item: unit.item,
    modality: found.modality,
    marker: found.marker,
    bearers,
    bearerMethod: bearers.length === 0 && found.bearing.method !== 'UNRESOLVED' ? 'NONE' : found.bearing.method,
    subject: found.bearing.subject,
    beneficiaries,
    industries,
    text: unit.text.slice(range.start, range.end),
  };
}
