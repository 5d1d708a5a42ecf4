/**
 * Shared set-up of the browser tests: the seeded test database, the client built by Vite, the real HTTP server
 * on a free loopback port and one Chromium, started before a file's tests and closed after them. The returned
 * object is filled in by beforeAll, so tests read it directly (as with test/api/seeded-api.ts useSeededApi()).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { buildClient, launchChromium, startTestServer, watchErrors, type BuiltClient, type TestServer } from './browser.ts';
import { connectTestClient } from './neo4j.ts';
import { ensureSeeded } from './seeded-graph.ts';

export const GRAPH_READY = '#cy[data-ready="true"]';

export interface ExplorerSession {
  db: Neo4jClient;
  server: TestServer;
  browser: Browser;
  /** The default context: 1440×900, zh-CN, downloads accepted. */
  context: BrowserContext;
  /** Opens `path` in a new page of `context` (or of the one given) and waits for `ready` (the graph laid out, by default). */
  open(path?: string, options?: { ready?: string; context?: BrowserContext }): Promise<{ page: Page; errors: string[] }>;
  /** A further context, e.g. a phone viewport; closed with the session. */
  newContext(options: BrowserContextOptions): Promise<BrowserContext>;
  /** POSTs a GraphQL query to the test server and returns its data (throws on errors). */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface ExplorerSessionOptions {
  /** Runs after the shipped regulation is seeded, before the server starts (load extra regulations here). */
  seed?: (db: Neo4jClient) => Promise<void>;
  /** Runs before the database is closed (remove what `seed` loaded). */
  cleanup?: (db: Neo4jClient) => Promise<void>;
  /** Overrides of the default context's options. */
  context?: BrowserContextOptions;
  /** Clipboard permissions for the default context. */
  clipboard?: boolean;
}

export function useExplorer(options: ExplorerSessionOptions = {}): ExplorerSession {
  const session = {} as ExplorerSession;
  let built: BuiltClient | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // Seeding writes a whole regulation in one transaction: allow it more than the default 10 s.
    const db = connectTestClient({ txTimeoutMs: 120_000 });
    session.db = db;
    await ensureSeeded(db);
    await options.seed?.(db);
    built = await buildClient();
    session.server = await startTestServer(db, built.dir);
    session.browser = await launchChromium();
    session.newContext = async (contextOptions) => {
      const context = await session.browser.newContext(contextOptions);
      contexts.push(context);
      return context;
    };
    session.context = await session.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN', ...options.context });
    if (options.clipboard) await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    session.open = async (path = '/', openOptions = {}) => {
      const page = await (openOptions.context ?? session.context).newPage();
      const errors = watchErrors(page);
      await page.goto(`${session.server.url}${path}`);
      await page.waitForSelector(openOptions.ready ?? GRAPH_READY, { state: 'attached', timeout: 30_000 });
      return { page, errors };
    };
    session.api = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${session.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await session.browser?.close();
    await session.server?.close();
    await built?.remove();
    if (session.db) {
      await options.cleanup?.(session.db);
      await session.db.close();
    }
  });
  return session;
}
