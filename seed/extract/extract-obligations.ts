// One obligation per clause that carries its own modal marker (modality = its first marker), plus one
// per item of a list introduced by a modal clause (履行下列职责：, 支持…开展下列…：). A list introduction
// is an obligation of its own only when it also states a duty outside the list phrase (承担领导小组日常
//工作，履行下列职责：). Items without their own marker under a plain introduction (采取下列措施：) are none.
import type { Article, Modality, Obligation } from '../types.ts';
import { unitKey, type AnalysedUnit } from './analyse-unit.ts';
import type { ModalMarker } from './detect-modality.ts';
import { findBeneficiaries, frameIndexAt, sentenceTopics, subjectAt, type SentenceFrame } from './find-bearers.ts';
import { resolveMembers, type Registry } from './registry.ts';
import type { ClauseSpan } from './split-clauses.ts';

interface ModalIntro {
  modality: Modality;
  marker: string;
  bearers: string[];
  beneficiaries: string[];
}

interface ListIntro {
  modal: ModalIntro | null;
  /** Who acts in the items: the subject of the list phrase. */
  topic: string[];
  /** The introduction also states a duty of its own. */
  ownDuty: boolean;
}

export type UnitLookup = (key: string) => AnalysedUnit;

export function extractObligations(article: Article, lookup: UnitLookup, registry: Registry): Obligation[] {
  const obligations: Obligation[] = [];
  for (const paragraph of article.paragraphs) {
    const analysed = lookup(unitKey(article.number, paragraph.number, null));
    const { unit, clauses, frames } = analysed;
    const topics = sentenceTopics(frames, []);
    const lastClause = clauses.at(-1);
    const introducesList =
      paragraph.items.length > 0 && lastClause !== undefined && unit.norm.slice(lastClause.start, lastClause.end).trimEnd().endsWith('：');
    let intro: ListIntro | null = null;

    clauses.forEach((clause, index) => {
      const markers = analysed.markers[index]!;
      const at = frameIndexAt(frames, clause.start);
      const frame = frames[at]!;
      const topic = topics[at]!;
      if (introducesList && clause === lastClause) {
        intro = readIntro(analysed, clause, markers, frame, topic);
        if (!intro.ownDuty) return;
      }
      const first = markers[0];
      if (first === undefined) return;
      obligations.push(
        makeObligation(analysed, clause, registry, {
          modality: first.modality,
          marker: unit.text.slice(first.start, first.end),
          bearers: subjectAt(frame, topic, first.start),
          beneficiaries: findBeneficiaries(unit.norm, clause, markers, analysed.actorsAt),
        }),
      );
    });

    const list = intro as ListIntro | null;
    for (const item of paragraph.items) {
      obligations.push(...extractItemObligations(lookup(unitKey(article.number, paragraph.number, item.number)), list, registry));
    }
  }
  return obligations;
}

function readIntro(analysed: AnalysedUnit, clause: ClauseSpan, markers: readonly ModalMarker[], frame: SentenceFrame, topic: string[]): ListIntro {
  const { unit } = analysed;
  const listSegment = frame.segments.at(-1)!;
  const governing = markers.at(-1);
  if (governing === undefined) {
    return { modal: null, topic: subjectAt(frame, topic, listSegment.start), ownDuty: false };
  }
  const first = markers[0]!;
  const segmentOf = (pos: number): number => frame.segments.findIndex((s) => pos >= s.start && pos <= s.end);
  const ownDuty = markers.some((m) => m !== governing && segmentOf(m.start) !== segmentOf(governing.start));
  // 应当…，并履行下列职责：the items are what the subject shall do; the marker shown is the one of
  // that modality, preferring the list phrase itself (履行下列职责) when it agrees.
  const shown = governing.modality === first.modality ? governing : first;
  const bearers = subjectAt(frame, topic, governing.start);
  return {
    modal: {
      modality: first.modality,
      marker: unit.text.slice(shown.start, shown.end),
      bearers,
      beneficiaries: findBeneficiaries(unit.norm, clause, [governing], analysed.actorsAt),
    },
    topic: bearers,
    ownDuty,
  };
}

function extractItemObligations(analysed: AnalysedUnit, intro: ListIntro | null, registry: Registry): Obligation[] {
  const { unit, clauses, frames } = analysed;
  const topics = sentenceTopics(frames, intro?.topic ?? []);
  const obligations: Obligation[] = [];
  clauses.forEach((clause, index) => {
    const markers = analysed.markers[index]!;
    const at = frameIndexAt(frames, clause.start);
    const frame = frames[at]!;
    const topic = topics[at]!;
    const first = markers[0];
    if (first !== undefined) {
      const own = findBeneficiaries(unit.norm, clause, markers, analysed.actorsAt);
      obligations.push(
        makeObligation(analysed, clause, registry, {
          modality: first.modality,
          marker: unit.text.slice(first.start, first.end),
          bearers: subjectAt(frame, topic, first.start),
          beneficiaries: own.length > 0 ? own : (intro?.modal?.beneficiaries ?? []),
        }),
      );
    } else if (intro?.modal) {
      const own = findBeneficiaries(unit.norm, clause, [], analysed.actorsAt);
      obligations.push(
        makeObligation(analysed, clause, registry, {
          modality: intro.modal.modality,
          marker: intro.modal.marker,
          bearers: subjectAt(frame, topic, clause.start),
          beneficiaries: [...intro.modal.beneficiaries, ...own],
        }),
      );
    }
  });
  return obligations;
}

/**
 * End of the text the clause's marker governs: the clause, and the clauses after it in the same
 * sentence that carry no marker of their own (应当发展棉纺织业…；提升林果、葡萄酒、乳制品…加工业…；…。).
 * Those are no obligations of their own, but the industries they name are the obligation's.
 */
function modalScopeEnd(analysed: AnalysedUnit, clause: ClauseSpan): number {
  let end = clause.end;
  for (let next = clause.index; next < analysed.clauses.length; next++) {
    const following = analysed.clauses[next]!;
    if (following.sentence !== clause.sentence || analysed.markers[next]!.length > 0) break;
    end = following.end;
  }
  return end;
}

function makeObligation(analysed: AnalysedUnit, clause: ClauseSpan, registry: Registry, found: ModalIntro): Obligation {
  const { unit, spans } = analysed;
  const bearers = resolveMembers(registry, found.bearers);
  const beneficiaries = resolveMembers(registry, found.beneficiaries).filter((id) => !bearers.includes(id));
  const industries: string[] = [];
  const scopeEnd = modalScopeEnd(analysed, clause);
  for (const span of spans) {
    if (span.kind === 'industry' && span.start >= clause.start && span.end <= scopeEnd && !industries.includes(span.target)) {
      industries.push(span.target);
    }
  }
  return {
    id: `obligation:${unit.article}-${unit.paragraph}-${unit.item ?? 0}-${clause.index}`,
    article: unit.article,
    paragraph: unit.paragraph,
    item: unit.item,
    modality: found.modality,
    marker: found.marker,
    bearers,
    beneficiaries,
    industries,
    text: unit.text.slice(clause.start, clause.end),
  };
}
