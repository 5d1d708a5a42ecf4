// Who an obligation binds and whom it serves. The bearer is the grammatical subject: the run of actor
// mentions that opens the marker's segment (自治区人民政府，片区所在州、市（地）人民政府（行政公署）应当…),
// or, when that segment has none, the topic of the sentence (自贸试验区应当…；支持公路口岸…). Beneficiaries
// are the actors right after 支持/鼓励 and after 为/向/对.
import type { EntitySpan } from './find-mentions.ts';
import { isConditional, MARKER_WORDS, type ModalMarker } from './detect-modality.ts';
import type { SegmentSpan, SentenceSpan, TextRange } from './split-clauses.ts';

export interface ActorRun {
  start: number;
  end: number;
  actors: string[];
}

/** Actor spans by start offset. */
export type ActorIndex = ReadonlyMap<number, EntitySpan>;

export function indexActors(spans: readonly EntitySpan[]): ActorIndex {
  return new Map(spans.filter((span) => span.kind === 'actor').map((span) => [span.start, span]));
}

/** Words that open a predicate or an adverbial, so what follows them is no attribute of a name. */
const OPENS_CLAUSE = [...MARKER_WORDS, '对', '为', '向', '与', '在', '同', '由', '将', '按照', '根据', '会同', '经'];
const CONNECTORS = ['以及', '或者', '及其', '、', '和', '与', '及', '或'];
const PREPOSITIONS_BEFORE = ['对', '为', '向', '与', '在', '同', '由', '将', '按照', '根据', '会同', '经'];
/** 各片区管理机构, 有关单位和个人: a determiner before the name is part of the mention's phrase. */
const DETERMINERS = ['各', '有关', '相关', '该'];
/** Characters that open a phrase of its own after 支持/鼓励 rather than modify a noun. */
const NOT_MODIFIER = /[，。；：、在对向为与和及等的]/;

interface RunOptions {
  /** 自治区人民政府，片区所在州…应当: a comma may join subjects when only actors precede it. */
  acrossCommas: boolean;
  /** Allow a short attribute before the head noun: 文化企业, 符合条件的企业. */
  bareModifiers: boolean;
}

/**
 * The run of actor mentions joined by 、和与及以及等 starting at `pos`, or null. Reads through a
 * definition in brackets (…领导小组（以下简称领导小组）负责), a determiner (各, 有关) or an attribute
 * closed by 的 before a name, and the locative X内Y, of which only Y counts (自贸试验区内金融机构 are
 * financial institutions).
 */
export function readActorRun(norm: string, pos: number, limit: number, actorsAt: ActorIndex, options: RunOptions): ActorRun | null {
  const actors: string[] = [];
  let p = pos;
  let end = pos;
  let span = spanNear(norm, p, limit, actorsAt, options);
  // A comma joins subjects only when the first one opens the clause (自治区人民政府，片区所在州…应当),
  // not after an attribute (依法实行…的区内企业，股东…).
  const acrossCommas = options.acrossCommas && span?.start === pos;
  while (span !== undefined) {
    actors.push(span.target);
    p = span.end;
    end = p;
    if (norm[p] === '（') {
      const close = norm.indexOf('）', p);
      if (close !== -1 && norm.startsWith('以下', p + 1)) {
        // …的企业（以下简称“区内企业”）可以: the defined term names the actor.
        const term = [...actorsAt.values()].find((s) => s.start > p && s.end <= close);
        if (term !== undefined) actors[actors.length - 1] = term.target;
        p = close + 1;
        end = p;
      }
    }
    if (norm[p] === '内' && actorsAt.has(p + 1)) {
      actors.pop();
      span = actorsAt.get(p + 1);
      continue;
    }
    if (norm[p] === '等') {
      end = p + 1;
      span = actorsAt.get(p + 1);
      continue;
    }
    // 及其他有关部门 is 及 + 其他有关部门, not 及其 + 他….
    const connector = CONNECTORS.find((word) => norm.startsWith(word, p) && !(word === '及其' && /[他它]/.test(norm[p + 2] ?? ''))) ?? (acrossCommas && norm[p] === '，' ? '，' : undefined);
    if (connector === undefined || p + connector.length >= limit) break;
    // 区人民政府或者其有关部门: 其 refers back and is part of the next name.
    const next = p + connector.length;
    span = spanNear(norm, norm[next] === '其' && actorsAt.has(next + 1) ? next + 1 : next, limit, actorsAt, options);
  }
  return actors.length > 0 ? { start: pos, end, actors } : null;
}

