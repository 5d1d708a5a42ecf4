// Part-of-speech tags of short runs of text, from the jieba segmenter (@node-rs/jieba, a maintained native
// port). The name grammar uses them for one decision only: whether text the vocabulary does not know can be
// part of a name (浦东, 航运, 船员) or is a verb or function word (损害企业, 发现企业, 充分激发市场主体).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | null = null;

/** Tags that open no name: verbs, adverbs, prepositions, conjunctions, particles, pronouns. */
const NOT_NAME_TAGS = /^(v|vd|vn|p|c|u|r|ad|m|q|uj|ul|uz|ug|uv|ud)$/;

const cache = new Map<string, boolean>();
const CACHE_LIMIT = 10_000;

/** One-character adverbs (依, 均): between a level word and a head they start a clause (出区依企业申请). */
const ADVERB = /^d$/;

/** Whether `text` may be the free part of a name: its first word is no verb or function word. */
export function mayBeNamePart(text: string): boolean {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  jieba ??= Jieba.withDict(dict);
  const words = jieba.tag(text);
  // 驻疆, 驻区: "stationed in", which names where a body sits.
  const first = words[0];
  const ok =
    first === undefined || first.word.startsWith('驻') || (!NOT_NAME_TAGS.test(first.tag) && !(first.word.length === 1 && ADVERB.test(first.tag)));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, ok);
  return ok;
}

const placeCache = new Map<string, boolean>();

/** Whether `text` is a place name (浦东, 舟山): jieba tags every word of it ns. */
export function isPlaceName(text: string): boolean {
  const cached = placeCache.get(text);
  if (cached !== undefined) return cached;
  jieba ??= Jieba.withDict(dict);
  const words = jieba.tag(text);
  const ok = words.length > 0 && words.every((w) => w.tag === 'ns');
  if (placeCache.size >= CACHE_LIMIT) placeCache.clear();
  placeCache.set(text, ok);
  return ok;
}

/** Whether `text` opens with a verb (讨论, 集体审议), as jieba tags it. */
export function startsWithVerb(text: string): boolean {
  jieba ??= Jieba.withDict(dict);
  const first = jieba.tag(text)[0];
  return first !== undefined && /^v/.test(first.tag);
}

/** The words of a short text with their part-of-speech tags, as jieba tags them. */
export function tagWords(text: string): { word: string; tag: string }[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.tag(text);
}

/** The words of a short text, as jieba cuts it. */
export function cutWords(text: string): string[] {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
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
