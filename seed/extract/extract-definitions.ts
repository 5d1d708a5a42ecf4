// Terms the text defines: X（以下简称Y）, A、B、C（以下统称Y）, X（以下称Y）. The full form is the whole noun
// phrase before the bracket: a name the grammar reads up to the bracket from where a name can begin
// (中国（新疆）自由贸易试验区工作领导小组; 乌鲁木齐片区、喀什片区、霍尔果斯片区), or, where a relative clause or a
// verb makes the bodies meant (在自贸试验区内登记设立的企业; 海关、…、公安等部门设立自贸试验区工作机构), the
// whole stretch from the start of the clause. Y then names that actor, a collective of the listed ones, or a
// new actor of its own; a defined document (《…》（以下简称…）) or thing (内地) names none.
import type { Definition } from '../types.ts';
import type { ActorKind } from '../types.ts';
import { composeActor } from './compose-actor.ts';
import { nameMayStart, spansOfList, type BoundaryWords } from './find-actors.ts';
import { normalizeScript } from './normalize-script.ts';
import { addTerm, tokenAt } from './phrase-tokens.ts';
import { readActorList, readConjunct, type ActorList, type PhraseConjunct } from './read-actor-phrase.ts';
import { addAlias, addMembers, composeContext, ensureActorFromSpec, ensureCollective, ownJurisdiction, resolveConjunct, type Registry } from './registry.ts';
import { nestingDepths } from './split-clauses.ts';
import type { TextUnit } from './text-units.ts';
import { tagWords } from './word-tags.ts';

