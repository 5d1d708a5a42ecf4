// The grammar of actor names, over vocabulary tokens (phrase-tokens.ts). A name (conjunct) is
//   determiners* (free name part)? (level | place | portfolio | zone | national body | head noun)* and ends
//   in a head noun (人民政府, 部门, 企业…), a national body (国务院), a defined term (管委会), a zone name
//   (乌鲁木齐片区, 中国（上海）自由贸易试验区) or a jurisdiction (本市, 国家, 海南省, 各区).
// Heads may nest (市人民政府其他有关部门, 海事部门驻区工作机构, …机构的办事机构). A list joins names with
// 、和与及以及或者, and shares what its members lack:
//   市、区人民政府 → 市人民政府, 区人民政府 (a bare level takes the rest of the next name);
//   市财政、发展改革等部门 → 市财政部门, 市发展改革部门 (bare portfolios take the head after 等 or of the
//   next complete name, and the level of the first);
//   海关、…、金融、税务等中央驻疆单位 → a collective named by the tail, whose members are the items;
//   国务院及其有关部门 → 国务院, 国务院有关部门 (及其: the next name belongs to the one before).
// A free name part (乌鲁木齐, 航运, 浦东) is text the vocabulary does not know; it may only open a name
// and only where a name can begin (the caller checks the left boundary), never containing a verb.
import type { Vocabulary } from '../vocabulary.ts';
import { tokenAt, type PhraseLexicon, type Token } from './phrase-tokens.ts';
import { isPlaceName, mayBeNamePart } from './word-tags.ts';

export type PartType = 'DET' | 'LEVEL' | 'PLACE' | 'PORTFOLIO' | 'FREE' | 'ZONE' | 'ZONE_NAME' | 'HEAD' | 'BODY' | 'TERM' | 'LOC' | 'ALT' | 'OF';

export interface PhrasePart {
  type: PartType;
  /** The text of the part as written (normalised script). */
  word: string;
  token: Token | null;
}

export interface PhraseConjunct {
  /** The conjunct's own surface in the text. */
  start: number;
  end: number;
  /** Its parts, with what the list shares filled in. */
  parts: PhrasePart[];
  /** A bare level or portfolio that the list did not complete is dropped; complete ones name actors. */
  complete: boolean;
  /** A member of a collective named by portfolio words only (金融 in …金融、税务等中央驻疆单位). */
  bare?: boolean;
}

export interface ActorList {
  start: number;
  end: number;
  members: PhraseConjunct[];
  /** 海关、…等中央驻疆单位: the collective the tail after 等 names, whose members are `members`. */
  collective: PhraseConjunct | null;
  /**
   * The collective's name: the tail (中央驻疆单位), or the whole list when the tail only says of what it is
   * (边检、海关等部门驻区工作机构).
   */
  collectiveName: string | null;
}

export interface GrammarContext {
  lexicon: PhraseLexicon;
  /** Verbs and function words no free name part may contain. */
  stopWords: readonly string[];
  /** Level words that name the regulation's own jurisdiction by themselves (自治区 in a Xinjiang text). */
  ownTier: readonly string[];
}

/** Longest free name part before a head or portfolio word; place names before a zone or level word may be longer. */
const MAX_FREE = 4;
const MAX_FREE_PLACE = 6;
const MAX_FREE_AFTER_LEVEL = 3;
/** Characters no free name part contains (function words and the start of predicates). */
const NOT_IN_NAME = /[的在对为与和及等或并由向将把被从是不未也均还应即已都所其之于以该每各另经到往给让使据如若凡除类者]/;
/** Level words that end the name of a place (浦东新区, 舟山市). */
const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['新区', '区', '县', '市', '自治州', '州', '地区', '自治县']);
/** Locatives that may open a name without belonging to it (区内个人 are individuals). */
const LEADING_LOCATIVES = new Set(['区内', '市内', '省内', '港内', '岛内']);
/** A relative clause that may stand before a listed name (…和具有法定资质的清算机构). */
const MAX_RELATIVE = 14;

