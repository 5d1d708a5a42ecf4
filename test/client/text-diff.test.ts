// The reader's marking of what an amendment struck out and put in, and which of two versions is the older.
import { describe, expect, it } from 'vitest';
import { diffChars } from '../../client/src/panels/text-diff.ts';
import { orderVersions } from '../../client/src/panels/version-diff.ts';

const OLD = '市商务部门应当做好外商投资统计工作。';
const NEW = '市商务部门应当做好外商投资统计工作。市商务部门不得泄露企业的商业秘密。';

describe('diffChars', () => {
  it('keeps both texts: the old one from same and struck-out runs, the new one from same and put-in runs', () => {
    const runs = diffChars('本条例自2020年1月1日起施行。', '本条例自2022年1月1日起施行。')!;
    expect(runs.filter((r) => r.op !== 'ins').map((r) => r.text).join('')).toBe('本条例自2020年1月1日起施行。');
    expect(runs.filter((r) => r.op !== 'del').map((r) => r.text).join('')).toBe('本条例自2022年1月1日起施行。');
    expect(runs.filter((r) => r.op !== 'same')).toEqual([
      { op: 'del', text: '0' },
      { op: 'ins', text: '2' },
    ]);
  });

  it('marks an added sentence as one run put in', () => {
    expect(diffChars(OLD, NEW)).toEqual([
      { op: 'same', text: OLD },
      { op: 'ins', text: '市商务部门不得泄露企业的商业秘密。' },
    ]);
    expect(diffChars('', '')).toEqual([]);
  });

  it('gives up on texts too long to compare in the browser', () => {
    expect(diffChars('字'.repeat(3000), '文'.repeat(3000))).toBeNull();
  });
});

describe('orderVersions', () => {
  it('puts the version the API lists first (the older) on the left', () => {
    const versions = [{ key: 'regulation:a-2020' }, { key: 'regulation:a-2022' }];
    expect(orderVersions(versions, 'regulation:a-2022', 'regulation:a-2020')).toEqual({ from: 'regulation:a-2020', to: 'regulation:a-2022' });
    expect(orderVersions(versions, 'regulation:a-2020', 'regulation:a-2022')).toEqual({ from: 'regulation:a-2020', to: 'regulation:a-2022' });
  });
});
