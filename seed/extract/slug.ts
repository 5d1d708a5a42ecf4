// Readable ASCII for Chinese names: pinyin without tones, by pinyin-pro (a maintained transliteration
// library that knows polyphonic characters in context: 银行 → yinhang, 重庆 → chongqing). Ids are built from
// the words of the name, so 人民政府 becomes renmin-zhengfu and 乌鲁木齐片区 wulu-muqi-pianqu.
import { pinyin } from 'pinyin-pro';
import readingsJson from '../vocabulary/place-readings.json' with { type: 'json' };
import { cutWords } from './word-tags.ts';

/** Place names pinyin-pro misreads (喀什 is ka shi, not ka shen), longest first. */
const READINGS = [...readingsJson.readings].sort((a, b) => b.word.length - a.word.length);

/** Pinyin syllables of a text, lowercase, ü as v; non-CJK letters and digits kept. */
function syllables(text: string): string[] {
  const out: string[] = [];
  let rest = '';
  const flush = (): void => {
    for (const syllable of rest === '' ? [] : pinyin(rest, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })) {
      const ascii = syllable.toLowerCase().replace(/[^a-z0-9]/g, '');
      if (ascii !== '') out.push(ascii);
    }
    rest = '';
  };
  for (let p = 0; p < text.length; ) {
    const reading = READINGS.find((r) => text.startsWith(r.word, p));
    if (reading === undefined) {
      rest += text[p]!;
      p++;
      continue;
    }
    flush();
    out.push(...reading.pinyin.split(' '));
    p += reading.word.length;
  }
  flush();
  return out;
}

/**
 * One word of a name, cut into jieba's words (非银行支付 → 非 银行 支付): up to three characters read as one,
 * longer ones in pairs (人民政府 → renmin-zhengfu; a trailing one joins the last pair).
 */
function slugWord(word: string): string {
  const chars = [...word].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
  if (chars === '') return '';
  // Single characters jieba leaves alone go together (驻疆 → zhujiang, 中哈 → zhongha).
  const pieces: string[] = [];
  for (const piece of cutWords(chars)) {
    const last = pieces.at(-1);
    if (last !== undefined && [...piece].length === 1 && [...last].length === 1) pieces[pieces.length - 1] = last + piece;
    else pieces.push(piece);
  }
  return pieces
    .map((piece) => {
      const letters = [...piece];
      if (letters.length <= 3) return syllables(piece).join('');
      const groups: string[] = [];
      for (let i = 0; i < letters.length; i += 2) {
        const rest = letters.length - i;
        groups.push(letters.slice(i, rest === 3 ? i + 3 : i + 2).join(''));
        if (rest === 3) break;
      }
      return groups.map((group) => syllables(group).join('')).join('-');
    })
    .filter((piece) => piece !== '')
    .join('-');
}

/** `words` are the name cut at its vocabulary words (see compose-actor.ts); punctuation is dropped. */
export function slugWords(words: readonly string[]): string {
  return words
    .map(slugWord)
    .filter((word) => word !== '')
    .join('-');
}

/**
 * Capitalised pinyin, a word at a time (jieba's words), for English names of what the vocabulary does not
 * know: 乌鲁木齐 → Wulumuqi, 舟山离岛 → Zhoushan Lidao.
 */
export function pinyinName(text: string): string {
  const words = cutWords(text)
    .map((word) => syllables(word).join(''))
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  return words.length === 0 ? text : words.join(' ');
}