function spanNear(norm: string, pos: number, limit: number, actorsAt: ActorIndex, options: RunOptions): EntitySpan | undefined {
  const direct = actorsAt.get(pos);
  if (direct !== undefined) return direct;
  const determiner = DETERMINERS.find((word) => norm.startsWith(word, pos));
  if (determiner !== undefined && actorsAt.has(pos + determiner.length)) return actorsAt.get(pos + determiner.length);
  // 具有法定资质的清算机构: an attribute closed by 的 right before the name.
  for (let q = pos + 1; q <= Math.min(limit - 1, pos + 13); q++) {
    if ('，。；：'.includes(norm[q - 1]!)) break;
    const span = actorsAt.get(q);
    if (span === undefined) continue;
    const gap = norm.slice(pos, q);
    // 符合条件的企业, 履行…职能的组织, but not 支持符合条件的企业 (the 支持 governs the phrase) nor 对…的企业.
    if (norm[q - 1] === '的' && !PREPOSITIONS_BEFORE.some((word) => gap.startsWith(word)) && !/^(支持|鼓励)/.test(gap)) return span;
    if (OPENS_CLAUSE.some((word) => gap.startsWith(word))) return undefined;
    if (options.bareModifiers && gap.length <= 2 && !NOT_MODIFIER.test(gap)) return span;
    return undefined;
  }
  return undefined;
}

export interface SentenceFrame {
  start: number;
  end: number;
  segments: SegmentSpan[];
  /** The subject run that opens (or, across commas, covers) each segment. */
  runs: Array<ActorRun | null>;
  /**
   * The sentence's own subject: the run opening its first segment that is no leading topic or condition
   * without an actor (对…，在…中，发生调整的，).
   */
  subject: string[] | null;
  /** Where the sentence has a subject that names no actor (自由贸易账户可以…, 自贸试验区建设应当…): its words. */
  unresolved: string | null;
}

/** What frames need of the vocabulary: words that open a topic or a predicate, and compound heads. */
export interface FrameWords {
  /** Words that open a leading topic or adverbial (对, 在, 根据…). */
  topic: readonly string[];
  /** Verbs and markers that open a predicate, so that a clause starting with one has no subject of its own. */
  predicate: readonly string[];
  /** Nouns that turn a preceding name into a thing (自贸试验区建设, 海南自由贸易港法规). */
  compound: readonly string[];
  /** Words that start with a topic word without being a topic (对外贸易). */
  notPrepositions: readonly string[];
}

/** Longest unresolved subject kept for review. */
const MAX_SUBJECT_WORDS = 24;

/** `segments` are those of the whole text (splitSegments over it), shared by all sentences. */
export function frameSentences(
  norm: string,
  sentences: readonly SentenceSpan[],
  segments: readonly SegmentSpan[],
  actorsAt: ActorIndex,
  words: FrameWords,
): SentenceFrame[] {
  return sentences.map((sentence) => {
    const own = segments.filter((segment) => segment.start >= sentence.start && segment.end <= sentence.end);
    const runs: Array<ActorRun | null> = [];
    let covering: ActorRun | null = null;
    for (const segment of own) {
      if (covering !== null && covering.end > segment.start) {
        runs.push(covering);
        continue;
      }
      const start = skipSpaces(norm, segment.start, segment.end);
      const run = readActorRun(norm, start, sentence.end, actorsAt, { acrossCommas: true, bareModifiers: false });
      const next = own[own.indexOf(segment) + 1];
      // A noun phrase followed by 应当/可以/不得… is a topic and its comment; 鼓励/支持… continue a chain of verbs.
      const nextOpens = next !== undefined && COMMENT_MARKERS.some((word) => norm.startsWith(word, skipSpaces(norm, next.start, next.end)));
      covering = run !== null && isSubject(norm, run, words, segment.end, nextOpens) ? run : null;
      runs.push(covering);
    }
    const { subject, unresolved } = sentenceSubject(norm, own, runs, words, actorsAt);
    return { start: sentence.start, end: sentence.end, segments: own, runs, subject, unresolved };
  });
}

/**
 * The subject of a sentence: the first segment's run, looking past leading topics (对…，) and conditions
 * that name no actor (发生调整的，). A first clause that opens with neither an actor nor a topic, a verb or
 * a marker has a subject the rules cannot place: its words are kept and nothing is inherited for it.
 */