export function buildGrammarContext(vocabulary: Vocabulary, lexicon: PhraseLexicon, ownTier: readonly string[] = []): GrammarContext {
  const stopWords = [...new Set([...vocabulary.clause.predicate, ...vocabulary.clause.governing])].filter((word) => word.length >= 2);
  return { lexicon, stopWords, ownTier };
}

const isSubstantive = (part: PhrasePart): boolean => part.type !== 'DET' && part.type !== 'LOC' && part.type !== 'ALT' && part.type !== 'OF';

/** Does this sequence of parts name an actor, need a head, or nothing? */
export function judgeParts(parts: readonly PhrasePart[], ownTier: readonly string[] = []): 'complete' | 'partial' | null {
  const core = parts.filter(isSubstantive);
  const last = core.at(-1);
  if (last === undefined) return null;
  switch (last.type) {
    case 'HEAD':
      // 局, 厅: a one-character head names a body only after a level, place or portfolio word (税务局).
      if (last.word.length === 1 && !['LEVEL', 'PLACE', 'PORTFOLIO', 'BODY', 'TERM', 'ZONE_NAME'].includes(core.at(-2)?.type ?? '')) return null;
      return 'complete';
    case 'BODY':
    case 'ZONE_NAME':
      return 'complete';
    case 'TERM':
      // 有关自贸试验区 is "concerning the zone": only 各 may stand before a defined term.
      if (parts.some((p) => p.type === 'DET' && p.word !== '各') && core.length === 1) return null;
      return last.token?.type === 'TERM' && last.token.entry.actor !== null ? 'complete' : null;
    case 'ZONE': {
      if (last.token?.type !== 'ZONE' || last.token.zone.class) return null;
      // A bare zone word is the regulation's own zone (自贸试验区) or its Areas (各片区, 片区); 其他自贸试验区 are others.
      if (parts.some((p) => p.type === 'DET' && !(p.word === '各' && last.token?.type === 'ZONE' && last.token.zone.tier === 'area'))) return null;
      return core.length === 1 ? 'complete' : null;
    }
    case 'PLACE':
      return core.every((p) => p.type === 'PLACE' || p.type === 'LEVEL') ? 'complete' : null;
    case 'LEVEL': {
      // 浦东新区, 舟山市: a place the vocabulary does not know, named by its level word.
      if (core.length === 2 && core[0]!.type === 'FREE' && PLACE_SUFFIXES.has(last.word) && isPlaceName(core[0]!.word)) return 'complete';
      if (core.length > 1 && core.some((p) => p.type !== 'LEVEL' && p.type !== 'PLACE')) return null;
      const level = last.token?.type === 'LEVEL' ? last.token.level : null;
      if (level === null) return null;
      const determined = parts[0]?.type === 'DET' && parts[0].word === '各';
      // 任何国家, 该国家 are foreign countries; 国家 and 中华人民共和国 alone are the State.
      if (parts[0]?.type === 'DET' && level.level === 'national') return null;
      if (level.self || level.word === '国家' || level.word === '中华人民共和国' || determined || core.some((p) => p.type === 'PLACE')) return 'complete';
      if (core.length === 1 && ownTier.includes(level.word)) return 'complete';
      return 'partial';
    }
    case 'PORTFOLIO':
      return core.every((p) => p.type === 'PORTFOLIO' || p.type === 'LEVEL' || p.type === 'PLACE' || p.type === 'BODY') ? 'partial' : null;
    default:
      return null;
  }
}

const part = (token: Token, type: PartType = token.type as PartType): PhrasePart => ({ type, word: token.word, token });

/**
 * One name starting at `pos` (after the caller's boundary check). Returns the longest complete name, else a
 * partial one (a bare level or portfolio), else null.
 */
