// Words and part-of-speech tags of short runs of text, from the jieba segmenter (@node-rs/jieba, a maintained
// native port). The rules ask it small questions: whether text the vocabulary does not know can be part of a
// name (浦东, 航运, 船员) or is a verb or function word (损害企业, 发现企业, 充分激发市场主体), whether a
// level word stands as a word of its own, where a verb begins.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export interface TaggedWord {
  word: string;
  tag: string;
}

let jieba: Jieba | null = null;
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

const CACHE_LIMIT = 10_000;

/** `fn` over short texts, remembered: the grammar asks about the same few texts at many positions. */
function remembered<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = fn(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** The words of a short text with their part-of-speech tags (shared: do not change them). */
export const tagWords: (text: string) => readonly TaggedWord[] = remembered((text) => segmenter().tag(text));

/** The words of a short text, as jieba cuts it (shared: do not change them). */
export const cutWords: (text: string) => readonly string[] = remembered((text) => segmenter().cut(text, false));

/** Tags that open no name: verbs, adverbs, prepositions, conjunctions, particles, pronouns. */
const NOT_NAME_TAGS = /^(v|vd|vn|p|c|u|r|ad|m|q|uj|ul|uz|ug|uv|ud)$/;

/** One-character adverbs (依, 均): between a level word and a head they start a clause (出区依企业申请). */
const ADVERB = /^d$/;

/** Whether `text` may be the free part of a name: its first word is no verb or function word. */
export const mayBeNamePart = remembered((text: string): boolean => {
  const first = tagWords(text)[0];
  // 驻疆, 驻区: "stationed in", which names where a body sits.
  if (first === undefined || first.word.startsWith('驻')) return true;
  return !NOT_NAME_TAGS.test(first.tag) && !(first.word.length === 1 && ADVERB.test(first.tag));
});

/** Whether `text` is a place name (浦东, 舟山): jieba tags every word of it ns. */
export function isPlaceName(text: string): boolean {
  const words = tagWords(text);
  return words.length > 0 && words.every((w) => w.tag === 'ns');
}

/** Whether `text` opens with a verb (讨论, 集体审议), as jieba tags it. */
export function startsWithVerb(text: string): boolean {
  const first = tagWords(text)[0];
  return first !== undefined && /^v/.test(first.tag);
}

/** Whether jieba cuts `word` out of `text` as a word of its own at `offset` (建议|市|人民政府, not 城市, 区分). */
export function isWordAt(text: string, offset: number, word: string): boolean {
  let at = 0;
  for (const cut of cutWords(text)) {
    if (at === offset) return cut === word;
    if (at > offset) return false;
    at += cut.length;
  }
  return false;
}
