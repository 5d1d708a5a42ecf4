// One Node HTTP server for everything: /graphql (Yoga, GraphiQL in a browser), /healthz, and the built
// client (static files with index.html fallback for client-side routes) when clientDir exists.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { Neo4jClient } from './db/neo4j-client.ts';
import { readNodeBody, type BodyOutcome } from './request-body.ts';
import { createYogaApp, getGraphiqlPage, LIMITS, stderrLogger, type ApiLogger, type YogaApp } from './yoga.ts';

export interface HttpServerOptions {
  client: Pick<Neo4jClient, 'read' | 'verify' | 'database'>;
  clientDir?: string;
  logger?: ApiLogger;
  /** How long /healthz waits for the database before calling it unavailable. */
  healthTimeoutMs?: number;
  /** Origins besides the server's own whose pages may read API responses (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
}

/** On every response; /graphql and the client's pages replace the policy by their own. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // The rest is JSON: nothing may load from it.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * For /graphql, whose GraphiQL page is served whole by this server (all of it inline, see getGraphiqlPage), so
 * nothing comes from elsewhere. Its one inline script is allowed by its hash; no 'unsafe-inline' or 'unsafe-eval'
 * for scripts. Monaco starts its editor workers from blob: URLs the page makes of inlined code. Styles need
 * 'unsafe-inline': besides the page's own <style>, Monaco and GraphiQL add <style> elements at run time, which no
 * hash can know in advance. Images and fonts are data: URLs in that CSS (and the favicon).
 */
export function graphiqlCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    'worker-src blob:',
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * For the client's pages: only our own scripts, workers and API. Styles allow inline because Cytoscape injects
 * a <style>; images allow data:/blob: for the favicon and PNG export.
 */
export const CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function checkDatabase(client: HttpServerOptions['client'], timeoutMs: number): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.verify(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** The file under `root` for a URL path, or undefined for paths that escape it or do not exist. */
function staticFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  let file = staticFile(root, pathname);
  // Paths without an extension are client-side routes: answer with the app shell.
  if (!file && extname(pathname) === '') file = staticFile(root, '/index.html');
  if (!file) {
    sendJson(res, 404, { error: 'not found' });
    return;
  }
  res.writeHead(200, {
    'content-security-policy': CLIENT_CSP,
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/**
 * A POST to /graphql with its body already read and checked: given as text (`req.body`, which the fetch adapter
 * takes as the Request's body as it is), so Yoga neither streams nor copies it; a refused body is answered by
 * Yoga's useRequestBody, as for an in-process Request.
 */
function handToYoga(yoga: YogaApp, req: IncomingMessage, res: ServerResponse, requestBody: BodyOutcome): void {
  if ('text' in requestBody) (req as IncomingMessage & { body?: string }).body = requestBody.text;
  void yoga(req, res, { requestBody });
}

export function createHttpServer({ client, clientDir, logger = stderrLogger, healthTimeoutMs = 3000, corsOrigins }: HttpServerOptions): Server {
  const yoga = createYogaApp({ client, logger, corsOrigins });
  const graphqlCsp = graphiqlCsp(getGraphiqlPage().scriptHashes);
  const root = clientDir && existsSync(clientDir) ? resolve(clientDir) : undefined;
  const started = Date.now();

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    let pathname: string;
    try {
      // The URL as Yoga will build it, from Host and the request target; a throw there would answer 500 with a
      // stack trace, and one here would take the whole process down.
      ({ pathname } = new URL(`http://${req.headers.host || 'localhost'}${req.url ?? '/'}`));
    } catch {
      sendJson(res, 400, { error: 'malformed request URL or Host header' });
      return;
    }
    if (pathname === yoga.graphqlEndpoint) {
      res.setHeader('content-security-policy', graphqlCsp);
      if (req.method !== 'POST') {
        void yoga(req, res);
        return;
      }
      // Read here rather than through the fetch adapter's body stream (see handToYoga).
      readNodeBody(req, LIMITS.maxBodyBytes).then(
        (requestBody) => handToYoga(yoga, req, res, requestBody),
        () => res.destroy(),
      );
      return;
    }
    if (pathname === '/healthz') {
      void checkDatabase(client, healthTimeoutMs).then(({ ok, ms }) =>
        sendJson(res, ok ? 200 : 503, {
          status: ok ? 'ok' : 'degraded',
          server: { status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) },
          database: { status: ok ? 'ok' : 'unavailable', name: client.database, latencyMs: ms },
        }),
      );
      return;
    }
    if (root && (req.method === 'GET' || req.method === 'HEAD')) {
      serveStatic(root, req, res, pathname);
      return;
    }
    sendJson(res, 404, { error: 'not found', graphql: yoga.graphqlEndpoint });
  });
}