export function readConjunct(norm: string, pos: number, limit: number, ctx: GrammarContext, allowFree = true): PhraseConjunct | null {
  const { lexicon } = ctx;
  const parts: PhrasePart[] = [];
  let p = pos;
  let best: { end: number; parts: PhrasePart[]; complete: boolean } | null = null;
  const record = (): void => {
    const verdict = judgeParts(parts, ctx.ownTier);
    if (verdict === 'complete') best = { end: p, parts: [...parts], complete: true };
    else if (verdict === 'partial' && (best === null || !best.complete)) best = { end: p, parts: [...parts], complete: false };
  };

  while (p < limit) {
    const token = tokenAt(norm, p, limit, lexicon);
    if (token.type === 'LOC' && LEADING_LOCATIVES.has(token.word)) {
      parts.push(part(token));
      p = token.end;
      continue;
    }
    if (token.type !== 'DET') break;
    parts.push(part(token));
    p = token.end;
  }
  const zoneName = readZoneName(norm, p, limit, ctx, allowFree);
  if (zoneName !== null) {
    parts.push(...zoneName.parts);
    p = zoneName.end;
    record();
  } else if (allowFree) {
    const free = readFree(norm, p, limit, ctx);
    if (free !== null) {
      parts.push({ type: 'FREE', word: norm.slice(p, free), token: null });
      p = free;
      record();
    }
  }

  while (p < limit) {
    const hasCore = parts.some(isSubstantive);
    const token = tokenAt(norm, p, limit, lexicon, !hasCore);
    const last = parts.filter(isSubstantive).at(-1);
    if (token.type === 'TERM') {
      parts.push(part(token));
      p = token.end;
      record();
      if (token.entry.actor === null) break;
      continue;
    }
    if (token.type === 'LEVEL' || token.type === 'PLACE' || token.type === 'PORTFOLIO' || token.type === 'BODY' || token.type === 'HEAD') {
      parts.push(part(token));
      p = token.end;
      record();
      if ((token.type === 'LEVEL' || token.type === 'PORTFOLIO') && parts.filter(isSubstantive).length === 1) {
        // 中央驻疆单位, 境外高水平大学: a short free word may stand between a first level or portfolio word and a head.
        const free = readFree(norm, p, limit, ctx, MAX_FREE_AFTER_LEVEL);
        const next = free === null ? null : tokenAt(norm, free, limit, lexicon, false).type;
        if (free !== null && (next === 'HEAD' || (next === 'PORTFOLIO' && token.type === 'PORTFOLIO')) && mayBeNamePart(norm.slice(p, free))) {
          parts.push({ type: 'FREE', word: norm.slice(p, free), token: null });
          p = free;
        }
      }
      continue;
    }
    if (token.type === 'ZONE') {
      // Zone words inside a name: 片区管理机构, 自贸试验区议事协调机构. A named zone was read above.
      parts.push(part(token));
      p = token.end;
      record();
      continue;
    }
    if (token.type === 'DET' && last !== undefined && ['HEAD', 'BODY', 'LEVEL', 'PLACE', 'TERM', 'ZONE_NAME'].includes(last.type)) {
      // 国家有关部门, 人民政府其他有关部门 — but not 自治区有关自贸试验区 (有关 "concerning"): a head must follow.
      const after = headFollows(norm, token.end, limit, ctx);
      if (after === null) break;
      parts.push(part(token));
      p = token.end;
      continue;
    }
    if (token.type === 'LOC' && token.word === '所在' && last !== undefined && ['ZONE', 'ZONE_NAME', 'PLACE', 'TERM'].includes(last.type)) {
      // 片区所在州、市（地）人民政府: the levels after 所在 are alternatives of one body, not a list.
      const levels = readLevelAlternatives(norm, token.end, limit, ctx);
      if (levels === null) break;
      parts.push(part(token), { type: 'LEVEL', word: norm.slice(token.end, levels.end), token: levels.token });
      p = levels.end;
      continue;
    }
    if (token.type === 'OPEN' && last !== undefined && (last.type === 'LEVEL' || last.type === 'HEAD')) {
      // 市（地）, 人民政府（行政公署）, 县（市、区）: alternatives in brackets belong to the name.
      const close = norm.indexOf('）', token.end);
      if (close === -1 || close >= limit || !isAlternatives(norm, token.end, close, ctx)) break;
      parts.push({ type: 'ALT', word: norm.slice(p, close + 1), token: null });
      p = close + 1;
      record();
      continue;
    }
    if (token.type === 'REL' && last?.type === 'HEAD') {
      // 议事协调机构的办事机构: a bare head right after 的 is a body of the one before.
      const next = tokenAt(norm, token.end, limit, lexicon, false);
      if (next.type !== 'HEAD') break;
      parts.push({ type: 'OF', word: '的', token: null }, part(next));
      p = next.end;
      record();
      continue;
    }
    break;
  }
  let found = best as { end: number; parts: PhrasePart[]; complete: boolean } | null;
  if (found === null) return null;
  // 本市经济信息化、商务…等部门, 市财政、发展改革等部门: a jurisdiction followed by portfolio words is the
  // first item of a list of departments, not the jurisdiction itself.
  if (found.complete && found.parts.filter(isSubstantive).every((p) => p.type === 'LEVEL' || p.type === 'PLACE')) {
    const longer = [...parts];
    if (longer.length > found.parts.length && longer.slice(found.parts.length).every((p) => p.type === 'PORTFOLIO') && judgeParts(longer, ctx.ownTier) === 'partial') {
      found = { end: longer.reduce((end, p) => (p.token !== null ? Math.max(end, p.token.end) : end), found.end), parts: longer, complete: false };
    }
  }
  // 组织实施…: a head that is also a verb, alone before more text, is the verb.
  const only = found.parts.length === 1 ? found.parts[0]!.token : null;
  if (only?.type === 'HEAD' && only.head.alsoVerb && found.end < limit && !/[，。；：、和与及等）]/.test(norm[found.end]!)) return null;
  return { start: pos, end: found.end, parts: found.parts, complete: found.complete };
}

