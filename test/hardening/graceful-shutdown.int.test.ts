// The real server process (server/main.ts) on the shared test Neo4j, sent SIGTERM while a request is in
// flight: that request still gets its answer, new connections are refused, the driver is closed, exit code 0.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { connectTestClient, testNeo4jSettings } from '../support/neo4j.ts';
import { ensureSeeded } from '../support/seeded-graph.ts';
import { envForNeo4j, spawnTsx, type RunningChild } from '../support/child-process.ts';

let client: Neo4jClient;
let server: RunningChild;
let base: URL;

beforeAll(async () => {
  client = connectTestClient({ txTimeoutMs: 120_000 });
  await ensureSeeded(client);
  server = spawnTsx('server/main.ts', [], envForNeo4j(testNeo4jSettings(), { PORT: '0', HOST: '127.0.0.1' }));
  const [, url] = await server.waitForOutput(/GraphQL API and GraphiQL at (http:\/\/\S+)\/graphql/, 60_000);
  base = new URL(url!);
}, 90_000);

afterAll(async () => {
  server?.kill('SIGKILL');
  await client?.close();
});

/** A POST whose body is sent in two halves, so the request is in flight for as long as we like. */
function startSlowRequest(query: string, agent: http.Agent) {
  const body = Buffer.from(JSON.stringify({ query }));
  const request = http.request({
    host: base.hostname,
    port: base.port,
    path: '/graphql',
    method: 'POST',
    agent,
    headers: { 'content-type': 'application/json', 'content-length': body.length },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  request.write(body.subarray(0, 10));
  return { answer, finish: () => request.end(body.subarray(10)) };
}

describe('SIGTERM', () => {
  it('lets the in-flight request finish, refuses new ones, closes the driver and exits 0', async () => {
    // A keep-alive connection left idle must not hold the shutdown up.
    const idle = new http.Agent({ keepAlive: true });
    const warm = await fetch(`${base}healthz`);
    expect(warm.status).toBe(200);
    await new Promise<void>((resolve) => http.get({ host: base.hostname, port: base.port, path: '/healthz', agent: idle }, (r) => r.resume().on('end', resolve)));

    // On a keep-alive connection too, which must be closed once its answer is sent.
    const slow = startSlowRequest('{ article(number: 28) { key } search(query: "纺织") { totalCount } }', new http.Agent({ keepAlive: true }));
    // Time for the server to read the request's head: from then on it is in flight, not an idle connection.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const signalled = performance.now();
    // To the server's own process (the script runs in it: node --import tsx).
    server.child.kill('SIGTERM');
    await server.waitForOutput(/SIGTERM: closing/, 10_000);

    await expect(fetch(`${base}healthz`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();

    slow.finish();
    const answer = await slow.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ data: { article: { key: 'article:xinjiang-ftz-2025/28' } } });

    const exit = await server.waitForExit(15_000);
    const seconds = (performance.now() - signalled) / 1000;
    expect(exit.code, exit.stderr).toBe(0);
    // Not held up by the keep-alive connections until the 5 s cut-off.
    expect(seconds).toBeLessThan(3);
    expect(exit.stderr).toMatch(/HTTP server and database connections closed/);
    expect(exit.stderr).not.toMatch(/error/i);
    console.info(`[shutdown] exit 0 ${seconds.toFixed(1)} s after SIGTERM, the in-flight request answered`);
    idle.destroy();
  });
});
