// The real seed command over a researcher's folder, against a throwaway Neo4j of its own (the shared test
// database must hold exactly the shipped regulation): three documents in three formats become three
// regulations, the broken PDF and the text that is no regulation are reported and skipped, and a second run
// with --if-changed writes nothing. Last, npm start's seeding (prepareDatabase) with REGATLAS_CORPUS naming the
// same folder adds the shipped regulation and leaves the three alone.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeo4jClient, type Neo4jClient } from '../../server/db/neo4j-client.ts';
import type { SeedSummary } from '../../server/cli/seed.ts';
import { envForNeo4j, runTsx, type Exit } from '../support/child-process.ts';
import { startThrowawayNeo4j, throwawayUnavailableReason, type ThrowawayNeo4j } from '../support/throwaway-neo4j.ts';

const FIXTURES = new URL('../fixtures/documents/', import.meta.url);
/** The one fixture regulation in three formats, under three names: three regulation ids. */
const COPIES = [
  ['regulation.docx', 'data-market-word.docx', 'regulation:data-market-word'],
  ['regulation.pdf', 'Data Market (print).pdf', 'regulation:data-market-print'],
  ['regulation.html', '数据要素市场促进条例.html', 'regulation:shuju-yaosu-shichang-cujin-tiaoli'],
] as const;
const SEED_TIMEOUT_MS = 180_000;

const unavailable = throwawayUnavailableReason();
let neo: ThrowawayNeo4j;
let client: Neo4jClient;
let dir: string;
let first: Exit;
let scriptDir: string;

const summaryOf = (exit: Exit): SeedSummary => JSON.parse(exit.stdout) as SeedSummary;
const errorLines = (exit: Exit) => exit.stderr.split('\n').filter((line) => line.startsWith('error: '));

describe.skipIf(unavailable !== undefined)('npm run seed -- <folder>', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'regatlas-corpus-'));
    for (const [fixture, name] of COPIES) await copyFile(new URL(fixture, FIXTURES), join(dir, name));
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.7\nthe rest of this file was lost\n');
    await writeFile(join(dir, 'notes.txt'), 'Reading list for the workshop:\n1. the Foreign Trade Law\n2. the FTZ regulations\n');
    neo = await startThrowawayNeo4j();
    client = createNeo4jClient(neo.settings);
    first = await runTsx('server/cli/seed.ts', [dir], envForNeo4j(neo.settings), SEED_TIMEOUT_MS);
  }, 600_000);

  afterAll(async () => {
    await client?.close();
    await neo?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    if (scriptDir) await rm(scriptDir, { recursive: true, force: true });
  }, 60_000);

  it('loads the three regulations, reports the two bad files and exits 1', () => {
    expect(first.code, first.stderr).toBe(1);
    const summary = summaryOf(first);
    expect(summary.loaded.map((l) => l.regulation).sort()).toEqual(COPIES.map(([, , id]) => id).sort());
    for (const loaded of summary.loaded) {
      expect(loaded.nodes).toBeGreaterThan(0);
      expect(loaded.relationships).toBeGreaterThan(0);
    }
    expect(summary.unchanged).toEqual([]);
    expect(summary.failed.map((f) => f.file.split('/').at(-1))).toEqual(['broken.pdf', 'notes.txt']);
    // Each failure once on stderr, `error: <file>:<line>: <problem>`, and no stack.
    const errors = errorLines(first);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^error: \S*broken\.pdf:1: /);
    expect(errors[1]).toMatch(/^error: \S*notes\.txt:1: no article heading/);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    // Not a terminal: one line per file read and per regulation loaded.
    expect(first.stderr.match(/^\[seed\] read \d\/5 /gm)).toHaveLength(3);
    expect(first.stderr.match(/^\[seed\] loaded \d\/3 /gm)).toHaveLength(3);
  });

  it('leaves three regulations in Neo4j, each with its own articles', async () => {
    const regulations = await client.read<{ id: string; articles: number }>(
      'MATCH (r:Regulation) OPTIONAL MATCH (a:Article {regulation: r.id}) RETURN r.id AS id, count(a) AS articles ORDER BY id',
    );
    expect(regulations).toEqual(COPIES.map(([, , id]) => ({ id, articles: 7 })).sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('with --if-changed, writes nothing the second time and says so', async () => {
    const before = await client.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
    const again = await runTsx('server/cli/seed.ts', [dir, '--if-changed'], envForNeo4j(neo.settings), SEED_TIMEOUT_MS);
    expect(again.code, again.stderr).toBe(1); // the two bad files are still bad
    const summary = summaryOf(again);
    expect(summary.loaded).toEqual([]);
    expect(summary.unchanged.sort()).toEqual(COPIES.map(([, , id]) => id).sort());
    expect(summary.failed).toHaveLength(2);
    expect(await client.read('MATCH (n) RETURN count(n) AS nodes')).toEqual(before);
  }, SEED_TIMEOUT_MS);

  it('npm start seeds the shipped regulation and the REGATLAS_CORPUS folder, skipping what fails', async () => {
    // prepareDatabase in a child of its own: it reads the environment as npm start does.
    scriptDir = await mkdtemp(join(tmpdir(), 'regatlas-prepare-'));
    const script = join(scriptDir, 'prepare.mts');
    const module = new URL('../../server/setup/prepare-database.ts', import.meta.url).href;
    await writeFile(script, `import { prepareDatabase } from ${JSON.stringify(module)};\nawait prepareDatabase((m) => process.stderr.write(m + '\\n'));\n`);
    const run = await runTsx(script, [], envForNeo4j(neo.settings, { REGATLAS_CORPUS: dir }), SEED_TIMEOUT_MS);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^REGATLAS_CORPUS: 5 document\(s\) in /m);
    expect(run.stderr.match(/^error: .*\(skipped\)$/gm)?.map((line) => /(broken\.pdf|notes\.txt)/.exec(line)?.[1])).toEqual(['broken.pdf', 'notes.txt']);
    expect(run.stderr).toMatch(/^seeded regulation:xinjiang-ftz-2025: /m);
    expect(run.stderr.match(/: already seeded with its current graph$/gm)).toHaveLength(3);
    const ids = await client.read<{ id: string }>('MATCH (r:Regulation) RETURN r.id AS id ORDER BY id');
    expect(ids.map((r) => r.id)).toEqual([...COPIES.map(([, , id]) => id), 'regulation:xinjiang-ftz-2025'].sort());
  }, SEED_TIMEOUT_MS);
});
