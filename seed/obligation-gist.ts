// The gist of an obligation: a few words of what the duty says, for a graph label ("加强风险防控体系建设…").
// Pure and generic: the duty is read after the modal marker (the bearer and the modal word are shown beside it
// already), its first clause is kept, and a longer clause is cut where jieba ends a word, never inside a word
// or inside a bracketed title (《…》, （…）). Words that cannot end a phrase (prepositions, conjunctions,
// particles, one-character fragments such as 自 of 自贸) are dropped from the end.
import { tagWords, type TaggedWord } from './extract/word-tags.ts';

/** Width budget of a gist, in Chinese characters (Latin letters, digits and spaces count half). */
export const GIST_MAX_WIDTH = 14;

const ELLIPSIS = '…';
/** Where a clause ends; 、 separates items of a list inside one clause and is no end. */
const CLAUSE_END = /[，；。：！？,;:!?]/;
const OPENERS: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '〔': '〕', '【': '】' };
/** Words that cannot end a phrase: prepositions, conjunctions, particles, punctuation. */
const DANGLING_TAG = /^(p|c|u|uj|ul|uz|ug|uv|ud|x)$/;
/** Words that open no duty: conjunctions and punctuation (并, 同时, "，"). */
const LEADING_TAG = /^(c|x)$/;

const isWide = (char: string) => /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/.test(char);
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (isWide(char) ? 1 : 0.5), 0);

/** What the duty says: the text after the modal marker where the marker is written in it, else the whole text. */
function dutyText(text: string, marker: string): string {
  const trimmed = text.trim();
  const at = marker ? trimmed.indexOf(marker) : -1;
  const after = at >= 0 ? trimmed.slice(at + marker.length).replace(/^[\s，,：:]+/, '') : '';
  // A marker at the very end (…的，应当。) or one that is the whole clause (履行…其他职责) leaves too little.
  return widthOf(after.replace(/[。；;.\s]+$/, '')) >= 2 ? after : trimmed;
}

/** jieba's words, with a bracketed span (《…》) as one word so that a cut never falls inside it. */
function phraseWords(text: string): TaggedWord[] {
  const words: TaggedWord[] = [];
  let open: { close: string; word: string } | null = null;
  for (const w of tagWords(text)) {
    if (open) {
      open.word += w.word;
      if (w.word === open.close) {
        words.push({ word: open.word, tag: 'group' });
        open = null;
      }
    } else if (OPENERS[w.word]) open = { close: OPENERS[w.word]!, word: w.word };
    else words.push(w);
  }
  if (open) words.push({ word: open.word, tag: 'group' });
  return words;
}

const canEnd = (w: TaggedWord) => !DANGLING_TAG.test(w.tag) && !(w.word.length === 1 && isWide(w.word) && w.tag !== 'group');

/**
 * A short, word-safe excerpt of what an obligation says, with … where text was left out. `marker` is the modal
 * marker as the extraction wrote it (应当, 负责, 履行下列职责 …); the result is at most `maxWidth` wide plus the ….
 */
export function obligationGist(text: string, marker: string, maxWidth = GIST_MAX_WIDTH): string {
  const duty = dutyText(text, marker);
  const end = duty.search(CLAUSE_END);
  const clause = (end >= 0 ? duty.slice(0, end) : duty).trim();
  const rest = end >= 0 ? duty.slice(end + 1).replace(/[\s。；;.]+$/, '') : '';
  const words = phraseWords(clause);
  while (words.length && LEADING_TAG.test(words[0]!.tag) && words[0]!.tag !== 'group') words.shift();
  const whole = words.map((w) => w.word).join('').trim();
  if (widthOf(whole) <= maxWidth) return whole + (rest ? ELLIPSIS : '');

  const kept: TaggedWord[] = [];
  let width = 0;
  for (const w of words) {
    if (width + widthOf(w.word) > maxWidth) {
      // A long title right after the verb (实施《…总体方案》) is what the duty is about: read into it by its words.
      if (w.tag === 'group' && width < maxWidth / 2) {
        for (const inner of tagWords(w.word)) {
          if (width + widthOf(inner.word) > maxWidth) break;
          kept.push(inner);
          width += widthOf(inner.word);
        }
      }
      break;
    }
    kept.push(w);
    width += widthOf(w.word);
  }
  while (kept.length && !canEnd(kept.at(-1)!)) kept.pop();
  // Nothing fits whole (one long word or title first): its first word is still better than nothing.
  if (!kept.length) return `${[...(words[0]?.word ?? clause)].slice(0, maxWidth).join('')}${ELLIPSIS}`;
  return `${kept.map((w) => w.word).join('').trim()}${ELLIPSIS}`;
}