function sentenceSubject(
  norm: string,
  segments: readonly SegmentSpan[],
  runs: ReadonlyArray<ActorRun | null>,
  words: FrameWords,
  actorsAt: ActorIndex,
): { subject: string[] | null; unresolved: string | null } {
  // 除涉及…、发生…或者举办…外，市、区人民政府及其部门不得…: a run after leading clauses is the subject.
  for (let i = 0; i < segments.length; i++) {
    const run = runs[i] ?? null;
    const segment = segments[i]!;
    const opening = norm.slice(skipSpaces(norm, segment.start, segment.end), segment.end);
    const topical = words.topic.some((word) => opening.startsWith(word)) && !actorsAt.has(skipSpaces(norm, segment.start, segment.end)) && !words.notPrepositions.some((word) => opening.startsWith(word));
    if (run !== null && !topical) return { subject: run.actors, unresolved: null };
    if (MARKER_WORDS.some((word) => opening.includes(word))) break;
  }
  for (let i = 0; i < segments.length; i++) {
    const run = runs[i] ?? null;
    if (run !== null) return { subject: run.actors, unresolved: null };
    const segment = segments[i]!;
    const start = skipSpaces(norm, segment.start, segment.end);
    const opening = norm.slice(start, segment.end);
    if (opening === '') continue;
    const opensWith = (list: readonly string[]): boolean => list.some((word) => opening.startsWith(word));
    // 对外贸易…, 自贸试验区内…: a topic word that starts a longer word or a name opens no topic.
    const falseTopic = words.notPrepositions.some((word) => opening.startsWith(word)) || actorsAt.has(start);
    if (opensWith(words.topic) && !falseTopic) continue;
    // 实行配额、许可证管理的货物、技术，应当…: a clause that is only a noun phrase is the topic, a thing;
    // 取得…资格的企业，可以…: unless what it ends in is an actor's name.
    const rel = opening.lastIndexOf('的');
    const hasMarker = MARKER_WORDS.some((word) => opening.includes(word));
    if (!hasMarker && !isConditional(norm, segment) && rel > 0 && rel < opening.length - 1 && !words.predicate.some((word) => word.length > 1 && opening.slice(rel + 1).includes(word))) {
      const head = readActorRun(norm, start + rel + 1, segment.end, actorsAt, { acrossCommas: false, bareModifiers: false });
      if (head !== null && head.end === segment.end) return { subject: head.actors, unresolved: null };
      return { subject: null, unresolved: opening.slice(0, MAX_SUBJECT_WORDS) };
    }
    if (opensWith(openingPredicates(words)) || opensWith(MARKER_WORDS)) return { subject: null, unresolved: null };
    // A condition closed by 的 whose opening is no actor: X…的 about a thing is a topic (境外进入区内的货物…的).
    const words_ = subjectWords(opening, words);
    if (isConditional(norm, segment)) {
      if (words_ === null) continue;
      return { subject: null, unresolved: words_ };
    }
    return { subject: null, unresolved: words_ };
  }
  return { subject: null, unresolved: null };
}

/** One-character words that open a predicate wherever they stand first (有 and 自 do not: 有关部门, 自然人). */
const OPENING_CHARS = new Set([...'未不也均还并且已都即被把使让将按依凭就']);
const openingCache = new WeakMap<readonly string[], string[]>();

/** The predicate words that show a clause has no subject of its own when it opens with one. */
export function openingPredicates(words: FrameWords): readonly string[] {
  let list = openingCache.get(words.predicate);
  if (list === undefined) {
    list = words.predicate.filter((word) => word.length > 1 || OPENING_CHARS.has(word));
    openingCache.set(words.predicate, list);
  }
  return list;
}

/** The words of an unplaced subject: up to the first marker (自贸试验区建设, 自由贸易账户), at most a few. */
function subjectWords(opening: string, _words: FrameWords): string | null {
  let end = Math.min(opening.length, MAX_SUBJECT_WORDS);
  for (const word of MARKER_WORDS) {
    const at = opening.indexOf(word, 1);
    if (at !== -1 && at < end) end = at;
  }
  const text = opening.slice(0, end).trim();
  return text === '' ? null : text;
}

/**
 * The actors each sentence is about: its own subject, else `inherited` — nothing for a paragraph
 * (支持… names no bearer; a duty without one looks further back, see extract-obligations.ts), the
 * subject of the list introduction for an item.
 */
export function sentenceTopics(frames: readonly SentenceFrame[], inherited: string[]): string[][] {
  return frames.map((frame) => frame.subject ?? inherited);
}

/**
 * A run followed by 的 or a bare 内 modifies a noun (自贸试验区的…, 自贸试验区内进行…) instead of acting, and
 * one followed by a compound head is part of a thing's name (自贸试验区建设应当…, 海南自由贸易港法规应当…).
 */
