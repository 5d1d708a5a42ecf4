// Access rules that need no database: CORS closed by default, security headers on the client pages, the
// managed Neo4j's configuration (loopback only, auth on).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CorsOriginsError, readCorsOrigins } from '../../server/cors.ts';
import { renderNeo4jConf, resolveLocalNeo4jPaths } from '../../server/db/local-neo4j-config.ts';
import { createHttpServer } from '../../server/http-server.ts';
import { createYogaApp, type YogaApp } from '../../server/yoga.ts';
import { closeServer, listenOnLoopback } from '../support/loopback-server.ts';

const reader = { read: async <T>(): Promise<T[]> => [] };

describe('CORS_ORIGINS', () => {
  it('reads a comma-separated list of origins', () => {
    expect(readCorsOrigins(undefined)).toEqual([]);
    expect(readCorsOrigins('  ')).toEqual([]);
    expect(readCorsOrigins('https://atlas.example.org, http://localhost:5173/')).toEqual(['https://atlas.example.org', 'http://localhost:5173']);
    expect(readCorsOrigins('*')).toEqual(['*']);
  });

  it.each(['atlas.example.org', 'https://atlas.example.org/app', 'ftp://', 'null'])('refuses "%s", naming it', (entry) => {
    expect(() => readCorsOrigins(`https://ok.example.org,${entry}`)).toThrow(CorsOriginsError);
    expect(() => readCorsOrigins(entry)).toThrow(entry);
  });
});

describe('CORS', () => {
  const ask = (yoga: YogaApp, origin: string | undefined, method = 'POST') =>
    yoga.fetch('http://yoga/graphql', {
      method,
      headers: {
        'content-type': 'application/json',
        ...(origin ? { origin } : {}),
        ...(method === 'OPTIONS' ? { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } : {}),
      },
      ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
    });

  it('is closed by default: other origins get no CORS headers, for requests and preflights', async () => {
    const yoga = createYogaApp({ client: reader, logger: { error: () => {} } });
    for (const method of ['POST', 'OPTIONS']) {
      const response = await ask(yoga, 'https://evil.example', method);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('access-control-allow-methods')).toBeNull();
    }
  });

  it("allows the server's own origin", async () => {
    const yoga = createYogaApp({ client: reader, logger: { error: () => {} } });
    const response = await ask(yoga, 'http://yoga');
    expect(response.headers.get('access-control-allow-origin')).toBe('http://yoga');
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('allows the configured origins only, without credentials', async () => {
    const yoga = createYogaApp({ client: reader, logger: { error: () => {} }, corsOrigins: ['https://atlas.example.org'] });
    const preflight = await ask(yoga, 'https://atlas.example.org', 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://atlas.example.org');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await ask(yoga, 'https://atlas.example.org')).headers.get('access-control-allow-origin')).toBe('https://atlas.example.org');
    expect((await ask(yoga, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers requests without an Origin (curl, scripts) as always', async () => {
    const yoga = createYogaApp({ client: reader, logger: { error: () => {} } });
    const response = await ask(yoga, undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers', () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'regatlas-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>RegAtlas</title>');
  writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log(1)');
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createHttpServer({ client: { ...reader, database: 'neo4j', verify: async () => {} }, clientDir, logger: { error: () => {} } });
    base = await listenOnLoopback(server);
  });
  afterAll(async () => {
    await closeServer(server);
    rmSync(clientDir, { recursive: true, force: true });
  });

  it.each(['/', '/actor/actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', '/assets/app.js'])('client page %s: strict CSP, no sniffing, no referrer, no framing', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each([
    ['GraphiQL', '/graphql', { accept: 'text/html' }],
    ['the API', '/graphql?query=%7B__typename%7D', { accept: 'application/json' }],
    ['/healthz', '/healthz', {}],
    ['a 404', '/nope.js', {}],
  ])('%s: no sniffing, no referrer, no framing', async (_name, path, headers) => {
    const response = await fetch(`${base}${path}`, { headers });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('the project-managed Neo4j configuration', () => {
  it('listens on 127.0.0.1 only, with auth on and the HTTP ports off', () => {
    const conf = renderNeo4jConf({ paths: resolveLocalNeo4jPaths('/tmp/neo4j-home'), port: 7687, pageCache: '64m' });
    expect(conf).toMatch(/^server\.default_listen_address=127\.0\.0\.1$/m);
    expect(conf).toMatch(/^server\.bolt\.listen_address=127\.0\.0\.1:7687$/m);
    expect(conf).toMatch(/^dbms\.security\.auth_enabled=true$/m);
    expect(conf).toMatch(/^server\.http\.enabled=false$/m);
    expect(conf).toMatch(/^server\.https\.enabled=false$/m);
    expect(conf).not.toMatch(/0\.0\.0\.0|password/i);
  });
});
