// Listens: `npx tsx server/main.ts` (PORT, default 4000; HOST, default 127.0.0.1; Neo4j from NEO4J_* or the
// project-managed server). `npm start` calls `serve` after seeding. SIGTERM/SIGINT close the HTTP server
// and the driver, then exit 0.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readCorsOrigins } from './cors.ts';
import { createNeo4jClient, type Neo4jClientOptions } from './db/neo4j-client.ts';
import type { Neo4jSettings } from './db/neo4j-settings.ts';
import { createHttpServer } from './http-server.ts';

export interface ServeOptions {
  settings: Pick<Neo4jSettings, 'uri' | 'user' | 'password' | 'database'> & Partial<Pick<Neo4jSettings, 'source'>>;
  clientDir?: string;
  log?: (message: string) => void;
  port?: number;
  host?: string;
  /** Default: CORS_ORIGINS, comma-separated; the server's own origin is always allowed. */
  corsOrigins?: readonly string[];
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * The API's database client. Retrying for only half a second means a request during an outage answers
 * DATABASE_UNAVAILABLE within about 1.5 s instead of queueing for the driver's default 5 s, while the one retry
 * still hides a connection that went stale across a Neo4j restart. A read that gets no reply at all (a hung
 * server) gives up after readTimeoutMs.
 */
export const API_DB_OPTIONS: Neo4jClientOptions = { maxRetryTimeMs: 500, connectionTimeoutMs: 3_000, readTimeoutMs: 15_000 };

const defaultLog = (message: string) => process.stderr.write(`[regatlas] ${message}\n`);

function readPort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${value}"`);
  return port;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? defaultLog;
  const port = options.port ?? readPort(process.env.PORT);
  const host = options.host ?? (process.env.HOST?.trim() || '127.0.0.1');
  const corsOrigins = options.corsOrigins ?? readCorsOrigins(process.env.CORS_ORIGINS);
  const client = createNeo4jClient(options.settings, API_DB_OPTIONS);
  const server = createHttpServer({ client, clientDir: options.clientDir, corsOrigins });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  log(`GraphQL API and GraphiQL at ${url}/graphql, health at ${url}/healthz`);
  if (corsOrigins.length > 0) log(`CORS: pages from ${corsOrigins.join(', ')} may read the API`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        // In-flight requests finish. A keep-alive connection stays open after its answer, so idle connections
        // are closed as they turn idle; whatever is still open after 5 s is cut.
        const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
        const cut = setTimeout(() => server.closeAllConnections(), 5000);
        server.close(() => {
          clearInterval(closeIdle);
          clearTimeout(cut);
          resolve();
        });
      });
      await client.close();
      log('HTTP server and database connections closed');
    })());

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal}: closing`);
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          log(`error while closing: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      );
    });
  }
  return { server, url, close };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [{ ensureNeo4j }, { loadProjectEnv }] = await Promise.all([import('./db/local-neo4j.ts'), import('./project-env.ts')]);
  const { exitCodeOfUsageError, parseCommandLine } = await import('../seed/cli/command-line.ts');
  try {
    parseCommandLine(process.argv.slice(2), {}, 'usage: npx tsx server/main.ts (PORT, HOST and NEO4J_* from the environment)');
    const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log: defaultLog });
    await serve({ settings });
  } catch (error) {
    const usage = exitCodeOfUsageError(error);
    if (usage === undefined) defaultLog(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(usage ?? 1);
  }
}
