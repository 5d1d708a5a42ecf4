// The Node server around Yoga: /graphql, /healthz and the static client, over real HTTP on a free port.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServerOptions } from '../../server/http-server.ts';
import { closeServer, listenOnLoopback } from '../support/loopback-server.ts';

let databaseUp = true;
const client: HttpServerOptions['client'] = {
  database: 'neo4j',
  read: async <T>() => [] as T[],
  verify: async () => {
    if (!databaseUp) throw new Error('Cannot reach Neo4j at bolt://secret-host:7687');
  },
};

const clientDir = mkdtempSync(join(tmpdir(), 'regatlas-client-'));
mkdirSync(join(clientDir, 'assets'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>RegAtlas</title>');
writeFileSync(join(clientDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'regatlas-outside.txt'), 'outside');

let server: Server;
let base: string;

beforeAll(async () => {
  server = createHttpServer({ client, clientDir, logger: { error: () => {} }, healthTimeoutMs: 500 });
  base = await listenOnLoopback(server);
});

afterAll(async () => {
  await closeServer(server);
  rmSync(clientDir, { recursive: true, force: true });
  rmSync(join(tmpdir(), 'regatlas-outside.txt'), { force: true });
});

afterEach(() => {
  databaseUp = true;
});

describe('/healthz', () => {
  it('is 200 when the database answers', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', server: { status: 'ok' }, database: { status: 'ok', name: 'neo4j' } });
  });

  it('is 503 when it does not, without revealing why', async () => {
    databaseUp = false;
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'degraded', server: { status: 'ok' }, database: { status: 'unavailable' } });
    expect(JSON.stringify(body)).not.toContain('secret-host');
  });
});

describe('/graphql', () => {
  it('answers GraphQL over HTTP', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regulation { title } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { regulation: null } });
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('serves GraphiQL with example queries to browsers', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('RegAtlas GraphQL');
    // Every example is a tab; none names one regulation's actors.
    expect(html).toContain('query GovernmentDuties');
    expect(html).toContain('actor:haiguan');
    expect(html).not.toMatch(/xinjiang|新疆/);
  });
});

describe('static client', () => {
  it('serves files and falls back to index.html for client routes', async () => {
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(await asset.text()).toBe('console.log(1)');
    const route = await fetch(`${base}/actor/actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi`);
    expect(await route.text()).toContain('<title>RegAtlas</title>');
  });

  it('answers 404 for missing files and never leaves the client folder', async () => {
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/..%2fregatlas-outside.txt`)).status).toBe(404);
  });
});
