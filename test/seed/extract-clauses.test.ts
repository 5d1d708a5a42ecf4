import { describe, expect, it } from 'vitest';
import { findModalMarkers } from '../../seed/extract/detect-modality.ts';
import { normalizeScript } from '../../seed/extract/normalize-script.ts';
import { splitSegments, splitSentences } from '../../seed/extract/split-clauses.ts';

function sentenceTexts(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

function segmentTexts(text: string): string[] {
  return splitSegments(text, 0, text.length).map((s) => `${text.slice(s.start, s.end)}${s.delimiter}`);
}

/** Modalities of the markers found in a whole (one-clause) text. */
function modalities(text: string): string[] {
  const norm = normalizeScript(text);
  return findModalMarkers(norm, 0, norm.length).map((m) => `${m.modality}:${norm.slice(m.start, m.end)}`);
}

describe('splitSentences and splitSegments', () => {
  it('end sentences at 。 only, keeping it; segments at ，；。：', () => {
    const text = '自贸试验区应当构建现代综合交通枢纽体系；支持公路口岸采取措施，提升通关效能。及时予以整改纠正的，不受影响。';
    expect(sentenceTexts(text)).toEqual([
      '自贸试验区应当构建现代综合交通枢纽体系；支持公路口岸采取措施，提升通关效能。',
      '及时予以整改纠正的，不受影响。',
    ]);
    expect(segmentTexts(text)).toEqual([
      '自贸试验区应当构建现代综合交通枢纽体系；',
      '支持公路口岸采取措施，',
      '提升通关效能。',
      '及时予以整改纠正的，',
      '不受影响。',
    ]);
  });

  it('keep a text without final punctuation (a list introduction) as one sentence', () => {
    expect(sentenceTexts('自贸试验区采取下列措施推进贸易新业态发展：')).toEqual(['自贸试验区采取下列措施推进贸易新业态发展：']);
  });

  it('do not split inside brackets or titles', () => {
    const text = '执行《措施（甲；乙。）》。';
    expect(sentenceTexts(text)).toEqual([text]);
    expect(splitSegments(text, 0, text.length)).toHaveLength(1);
  });
});

describe('findModalMarkers', () => {
  it('finds every modality', () => {
    expect(modalities('自贸试验区应当加强风险防控')).toEqual(['SHALL:应当']);
    expect(modalities('有关部门必须及时处理')).toEqual(['SHALL:必须']);
    expect(modalities('领导小组负责组织领导')).toEqual(['RESPONSIBLE:负责']);
    expect(modalities('自贸办承担领导小组日常工作，履行下列职责：')).toEqual(['RESPONSIBLE:承担', 'RESPONSIBLE:履行下列职责']);
    expect(modalities('各片区可以依法申请')).toEqual(['MAY:可以']);
    expect(modalities('支持自贸试验区扩大进口')).toEqual(['SUPPORT:支持']);
    expect(modalities('鼓励和引导保险机构开发产品')).toEqual(['ENCOURAGE:鼓励和引导']);
    expect(modalities('任何单位不得截留')).toEqual(['MUST_NOT:不得']);
    expect(modalities('禁止擅自改变用途')).toEqual(['MUST_NOT:禁止']);
  });

  it('leaves out nominal uses', () => {
    expect(modalities('为自贸试验区建设提供智力支持和决策参考。')).toEqual([]);
    expect(modalities('争取国家有关部门的政策支持。')).toEqual([]);
    expect(modalities('推进两类区域管理协同、政策支持、改革创新等事项。')).toEqual([]);
    expect(modalities('自贸试验区可以在自治区人民政府支持下争取特别授权')).toEqual(['MAY:可以']);
    expect(modalities('按照统筹管理、分级负责的原则，建立管理体制')).toEqual([]);
    expect(modalities('对法律、法规未明确禁止或者限制的事项开展创新活动')).toEqual([]);
    expect(modalities('完善守信激励和失信惩戒机制')).toEqual([]);
    expect(modalities('各片区应当为中央驻疆单位履行职责提供便利和协助。')).toEqual(['SHALL:应当']);
  });

  it('never counts a marker inside a conditional …的， segment', () => {
    expect(modalities('违反本条例规定，应当报告而未报告的，可以处以罚款。')).toEqual(['MAY:可以']);
    // Art. 60 ¶1: the 可以 states the case; the rule itself (按照国家规定执行) binds nobody.
    expect(modalities('国家规定其他区域改革试点措施可以适用于自贸试验区的，按照国家规定执行。')).toEqual([]);
    expect(modalities('发现违规的，应当要求实施部门依法取消。')).toEqual(['SHALL:应当']);
  });

  it('reads a verbal coordination with 支持和 as a marker', () => {
    expect(modalities('支持和引导企业开展合作')).toEqual(['SUPPORT:支持']);
    expect(modalities('鼓励与周边国家依法有序开展数据信息交流合作')).toEqual(['ENCOURAGE:鼓励']);
  });

  it('works on traditional characters through the normalised copy', () => {
    expect(modalities('自貿試驗區應當加強風險防控；鼓勵企業創新')).toEqual(['SHALL:应当', 'ENCOURAGE:鼓励']);
  });
});