/** 中国（上海）自由贸易试验区, 海南自由贸易港, 乌鲁木齐片区, 上海外高桥保税区: a proper zone name. */
function readZoneName(norm: string, pos: number, limit: number, ctx: GrammarContext, allowFree: boolean): { end: number; parts: PhrasePart[] } | null {
  const { lexicon } = ctx;
  let p = pos;
  const parts: PhrasePart[] = [];
  const bracketed = /^中国（([^（）]{2,8})）/.exec(norm.slice(pos, limit));
  if (bracketed !== null) {
    p = pos + bracketed[0].length;
  } else {
    const place = tokenAt(norm, p, limit, lexicon, false);
    if (place.type === 'PLACE') p = place.end;
    if (allowFree || p > pos) {
      const free = readFree(norm, p, limit, ctx);
      if (free !== null) p = free;
    }
  }
  if (p === pos) return null;
  const zone = tokenAt(norm, p, limit, lexicon, false);
  if (zone.type !== 'ZONE' || zone.zone.class) return null;
  parts.push({ type: 'ZONE_NAME', word: norm.slice(pos, zone.end), token: zone });
  return { end: zone.end, parts };
}

/** End of a free name part at `pos`: unknown characters up to a vocabulary word, or null. */
function readFree(norm: string, pos: number, limit: number, ctx: GrammarContext, max = MAX_FREE_PLACE): number | null {
  let p = pos;
  while (p < limit && p - pos < max) {
    const token = tokenAt(norm, p, limit, ctx.lexicon, false);
    if (token.type !== 'CHAR') break;
    if (NOT_IN_NAME.test(token.word)) return null;
    p++;
  }
  if (p === pos || p >= limit) return null;
  const next = tokenAt(norm, p, limit, ctx.lexicon, false);
  if (!['PORTFOLIO', 'HEAD', 'ZONE', 'LEVEL'].includes(next.type)) return null;
  if ((next.type === 'PORTFOLIO' || next.type === 'HEAD') && p - pos > Math.min(max, MAX_FREE)) return null;
  const free = norm.slice(pos, p);
  if (ctx.stopWords.some((word) => free.includes(word)) || !mayBeNamePart(free)) return null;
  return p;
}

