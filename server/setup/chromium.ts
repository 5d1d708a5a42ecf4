// Browser tests drive the system Chromium (Playwright cannot download its own browser here).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Returns the Chromium path, installing Debian's `chromium` when we are root with apt-get; throws otherwise. */
export function ensureChromium(log: (message: string) => void, env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (existsSync(path)) {
    ensureCjkFonts(log, env);
    return path;
  }
  if (env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${path} does not exist`);
  if (!canApt()) {
    throw new Error(
      `Chromium not found at ${DEFAULT_CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary; the browser tests need it.',
    );
  }
  log('installing Debian chromium and CJK fonts for the browser tests (apt-get)…');
  aptInstall(['chromium', 'fonts-noto-cjk'], env);
  if (!existsSync(DEFAULT_CHROMIUM)) throw new Error(`apt-get installed chromium but ${DEFAULT_CHROMIUM} is missing`);
  return DEFAULT_CHROMIUM;
}

/**
 * The explorer is Chinese text: without a CJK font Chromium draws every character as a box, and the browser
 * tests would pass on an unreadable page. Installs fonts-noto-cjk where it can; throws otherwise.
 */
export function ensureCjkFonts(log: (message: string) => void, env: NodeJS.ProcessEnv = process.env): void {
  if (hasCjkFont()) return;
  if (!canApt()) {
    throw new Error('No font for Chinese text found (fc-list :lang=zh is empty). Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk); the browser tests need it.');
  }
  log('installing CJK fonts for the browser tests (apt-get install fonts-noto-cjk)…');
  aptInstall(['fonts-noto-cjk'], env);
  if (!hasCjkFont()) throw new Error('apt-get installed fonts-noto-cjk but fc-list :lang=zh still finds no font');
}

function hasCjkFont(): boolean {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  // Without fontconfig's fc-list we cannot tell; Chromium then shows what it shows, and the browser test says so.
  if (result.error !== undefined) return true;
  return result.status === 0 && result.stdout.trim() !== '';
}

function canApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

function aptInstall(packages: readonly string[], env: NodeJS.ProcessEnv): void {
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 2, 2], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}
