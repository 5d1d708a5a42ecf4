// The gist shown on an obligation's graph label: what the duty says, cut where a word ends. Fixtures are
// clauses of the shipped regulation and of the corpus texts, with the marker the extraction found.
import { describe, expect, it } from 'vitest';
import { cutWords } from '../../seed/extract/word-tags.ts';
import { GIST_MAX_WIDTH, obligationGist } from '../../seed/obligation-gist.ts';

const widthOf = (text: string) => [...text.replace(/…$/, '')].reduce((sum, c) => sum + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(c) ? 1 : 0.5), 0);

/** Whether `gist` (without its …) ends where jieba ends a word of `text`. */
function endsOnWordBoundary(text: string, gist: string): boolean {
  const body = gist.replace(/…$/, '');
  const at = text.indexOf(body);
  if (at < 0) return false;
  let offset = 0;
  for (const word of cutWords(text)) {
    offset += word.length;
    if (offset === at + body.length) return true;
    if (offset > at + body.length) return false;
  }
  return offset === at + body.length;
}

const CLAUSES: readonly [text: string, marker: string][] = [
  ['自贸试验区应当加强风险防控体系建设，完善防范化解重大风险隐患机制，维护国家主权、安全、发展利益。', '应当'],
  ['中国（新疆）自由贸易试验区工作领导小组（以下简称领导小组）负责组织领导、统筹协调自贸试验区建设与发展工作，研究自贸试验区重大事项。', '负责'],
  ['投资主管部门、商务主管部门应当会同有关部门按照监督程序对负面清单执行情况进行监督检查；', '应当'],
  ['负责实施《中国（新疆）自由贸易试验区总体方案》，落实国家和自治区有关自贸试验区的各项政策措施；', '负责'],
  ['研究拟订自贸试验区发展规划、重大工作计划以及深化改革方案，推动出台自贸试验区相关制度规定；', '履行下列职责'],
  ['鼓励单位和个人在自贸试验区对法律、法规未明确禁止或者限制的事项开展创新活动，对做出重大成绩和突出贡献的，按照有关规定给予表彰奖励。', '鼓励'],
  ['市人民政府应当建立健全与国际高标准经贸规则相衔接的制度体系。', '应当'],
];

describe('obligationGist', () => {
  it('reads the duty after its marker and keeps its first clause, with … for what follows', () => {
    expect(obligationGist(CLAUSES[0]![0], CLAUSES[0]![1])).toBe('加强风险防控体系建设…');
    expect(obligationGist('自贸办会同自治区人民政府有关部门建立评估机制，根据需要可以委托第三方机构进行独立评估。', '可以')).toBe('委托第三方机构进行独立评估');
  });

  it('takes the whole clause when the marker is not written in it (the items of 履行下列职责)', () => {
    expect(obligationGist('承担领导小组交办的其他工作。', '履行下列职责')).toBe('承担领导小组交办的其他工作');
  });

  it('keeps a marker that is the whole clause rather than returning nothing', () => {
    const text = '履行自治区、片区所在州、市（地）人民政府（行政公署）赋予的其他职责。';
    const gist = obligationGist(text, text.replace(/。$/, ''));
    expect(gist.startsWith('履行自治区')).toBe(true);
    expect(gist.endsWith('…')).toBe(true);
  });

  it('cuts a long clause where a word ends, within the width, and never ends on a preposition or a lone character', () => {
    for (const [text, marker] of CLAUSES) {
      const gist = obligationGist(text, marker);
      expect(widthOf(gist), gist).toBeLessThanOrEqual(GIST_MAX_WIDTH);
      expect(widthOf(gist), gist).toBeGreaterThanOrEqual(4);
      expect(endsOnWordBoundary(text, gist), gist).toBe(true);
      expect(gist, text).not.toMatch(/[对按照在与和及的自、，]…?$/u);
    }
    expect(obligationGist(CLAUSES[1]![0], '负责')).toBe('组织领导、统筹协调自贸试验区…');
    expect(obligationGist(CLAUSES[2]![0], '应当')).toBe('会同有关部门按照监督程序…');
  });

  it('reads into a long title after the verb instead of stopping at the verb', () => {
    expect(obligationGist(CLAUSES[3]![0], '负责')).toBe('实施《中国（新疆）自由贸易…');
  });

  it('honours a narrower width and text that is not Chinese', () => {
    expect(obligationGist(CLAUSES[0]![0], '应当', 6)).toBe('加强风险防控…');
    expect(obligationGist('The authority shall publish the annual report of the zone, and keep it.', 'shall')).toBe('publish the annual report of…');
  });
});
