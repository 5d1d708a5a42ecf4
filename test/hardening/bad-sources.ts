// Source files the seed CLI must refuse, made from the shipped regulation: each with the line and the words
// the error has to name.
import { readFileSync } from 'node:fs';
import { SEED_SOURCE_PATH } from '../../seed/seed-source.ts';

export interface BadSource {
  name: string;
  bytes: Uint8Array;
  /** 1-based line the error must point at. */
  line: number;
  /** What the message must say. */
  problem: RegExp;
}

/** Encodes text as GB18030 (two-byte GBK range; enough for the regulation), built from the platform's decoder. */
export function encodeGb18030(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

const lineOf = (text: string, needle: string): number => {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not in the regulation`);
  return text.slice(0, index).split('\n').length;
};

export function generateBadSources(): BadSource[] {
  const text = readFileSync(SEED_SOURCE_PATH, 'utf8');
  const utf8 = (s: string) => new TextEncoder().encode(s);
  // Cut inside the text of Article 30, mid-line: what a partial download or a full disk leaves.
  const cut = text.indexOf('第三十条') + 12;
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  return [
    { name: 'empty.txt', bytes: new Uint8Array(), line: 1, problem: /the file is empty/ },
    { name: 'only-blank-lines.txt', bytes: utf8('\n\n   \n'), line: 1, problem: /empty input/ },
    { name: 'binary.txt', bytes: png, line: 3, problem: /binary data \(NUL byte\)/ },
    { name: 'picture.png', bytes: png, line: 1, problem: /unsupported file type \.png/ },
    { name: 'gb18030.txt', bytes: encodeGb18030(text), line: 1, problem: /not valid UTF-8 \(is it GB18030/ },
    {
      name: 'duplicate-article.txt',
      bytes: utf8(text.replace('第四条 自贸试验区应当对接', '第三条 自贸试验区应当对接')),
      line: lineOf(text, '第四条 自贸试验区应当对接'),
      problem: /duplicate 第三条 \(article 3 is already at line \d+\)/,
    },
    {
      name: 'missing-article.txt',
      bytes: utf8(text.replace('第四条 自贸试验区应当对接', '第五条 自贸试验区应当对接')),
      line: lineOf(text, '第四条 自贸试验区应当对接'),
      problem: /article 4 missing; found 第五条 after 第三条/,
    },
    {
      name: 'truncated.txt',
      bytes: utf8(text.slice(0, cut)),
      line: text.slice(0, cut).split('\n').length,
      problem: /the text ends in the middle of 第三十条 .*: the file looks truncated/,
    },
    { name: 'not-a-regulation.txt', bytes: utf8('Dear researcher,\nthis is a letter, not a regulation.\n'), line: 1, problem: /no article heading \(第…条\) found/ },
  ];
}
