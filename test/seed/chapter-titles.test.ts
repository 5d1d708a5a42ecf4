import { describe, expect, it } from 'vitest';
import { chapterTitleEn } from '../../seed/chapter-titles.ts';

describe('chapterTitleEn', () => {
  it('translates a listed phrase, and listed phrases joined by 和/与/及/、', () => {
    expect(chapterTitleEn('总 则')).toBe('General Provisions');
    expect(chapterTitleEn('投资开放和贸易便利化')).toBe('Opening to Investment and Trade Facilitation');
    expect(chapterTitleEn('营商环境与法治保障')).toBe('Business Environment and Rule-of-Law Safeguards');
  });

  it('gives no English when any part is not in the vocabulary, rather than half a title', () => {
    expect(chapterTitleEn('服务“一带一路”核心区建设与向西开放')).toBeNull();
    expect(chapterTitleEn('与对外贸易有关的知识产权保护')).toBeNull();
    expect(chapterTitleEn('')).toBeNull();
  });
});