const DEFINITION = /（以下(简称|统称|称)[“‘"]?([^（）“”‘’"]+?)[”’"]?）/g;

export function extractDefinitions(units: readonly TextUnit[], registry: Registry, boundary: BoundaryWords): Definition[] {
  const definitions: Definition[] = [];
  for (const unit of units) {
    for (const match of unit.norm.matchAll(DEFINITION)) {
      const open = match.index;
      const termStart = open + match[0].indexOf(match[2]!);
      const term = unit.text.slice(termStart, termStart + match[2]!.length);
      const found = define(unit, open, term, match[1] === '统称', registry, boundary);
      // …伊宁片区（以下简称伊宁片区）: where the full form names nothing the rules read, a term that is a
      // name by itself still names its actor.
      const definition = found.actor === null && unit.norm[open - 1] !== '》' ? { ...found, actor: termAsName(term, registry) } : found;
      addTerm(registry.lexicon, { term: normalizeScript(term), actor: definition.actor });
      definitions.push(definition);
    }
  }
  return definitions;
}

function define(unit: TextUnit, open: number, term: string, collective: boolean, registry: Registry, boundary: BoundaryWords): Definition {
  const { norm, text } = unit;
  const record = (fullStart: number, actor: string | null, fullEnd = open): Definition => ({ term, full: text.slice(fullStart, fullEnd), article: unit.article, actor });
  if (norm[open - 1] === '》') return record(norm.lastIndexOf('《', open) + 1, null, open - 1);

  const clause = clauseStart(norm, open);
  const found = nameEndingAt(norm, clause, open, registry, boundary);
  const leading = clause < open && nameMayStart(norm, clause, boundary, registry) !== null ? readActorList(norm, clause, open, registry.grammar) : null;
  const relative = norm.lastIndexOf('的', open - 1);
  const relativeInClause = relative >= clause && nestingDepths(norm)[relative] === 0;

  if (found !== null && found.start === clause) return record(clause, nameTerm(found, term, collective, unit, registry));
  // 海关、…等部门设立自贸试验区工作机构; …等部门驻自贸试验区的工作机构: the listed bodies' offices.
  const gap = leading !== null && found !== null ? norm.slice(leading.end, found.start) : '';
  const listed = leading !== null && found !== null && leading.end < found.start && /(设立|设置|派驻|驻|成立|组建)/.test(gap) ? leading : null;
  if (found !== null && relativeInClause && found.start === relative + 1 && isBareHead(found) && listed === null) {
    // 在自贸试验区内登记设立的企业（以下简称区内企业）: the clause makes the class the term names.
    return record(clause, newActorForTerm(found, term, text.slice(clause, open), registry));
  }
  if (listed !== null && found !== null) {
    const memberIds = spansOfList(listed, text, registry).map((span) => span.target);
    const kind = kindOf(found, registry) ?? 'OTHER';
    const id = ensureCollective(registry, term, kind, termEnglish(term, registry) ?? englishOf(found, registry) ?? term, false);
    addMembers(registry, id, memberIds);
    addAlias(registry, id, text.slice(clause, open));
    return record(clause, id);
  }
  if (found !== null) return record(found.start, nameTerm(found, term, collective, unit, registry));
  return record(thingStart(norm, clause, open, registry), null);
}

/** Start of the clause holding `pos`: after the last ，。；： outside brackets. */
function clauseStart(norm: string, pos: number): number {
  const depths = nestingDepths(norm);
  for (let i = pos - 1; i >= 0; i--) if (depths[i] === 0 && '，。；：'.includes(norm[i]!)) return i + 1;
  return 0;
}

/** The leftmost name of the clause that the grammar reads right up to the bracket. */
function nameEndingAt(norm: string, clause: number, open: number, registry: Registry, boundary: BoundaryWords): ActorList | null {
  for (let s = clause; s < open; s++) {
    const start = nameMayStart(norm, s, boundary, registry);
    if (start === null) continue;
    const list = readActorList(norm, s, open, registry.grammar, { allowFree: start === 'open' });
    if (list !== null && list.end === open) return list;
  }
  return null;
}

function isBareHead(list: ActorList): boolean {
  if (list.members.length !== 1 || list.collective !== null) return false;
  const core = list.members[0]!.parts.filter((p) => p.type !== 'DET');
  return core.length === 1 && core[0]!.type === 'HEAD';
}

function kindOf(list: ActorList, registry: Registry): ActorKind | null {
  const last = list.collective ?? list.members.at(-1);
  if (last === undefined) return null;
  const denotation = composeActor(last.parts, composeContext(registry));
  return denotation?.type === 'actor' ? denotation.spec.kind : denotation?.type === 'term' ? registry.actors.get(denotation.actor)?.kind ?? null : null;
}

/** Y names what the list names: its one actor, or a collective of several (以下统称). */
function nameTerm(list: ActorList, term: string, collective: boolean, unit: TextUnit, registry: Registry): string | null {
  const ids = spansOfList(list, unit.text, registry).map((span) => span.target);
  const memberIds = [...new Set(list.collective !== null ? ids.slice(0, -1) : ids)];
  const whole = list.collective !== null ? ids.at(-1)! : null;
  if (whole !== null && !collective) {
    addAlias(registry, whole, term);
    return whole;
  }
  if (memberIds.length === 1 && whole === null) {
    addAlias(registry, memberIds[0]!, term);
    return memberIds[0]!;
  }
  if (memberIds.length === 0) return null;
  const kinds = new Set(memberIds.map((id) => registry.actors.get(id)?.kind));
  const [onlyKind] = kinds;
  const id = ensureCollective(registry, term, kinds.size === 1 && onlyKind !== undefined ? onlyKind : 'OTHER', termEnglish(term, registry) ?? term, false);
  addMembers(registry, id, memberIds);
  if (memberIds.every((member) => registry.areas.has(member))) registry.areasCollective = id;
  addAlias(registry, id, unit.text.slice(list.start, list.end));
  return id;
}

/** The term read as one complete name, end to end (伊宁片区, 驻区机构), or null. */
function termAsConjunct(term: string, registry: Registry): PhraseConjunct | null {
  const norm = normalizeScript(term);
  const conjunct = readConjunct(norm, 0, norm.length, registry.grammar, true);
  return conjunct !== null && conjunct.complete && conjunct.end === norm.length ? conjunct : null;
}

function termAsName(term: string, registry: Registry): string | null {
  const conjunct = termAsConjunct(term, registry);
  return conjunct === null ? null : resolveConjunct(registry, conjunct, term);
}

/** English of a term read as a name (驻区机构 → In-zone institutions, 有关部门 → Relevant departments). */
function termEnglish(term: string, registry: Registry): string | null {
  const conjunct = termAsConjunct(term, registry);
  if (conjunct === null) return null;
  const denotation = composeActor(conjunct.parts, composeContext(registry));
  return denotation?.type === 'actor' ? denotation.spec.nameEn : null;
}

function englishOf(list: ActorList, registry: Registry): string | null {
  const last = list.members.at(-1);
  const denotation = last === undefined ? null : composeActor(last.parts, composeContext(registry));
  return denotation?.type === 'actor' ? denotation.spec.nameEn : null;
}

/** A class the clause defines (区内企业): an actor named by the term, of the head's kind. */
function newActorForTerm(list: ActorList, term: string, full: string, registry: Registry): string | null {
  const denotation = composeActor(list.members[0]!.parts, composeContext(registry));
  if (denotation?.type !== 'actor') return null;
  const { spec } = denotation;
  const id = ensureActorFromSpec(registry, {
    ...spec,
    name: term,
    written: term,
    nameEn: termEnglish(term, registry) ?? spec.nameEn,
    jurisdiction: ownJurisdiction(registry),
    national: ownJurisdiction(registry) === null,
    idWords: [term],
  }, term);
  addAlias(registry, id, full);
  return id;
}

/** Vocabulary words a thing's name may hold whole, verbs inside them included (海关特殊监管区域, 自由贸易港). */
const NAME_TOKENS = new Set(['TERM', 'BODY', 'PLACE', 'HEAD', 'ZONE', 'PORTFOLIO', 'LEVEL']);

/**
 * A defined thing's full form: what follows the clause's last verb or function word (由海南自由贸易港进入
 * 境内其他地区 → 境内其他地区). Verbs are the vocabulary's predicate and governing words and those jieba tags
 * v or vn (运往); neither counts inside a vocabulary word. Of things joined by 与 or 和 the term names the last.
 */
function thingStart(norm: string, clause: number, open: number, registry: Registry): number {
  const { predicate, governing } = registry.vocabulary.clause;
  // A与B（以下简称…）: the term names the last of the things joined.
  const stops = [...predicate, ...governing, '的', '与', '和'].filter((w) => w.length >= 2 || '的由与和'.includes(w));
  const inWords: [number, number][] = [];
  let start = clause;
  for (let i = clause; i < open; ) {
    const token = tokenAt(norm, i, open, registry.lexicon);
    if (NAME_TOKENS.has(token.type) && token.word.length > 1) {
      inWords.push([token.start, token.end]);
      i = token.end;
      continue;
    }
    for (const word of stops) if (norm.startsWith(word, i) && i + word.length < open) start = Math.max(start, i + word.length);
    i++;
  }
  let at = clause;
  for (const { word, tag } of tagWords(norm.slice(clause, open))) {
    const end = at + word.length;
    if (/^vn?$/.test(tag) && end < open && !inWords.some(([from, to]) => at < to && end > from)) start = Math.max(start, end);
    at = end;
  }
  return start;
}
