// Lists of actor names (each read by read-actor-name.ts). A list joins names with 、和与及以及或者, and
// shares what its members lack:
//   市、区人民政府 → 市人民政府, 区人民政府 (a bare level takes the rest of the next name);
//   市财政、发展改革等部门 → 市财政部门, 市发展改革部门 (bare portfolios take the head after 等 or of the
//   next complete name, and the level of the first);
//   海关、…、金融、税务等中央驻疆单位 → a collective named by the tail, whose members are the items;
//   国务院及其有关部门 → 国务院, 国务院有关部门 (及其: the next name belongs to the one before).
import { isSubstantive, type GrammarContext, type PhraseConjunct, type PhrasePart } from './phrase-parts.ts';
import { tokenAt } from './phrase-tokens.ts';
import { readConjunct } from './read-actor-name.ts';

// The whole grammar is imported from here: parts, context and single names as well as lists.
export { buildGrammarContext, judgeParts, type GrammarContext, type PartType, type PhraseConjunct, type PhrasePart } from './phrase-parts.ts';
export { readConjunct } from './read-actor-name.ts';

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

/** A relative clause that may stand before a listed name (…和具有法定资质的清算机构). */
const MAX_RELATIVE = 14;

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
