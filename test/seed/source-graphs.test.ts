// The seed command's reading of a corpus, without a database: folders expand to their documents in path order,
// each file that cannot be read or extracted is set aside with its problem while the others are kept, and
// --id, missing paths and clashing ids are refused the way the command reports them.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../seed/cli/command-line.ts';
import { displayPath, readSourceGraphs, type ReadProgress } from '../../seed/cli/source-graph.ts';
import { SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../../seed/seed-source.ts';

const FIXTURES = new URL('../fixtures/documents/', import.meta.url);
const USAGE = 'usage: test';
let dir: string;

const fixture = (name: string, to: string) => {
  mkdirSync(join(to, '..'), { recursive: true });
  copyFileSync(new URL(name, FIXTURES), to);
};
const read = (args: string[], progress?: ReadProgress) => readSourceGraphs(args, { usage: USAGE, flags: ['if-changed'], ...(progress && { progress }) });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regatlas-sources-'));
  const corpus = join(dir, 'corpus');
  fixture('regulation.docx', join(corpus, 'Data Market (2025).docx'));
  fixture('regulation.pdf', join(corpus, 'pdf', 'data-market-pdf.pdf'));
  fixture('regulation.html', join(corpus, 'web', '数据要素条例.html'));
  writeFileSync(join(corpus, 'broken.pdf'), 'not a pdf at all');
  writeFileSync(join(corpus, 'notes.txt'), 'Dear researcher,\nthese are my notes, not a regulation.\n');
  // Not documents: skipped without a word.
  writeFileSync(join(corpus, 'README.json'), '{}');
  writeFileSync(join(corpus, '~$Data Market (2025).docx'), 'Word lock file');
  fixture('regulation.html', join(corpus, '.cache', 'copy.html'));
  mkdirSync(join(dir, 'empty'));
  fixture('regulation.docx', join(dir, 'clash', 'same-name.docx'));
  fixture('regulation.html', join(dir, 'clash', 'same-name.html'));
  fixture('regulation.txt', join(dir, 'notes', 'annotated.txt'));
  writeFileSync(join(dir, 'notes', 'annotated.notes.json'), JSON.stringify({ actors: [{ nom: 'x' }] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSourceGraphs', () => {
  it('expands a folder recursively to its documents in path order, keeping what reads and setting aside what fails', async () => {
    const events: string[] = [];
    const { sources, failures, total } = await read([join(dir, 'corpus')], {
      start: (n) => events.push(`start ${n}`),
      read: (done, n, outcome) => events.push(`${done}/${n} ${'failure' in outcome ? 'failed' : 'read'}`),
    });
    const shown = (path: string) => displayPath(join(dir, 'corpus', path));
    expect(total).toBe(5);
    expect(events).toEqual(['start 5', '1/5 read', '2/5 failed', '3/5 failed', '4/5 read', '5/5 read']);
    expect(sources.map((s) => [s.file, s.graph.regulation.id])).toEqual([
      [shown('Data Market (2025).docx'), 'regulation:data-market-2025'],
      [shown('pdf/data-market-pdf.pdf'), 'regulation:data-market-pdf'],
      [shown('web/数据要素条例.html'), 'regulation:shuju-yaosu-tiaoli'],
    ]);
    for (const { graph } of sources) expect(graph.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(failures.map((f) => f.file)).toEqual([shown('broken.pdf'), shown('notes.txt')]);
    // Printed as `error: <message>`: the file, the line, the problem.
    expect(failures[0]!.message).toBe(`${shown('broken.pdf')}:${failures[0]!.problem.replace(/^line /, '')}`);
    expect(failures[0]!.problem).toMatch(/^line 1: not a PDF/);
    expect(failures[1]!.message).toMatch(new RegExp(`^${escape(shown('notes.txt'))}:1: no article heading`));
  });

  it('reports a file named explicitly with an unsupported extension, and paths with nothing to read', async () => {
    const { sources, failures, total } = await read([join(dir, 'corpus', 'README.json'), join(dir, 'missing.txt'), join(dir, 'empty')]);
    expect(sources).toEqual([]);
    expect(total).toBe(1);
    expect(failures.map((f) => f.problem)).toEqual([
      'no such file or folder',
      expect.stringMatching(/^no documents in this folder \(\.txt, /),
      expect.stringMatching(/^line 1: unsupported file type \.json .*supported: \.txt/),
    ]);
  });

  it('fails the later of two files that give the same regulation id, naming the earlier', async () => {
    const { sources, failures } = await read([join(dir, 'clash')]);
    expect(sources.map((s) => s.graph.regulation.id)).toEqual(['regulation:same-name']);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.file).toBe(displayPath(join(dir, 'clash', 'same-name.html')));
    expect(failures[0]!.problem).toContain(`regulation:same-name, as ${displayPath(join(dir, 'clash', 'same-name.docx'))} does`);
  });

  it('reads each file once, however often it is named', async () => {
    const docx = join(dir, 'clash', 'same-name.docx');
    const { sources, failures } = await read([docx, join(dir, 'clash'), docx]);
    expect(sources).toHaveLength(1);
    expect(failures).toHaveLength(1);
  });

  it('sets aside a file whose notes are invalid, naming the notes file', async () => {
    const { sources, failures } = await read([join(dir, 'notes', 'annotated.txt')]);
    expect(sources).toEqual([]);
    expect(failures[0]!.message).toContain(`${displayPath(join(dir, 'notes', 'annotated.notes.json'))}: invalid notes`);
  });

  it('takes --id for exactly one file, and refuses it for more as a usage error', async () => {
    const one = await read([join(dir, 'notes', 'annotated.txt'), '--id', 'regulation:my-text']);
    expect(one.failures).toHaveLength(1); // its notes are invalid: --id changes nothing about that
    const { sources } = await read([join(dir, 'corpus', 'Data Market (2025).docx'), '--id', 'regulation:my-text']);
    expect(sources.map((s) => s.graph.regulation.id)).toEqual(['regulation:my-text']);
    await expect(read([join(dir, 'clash'), '--id', 'regulation:my-text'])).rejects.toThrow(UsageError);
    await expect(read([join(dir, 'clash', 'same-name.docx'), '--id', 'Regulation:Bad'])).rejects.toThrow(/--id must look like/);
    await expect(read(['--if-chnaged'])).rejects.toThrow(UsageError);
  });

  it('reads the shipped regulation under its published id, with no argument or named by its path', async () => {
    for (const args of [[], [SEED_SOURCE_PATH]]) {
      const { sources, failures, flags } = await read([...args, '--if-changed']);
      expect(failures).toEqual([]);
      expect(flags).toEqual({ 'if-changed': true });
      expect(sources.map((s) => s.graph.regulation.id)).toEqual([SEED_REGULATION_ID]);
      expect(sources[0]!.graph.articles).toHaveLength(62);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
