import { describe, expect, it } from 'vitest';
import { pinyinName, slugWords } from '../../seed/extract/slug.ts';

describe('slugWords', () => {
  it('gives readable pinyin ids, a word at a time', () => {
    expect(slugWords(['人民政府'])).toBe('renmin-zhengfu');
    expect(slugWords(['乌鲁木齐'])).toBe('wulu-muqi');
    expect(slugWords(['乌鲁木齐', '片区'])).toBe('wulu-muqi-pianqu');
    expect(slugWords(['片区'])).toBe('pianqu');
  });

  it('reads words of up to three characters as one, longer ones in pairs with a trailing one joining the last', () => {
    expect(slugWords(['商务', '主管部门'])).toBe('shangwu-zhuguan-bumen');
    expect(slugWords(['县级以上'])).toBe('xianji-yishang');
    expect(slugWords(['自由贸易试验区'])).toBe('ziyou-maoyi-shiyanqu');
    expect(slugWords(['中华人民共和国'])).toBe('zhonghua-renmin-gongheguo');
  });

  it('reads polyphonic characters in context', () => {
    expect(slugWords(['银行'])).toBe('yinhang');
    expect(slugWords(['重庆'])).toBe('chongqing');
    expect(slugWords(['长江'])).toBe('changjiang');
    expect(slugWords(['银行', '行长'])).toBe('yinhang-hangzhang');
  });

  it('reads place names the transliteration library misreads as the vocabulary says', () => {
    expect(slugWords(['喀什'])).toBe('kashi');
    expect(slugWords(['新疆', '喀什', '片区'])).toBe('xinjiang-kashi-pianqu');
    expect(slugWords(['乐亭县'])).toBe('laotingxian');
  });

  it('uses only [a-z0-9-]: no tones, ü as v, punctuation dropped', () => {
    expect(slugWords(['旅游'])).toBe('lvyou');
    expect(slugWords(['中国（上海）', '自由贸易试验区'])).toBe('zhongguo-shanghai-ziyou-maoyi-shiyanqu');
    // A word of punctuation only leaves no empty part behind.
    expect(slugWords(['片区', '、', '所在'])).toBe('pianqu-suozai');
    for (const words of [['片区', '所在', '州', '、', '市', '地', '人民政府', '行政公署'], ['中国（新疆）', '自由贸易试验区'], ['第5', '号']]) {
      expect(slugWords(words)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives nothing for no words', () => {
    expect(slugWords([])).toBe('');
  });
});

describe('pinyinName', () => {
  it('capitalises the pinyin of each word', () => {
    expect(pinyinName('舟山离岛')).toBe('Zhoushan Lidao');
    expect(pinyinName('乌鲁木齐')).toBe('Wulumuqi');
    expect(pinyinName('重庆')).toBe('Chongqing');
  });

  it('uses the vocabulary\'s readings of place names', () => {
    expect(pinyinName('喀什')).toBe('Kashi');
  });

  it('leaves text without a readable syllable as it is', () => {
    expect(pinyinName('')).toBe('');
    expect(pinyinName('、')).toBe('、');
  });
});