function isSubject(norm: string, run: ActorRun, words: FrameWords, segmentEnd: number, nextOpensWithMarker: boolean): boolean {
  const next = norm[run.end];
  if (next === '的' || next === '内') return false;
  // 建设, 发展, 改革… are verbs too (自贸试验区建设…基地): they make a thing only before a marker or a comma.
  const compound = words.compound.find((word) => norm.startsWith(word, run.end));
  if (compound !== undefined) {
    const verbal = VERBAL_COMPOUNDS.has(compound);
    if (!verbal || /^[，。；：]|^(应当|可以|不得|必须|负责|承担|禁止|支持|鼓励|$)/.test(norm.slice(run.end + compound.length, run.end + compound.length + 2))) return false;
  }
  // 本市制定的…地方性法规、政府规章，应当…; 市、区人民政府及其部门签发的电子证照应当…: the run opens a short
  // relative clause of the thing that is the subject, before the marker in this clause or opening the next;
  // 自然人、法人…在自贸试验区内申请办理的事项，…应当…: so does a run followed by a preposition.
  const rest = norm.slice(run.end, segmentEnd);
  const first = rest.indexOf('的');
  if (first === -1 || /[、，]/.test(rest.slice(0, first))) return true;
  if (first > MAX_RELATIVE_VERB && !/^[在从]/.test(rest)) return true;
  const marker = Math.min(...MARKER_WORDS.map((word) => rest.indexOf(word)).filter((at) => at !== -1), rest.length);
  if (marker < first) return true;
  const head = rest.slice(rest.lastIndexOf('的', marker - 1) + 1, marker);
  if (head === '' || words.predicate.some((word) => word.length > 1 && head.includes(word))) return true;
  return marker === rest.length ? !nextOpensWithMarker : false;
}

const COMMENT_MARKERS = ['应当', '可以', '不得', '必须', '禁止', '方可'];
const VERBAL_COMPOUNDS: ReadonlySet<string> = new Set(['建设', '建设和管理', '发展', '改革', '开发', '工作', '规划']);

/** Longest verb of a relative clause opened by a subject (本市依法设立的…). */
const MAX_RELATIVE_VERB = 6;

function skipSpaces(norm: string, start: number, end: number): number {
  let p = start;
  while (p < end && (norm[p] === ' ' || norm[p] === '\u3000' || norm[p] === '\t' || norm[p] === '\n')) p++;
  return p;
}

/** The subject of the segment holding `pos` when it precedes `pos`, else the sentence topic. */
export function subjectAt(frame: SentenceFrame, topic: string[], pos: number): string[] {
  const index = frame.segments.findIndex((segment) => pos >= segment.start && pos <= segment.end);
  const run = frame.runs[index] ?? null;
  if (run !== null && run.end <= pos) return run.actors;
  return topic;
}

const PREPOSITIONS_OF_BENEFIT = ['为', '向', '对'];
/** Words ending in 为/对 that are no preposition: 作为, 行为, 针对, 面对… */
const NOT_PREPOSITION = /^(作为|认为|行为|成为|因为|视为|称为|针对|面对|相对|核对|比对|绝对|应对)$/;

/**
 * Actors a stretch of text supports, encourages or acts for: the run right after each 支持/鼓励 (also
 * 支持在自贸试验区… → the zone) and after 为/向/对 anywhere in the range.
 */
export function findBeneficiaries(norm: string, range: TextRange, markers: readonly ModalMarker[], actorsAt: ActorIndex): string[] {
  const found: string[] = [];
  const take = (run: ActorRun | null): void => {
    for (const actor of run?.actors ?? []) if (!found.includes(actor)) found.push(actor);
  };
  const segmentEnd = (pos: number): number => {
    const cut = norm.slice(pos, range.end).search(/[，。；：]/);
    return cut === -1 ? range.end : pos + cut;
  };
  for (const marker of markers) {
    if (marker.modality !== 'SUPPORT' && marker.modality !== 'ENCOURAGE') continue;
    const limit = segmentEnd(marker.end);
    const at = norm[marker.end] === '在' ? marker.end + 1 : marker.end;
    take(readActorRun(norm, at, limit, actorsAt, { acrossCommas: false, bareModifiers: at === marker.end }));
  }
  for (let i = range.start; i < range.end; i++) {
    if (!PREPOSITIONS_OF_BENEFIT.includes(norm[i]!) || NOT_PREPOSITION.test(norm.slice(i - 1, i + 1))) continue;
    if (NOT_PREPOSITION.test(norm.slice(i, i + 2))) continue;
    // 向自治区人民政府，片区所在州…人民政府申请: the run may go on across a comma.
    take(readActorRun(norm, i + 1, range.end, actorsAt, { acrossCommas: true, bareModifiers: false }));
  }
  return found;
}
