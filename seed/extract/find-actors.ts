// Actor mentions of one text, found by the grammar wherever a name can begin: at the start of a clause, after
// punctuation, 的, 内 or 等, after a word that governs a name (由, 会同, 支持, 为, 对…), or at a word that can
// only start a name (a defined term, a national body, a place, 本市, 有关…). Unknown words may open a name
// only at the first kind of place, so 航运企业 is found after 符合条件的 but nothing is made of the middle of
// a phrase. Each listed name is a span; a collective named after 等 is a span of its own.
import type { EntitySpan } from './find-mentions.ts';
import { tokenAt } from './phrase-tokens.ts';
import { enclosedRanges } from './split-clauses.ts';
import { readActorList, type ActorList } from './read-actor-phrase.ts';
import { addAlias, addMembers, ensureCollective, resolveConjunct, type Registry } from './registry.ts';
import { composeActor } from './compose-actor.ts';
import { MARKER_WORDS } from './detect-modality.ts';
import { composeContext } from './registry.ts';
import { isWordAt, startsWithVerb } from './word-tags.ts';

export interface BoundaryWords {
  /** Words after which a name may begin, longest first. */
  words: readonly string[];
  /** Words that may follow a name: markers, prepositions and verbs. */
  endWords: readonly string[];
  /** Words a one-character boundary word is part of without being one (经营, 自由, 作为). */
  notPrepositions: ReadonlySet<string>;
}

export function boundaryWords(registry: Registry): BoundaryWords {
  const { clause } = registry.vocabulary;
  // After 应当, 可以, 不得… a verb follows, not a name; 支持 and 鼓励 take names as objects.
  const words = [...new Set([...clause.governing, ...clause.topic, '支持', '鼓励', '鼓励和引导', '包括', '包含', '涵盖', '即'])].sort((a, b) => b.length - a.length);
  const endWords = [...new Set([...MARKER_WORDS, ...[...clause.governing, ...clause.topic].filter((w) => w.length > 1 || '对为向与在由从将把被'.includes(w)), ...clause.predicate.filter((w) => w.length > 1)])];
  return { words, endWords, notPrepositions: new Set(clause.notPrepositions) };
}

const OPENING_CHARS = '的内等';

/** 'open': any name may begin here; 'strong': only one that starts with a word of the vocabulary; null: none. */
export function nameMayStart(norm: string, pos: number, boundary: BoundaryWords, registry: Registry): 'open' | 'strong' | null {
  const before = norm[pos - 1];
  // 境内外律师事务所: 内 opens no name before 外.
  const opening = before !== undefined && OPENING_CHARS.includes(before) && !(before === '内' && norm[pos] === '外');
  if (pos === 0 || before === undefined || /[\s，。；：、（）《》“”‘’【】！？,.;:]/.test(before) || opening) return 'open';
  for (const word of boundary.words) {
    if (word.length > pos || !norm.startsWith(word, pos - word.length)) continue;
    // 经营主体 is no 经 + 营主体, 自由贸易 no 自 + 由…: a one-character word inside a longer one is none.
    if (word.length === 1 && (boundary.notPrepositions.has(norm.slice(pos - 2, pos)) || boundary.notPrepositions.has(norm.slice(pos - 1, pos + 1)))) continue;
    return 'open';
  }
  // A name made only of vocabulary words may start anywhere (…损害企业合法权益 mentions 企业).
  const token = tokenAt(norm, pos, norm.length, registry.lexicon);
  if (['TERM', 'BODY', 'PLACE', 'DET', 'HEAD', 'PORTFOLIO'].includes(token.type)) return 'strong';
  if (token.type === 'LEVEL' && (token.level.self || token.level.level === 'national')) return 'strong';
  // 建议市人民政府, 不服市人民政府工作部门: a level word after a verb starts a name where jieba cuts it as a word
  // of its own, so 城市管理部门 gives no 市管理部门 and 区分 no 区.
  const from = Math.max(0, pos - 4);
  if (token.type === 'LEVEL' && isWordAt(norm.slice(from, pos + 8), pos - from, token.level.word)) return 'strong';
  return null;
}

