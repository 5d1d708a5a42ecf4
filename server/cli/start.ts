// `npm start`: Neo4j up and seeded, the client built, API and client served on one port.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../main.ts';
import { loadProjectEnv } from '../project-env.ts';
import { exitCodeOfUsageError, parseCommandLine } from '../../seed/cli/command-line.ts';
import { prepareDatabase } from '../setup/prepare-database.ts';

const log = (message: string) => process.stderr.write(`[regatlas] ${message}\n`);
const clientRoot = fileURLToPath(new URL('../../client/', import.meta.url));

async function buildClient(): Promise<string> {
  log('building the client (vite)…');
  const { build } = await import('vite');
  await build({ configFile: `${clientRoot}vite.config.ts`, logLevel: 'warn' });
  return `${clientRoot}dist`;
}

async function main(): Promise<void> {
  parseCommandLine(process.argv.slice(2), {}, 'usage: npm start (settings come from the environment and .env; see .env.example)');
  // Settings in .env (PORT, CORS_ORIGINS, NEO4J_*) apply to the whole process; the environment wins.
  Object.assign(process.env, await loadProjectEnv());
  const settings = await prepareDatabase(log);
  const clientDir = existsSync(`${clientRoot}index.html`) ? await buildClient() : undefined;
  const { url } = await serve({ settings, clientDir, log });
  log(`RegAtlas explorer at ${url}/ (Ctrl-C to stop; the database keeps running until \`npm run db:stop\`)`);
}

main().catch((error: unknown) => {
  const usage = exitCodeOfUsageError(error);
  if (usage === undefined) log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(usage ?? 1);
});
