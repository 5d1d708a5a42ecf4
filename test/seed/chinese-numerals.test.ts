import { describe, expect, it } from 'vitest';
import { ChineseNumeralError, formatChineseNumeral, parseChineseNumeral } from '../../seed/chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['六十二', 62],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百二十三', 123],
    ['两百', 200],
    ['二百五', 250],
    ['一千零一十', 1010],
    ['三千零二', 3002],
    ['一万零五', 10005],
    ['一万五', 15000],
    ['十万', 100000],
    ['〇', 0],
    ['零', 0],
    ['二〇二五', 2025],
    ['二○二五', 2025],
    ['壹佰零伍', 105],
    ['62', 62],
    ['６２', 62],
    [' 十一 ', 11],
  ])('%s → %i', (numeral, value) => {
    expect(parseChineseNumeral(numeral)).toBe(value);
  });

  it.each(['', '   ', '条', '十百', '百', '一二十', '一百十', '二百三千', '五零十', '一百零', '6二', 'abc', '第一'])(
    'refuses %j',
    (garbage) => {
      expect(() => parseChineseNumeral(garbage)).toThrow(ChineseNumeralError);
    },
  );
});

describe('formatChineseNumeral', () => {
  it('writes numbers as regulations number their articles', () => {
    expect([1, 10, 11, 12, 20, 62, 100, 105, 110, 489, 1000, 1010, 2024, 6200].map(formatChineseNumeral)).toEqual([
      '一', '十', '十一', '十二', '二十', '六十二', '一百', '一百零五', '一百一十', '四百八十九', '一千', '一千零一十', '二千零二十四', '六千二百',
    ]);
  });

  it('round-trips through the parser for every article number up to 9999', () => {
    for (let n = 1; n <= 9999; n++) expect(parseChineseNumeral(formatChineseNumeral(n))).toBe(n);
  });

  it.each([0, -1, 1.5, 10_000, Number.NaN])('refuses %d', (n) => {
    expect(() => formatChineseNumeral(n)).toThrow(RangeError);
  });
});
