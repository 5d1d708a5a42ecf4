/**
 * For browser tests (`test/client/*.int.test.ts`): the system Chromium driven by playwright-core (Playwright
 * cannot download its own browser here), the client built by Vite into a temporary folder, and the real HTTP
 * server (API + static client) on a free loopback port.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { closeServer, listenOnLoopback } from './loopback-server.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** Launches the system Chromium. Fails (never skips) when it is missing: `npm test` installs it where it can. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH; ` +
        '`npm test` installs it automatically when run as root.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface BuiltClient {
  dir: string;
  remove(): Promise<void>;
}

/** Builds the client with the project's Vite config into a temporary folder (client/dist is left alone). */
export async function buildClient(): Promise<BuiltClient> {
  const dir = await mkdtemp(join(tmpdir(), 'regatlas-client-'));
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'client', 'vite.config.ts'), logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The real HTTP server (createHttpServer) on a free port of 127.0.0.1. */
export async function startTestServer(client: Neo4jClient, clientDir: string): Promise<TestServer> {
  const server = createHttpServer({ client, clientDir, logger: { error: (message) => process.stderr.write(`[api] ${message}\n`) } });
  const url = await listenOnLoopback(server);
  return { url, close: () => closeServer(server) };
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
