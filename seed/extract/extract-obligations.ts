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
import type { Article, Modality, Obligation } from '../types.ts';
import { markersIn, unitKey, type AnalysedUnit } from './analyse-unit.ts';
import { isConditional, type ModalMarker } from './detect-modality.ts';
import { findBeneficiaries, sentenceTopics, subjectAt, type SentenceFrame } from './find-bearers.ts';
import { resolveMembers, type Registry } from './registry.ts';
import type { SegmentSpan, TextRange } from './split-clauses.ts';

interface Found {
  modality: Modality;
  marker: string;
  bearers: string[];
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
 * Duties name their bearer; a sentence without a subject (对新经济…应当建立…) keeps the one of the
 * sentence before. 支持/鼓励 name none where the text names none: the party is their beneficiary.
 */
const INHERITING: ReadonlySet<Modality> = new Set<Modality>(['SHALL', 'MAY', 'RESPONSIBLE', 'MUST_NOT']);

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
  trail: string[][];
  /** The list-introducing segment of the text, if any. */
  list: SegmentSpan | null;
  /** Add the subjects of these sentences to the trail (paragraphs do, items do not). */
  record: boolean;
}

function readSentences(analysed: AnalysedUnit, registry: Registry, options: ReadOptions): { obligations: Obligation[]; intro: ListIntro | null } {
  const { unit, frames } = analysed;
  const topics = sentenceTopics(frames, options.inherited);
  const obligations: Obligation[] = [];
  let intro: ListIntro | null = null;
  frames.forEach((frame, at) => {
    const topic = topics[at]!;
    const list = options.list !== null && frame.segments.includes(options.list) ? options.list : null;
    for (const part of splitObligations(analysed, frame, list)) {
      const first = part.markers[0]!;
      obligations.push(
        makeObligation(analysed, part, obligations.length + 1, registry, {
          modality: first.modality,
          marker: unit.text.slice(first.start, first.end),
          bearers: inheritBearer(first.modality, subjectAt(frame, topic, first.start), options.trail),
          beneficiaries: findBeneficiaries(unit.norm, part, part.markers, analysed.actorsAt),
        }),
      );
    }
    if (list !== null) intro = readIntro(analysed, frame, topic, list, options.trail);
    if (options.record && frame.subject !== null) options.trail.push(frame.subject);
  });
  return { obligations, intro };
}

/** Cuts a sentence into obligations at the segments with markers of their own (see the header). */
function splitObligations(analysed: AnalysedUnit, frame: SentenceFrame, list: SegmentSpan | null): Part[] {
  const { norm } = analysed.unit;
  const { segments } = frame;
  const heads: Array<{ index: number; markers: ModalMarker[] }> = [];
  segments.forEach((segment, index) => {
    if (segment === list) return;
    const markers = markersIn(analysed, segment.start, segment.end);
    if (markers.length > 0) heads.push({ index, markers });
  });
  const starts = heads.map(({ index }, k) => {
    if (k === 0) return frame.start;
    let first = index;
    while (first - 1 > heads[k - 1]!.index && isConditional(norm, segments[first - 1]!)) first--;
    return segments[first]!.start;
  });
  const end = list !== null ? list.start : frame.end;
  return heads.map(({ markers }, k) => ({ ...trimRange(norm, starts[k]!, starts[k + 1] ?? end), markers }));
}

function readIntro(analysed: AnalysedUnit, frame: SentenceFrame, topic: string[], list: SegmentSpan, trail: string[][]): ListIntro {
  const { unit } = analysed;
  const markers = markersIn(analysed, list.start, list.end);
  const governing = markers[0];
  if (governing === undefined) return { modal: null, topic: subjectAt(frame, topic, list.start) };
  const bearers = inheritBearer(governing.modality, subjectAt(frame, topic, governing.start), trail);
  return {
    modal: {
      modality: governing.modality,
      marker: unit.text.slice(governing.start, governing.end),
      bearers,
      beneficiaries: findBeneficiaries(unit.norm, list, markers, analysed.actorsAt),
    },
    topic: bearers,
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
  return [
    makeObligation(analysed, range, 1, registry, {
      modality: own?.modality ?? intro.modality,
      marker: own === undefined ? intro.marker : unit.text.slice(own.start, own.end),
      bearers: subjectAt(frame, frame.subject ?? intro.bearers, own?.start ?? range.start),
      beneficiaries,
    }),
  ];
}

function inheritBearer(modality: Modality, bearers: string[], trail: readonly string[][]): string[] {
  if (bearers.length > 0 || !INHERITING.has(modality)) return bearers;
  return trail.at(-1) ?? [];
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
  const bearers = resolveMembers(registry, found.bearers);
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
    beneficiaries,
    industries,
    text: unit.text.slice(range.start, range.end),
  };
}
