// The grammar of one actor name, over vocabulary tokens (phrase-tokens.ts). A name (conjunct) is
//   determiners* (free name part)? (level | place | portfolio | zone | national body | head noun)* and ends
//   in a head noun (人民政府, 部门, 企业…), a national body (国务院), a defined term (管委会), a zone name
//   (乌鲁木齐片区, 中国（上海）自由贸易试验区) or a jurisdiction (本市, 国家, 海南省, 各区).
// Heads may nest (市人民政府其他有关部门, 海事部门驻区工作机构, …机构的办事机构). Lists of names are read by
// read-actor-phrase.ts.
// A free name part (乌鲁木齐, 航运, 浦东) is text the vocabulary does not know; it may only open a name
// and only where a name can begin (the caller checks the left boundary), never containing a verb.
import { isSubstantive, judgeParts, type GrammarContext, type PartType, type PhraseConjunct, type PhrasePart } from './phrase-parts.ts';
import { tokenAt, type Token } from './phrase-tokens.ts';
import { mayBeNamePart } from './word-tags.ts';

/** Longest free name part before a head or portfolio word; place names before a zone or level word may be longer. */
const MAX_FREE = 4;
const MAX_FREE_PLACE = 6;
const MAX_FREE_AFTER_LEVEL = 3;
/** Characters no free name part contains (function words and the start of predicates). */
const NOT_IN_NAME = /[的在对为与和及等或并由向将把被从是不未也均还应即已都所其之于以该每各另经到往给让使据如若凡除类者]/;
/** Locatives that may open a name without belonging to it (区内个人 are individuals). */
const LEADING_LOCATIVES = new Set(['区内', '市内', '省内', '港内', '岛内']);

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
