// English chapter titles from the generic vocabulary of chapter phrases (seed/vocabulary/chapter-titles.json):
// a title that is one listed phrase, or listed phrases joined by 和/与/及/、, gets their English joined by "and";
// anything else gets none, and the explorer says that the text is Chinese only.
import chapterTitlesJson from './vocabulary/chapter-titles.json' with { type: 'json' };

interface Phrase {
  zh: string;
  en: string;
}

function readPhrases(json: unknown): Map<string, string> {
  const phrases = (json as { phrases?: unknown }).phrases;
  if (!Array.isArray(phrases)) throw new Error('chapter-titles.json: "phrases" must be a list');
  const map = new Map<string, string>();
  phrases.forEach((item: Partial<Phrase>, i) => {
    if (typeof item?.zh !== 'string' || typeof item.en !== 'string' || item.zh === '' || item.en === '') {
      throw new Error(`chapter-titles.json: phrases[${i}] needs a non-empty "zh" and "en"`);
    }
    if (map.has(item.zh)) throw new Error(`chapter-titles.json: "${item.zh}" is listed twice`);
    map.set(item.zh, item.en);
  });
  return map;
}

const PHRASES = readPhrases(chapterTitlesJson);
const JOINERS = /[和与及、]/u;

/** 投资开放和贸易便利化 → Opening to Investment and Trade Facilitation; null when a part is not in the vocabulary. */
export function chapterTitleEn(title: string, phrases: ReadonlyMap<string, string> = PHRASES): string | null {
  const compact = title.replace(/[\s\u3000]+/gu, '');
  const whole = phrases.get(compact);
  if (whole !== undefined) return whole;
  const parts = compact.split(JOINERS);
  if (parts.length < 2) return null;
  const english = parts.map((part) => phrases.get(part));
  return english.every((en): en is string => en !== undefined) ? english.join(' and ') : null;
}
