// The layers import one way: seed/ (the pure pipeline and the graph model) below server/ (the driver, the
// API, the commands that need a database); the client talks to the API only over HTTP. Read from the
// source files, so a new import across a layer fails here, not in review.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('node_modules'));
}

/** Each import of a file: the package name, or the project path it resolves to. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const specifier = (match[1] ?? match[2])!;
    return specifier.startsWith('.') ? path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier)) : specifier;
  });
}

function crossings(dir: string, forbidden: (target: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter(forbidden).map((target) => `${file} → ${target}`));
}

const under = (...dirs: string[]) => (target: string) => dirs.some((dir) => target === dir || target.startsWith(`${dir}/`));

describe('layers', () => {
  it('reads imports the way the files write them', () => {
    expect(importsOf('server/setup/seeding-client.ts')).toEqual(expect.arrayContaining(['seed/load-graph.ts', 'server/db/neo4j-client.ts']));
  });

  it('seed/ imports nothing from server/, client/ or test/, and no database driver', () => {
    expect(crossings('seed', (t) => under('server', 'client', 'test')(t) || t === 'neo4j-driver')).toEqual([]);
  });

  it('server/ imports nothing from client/ or test/', () => {
    expect(crossings('server', under('client', 'test'))).toEqual([]);
  });

  it('the client imports nothing from server/, seed/ or test/', () => {
    expect(crossings('client', under('server', 'seed', 'test'))).toEqual([]);
  });

  it('only server/db/neo4j-client.ts imports neo4j-driver', () => {
    const importers = ['seed', 'server', 'client'].flatMap((dir) =>
      sourceFiles(dir).filter((file) => importsOf(file).includes('neo4j-driver')),
    );
    expect(importers).toEqual(['server/db/neo4j-client.ts']);
  });
});
