// Abbreviations the text defines: X（以下简称Y） makes Y an alias of the actor named by X, the mention
// that ends right at the bracket; A、B、C（以下统称Y） makes Y a collective whose members are A, B, C.
// A full form the lexicon lacks becomes an actor of its own (kind OTHER); a defined document title
// (《…》（以下简称…）) names no actor.
import type { Definition } from '../types.ts';
import { buildMatcher, findEntitySpans, type EntitySpan } from './find-mentions.ts';
import { addActorAlias, addMembers, ensureActor, findActor, type Registry } from './registry.ts';
import type { TextUnit } from './text-units.ts';

const DEFINITION = /（以下(简称|统称|称)[“‘]?([^（）“”‘’]+?)[”’]?）/g;
const JOINERS = ['以及', '、', '和', '及', '与'];

/** Reads every definition in text order and teaches the registry its aliases and collectives. */
export function extractDefinitions(units: readonly TextUnit[], registry: Registry): Definition[] {
  const definitions: Definition[] = [];
  let matcher = buildMatcher(registry);
  for (const unit of units) {
    for (const match of unit.norm.matchAll(DEFINITION)) {
      const open = match.index;
      const termStart = open + match[0].indexOf(match[2]!);
      const term = unit.text.slice(termStart, termStart + match[2]!.length);
      const spans = findEntitySpans(unit.norm, matcher).filter((span) => span.kind === 'actor');
      const definition = match[1] === '统称' ? defineCollective(unit, spans, open, term, registry) : null;
      definitions.push(definition ?? defineAbbreviation(unit, spans, open, term, registry));
      matcher = buildMatcher(registry);
    }
  }
  return definitions;
}

function defineAbbreviation(unit: TextUnit, spans: readonly EntitySpan[], open: number, term: string, registry: Registry): Definition {
  const named = spans.find((span) => span.end === open);
  if (named !== undefined) {
    addActorAlias(registry, named.target, term);
    return { term, full: unit.text.slice(named.start, open), article: unit.article, actor: named.target };
  }
  if (unit.norm[open - 1] === '》') {
    const titleStart = unit.norm.lastIndexOf('《', open);
    return { term, full: unit.text.slice(titleStart + 1, open - 1), article: unit.article, actor: null };
  }
  const start = phraseStart(unit.norm, open);
  const full = unit.text.slice(start, open);
  const actor = ensureActor(registry, full, 'OTHER');
  addActorAlias(registry, actor, term);
  return { term, full, article: unit.article, actor };
}

function defineCollective(unit: TextUnit, spans: readonly EntitySpan[], open: number, term: string, registry: Registry): Definition | null {
  const members: EntitySpan[] = [];
  let cursor = open;
  for (;;) {
    const span = spans.find((s) => s.end === cursor);
    if (span === undefined) break;
    members.unshift(span);
    const joiner = JOINERS.find((word) => unit.norm.slice(0, span.start).endsWith(word));
    if (joiner === undefined) break;
    cursor = span.start - joiner.length;
  }
  if (members.length < 2) return null;
  const memberIds = members.map((span) => span.target);
  const kinds = new Set(memberIds.map((id) => registry.actors.get(id)?.kind));
  const [onlyKind] = kinds;
  const collective =
    findActor(registry, term) ?? ensureActor(registry, term, kinds.size === 1 && onlyKind !== undefined ? onlyKind : 'OTHER', { collective: true });
  addMembers(registry, collective, memberIds);
  return { term, full: unit.text.slice(members[0]!.start, open), article: unit.article, actor: collective };
}

/** Start of the noun phrase ending at `end`: back to punctuation or 的, stepping over bracketed parts. */
function phraseStart(norm: string, end: number): number {
  let p = end;
  while (p > 0) {
    const char = norm[p - 1]!;
    if (char === '）') {
      const open = norm.lastIndexOf('（', p - 1);
      if (open === -1) break;
      p = open;
      continue;
    }
    if ('，。；：、“”的'.includes(char)) break;
    p--;
  }
  return p;
}
