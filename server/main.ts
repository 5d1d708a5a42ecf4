// Listens: `npx tsx server/main.ts` (PORT, default 4000; HOST, default 127.0.0.1; Neo4j from NEO4J_* or the
// project-managed server). `npm start` calls `serve` after seeding. SIGTERM/SIGINT close the HTTP server
// and the driver, then exit 0.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createNeo4jClient } from './db/neo4j-client.ts';
import type { Neo4jSettings } from './db/neo4j-settings.ts';
import { createHttpServer } from './http-server.ts';

export interface ServeOptions {
  settings: Pick<Neo4jSettings, 'uri' | 'user' | 'password' | 'database'> & Partial<Pick<Neo4jSettings, 'source'>>;
  clientDir?: string;
  log?: (message: string) => void;
  port?: number;
  host?: string;
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

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
  const client = createNeo4jClient(options.settings);
  const server = createHttpServer({ client, clientDir: options.clientDir });

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

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // In-flight requests get a moment to finish; then remaining connections are cut.
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      await client.close();
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
  const { ensureNeo4j, loadProjectEnv } = await import('./db/local-neo4j.ts');
  try {
    const { settings } = await ensureNeo4j({ env: await loadProjectEnv(), log: defaultLog });
    await serve({ settings });
  } catch (error) {
    defaultLog(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
