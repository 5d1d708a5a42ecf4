import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jSetupError } from '../../server/db/local-neo4j-config.ts';
import { assertToolsAvailable, detectTools, findExecutable, parseJavaMajorVersion } from '../../server/db/local-neo4j-tools.ts';
import { ensureNeo4j } from '../../server/db/local-neo4j.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'regatlas-local-neo4j-'));
/** A PATH with neither java nor mvn. */
const emptyBin = path.join(scratch, 'empty-bin');
mkdirSync(emptyBin);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fake executable that prints what `java -version` would print, on stderr like the real one. */
function fakeTool(dir: string, name: string, stderr = ''): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\necho '${stderr}' >&2\n`);
  chmodSync(file, 0o755);
  return file;
}

function setupError(run: () => unknown): Neo4jSetupError {
  try {
    run();
  } catch (error) {
    if (error instanceof Neo4jSetupError) return error;
    throw error;
  }
  throw new Error('expected a Neo4jSetupError');
}

function expectThreeOptions(message: string): void {
  expect(message).toMatch(/NEO4J_URI.*NEO4J_USER.*NEO4J_PASSWORD/);
  expect(message).toContain('docker compose up -d neo4j');
  expect(message).toContain('.env.example');
  expect(message).toMatch(/Install Java 17\+ and Maven/);
}

describe('tool detection', () => {
  it('parses the major Java version, old and new numbering', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21-ea" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajorVersion('command not found')).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('finds java and mvn on the given PATH, preferring JAVA_HOME', () => {
    const bin = path.join(scratch, 'bin');
    fakeTool(bin, 'java', 'openjdk version "11.0.2" 2019-01-15');
    const mvn = fakeTool(bin, 'mvn');
    const javaHome = path.join(scratch, 'jdk21');
    const java21 = fakeTool(path.join(javaHome, 'bin'), 'java', 'openjdk version "21.0.1" 2023-10-17');

    expect(findExecutable('mvn', { PATH: `/nonexistent:${bin}` })).toBe(mvn);
    expect(detectTools({ PATH: bin, JAVA_HOME: javaHome })).toEqual({ java: { path: java21, major: 21 }, mvn });
    expect(detectTools({ PATH: bin }).java?.major).toBe(11);
  });

  it('reports all three ways out when neither Java nor Maven is on PATH', () => {
    const tools = detectTools({ PATH: emptyBin });
    expect(tools).toEqual({});
    const error = setupError(() => assertToolsAvailable(tools, true));
    expectThreeOptions(error.message);
    expect(error.message).toContain('Maven');
  });

  it('asks for Maven only while the jars are missing, and for Java 17+ always', () => {
    expect(() => assertToolsAvailable({ java: { path: '/usr/bin/java', major: 17 } }, false)).not.toThrow();
    expect(setupError(() => assertToolsAvailable({ java: { path: '/usr/bin/java', major: 17 } }, true)).message).toContain('Maven');
    const old = setupError(() => assertToolsAvailable({ java: { path: '/usr/bin/java', major: 11 } }, false));
    expect(old.message).toMatch(/Java 17\+ \(\/usr\/bin\/java is Java 11\)/);
    expectThreeOptions(old.message);
  });

  it('ensureNeo4j without NEO4J_URI, Java or Maven fails with the three options and creates nothing', async () => {
    const home = path.join(scratch, 'never-created');
    const env = { PATH: emptyBin, REGATLAS_NEO4J_HOME: home };
    const error = await ensureNeo4j({ env, log: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jSetupError);
    expectThreeOptions((error as Error).message);
    expect(existsSync(home)).toBe(false);
  });
});
