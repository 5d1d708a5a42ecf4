// Source files stay small enough to read in one sitting: past 400 lines a file must say at its top why it is
// long ("Why this file is long: …"). Generated files are exempt.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAX_LINES = 400;
const SOURCE = /\.(ts|mts|mjs|js|css|html)$/;
const GENERATED = new Set(['client/src/api/graphql-env.d.ts']);
const REASON = /why this file is long:/i;

function trackedSources(): string[] {
  // Files git tracks plus new ones it does not ignore, as the working tree has them.
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  return listed.split('\n').filter((file) => SOURCE.test(file) && !GENERATED.has(file));
}

describe('file size', () => {
  it(`no source file passes ${MAX_LINES} lines without a reason at its top`, () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((file) => {
      let text: string;
      try {
        text = readFileSync(path.join(ROOT, file), 'utf8');
      } catch {
        return []; // deleted in the working tree, not yet in the index
      }
      const lines = text.split('\n');
      const head = lines.slice(0, 15).join('\n');
      return lines.length > MAX_LINES && !REASON.test(head) ? [`${file}: ${lines.length} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});
