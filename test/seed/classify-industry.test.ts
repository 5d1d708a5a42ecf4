import { describe, expect, it } from 'vitest';
import { classifyIndustry, industryEnglish } from '../../seed/extract/find-industries.ts';
import { VOCABULARY } from '../../seed/vocabulary.ts';

const code = (name: string): string | null => classifyIndustry(name, VOCABULARY);

describe('classifyIndustry', () => {
  it('gives the code of an exact GB/T 4754-2017 name', () => {
    expect(code('软件和信息技术服务业')).toBe('65');
    expect(code('纺织业')).toBe('17');
    expect(code('医药制造业')).toBe('27');
    expect(code('金融业')).toBe('J');
    expect(code('建筑业')).toBe('E');
  });

  it('matches a name without the generic suffixes 业, 产业, 行业, 制造, 服务', () => {
    expect(code('金融服务')).toBe('J');
    expect(code('软件和信息技术服务')).toBe('65');
    expect(code('软件和信息技术服务行业')).toBe('65');
    expect(code('食品制造')).toBe('14');
    expect(code('纺织服装')).toBe('18');
    expect(code('建筑')).toBe('E');
  });

  it('matches by the head word the name ends with', () => {
    expect(code('生物医药')).toBe('27');
    expect(code('生物医药产业')).toBe('27');
    expect(code('纺织服装制造')).toBe('18');
    expect(code('棉纺织')).toBe('17');
    expect(code('新能源汽车')).toBe('36');
    expect(code('绿色金融')).toBe('J');
  });

  it('reads traditional script as simplified', () => {
    expect(code('紡織業')).toBe('17');
  });

  it('gives null where no class name matches, never a guess', () => {
    for (const name of ['现代物流', '跨境电商', '数字经济', '新能源', '新材料', '光伏组件', '电子产品组装', '现代服务业', '会展']) {
      expect(code(name), name).toBeNull();
    }
  });
});

describe('industryEnglish', () => {
  it('composes English from the vocabulary\'s industry words', () => {
    expect(industryEnglish('跨境电子商务', VOCABULARY)).toBe('Cross-border e-commerce');
    expect(industryEnglish('纺织服装', VOCABULARY)).toBe('Textiles and apparel');
    expect(industryEnglish('金融服务', VOCABULARY)).toBe('Financial services');
    expect(industryEnglish('数字经济', VOCABULARY)).toBe('Digital economy');
    expect(industryEnglish('服务贸易', VOCABULARY)).toBe('Trade in services');
    expect(industryEnglish('软件和信息技术服务业', VOCABULARY)).toBe('Software and information technology services');
  });

  it('leaves a trailing 产业 out of the English', () => {
    expect(industryEnglish('生物医药产业', VOCABULARY)).toBe(industryEnglish('生物医药', VOCABULARY));
  });

  it('writes words the vocabulary lacks in pinyin', () => {
    expect(industryEnglish('光伏组件', VOCABULARY)).toBe('Photovoltaic Zujian');
  });
});