/** （以下简称“管委会”）: the defined term, in its brackets. */
const DEFINITION_OPEN = /^（以下(?:简称|统称|称)[“‘"]?/;

/** Actor spans of a text, left to right, not overlapping. */
export function findActorSpans(norm: string, text: string, registry: Registry, boundary: BoundaryWords): EntitySpan[] {
  const spans: EntitySpan[] = [];
  // Names inside 《》 are a document's title, not mentions.
  const titles = enclosedRanges(norm, '《', '》');
  let p = 0;
  while (p < norm.length) {
    const title = titles.find(([from, to]) => p >= from && p < to);
    if (title !== undefined) {
      p = title[1];
      continue;
    }
    const definition = norm[p] === '（' ? DEFINITION_OPEN.exec(norm.slice(p, p + 8)) : null;
    if (definition !== null) {
      // The term is a mention of what it defines; nothing else in the brackets is.
      const close = norm.indexOf('）', p);
      const termStart = p + definition[0].length;
      const termEnd = close === -1 ? termStart : /[”’"]/.test(norm[close - 1]!) ? close - 1 : close;
      const entry = registry.lexicon.terms.get(norm.slice(termStart, termEnd));
      if (entry?.actor != null) spans.push({ start: termStart, end: termEnd, target: entry.actor, kind: 'actor' });
      p = close === -1 ? p + 1 : close + 1;
      continue;
    }
    const start = nameMayStart(norm, p, boundary, registry);
    const limit = titles.find(([from]) => from > p)?.[0] ?? norm.length;
    let list = start === null ? null : readActorList(norm, p, limit, registry.grammar, { allowFree: start === 'open' });
    // A head or portfolio word mid-phrase, a bare head noun (主体责任, 政府采购) or a bare place (上海合作组织)
    // names someone only where the name ends (企业可以, 企业等, 企业的); a defined term or national body always does.
    if (list !== null && (startsMidPhrase(norm, p, start, registry) || isBare(list)) && !endsName(norm, list.end, boundary) && !agentBeforeVerb(norm, p, list.end, boundary)) {
      list = null;
    }
    if (list === null || isOtherZone(norm, p, list, registry)) {
      p++;
      continue;
    }
    spans.push(...spansOfList(list, text, registry));
    p = list.end;
  }
  return spans;
}

/** A strong start at a head, portfolio, determiner or local level word: the name must end where a name can. */
function startsMidPhrase(norm: string, pos: number, start: 'open' | 'strong' | null, registry: Registry): boolean {
  if (start !== 'strong') return false;
  const token = tokenAt(norm, pos, norm.length, registry.lexicon);
  if (token.type === 'LEVEL') return !token.level.self && token.level.level !== 'national';
  return token.type === 'HEAD' || token.type === 'PORTFOLIO' || token.type === 'DET';
}

function endsName(norm: string, end: number, boundary: BoundaryWords): boolean {
  const next = norm[end];
  if (next === undefined || /[\s，。；：、（）《》“”‘’的等内和与及或]/.test(next)) return true;
  if (boundary.endWords.some((word) => word.length > 1 && norm.startsWith(word, end))) return true;
  if (boundary.notPrepositions.has(norm.slice(end, end + 2))) return false;
  return boundary.endWords.some((word) => word.length === 1 && norm.startsWith(word, end));
}

/** 由仲裁委员会讨论: after the 由 of an agent a bare name ends where a verb begins, listed or not. */
function agentBeforeVerb(norm: string, start: number, end: number, boundary: BoundaryWords): boolean {
  if (norm[start - 1] !== '由' || boundary.notPrepositions.has(norm.slice(start - 2, start))) return false;
  return startsWithVerb(norm.slice(end, end + 4));
}

/** One name of one head noun or place without modifiers. */
function isBare(list: ActorList): boolean {
  if (list.members.length !== 1 || list.collective !== null) return false;
  const parts = list.members[0]!.parts;
  if (parts.length === 1 && (parts[0]!.type === 'HEAD' || parts[0]!.type === 'PLACE')) return true;
  // 浦东新区 but not 中亚区域: a place named by its level word must end there.
  return parts.length === 2 && parts[0]!.type === 'FREE' && parts[1]!.type === 'LEVEL';
}

/** 其他自贸试验区 are other zones, not this regulation's. */
function isOtherZone(norm: string, pos: number, list: ActorList, registry: Registry): boolean {
  if (!/其他|其它/.test(norm.slice(Math.max(0, pos - 2), pos))) return false;
  const first = list.members[0];
  if (first === undefined) return false;
  const denotation = composeActor(first.parts, composeContext(registry));
  return denotation?.type === 'zone' || first.parts.some((p) => p.type === 'ZONE_NAME') || (denotation?.type === 'term' && registry.actors.get(denotation.actor)?.kind === 'ZONE');
}

/** Members' spans (the last reaching over a shared head: 市财政、发展改革等部门), then the collective's. */
export function spansOfList(list: ActorList, text: string, registry: Registry): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let collectiveId: string | undefined;
  if (list.collective !== null && list.collectiveName !== null) {
    const tail = list.collective;
    const denotation = composeActor(tail.parts, composeContext(registry));
    const spec = denotation?.type === 'actor' ? denotation.spec : null;
    collectiveId =
      list.collectiveName === text.slice(tail.start, tail.end) && spec !== null
        ? resolveConjunct(registry, tail, text.slice(tail.start, tail.end))!
        : ensureCollective(registry, list.collectiveName, spec?.kind ?? 'OTHER', spec?.nameEn ?? list.collectiveName, spec?.national ?? false);
    const entry = registry.actors.get(collectiveId);
    if (entry !== undefined) entry.collective = true;
  }
  const memberIds: string[] = [];
  // 任何单位和个人: a quantifier of the first name holds for the others (任何个人).
  const first = list.members[0]?.parts[0];
  const quantifier = first?.type === 'DET' && first.token?.type === 'DET' && first.token.determiner.strip ? first.word : null;
  list.members.forEach((member, index) => {
    const last = index === list.members.length - 1;
    const end = last && list.collective === null ? list.end : member.end;
    const surface = text.slice(member.start, member.end);
    const id = resolveConjunct(registry, member, surface, collectiveId);
    if (id === null) return;
    memberIds.push(id);
    if (quantifier !== null && index > 0 && member.parts[0]?.type !== 'DET') addAlias(registry, id, quantifier + surface);
    spans.push({ start: member.start, end, target: id, kind: 'actor' });
  });
  if (collectiveId !== undefined && list.collective !== null) {
    addMembers(registry, collectiveId, memberIds);
    addAlias(registry, collectiveId, text.slice(list.start, list.end));
    spans.push({ start: list.collective.start, end: list.collective.end, target: collectiveId, kind: 'actor' });
  }
  return spans;
}
