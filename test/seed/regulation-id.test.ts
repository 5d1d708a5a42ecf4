import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, RegulationIdError, regulationIdForFile } from '../../seed/regulation-id.ts';

const ID = /^regulation:[a-z0-9]+(-[a-z0-9]+)*$/;

describe('regulationIdForFile', () => {
  it('keeps an ASCII file name as it is, without the folder and the extension', () => {
    expect(regulationIdForFile('shanghai-ftz-regulations-2014.txt')).toBe('regulation:shanghai-ftz-regulations-2014');
    expect(regulationIdForFile('/data/corpus/hainan-free-trade-port-law-2021.pdf')).toBe('regulation:hainan-free-trade-port-law-2021');
    expect(regulationIdForFile('C:\\laws\\zhejiang.v2.docx')).toBe('regulation:zhejiang-v2');
  });

  it('reads Chinese as toneless pinyin, a word at a time', () => {
    expect(regulationIdForFile('中华人民共和国对外贸易法.docx')).toBe('regulation:zhonghua-renmin-gongheguo-duiwai-maoyifa');
    expect(regulationIdForFile('重庆银行条例.html')).toBe('regulation:chongqing-yinhang-tiaoli');
    // Script changes are word boundaries: 条例2014 is two words.
    expect(regulationIdForFile('中国（上海）自由贸易试验区条例2014.pdf')).toBe('regulation:zhongguo-shanghai-ziyou-maoyi-shiyanqu-tiaoli-2014');
  });

  it('turns case, punctuation, spaces, accents and full-width characters into one lowercase slug', () => {
    expect(regulationIdForFile('  Shanghai FTZ  Regulations (2014)!!.TXT')).toBe('regulation:shanghai-ftz-regulations-2014');
    expect(regulationIdForFile('Règlement_Zoné—２０２２.html')).toBe('regulation:reglement-zone-2022');
    expect(regulationIdForFile('--__law__--.md')).toBe('regulation:law');
    expect(regulationIdForFile('《浙江省条例》【2017】.txt')).toMatch(ID);
  });

  it('cuts a long name at a word boundary', () => {
    const long = regulationIdForFile(`${'word-'.repeat(30)}end.txt`);
    expect(long).toMatch(ID);
    expect(long.length - 'regulation:'.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(long).toBe(`regulation:${Array(12).fill('word').join('-')}`);
    const chinese = regulationIdForFile('中华人民共和国海南自由贸易港法关于进一步扩大开放的若干规定和实施细则以及其他配套措施.txt');
    expect(chinese).toMatch(ID);
    expect(chinese.startsWith('regulation:zhonghua-renmin-gongheguo-hainan-ziyou-maoyi')).toBe(true);
    // One word longer than the limit is cut inside it rather than left empty.
    expect(regulationIdForFile(`${'a'.repeat(80)}.txt`)).toBe(`regulation:${'a'.repeat(MAX_SLUG_LENGTH)}`);
  });

  it('refuses a name with nothing to make an id of, saying what to do', () => {
    for (const name of ['（）.txt', '——.pdf', '...', '!!!.docx']) {
      expect(() => regulationIdForFile(name)).toThrow(RegulationIdError);
      expect(() => regulationIdForFile(name)).toThrow(/rename the file or give --id/);
    }
  });
});
