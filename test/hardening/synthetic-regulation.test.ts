// The generators the hardening tests rely on: numerals, the long regulation, the bad sources.
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../seed/chinese-numerals.ts';
import { decodeSource } from '../../seed/read-source.ts';
import { parseRegulation } from '../../seed/parse-regulation.ts';
import { encodeGb18030 } from './bad-sources.ts';
import { formatChineseNumeral, generateLongRegulation } from './synthetic-regulation.ts';

describe('formatChineseNumeral', () => {
  it('writes numbers as regulations number their articles', () => {
    expect([1, 10, 12, 20, 62, 100, 105, 110, 489, 1010].map(formatChineseNumeral)).toEqual([
      '一', '十', '十二', '二十', '六十二', '一百', '一百零五', '一百一十', '四百八十九', '一千零一十',
    ]);
  });

  it('round-trips through the parser for every article number up to 9999', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
  });
});

describe('generateLongRegulation', () => {
  it('repeats the shipped articles under fresh numbers and ends with entry into force', () => {
    const parsed = parseRegulation(generateLongRegulation(3));
    expect(parsed.articles).toHaveLength(61 * 3 + 1);
    expect(parsed.chapters).toHaveLength(8 * 3);
    expect(parsed.articles.at(-1)!.text).toBe('本条例自2025年7月1日起施行。');
    expect(parsed.articles[61]!.text).toBe(parsed.articles[0]!.text);
  });
});

describe('encodeGb18030', () => {
  it('encodes what the platform decodes back, and the seed refuses it', () => {
    const bytes = encodeGb18030('第一条 自贸试验区（以下简称自贸办）。');
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('第一条 自贸试验区（以下简称自贸办）。');
    expect(() => decodeSource(bytes)).toThrow(/not valid UTF-8/);
  });
});
