// The parts an actor name is read into (phrase tokens with their role in the name), what a sequence of them
// names (judgeParts: an actor, a bare level or portfolio that needs a head, or nothing), and the context the
// grammar reads with (read-actor-name.ts, read-actor-phrase.ts).
import type { Vocabulary } from '../vocabulary.ts';
import type { PhraseLexicon, Token } from './phrase-tokens.ts';
import { isPlaceName } from './word-tags.ts';

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

export interface GrammarContext {
  lexicon: PhraseLexicon;
  /** Verbs and function words no free name part may contain. */
  stopWords: readonly string[];
  /** Level words that name the regulation's own jurisdiction by themselves (自治区 in a Xinjiang text). */
  ownTier: readonly string[];
}

/** Level words that end the name of a place (浦东新区, 舟山市). */
const PLACE_SUFFIXES: ReadonlySet<string> = new Set(['新区', '区', '县', '市', '自治州', '州', '地区', '自治县']);

export function buildGrammarContext(vocabulary: Vocabulary, lexicon: PhraseLexicon, ownTier: readonly string[] = []): GrammarContext {
  const stopWords = [...new Set([...vocabulary.clause.predicate, ...vocabulary.clause.governing])].filter((word) => word.length >= 2);
  return { lexicon, stopWords, ownTier };
}

export const isSubstantive = (part: PhrasePart): boolean => part.type !== 'DET' && part.type !== 'LOC' && part.type !== 'ALT' && part.type !== 'OF';

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
