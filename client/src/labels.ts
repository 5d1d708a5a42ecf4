// How entities are named on screen. A regulation's official names are long (中国（…）自由贸易试验区工作办公室);
// the graph and the lists use the short form the text itself defines (以下简称…) and keep the full name for
// details and tooltips. Clause labels come from the API (`ClauseRef.label`, `labelEn`) and are only picked here.
import type { Lang } from './i18n.ts';
import type { ClauseRef } from './model.ts';

export interface Named {
  name: string;
  nameEn?: string | null;
  aliases?: readonly string[] | null;
}

const LONG_ZH = 8;
const LONG_EN = 28;
const MAX_EN = 44;

function shortZh(name: string, aliases: readonly string[]): string {
  if ([...name].length <= LONG_ZH) return name;
  const shorter = aliases.filter((a) => a.length >= 2 && a.length < name.length).sort((a, b) => a.length - b.length)[0];
  return shorter ?? name;
}

/**
 * English names come as "Head (gloss)" or with the FTZ's full title in front; the shorter informative part
 * wins, e.g. "FTZ Work Office", "Customs", "Regional government".
 */
function shortEn(name: string): string {
  let text = name.trim();
  if (text.length <= LONG_EN) return text;
  text = text.replace(/^China \([^)]+\) Pilot Free Trade Zone\b/, 'FTZ');
  const trailing = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  if (trailing?.[1] && trailing[2]) {
    const [, head, gloss] = trailing;
    const pick = gloss.length < head.length && !/^(in|of|for)\b/.test(gloss) ? gloss : head;
    text = pick.charAt(0).toUpperCase() + pick.slice(1);
  }
  if (text.length <= MAX_EN) return text;
  const withoutAsides = text.replace(/\s*\([^()]*\)/g, '');
  if (withoutAsides.length <= MAX_EN) return withoutAsides;
  const cut = withoutAsides.slice(0, MAX_EN);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[\s,;]+$/, '')}…`;
}

export function shortName(entity: Named, lang: Lang): string {
  if (lang === 'en' && entity.nameEn) return shortEn(entity.nameEn);
  return shortZh(entity.name, entity.aliases ?? []);
}

export function fullName(entity: Named, lang: Lang): string {
  return lang === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

/** A zone → industry level as the API gives it: the verb as written, or its English gloss (the verb where it has none). */
export function levelText(link: { level: string; levelEn: string | null }, lang: Lang): string {
  return lang === 'en' && link.levelEn ? link.levelEn : link.level;
}

/** An edge's label from the API in the current language. */
export function edgeLabel(edge: { label: string | null; labelEn?: string | null; type: string }, lang: Lang): string {
  return (lang === 'en' ? edge.labelEn : null) ?? edge.label ?? edge.type;
}

/** Something the API labels in both languages (a clause: 第28条第2款 / Art. 28(2)). */
export interface Labelled {
  label: string;
  labelEn: string | null;
}

/** A clause as the API gives it: where it is and its labels. */
export type LabelledClause = ClauseRef & Labelled;

export function labelOf(item: Labelled, lang: Lang): string {
  return lang === 'en' && item.labelEn ? item.labelEn : item.label;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** `zh-Hans` for text in Chinese characters (the regulation's own words, whatever the interface language), else null. */
export function textLang(text: string): 'zh-Hans' | null {
  return CJK.test(text) ? 'zh-Hans' : null;
}
