// GraphiQL at /graphql without the internet: Chromium may reach only the loopback server, and GraphiQL must still
// draw its editor with the example tabs and run a query, asking nothing of any other host, under the page's CSP.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { EXAMPLE_QUERIES } from '../../server/graphiql-examples.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { launchChromium, watchErrors } from '../support/browser.ts';
import { closeServer, listenOnLoopback } from '../support/loopback-server.ts';
import { connectTestClient } from '../support/neo4j.ts';
import { ensureSeeded } from '../support/seeded-graph.ts';

const SCREENSHOT = '/tmp/graphiql-offline.png';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

let db: Neo4jClient;
let server: ReturnType<typeof createHttpServer>;
let base: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  db = connectTestClient();
  await ensureSeeded(db);
  server = createHttpServer({ client: db, logger: { error: (message) => process.stderr.write(`[api] ${message}\n`) } });
  base = await listenOnLoopback(server);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (server) await closeServer(server);
  await db?.close();
});

/** Whether a request would leave the machine; data: and blob: URLs never do. */
function leavesMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return false;
  return !LOOPBACK.has(hostname);
}

interface OfflinePage {
  page: Page;
  /** Requests aborted because they were for another host. */
  blocked: string[];
  /** Every request the page or its workers made. */
  requested: string[];
  errors: string[];
}

/** A page that can reach only loopback: every other request is aborted and recorded. */
async function openOffline(): Promise<OfflinePage> {
  const page = await context.newPage();
  const blocked: string[] = [];
  const requested: string[] = [];
  const errors = watchErrors(page);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (leavesMachine(url)) {
      blocked.push(url);
      return route.abort('internetdisconnected');
    }
    return route.continue();
  });
  const record = (request: Request) => requested.push(request.url());
  page.on('request', record);
  page.on('worker', (worker) => requested.push(worker.url()));
  // Violations of the page's CSP are reported as events, not always as console errors.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, blocked, requested, errors };
}

const operationName = (query: string) => /^(?:query|mutation)\s+(\w+)/m.exec(query)?.[1];

describe('GraphiQL offline', () => {
  it('the guard aborts and records a request for another host', async () => {
    const { page, blocked } = await openOffline();
    const outcome = await page.evaluate(() => fetch('https://unpkg.com/').then(() => 'answered', () => 'failed'));
    expect(outcome).toBe('failed');
    expect(blocked).toEqual(['https://unpkg.com/']);
    await page.close();
  });

  it('renders its editor and example tabs, runs the first example, and asks nothing of any other host', async () => {
    const { page, blocked, requested, errors } = await openOffline();
    const started = performance.now();
    const response = await page.goto(`${base}/graphql`);
    expect(response?.status()).toBe(200);
    const csp = (await response!.allHeaders())['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(csp).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);

    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 });
    const tabs = page.locator('.graphiql-tab');
    const titles = EXAMPLE_QUERIES.map(({ query }) => operationName(query));
    expect(titles.every(Boolean)).toBe(true);
    for (const title of titles) await expect.poll(() => tabs.filter({ hasText: title! }).count(), { timeout: 10_000 }).toBe(1);
    const loadedMs = Math.round(performance.now() - started);
    const pageBytes = (await response!.body()).byteLength;

    // The first tab holds the first example; run it.
    await tabs.first().click();
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent()).toContain(titles[0]);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response .result-window');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('"data"');
    expect(await result.textContent()).toContain('"actors"');

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    process.stderr.write(`[graphiql-offline] page ${(pageBytes / 1e6).toFixed(1)} MB, editor and tabs in ${loadedMs} ms\n`);

    expect(blocked).toEqual([]);
    expect(requested.filter(leavesMachine)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
