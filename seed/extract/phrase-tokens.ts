// Tokens of the vocabulary, read at a position of a normalised text: the longest vocabulary word that
// starts there (defined terms first, then national bodies, places, head nouns, zone words, portfolios,
// level words, determiners), or one character of punctuation or of text the vocabulary does not know.
// The actor grammar (read-actor-phrase.ts) reads these left to right.
import type { Determiner, Division, HeadWord, LevelWord, NationalBody, PortfolioWord, Vocabulary, ZoneWord } from '../vocabulary.ts';

export type TokenType =
  | 'TERM'
  | 'BODY'
  | 'PLACE'
  | 'HEAD'
  | 'ZONE'
  | 'PORTFOLIO'
  | 'LEVEL'
  | 'DET'
  | 'LOC'
  | 'CONN'
  | 'ETC'
  | 'REL'
  | 'OPEN'
  | 'CLOSE'
  | 'PUNCT'
  | 'CHAR';

/** What a defined term (以下简称Y) stands for: an actor, or a thing that is no actor (内地, 境内区外). */
export interface TermEntry {
  term: string;
  actor: string | null;
}

export type TokenRef =
  | { type: 'TERM'; entry: TermEntry }
  | { type: 'BODY'; body: NationalBody }
  | { type: 'PLACE'; division: Division }
  | { type: 'HEAD'; head: HeadWord }
  | { type: 'ZONE'; zone: ZoneWord }
  | { type: 'PORTFOLIO'; portfolio: PortfolioWord }
  | { type: 'LEVEL'; level: LevelWord }
  | { type: 'DET'; determiner: Determiner }
  | { type: 'LOC' | 'CONN' | 'ETC' | 'REL' | 'OPEN' | 'CLOSE' | 'PUNCT' | 'CHAR' };

export type Token = TokenRef & { start: number; end: number; word: string };

/** Locatives: what follows X内 is inside X (自贸试验区内企业 are enterprises), 所在 "where X lies". */
const LOCATIVES = ['区内', '区外', '市内', '省内', '港内', '岛内', '所在', '内'];
/** Coordinating words between names, longest first where one starts another. */
const CONNECTORS = ['以及', '或者', '及其', '、', '和', '与', '及', '或'];
const PUNCTUATION = '，。；：！？“”‘’《》【】〔〕…—·,.;:!?"\'';

/** Order of preference when two vocabulary words of one length start at the same place. */
const PRIORITY: readonly TokenType[] = ['TERM', 'BODY', 'PLACE', 'HEAD', 'ZONE', 'PORTFOLIO', 'LEVEL', 'DET', 'LOC', 'CONN'];

interface Entry {
  word: string;
  ref: TokenRef;
  rank: number;
}

export interface PhraseLexicon {
  /** Vocabulary words by first character, longest first. */
  byFirst: Map<string, Entry[]>;
  terms: Map<string, TermEntry>;
  /** Longest term, to bound the term lookup. */
  longestTerm: number;
}

function addEntry(byFirst: Map<string, Entry[]>, word: string, ref: TokenRef): void {
  if (word === '') return;
  const list = byFirst.get(word[0]!) ?? [];
  list.push({ word, ref, rank: PRIORITY.indexOf(ref.type) });
  byFirst.set(word[0]!, list);
}

export function buildPhraseLexicon(vocabulary: Vocabulary): PhraseLexicon {
  const byFirst = new Map<string, Entry[]>();
  for (const body of vocabulary.nationalBodies) for (const word of [body.name, ...body.aliases]) addEntry(byFirst, word, { type: 'BODY', body });
  for (const division of vocabulary.divisions) {
    addEntry(byFirst, division.name, { type: 'PLACE', division });
    addEntry(byFirst, division.short, { type: 'PLACE', division });
  }
  for (const head of vocabulary.heads) addEntry(byFirst, head.word, { type: 'HEAD', head });
  for (const zone of vocabulary.zones) addEntry(byFirst, zone.word, { type: 'ZONE', zone });
  for (const portfolio of vocabulary.portfolios) addEntry(byFirst, portfolio.word, { type: 'PORTFOLIO', portfolio });
  for (const level of vocabulary.levels) addEntry(byFirst, level.word, { type: 'LEVEL', level });
  for (const determiner of vocabulary.determiners) addEntry(byFirst, determiner.word, { type: 'DET', determiner });
  for (const word of LOCATIVES) addEntry(byFirst, word, { type: 'LOC' });
  for (const word of CONNECTORS) addEntry(byFirst, word, { type: 'CONN' });
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length || a.rank - b.rank);
  return { byFirst, terms: new Map(), longestTerm: 0 };
}

