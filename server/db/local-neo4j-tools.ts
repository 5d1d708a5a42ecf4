/**
 * Java and Maven for the managed server: found on an injected PATH/JAVA_HOME, and the message that offers the
 * three ways out when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import path from 'node:path';
import { Neo4jSetupError } from './local-neo4j-config.ts';
import type { Neo4jEnv } from './neo4j-settings.ts';

const MIN_JAVA_MAJOR = 17;

/** `java -version` prints e.g. `openjdk version "17.0.15"` or, before Java 9, `"1.8.0_392"`. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Finds an executable on a PATH string without running anything. */
export function findExecutable(name: string, env: Neo4jEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const dirs = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const extensions = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const ext of extensions) {
      const candidate = path.join(dir, name + ext.toLowerCase());
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface DetectedTools {
  java?: { path: string; major: number | undefined };
  mvn?: string;
}

/** JAVA_HOME/bin/java first, as the Neo4j scripts do, then `java` on PATH; `mvn` on PATH. */
export function detectTools(env: Neo4jEnv, platform: NodeJS.Platform = process.platform): DetectedTools {
  const tools: DetectedTools = {};
  const javaHome = env.JAVA_HOME?.trim();
  const fromHome = javaHome ? findExecutable('java', { PATH: path.join(javaHome, 'bin'), PATHEXT: env.PATHEXT }, platform) : undefined;
  const javaPath = fromHome ?? findExecutable('java', env, platform);
  if (javaPath) tools.java = { path: javaPath, major: probeJavaMajorVersion(javaPath) };
  const mvn = findExecutable('mvn', env, platform);
  if (mvn) tools.mvn = mvn;
  return tools;
}

function probeJavaMajorVersion(javaPath: string): number | undefined {
  const result = spawnSync(javaPath, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  return parseJavaMajorVersion(`${result.stderr ?? ''}${result.stdout ?? ''}`);
}

/** What is missing for the managed server, as short phrases; empty when it can run. */
export function listMissingTools(tools: DetectedTools, needMaven: boolean): string[] {
  const missing: string[] = [];
  if (!tools.java) missing.push(`Java ${MIN_JAVA_MAJOR}+ (no java in JAVA_HOME/bin or on PATH)`);
  else if (tools.java.major === undefined || tools.java.major < MIN_JAVA_MAJOR) {
    missing.push(`Java ${MIN_JAVA_MAJOR}+ (${tools.java.path} is Java ${tools.java.major ?? 'of unknown version'})`);
  }
  if (needMaven && !tools.mvn) missing.push('Maven (no mvn on PATH; needed once to download the Neo4j jars)');
  return missing;
}

export function formatMissingToolsMessage(missing: string[]): string {
  return [
    `RegAtlas needs a Neo4j 5 database. NEO4J_URI is not set, and it cannot run its own Neo4j: missing ${missing.join('; ')}.`,
    'Choose one:',
    '  1. Use an existing Neo4j (Aura, a server, a cluster): set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (and NEO4J_DATABASE if not "neo4j").',
    '  2. Run it in Docker: `docker compose up -d neo4j` (uses docker-compose.yml), then set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD as in .env.example.',
    `  3. Install Java ${MIN_JAVA_MAJOR}+ and Maven, so RegAtlas can download and run its own Neo4j in .neo4j/.`,
  ].join('\n');
}

export function assertToolsAvailable(tools: DetectedTools, needMaven: boolean): asserts tools is DetectedTools & { java: { path: string } } {
  const missing = listMissingTools(tools, needMaven);
  if (missing.length > 0) throw new Neo4jSetupError(formatMissingToolsMessage(missing));
}
