// Obligations of an article, paragraph by paragraph and item by item: each sentence cut into obligations
// (split-obligations.ts), each with its bearers (obligation-bearers.ts), beneficiaries and industries.
//
// Lists: the segment that introduces items (履行下列职责：, 支持自贸试验区开展下列…：) is no obligation of
// its own. Under a modal introduction each item is one obligation, with the introduction's modality
// unless the item has a marker of its own, and the introduction's beneficiaries besides its own.
// Under a plain one (采取下列措施：) items are read like sentences, the introduction's subject their topic.
import { obligationKey } from '../graph-keys.ts';
import type { Article, Modality, Obligation } from '../types.ts';
import { markersIn, unitKey, type AnalysedUnit } from './analyse-unit.ts';
import { findBeneficiaries, type SentenceFrame } from './find-bearers.ts';
import { addCoBearers, bearingAt, type Bearing, type BearingContext } from './obligation-bearers.ts';
import { resolveMembers, type Registry } from './registry.ts';
import type { SegmentSpan, TextRange } from './split-clauses.ts';
import { splitObligations, trimRange } from './split-obligations.ts';

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

interface ReadOptions extends BearingContext {
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
    id: obligationKey(registry.regulationId, unit.article, unit.paragraph, unit.item, n),
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
