import { describe, expect, it } from 'vitest';
import { decodeSource, SourceEncodingError } from '../../seed/read-source.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeSource(utf8('\uFEFF第一条 为了…'))).toBe('第一条 为了…');
  });

  it('refuses an empty file at line 1', () => {
    expect(() => decodeSource(new Uint8Array())).toThrow(new SourceEncodingError('the file is empty', 1));
  });

  it('refuses binary data and names the line of the first NUL byte', () => {
    const bytes = new Uint8Array([...utf8('第一章 总则\n第一条\n'), 0x00, 0xff]);
    expect(() => decodeSource(bytes)).toThrow(/^line 3: binary data/);
  });

  it('refuses GB18030 text and names the first line that is not UTF-8', () => {
    // 第一条 in GB18030 on the second line: B5DA D2BB CCF5
    const bytes = new Uint8Array([...utf8('ok\n'), 0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5, 0x0a]);
    expect(() => decodeSource(bytes)).toThrow(/^line 2: not valid UTF-8 \(is it GB18030/);
  });
});
