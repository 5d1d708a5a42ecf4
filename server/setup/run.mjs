#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a fresh clone. Plain Node (no dependencies) because it runs
// before anything is installed: it installs what is missing, then hands over to the TypeScript entry points.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (message) => process.stderr.write(`[regatlas] ${message}\n`);

function dependenciesAreCurrent() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return false;
  // npm rewrites node_modules/.package-lock.json on every install; an older one means the lockfile moved on.
  return statSync(marker).mtimeMs >= statSync(join(root, 'package-lock.json')).mtimeMs;
}

function installDependencies() {
  if (dependenciesAreCurrent()) return;
  log('installing npm dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    log('npm ci failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}

function runNode(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const command = process.argv[2];
const extra = process.argv.slice(3);
installDependencies();
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
if (command === 'start') {
  runNode([tsx, 'server/cli/start.ts', ...extra]);
} else if (command === 'test') {
  runNode([tsx, 'server/cli/test.ts', ...extra]);
} else {
  log(`unknown command "${command}"; use start or test`);
  process.exit(2);
}
