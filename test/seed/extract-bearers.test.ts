import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../seed/extract-graph.ts';
import type { Obligation } from '../../seed/types.ts';
import { buildParsed, oneClause } from '../fixtures/extract/build-parsed.ts';


function obligations(text: string): Array<Pick<Obligation, 'modality' | 'bearers' | 'beneficiaries'>> {
  return extractGraph(oneClause(text)).obligations.map(({ modality, bearers, beneficiaries }) => ({ modality, bearers, beneficiaries }));
}

describe('bearers', () => {
  it('are the run of actors opening the segment, also across a comma', () => {
    expect(obligations('自治区人民政府，片区所在州、市（地）人民政府（行政公署）应当推动统筹发展。')[0]?.bearers).toEqual([
      'actor:xinjiang-renmin-zhengfu',
      'actor:xinjiang-pianqu-suozai-zhou-shi-di-renmin-zhengfu-xingzheng-gongshu',
    ]);
    expect(obligations('投资主管部门、商务主管部门应当会同有关部门进行监督检查。')[0]?.bearers).toEqual([
      'actor:xinjiang-touzi-zhuguan-bumen',
      'actor:xinjiang-shangwu-zhuguan-bumen',
    ]);
  });

  it('allow a nominal tail between subject and marker', () => {
    expect(obligations('中国（新疆）自由贸易试验区建设应当坚持改革创新。')[0]?.bearers).toEqual(['actor:xinjiang-ziyou-maoyi-shiyanqu']);
  });

  it('skip actors after a preposition and take the head of X内Y', () => {
    expect(obligations('由制定机关按照法定程序作出决定，有关部门应当及时提出意见。')[0]?.bearers).toEqual(['actor:xinjiang-youguan-bumen']);
    expect(obligations('建立人才服务保障制度，中国（新疆）自由贸易试验区内行政机关、事业单位可以以聘任制等形式吸引人才。')[0]?.bearers).toEqual([
      'actor:administrative-organs',
      'actor:public-institutions',
    ]);
  });

  it('come from the sentence topic when the segment has no subject', () => {
    expect(obligations('投资主管部门应当进行监督检查；发现违规的，应当要求实施部门依法取消。').map((o) => o.bearers)).toEqual([
      ['actor:xinjiang-touzi-zhuguan-bumen'],
      ['actor:xinjiang-touzi-zhuguan-bumen'],
    ]);
  });

  it('of a duty are taken over from the sentence before, of 支持/鼓励 never', () => {
    expect(obligations('中国（新疆）自由贸易试验区应当创新管理方式。对新业态应当建立包容审慎监管制度。').map((o) => o.bearers)).toEqual([
      ['actor:xinjiang-ziyou-maoyi-shiyanqu'],
      ['actor:xinjiang-ziyou-maoyi-shiyanqu'],
    ]);
    expect(obligations('中国（新疆）自由贸易试验区应当创新管理方式。支持企业创新。').map((o) => o.bearers)).toEqual([['actor:xinjiang-ziyou-maoyi-shiyanqu'], []]);
    // Across paragraphs of the same article too, but not across articles.
    const graph = extractGraph(
      buildParsed([
        { number: 1, paragraphs: [{ text: '投资主管部门应当进行监督检查。', items: [] }, { text: '对新业态可以探索包容审慎监管。', items: [] }] },
        { number: 2, paragraphs: [{ text: '对新业态应当建立包容审慎监管制度。', items: [] }] },
      ]),
      lexicon,
    );
    expect(graph.obligations.map((o) => [o.id, o.bearers])).toEqual([
      ['obligation:1-1-0-1', ['actor:xinjiang-touzi-zhuguan-bumen']],
      ['obligation:1-2-0-1', ['actor:xinjiang-touzi-zhuguan-bumen']],
      ['obligation:2-1-0-1', []],
    ]);
  });

  it('stay empty for 支持/鼓励 opening a sentence, whose object is the beneficiary', () => {
    expect(obligations('支持乌鲁木齐建设国家物流枢纽。鼓励银行业金融机构、非银行支付机构和具有法定资质的清算机构加大合作力度。')).toEqual([
      { modality: 'SUPPORT', bearers: [], beneficiaries: ['actor:urumqi-city'] },
      {
        modality: 'ENCOURAGE',
        bearers: [],
        beneficiaries: ['actor:yinhang', 'actor:non-bank-payment-institutions', 'actor:clearing-institutions'],
      },
    ]);
  });

  it('resolve collectives to their members, and 为/向 name beneficiaries', () => {
    expect(obligations('各片区根据改革创新需要，可以向自治区人民政府，片区所在州、市（地）人民政府（行政公署）依法申请。')).toEqual([
      {
        modality: 'MAY',
        bearers: ['actor:xinjiang-wulu-muqi-pianqu', 'actor:xinjiang-kashi-pianqu', 'actor:xinjiang-huoer-guosi-pianqu'],
        beneficiaries: ['actor:xinjiang-renmin-zhengfu', 'actor:xinjiang-pianqu-suozai-zhou-shi-di-renmin-zhengfu-xingzheng-gongshu'],
      },
    ]);
  });

  it('of list items are the subject of the introduction', () => {
    const graph = extractGraph(
      buildParsed([
        {
          number: 26,
          paragraphs: [
            {
              text: '中国（新疆）自由贸易试验区采取下列措施推进贸易新业态发展：',
              items: ['建立协作新机制；', '支持企业加快海外仓布局建设；', '其他推进贸易新业态发展的创新措施。'],
            },
          ],
        },
      ]),
      lexicon,
    );
    // Without a modal introduction only the item with its own marker binds; the catch-all does not.
    expect(graph.obligations.map(({ id, bearers, beneficiaries }) => ({ id, bearers, beneficiaries }))).toEqual([
      { id: 'obligation:26-1-2-1', bearers: ['actor:xinjiang-ziyou-maoyi-shiyanqu'], beneficiaries: ['actor:qiye'] },
    ]);
  });
});
