// `npm test`: everything the suite needs is set up here or in the Vitest global setup (Neo4j), so a fresh
// clone needs nothing else. Extra arguments go to Vitest (e.g. `npm test -- test/seed`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../setup/chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

if (existsSync(new URL('../../test/client', import.meta.url))) {
  process.env.CHROMIUM_PATH = ensureChromium((m) => process.stderr.write(`[regatlas] ${m}\n`));
}

const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const child = spawn(process.execPath, [vitest, 'run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