/** After a determiner: level and portfolio words, then a head noun. */
function headFollows(norm: string, pos: number, limit: number, ctx: GrammarContext): number | null {
  let p = pos;
  while (p < limit) {
    const token = tokenAt(norm, p, limit, ctx.lexicon, false);
    if (token.type === 'HEAD') return token.end;
    if (token.type !== 'LEVEL' && token.type !== 'PORTFOLIO' && token.type !== 'DET') return null;
    p = token.end;
  }
  return null;
}

function readLevelAlternatives(norm: string, pos: number, limit: number, ctx: GrammarContext): { end: number; token: Token } | null {
  let p = pos;
  let first: Token | null = null;
  for (;;) {
    const level = tokenAt(norm, p, limit, ctx.lexicon, false);
    if (level.type !== 'LEVEL') return null;
    first ??= level;
    p = level.end;
    if (norm[p] === '（') {
      const close = norm.indexOf('）', p);
      if (close === -1 || close >= limit || !isAlternatives(norm, p + 1, close, ctx)) return null;
      p = close + 1;
    }
    if (norm[p] !== '、') break;
    p++;
  }
  return { end: p, token: first };
}

/** Bracket content made only of level words and head nouns (市、区, 行政公署), or one short word (地). */
function isAlternatives(norm: string, start: number, end: number, ctx: GrammarContext): boolean {
  let p = start;
  if (p >= end) return false;
  if (end - start <= 2 && !/[，。；：、的]/.test(norm.slice(start, end))) return true;
  while (p < end) {
    const token = tokenAt(norm, p, end, ctx.lexicon, false);
    if (token.type !== 'LEVEL' && token.type !== 'HEAD' && !(token.type === 'CONN' && token.word === '、')) return false;
    p = token.end;
  }
  return true;
}

const CONJUNCTIONS = new Set(['、', '和', '与', '及', '以及', '或者', '或', '及其']);

/**
 * The list of names starting at `pos`. `acrossCommas` lets a comma join names when nothing else stands
 * between them (自治区人民政府，片区所在州…人民政府应当…).
 */
export function readActorList(norm: string, pos: number, limit: number, ctx: GrammarContext, options: { acrossCommas?: boolean; allowFree?: boolean } = {}): ActorList | null {
  const first = readConjunct(norm, pos, limit, ctx, options.allowFree ?? true);
  if (first === null) return null;
  const items: Array<{ conjunct: PhraseConjunct; ownedBy: number | null }> = [{ conjunct: first, ownedBy: null }];
  let end = first.end;
  for (;;) {
    const token = end < limit ? tokenAt(norm, end, limit, ctx.lexicon, false) : null;
    const comma = options.acrossCommas === true && norm[end] === '，';
    if (!comma && (token === null || token.type !== 'CONN' || !CONJUNCTIONS.has(token.word))) break;
    let next = comma ? end + 1 : token!.end;
    // 区人民政府或者其有关部门: 其 makes the next name the previous one's, as 及其 does.
    const owned = token?.word === '及其' || (!comma && norm[next] === '其' && norm[next + 1] !== '他' && norm[next + 1] !== '它');
    if (owned && token?.word !== '及其') next++;
    const conjunct = readListedConjunct(norm, next, limit, ctx);
    if (conjunct === null) break;
    if (comma && !conjunct.complete) break;
    items.push({ conjunct, ownedBy: owned ? items.length - 1 : null });
    end = conjunct.end;
  }

  let tail: PhraseConjunct | null = null;
  if (norm[end] === '等') {
    tail = readConjunct(norm, end + 1, limit, ctx, true);
    end = tail !== null && tail.complete ? tail.end : end + 1;
    if (tail !== null && !tail.complete) tail = null;
  }
  const tailCore = tail?.parts.filter(isSubstantive) ?? [];
  // 等部门, 等有关部门: the tail only lends its head; 等中央驻疆单位 names a collective of the items.
  const bareTail = tail !== null && tailCore.every((p) => p.type === 'HEAD');
  const distributes = bareTail && items.some(({ conjunct }) => !conjunct.complete);
  const collective = tail !== null && !distributes ? tail : null;
  const members = shareParts(items, tail, collective !== null && tailCore[0]?.type !== 'HEAD');
  if (members.length === 0) return null;
  // A dropped last item (…企业、金融) is no part of the list.
  if (tail === null && members.at(-1)!.start !== items.at(-1)!.conjunct.start) end = members.at(-1)!.end;
  const collectiveName = collective === null ? null : tailCore[0]?.type === 'HEAD' && !bareTail ? norm.slice(pos, end) : norm.slice(collective.start, collective.end);
  return { start: pos, end, members, collective, collectiveName };
}

