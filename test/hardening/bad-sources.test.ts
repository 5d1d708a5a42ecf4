// The bad sources the seed CLI test feeds the real seed: the GB18030 encoder they rely on.
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../seed/read-source.ts';
import { encodeGb18030 } from './bad-sources.ts';

describe('encodeGb18030', () => {
  it('encodes what the platform decodes back, and the seed refuses it', () => {
    const bytes = encodeGb18030('第一条 自贸试验区（以下简称自贸办）。');
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('第一条 自贸试验区（以下简称自贸办）。');
    expect(() => decodeSource(bytes)).toThrow(/not valid UTF-8/);
  });
});
