/**
 * The environment RegAtlas runs with: process.env, filled in from `<project>/.env` where that file exists.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

type Env = Readonly<Record<string, string | undefined>>;

/** Variables from `<project>/.env` that are not already set: the environment always wins. */
export function mergeDotEnv(env: Env, dotEnvText: string): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = { ...env };
  for (const [key, value] of Object.entries(parseEnv(dotEnvText))) {
    if (merged[key] === undefined && value !== undefined) merged[key] = value;
  }
  return merged;
}

/** process.env plus `<project>/.env` if present (so the docker compose option works without exporting). */
export async function loadProjectEnv(env: Env = process.env, projectRoot: string = PROJECT_ROOT): Promise<Record<string, string | undefined>> {
  const file = path.join(projectRoot, '.env');
  if (!existsSync(file)) return { ...env };
  return mergeDotEnv(env, await readFile(file, 'utf8'));
}
