import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const source = join(root, 'seed', 'xinjiang-ftz-regulations-2025.txt');
const schema = JSON.parse(readFileSync(join(root, 'seed', 'extracted-graph.schema.json'), 'utf8'));

function extract(...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, 'seed/cli/extract.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'regatlas-extract-')), name);
  writeFileSync(path, content);
  return path;
}

// Each test starts a fresh tsx process, which can take seconds on a busy 2-core machine.
describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints the extracted graph as JSON that satisfies the published JSON Schema', () => {
    const { code, stdout, stderr } = extract(source);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const graph = JSON.parse(stdout);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(graph), JSON.stringify(validate.errors)).toBe(true);
    expect(graph.articles).toHaveLength(62);
    expect(graph.chapters).toHaveLength(8);
  });

  it('names the file and line of a numbering gap and exits non-zero with nothing on stdout', () => {
    const text = readFileSync(source, 'utf8').replace('第四条 自贸试验区应当对接', '第五条 自贸试验区应当对接');
    const { code, stdout, stderr } = extract(tempFile('gap.txt', text));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/gap\.txt:25: /);
  });

  it('refuses a GB18030 file with the line and a hint', () => {
    const { code, stderr } = extract(tempFile('gbk.txt', new Uint8Array([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5])));
    expect(code).toBe(1);
    expect(stderr).toMatch(/gbk\.txt:1: not valid UTF-8 \(is it GB18030/);
  });

  it('explains its usage when no file is given', () => {
    const { code, stderr } = extract();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run --silent extract -- <regulation\.txt>/);
  });
});