/** A copy sharing the vocabulary, with terms of its own: one per regulation. */
export function withTerms(lexicon: PhraseLexicon): PhraseLexicon {
  return { byFirst: lexicon.byFirst, terms: new Map(lexicon.terms), longestTerm: lexicon.longestTerm };
}

export function addTerm(lexicon: PhraseLexicon, entry: TermEntry): void {
  lexicon.terms.set(entry.term, entry);
  lexicon.longestTerm = Math.max(lexicon.longestTerm, entry.term.length);
}

/** The token at `pos` (pos < limit). */
export function tokenAt(norm: string, pos: number, limit: number, lexicon: PhraseLexicon, terms = true): Token {
  const char = norm[pos]!;
  // A defined term wins over a vocabulary word of its length or shorter (区内企业 over 区内).
  for (let length = terms ? Math.min(lexicon.longestTerm, limit - pos) : 0; length >= 1; length--) {
    const entry = lexicon.terms.get(norm.slice(pos, pos + length));
    if (entry !== undefined) {
      const vocabulary = longestEntry(norm, pos, limit, lexicon);
      if (vocabulary === null || vocabulary.word.length <= length) return { type: 'TERM', entry, start: pos, end: pos + length, word: entry.term };
      break;
    }
  }
  const entry = longestEntry(norm, pos, limit, lexicon);
  if (entry !== null) return { ...entry.ref, start: pos, end: pos + entry.word.length, word: entry.word } as Token;
  if (char === '的') return { type: 'REL', start: pos, end: pos + 1, word: char };
  if (char === '等') return { type: 'ETC', start: pos, end: pos + 1, word: char };
  if (char === '（') return { type: 'OPEN', start: pos, end: pos + 1, word: char };
  if (char === '）') return { type: 'CLOSE', start: pos, end: pos + 1, word: char };
  if (PUNCTUATION.includes(char) || /\s/.test(char)) return { type: 'PUNCT', start: pos, end: pos + 1, word: char };
  return { type: 'CHAR', start: pos, end: pos + 1, word: char };
}

function longestEntry(norm: string, pos: number, limit: number, lexicon: PhraseLexicon): Entry | null {
  const candidates = lexicon.byFirst.get(norm[pos]!);
  if (candidates === undefined) return null;
  for (const entry of candidates) {
    const end = pos + entry.word.length;
    if (end <= limit && norm.startsWith(entry.word, pos) && !crossedByHead(norm, pos, end, limit, lexicon)) return entry;
  }
  return null;
}

/**
 * A word is not taken where a head noun, determiner or portfolio word starts inside it and runs past its end:
 * 财政部门 is 财政 + 部门, not the ministry 财政部 + 门; 及其他有关 is 及 + 其他有关, not 及其 + 他.
 */
function crossedByHead(norm: string, start: number, end: number, limit: number, lexicon: PhraseLexicon): boolean {
  for (let inner = start + 1; inner < end; inner++) {
    for (const entry of lexicon.byFirst.get(norm[inner]!) ?? []) {
      const type = entry.ref.type;
      if (type !== 'HEAD' && type !== 'DET' && type !== 'PORTFOLIO') continue;
      const innerEnd = inner + entry.word.length;
      if (innerEnd > end && innerEnd <= limit && norm.startsWith(entry.word, inner)) return true;
    }
  }
  return false;
}

export function isPunctuation(char: string | undefined): boolean {
  return char === undefined || PUNCTUATION.includes(char) || char === '（' || char === '）' || /\s/.test(char);
}
