import { describe, expect, it } from 'vitest';
import { NATIONAL, divisionAt, findJurisdiction, ownTierWords, type Jurisdiction } from '../../seed/extract/jurisdiction.ts';
import type { RegulationMeta } from '../../seed/types.ts';
import { VOCABULARY } from '../../seed/vocabulary.ts';

function meta(title: string, issuer: string | null = null): RegulationMeta {
  return { id: 'regulation:test', title, issuer, adopted: null, promulgated: null, noticeNumber: null, effective: null };
}

/** Name and slug, or 'national'. */
function where(title: string, issuer: string | null = null): string {
  const j: Jurisdiction = findJurisdiction(meta(title, issuer), VOCABULARY);
  return j === NATIONAL ? 'national' : `${j.name} ${j.slug}`;
}

describe('findJurisdiction', () => {
  it('reads the division from the issuer', () => {
    expect(where('中国（新疆）自由贸易试验区条例', '新疆维吾尔自治区人民代表大会常务委员会')).toBe('新疆维吾尔自治区 xinjiang');
    expect(where('中国（浙江）自由贸易试验区条例', '浙江省人民代表大会常务委员会')).toBe('浙江省 zhejiang');
  });

  it('trusts the issuer over the title', () => {
    expect(where('中国（新疆）自由贸易试验区条例', '上海市人民代表大会常务委员会')).toBe('上海市 shanghai');
  });

  it('reads a national issuer as national, whatever place the title names', () => {
    expect(where('中华人民共和国海南自由贸易港法', '全国人民代表大会常务委员会')).toBe('national');
    expect(where('上海市某办法', '国务院')).toBe('national');
  });

  it('without an issuer, reads the division in the brackets of a zone title', () => {
    expect(where('中国（上海）自由贸易试验区条例')).toBe('上海市 shanghai');
  });

  it('without an issuer, reads the division a title begins with, by full or short name', () => {
    expect(where('上海市优化营商环境条例')).toBe('上海市 shanghai');
    expect(where('海南自由贸易港优化营商环境条例')).toBe('海南省 hainan');
  });

  it('reads a title that begins with 中华人民共和国 as a national law', () => {
    expect(where('中华人民共和国对外贸易法')).toBe('national');
  });

  it('reads a text that names no division as national', () => {
    expect(where('外商投资准入特别管理措施')).toBe('national');
  });

  it('reads traditional script as simplified', () => {
    expect(where('中國（上海）自由貿易試驗區條例')).toBe('上海市 shanghai');
  });

  it('returns the division itself with its tier', () => {
    // The English is the stem that names build on (Xinjiang Uygur Autonomous Region People's Government).
    expect(findJurisdiction(meta('中国（新疆）自由贸易试验区条例'), VOCABULARY)).toMatchObject({
      en: 'Xinjiang Uygur',
      tier: 'autonomous-region',
      division: { name: '新疆维吾尔自治区', short: '新疆' },
    });
  });
});

describe('divisionAt', () => {
  it('takes the longest form a text begins with, or none', () => {
    expect(divisionAt('内蒙古自治区人民政府', VOCABULARY)?.slug).toBe('neimenggu');
    expect(divisionAt('广西壮族自治区', VOCABULARY)?.slug).toBe('guangxi');
    expect(divisionAt('深圳经济特区', VOCABULARY)).toBeNull();
  });
});

describe('ownTierWords', () => {
  it('are the level words that mean the regulation\'s own jurisdiction', () => {
    const tier = (slug: string): readonly string[] => ownTierWords(findJurisdiction(meta('条例', `${VOCABULARY.divisions.find((d) => d.slug === slug)!.name}人民代表大会`), VOCABULARY));
    expect(tier('shanghai')).toEqual(['市', '直辖市']);
    expect(tier('zhejiang')).toEqual(['省']);
    expect(tier('xinjiang')).toEqual(['自治区']);
    expect(tier('hongkong')).toEqual(['特别行政区']);
    expect(ownTierWords(NATIONAL)).toEqual([]);
  });
});
