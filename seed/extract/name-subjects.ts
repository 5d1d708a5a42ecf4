// Subjects the grammar read no name for, named from their words: the body a clause before set up (X设立Y，负责…),
// words before an institution head noun (业务办理单位应当…), a few unknown words before a name (各区域管理主体).
// Each composes its actor through the registry and puts the new span in place of the one it widens.
import type { AnalysedUnit } from './analyse-unit.ts';
import type { ModalMarker } from './detect-modality.ts';
import type { ActorRun, SentenceFrame } from './find-bearers.ts';
import type { EntitySpan } from './find-mentions.ts';
import type { PhrasePart } from './phrase-parts.ts';
import { tokenAt } from './phrase-tokens.ts';
import { resolveConjunct, type Registry } from './registry.ts';
import type { SegmentSpan } from './split-clauses.ts';

/** Verbs that create a body (省人民政府建立…协调机构，负责…): the body created bears the duties that follow. */
const CREATING = ['建立', '设立', '成立', '组建', '设置'];

/** Longest subject named by its head noun alone. */
const MAX_NAMED = 10;

/** X建立Y，负责…: Y, when the marker opens its clause and the clause before ends in Y after a creating verb. */
export function pivotAt(analysed: AnalysedUnit, frame: SentenceFrame, index: number, marker: ModalMarker, registry: Registry): string[] | null {
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
    const id = widenSpan(analysed, object, nameStart, [{ type: 'FREE', word: extra, token: null }], registry);
    if (id !== null) return [id];
  }
  return [object.target];
}

/**
 * 业务办理单位应当…, 各区域管理主体应当…: a clause opening with words that end in an institution head noun
 * right before the marker names that body, even where the grammar would not read its words as a name.
 */
export function headEndingSubject(analysed: AnalysedUnit, segment: SegmentSpan, marker: ModalMarker, registry: Registry): string | null {
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
export function widenedSubject(analysed: AnalysedUnit, segment: SegmentSpan, run: ActorRun, registry: Registry): string | null {
  const { norm } = analysed.unit;
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
  return widenSpan(analysed, span, segment.start, parts, registry);
}

/**
 * The actor named by `lead` (words before the span, from `start`) and the level, portfolio and head words of
 * the span, which it replaces; null when the span ends in no head or the registry names no actor.
 */
function widenSpan(analysed: AnalysedUnit, span: EntitySpan, start: number, lead: PhrasePart[], registry: Registry): string | null {
  const { norm, text } = analysed.unit;
  const parts = [...lead];
  for (let p = span.start; p < span.end; ) {
    const token = tokenAt(norm, p, span.end, registry.lexicon, false);
    if (token.type === 'HEAD' || token.type === 'PORTFOLIO' || token.type === 'LEVEL') parts.push({ type: token.type, word: token.word, token });
    p = token.end;
  }
  if (parts.at(-1)?.type !== 'HEAD') return null;
  const id = resolveConjunct(registry, { start, end: span.end, parts, complete: true }, text.slice(start, span.end));
  if (id !== null) analysed.spans.splice(analysed.spans.indexOf(span), 1, { start, end: span.end, target: id, kind: 'actor' });
  return id;
}
