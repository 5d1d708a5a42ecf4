// `npm run dev`: the API on PORT (default 4000) and Vite's dev server with hot reload, which proxies
// /graphql and /healthz to the API (see client/vite.config.ts).
import { fileURLToPath } from 'node:url';
import { serve } from '../main.ts';
import { loadProjectEnv } from '../project-env.ts';
import { exitCodeOfUsageError, parseCommandLine } from '../../seed/cli/command-line.ts';
import { prepareDatabase } from '../setup/prepare-database.ts';

const log = (message: string) => process.stderr.write(`[regatlas] ${message}\n`);

async function main(): Promise<void> {
  parseCommandLine(process.argv.slice(2), {}, 'usage: npm run dev (settings come from the environment and .env; see .env.example)');
  // Settings in .env (PORT, CORS_ORIGINS, NEO4J_*) apply to the whole process; the environment wins.
  Object.assign(process.env, await loadProjectEnv());
  const settings = await prepareDatabase(log);
  await serve({ settings, log });
  const { createServer } = await import('vite');
  const vite = await createServer({ configFile: fileURLToPath(new URL('../../client/vite.config.ts', import.meta.url)) });
  await vite.listen();
  vite.printUrls();
}

main().catch((error: unknown) => {
  const usage = exitCodeOfUsageError(error);
  if (usage === undefined) log(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(usage ?? 1);
});