/** After a conjunction: a name, possibly behind a relative clause closed by 的 (…和具有法定资质的清算机构). */
function readListedConjunct(norm: string, pos: number, limit: number, ctx: GrammarContext): PhraseConjunct | null {
  const direct = readConjunct(norm, pos, limit, ctx, true);
  if (direct !== null) return direct;
  const rel = norm.slice(pos, Math.min(limit, pos + MAX_RELATIVE)).search(/的/);
  if (rel <= 0 || /[，。；：、（）]/.test(norm.slice(pos, pos + rel))) return null;
  const named = readConjunct(norm, pos + rel + 1, limit, ctx, true);
  return named !== null && named.complete ? named : null;
}

/**
 * Fills in what listed names share and drops what stays incomplete (see the header). `bareMembers`: the
 * tail names a collective of its own (中央驻疆单位), so portfolio items stay bare names of its members.
 */
function shareParts(items: ReadonlyArray<{ conjunct: PhraseConjunct; ownedBy: number | null }>, tail: PhraseConjunct | null, bareMembers: boolean): PhraseConjunct[] {
  const out: PhraseConjunct[] = [];
  const tailHead = tail !== null ? firstHead(tail.parts) : null;
  const leadLevel = items[0]!.conjunct.parts.filter((p) => p.type === 'LEVEL' || p.type === 'PLACE');
  items.forEach(({ conjunct, ownedBy }, index) => {
    let parts = conjunct.parts;
    if (ownedBy !== null) {
      const owner = out.find((c) => c.start === items[ownedBy]!.conjunct.start) ?? items[ownedBy]!.conjunct;
      parts = [...owner.parts, { type: 'OF', word: '其', token: null }, ...parts];
    }
    const core = parts.filter(isSubstantive);
    const next = items[index + 1]?.conjunct ?? null;
    const bareLevel = core.length > 0 && core.every((p) => p.type === 'LEVEL') && parts[0]?.type !== 'DET';
    if (bareLevel && next !== null && next.complete && next.parts.find(isSubstantive)?.type === 'LEVEL' && next.parts.some((p) => p.type === 'HEAD')) {
      // 市、区人民政府: the bare level takes what follows the next name's level.
      const rest = next.parts.slice(next.parts.findIndex((p) => p.type === 'LEVEL') + 1);
      out.push({ ...conjunct, parts: [...parts, ...rest], complete: true });
      return;
    }
    if (conjunct.complete) {
      out.push({ ...conjunct, parts });
      return;
    }
    if (!core.some((p) => p.type === 'PORTFOLIO')) return;
    if (bareMembers) {
      out.push({ ...conjunct, parts, complete: true, bare: true });
      return;
    }
    const nextComplete = items.slice(index + 1).find(({ conjunct: c }) => c.complete)?.conjunct ?? null;
    const head = tailHead ?? (nextComplete !== null ? lastHead(nextComplete.parts) : null);
    if (head === null) return;
    const level = parts.some((p) => p.type === 'LEVEL' || p.type === 'PLACE' || p.type === 'BODY') ? [] : leadLevel;
    out.push({ ...conjunct, parts: [...level, ...parts, head], complete: true });
  });
  return out;
}

function firstHead(parts: readonly PhrasePart[]): PhrasePart | null {
  return parts.find((p) => p.type === 'HEAD') ?? null;
}

/** The last head noun of a name (部门 of 其他有关部门). */
function lastHead(parts: readonly PhrasePart[]): PhrasePart | null {
  return [...parts].reverse().find((p) => p.type === 'HEAD') ?? null;
}
