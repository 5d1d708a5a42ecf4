// The jurisdiction a regulation speaks for: read from its issuer (新疆维吾尔自治区人民代表大会常务委员会),
// else from its title (中国（上海）自由贸易试验区条例, 上海市优化营商环境条例); a title beginning with
// 中华人民共和国 is a national law. 本市 and 市人民政府 in a Shanghai text mean this jurisdiction.
import type { RegulationMeta } from '../types.ts';
import type { Division, DivisionTier, Vocabulary } from '../vocabulary.ts';
import { normalizeScript } from './normalize-script.ts';

export interface Jurisdiction {
  /** Full name (上海市), or 中华人民共和国 for the national level. */
  name: string;
  /** ASCII prefix of the ids of its bodies (shanghai); empty for the national level. */
  slug: string;
  en: string;
  tier: DivisionTier | 'national';
  /** The province-level division, or null for the national level. */
  division: Division | null;
}

export const NATIONAL: Jurisdiction = { name: '中华人民共和国', slug: '', en: "People's Republic of China", tier: 'national', division: null };

export function divisionJurisdiction(division: Division): Jurisdiction {
  return { name: division.name, slug: division.slug, en: division.en, tier: division.tier, division };
}

/** The division a text names, by full or short name, at the start of `text`. */
export function divisionAt(text: string, vocabulary: Vocabulary): Division | null {
  let best: Division | null = null;
  let bestLength = 0;
  for (const division of vocabulary.divisions) {
    for (const form of [division.name, division.short]) {
      if (form.length > bestLength && text.startsWith(form)) {
        best = division;
        bestLength = form.length;
      }
    }
  }
  return best;
}

export function findJurisdiction(meta: RegulationMeta, vocabulary: Vocabulary): Jurisdiction {
  const issuer = meta.issuer === null ? null : normalizeScript(meta.issuer);
  if (issuer !== null) {
    if (issuer.startsWith('全国人民代表大会') || issuer.startsWith('国务院')) return NATIONAL;
    const division = divisionAt(issuer, vocabulary);
    if (division !== null) return divisionJurisdiction(division);
  }
  const title = normalizeScript(meta.title);
  if (title.startsWith('中华人民共和国')) return NATIONAL;
  const bracketed = /^中国（([^（）]+)）/.exec(title);
  const division = divisionAt(bracketed !== null ? bracketed[1]! : title, vocabulary);
  return division !== null ? divisionJurisdiction(division) : NATIONAL;
}

/** The word a level takes for this jurisdiction's own tier: 市 for a municipality, 省, 自治区. */
export function ownTierWords(jurisdiction: Jurisdiction): readonly string[] {
  switch (jurisdiction.tier) {
    case 'municipality':
      return ['市', '直辖市'];
    case 'province':
      return ['省'];
    case 'autonomous-region':
      return ['自治区'];
    case 'sar':
      return ['特别行政区'];
    default:
      return [];
  }
}

/** English adjective of a division's tier: Shanghai Municipal, Hainan Provincial. */
export function tierAdjective(tier: DivisionTier | 'national'): string {
  switch (tier) {
    case 'municipality':
      return 'Municipal';
    case 'province':
      return 'Provincial';
    case 'autonomous-region':
      return 'Autonomous Region';
    case 'sar':
      return 'SAR';
    default:
      return '';
  }
}
