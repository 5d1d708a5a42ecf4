// The real seed CLI, pointed at the shared test Neo4j, given files that are not a regulation it can load:
// each is refused with the problem and the line, a non-zero exit, nothing on stdout, and the graph untouched.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { connectTestClient, testNeo4jSettings } from '../support/neo4j.ts';
import { ensureSeeded, graphFingerprint } from '../support/seeded-graph.ts';
import { generateBadSources } from './bad-sources.ts';
import { envForNeo4j, runTsx, type Exit } from '../support/child-process.ts';

const sources = generateBadSources();
let client: Neo4jClient;
let dir: string;
let before: Awaited<ReturnType<typeof graphFingerprint>>;
const exits = new Map<string, Exit>();

beforeAll(async () => {
  client = connectTestClient({ txTimeoutMs: 120_000 });
  await ensureSeeded(client);
  before = await graphFingerprint(client);
  dir = await mkdtemp(join(tmpdir(), 'regatlas-bad-source-'));
  const env = envForNeo4j(testNeo4jSettings());
  // All at once: each run is mostly tsx start-up.
  await Promise.all(
    sources.map(async (source) => {
      const file = join(dir, source.name);
      await writeFile(file, source.bytes);
      exits.set(source.name, await runTsx('server/cli/seed.ts', [file, '--id', 'regulation:bad-input'], env, 60_000));
    }),
  );
}, 120_000);

afterAll(async () => {
  await client?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm run seed refuses bad input', () => {
  it.each(sources.map((s) => [s.name, s] as const))('%s', (name, source) => {
    const exit = exits.get(name)!;
    expect(exit.code, exit.stderr).toBe(1);
    expect(exit.stdout).toBe('');
    // `error: <file>:<line>: <problem>`, and nothing else: no stack trace.
    const [first, ...rest] = exit.stderr.trimEnd().split('\n');
    expect(first).toMatch(new RegExp(`^error: \\S*${name.replace('.', '\\.')}:${source.line}: `));
    expect(first).toMatch(source.problem);
    expect(rest).toEqual([]);
  });

  it('leaves the graph in Neo4j untouched', async () => {
    expect(await graphFingerprint(client)).toEqual(before);
  });
});
