// Character-level difference of two versions of an article, for marking what an amendment struck out and put
// in. Chinese has no spaces to split words on, so characters are the unit; a longest common subsequence is
// exact and fast enough for articles (a few hundred characters each). Pure, tested without a browser.
export interface DiffRun {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Above this many cells (characters × characters) the table is not built: the texts are shown unmarked. */
const MAX_CELLS = 4_000_000;

export function diffChars(before: string, after: string): DiffRun[] | null {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length > MAX_CELLS) return null;
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const runs: DiffRun[] = [];
  const push = (op: DiffRun['op'], char: string) => {
    const last = runs.at(-1);
    if (last?.op === op) last.text += char;
    else runs.push({ op, text: char });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push('del', a[i++]!);
    else push('ins', b[j++]!);
  }
  while (i < a.length) push('del', a[i++]!);
  while (j < b.length) push('ins', b[j++]!);
  return runs;
}
