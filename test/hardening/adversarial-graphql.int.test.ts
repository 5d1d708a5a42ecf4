// Hundreds of hostile or broken requests against the API on the real seeded graph: each gets a clear 4xx or a
// GraphQL error (or, for well-formed questions about things that do not exist, null), never a 5xx, a stack
// trace, our Cypher or the password; the server keeps answering; nothing is written.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http-server.ts';
import { graphqlData } from '../api/graphql-request.ts';
import { startSeededApi, type SeededApi } from '../api/seeded-api.ts';
import { closeServer, listenOnLoopback } from '../support/loopback-server.ts';
import { testNeo4jSettings } from '../support/neo4j.ts';
import { graphFingerprint } from '../support/seeded-graph.ts';
import { generateAdversarialRequests } from './adversarial-catalogue.ts';
import type { AdversarialRequest, Category } from './adversarial-requests.ts';
import { judgeAnswer, sendInProcess, sendRaw, type Answer } from './send-request.ts';

const requests = generateAdversarialRequests();
const categories = [...new Set(requests.map((r) => r.category))];

let api: SeededApi;
let server: Server;
let port: number;
let before: Awaited<ReturnType<typeof graphFingerprint>>;
const modes = new Set<string>();
const outcomes: { category: Category; kind: string }[] = [];

beforeAll(async () => {
  api = await startSeededApi();
  before = await graphFingerprint(api.client);
  api.client.onQuery((event) => modes.add(event.mode));
  server = createHttpServer({ client: api.client, logger: { error: (message) => api.logged.push(message) } });
  port = Number(new URL(await listenOnLoopback(server)).port);
});

afterAll(async () => {
  if (server) await closeServer(server);
  await api?.client.close();
  const summary = categories.map((category) => {
    const kinds = outcomes.filter((o) => o.category === category).map((o) => o.kind);
    const count = (kind: string) => kinds.filter((k) => k === kind).length;
    return `${category}: ${kinds.length} (${count('4xx')} 4xx, ${count('GraphQL error')} GraphQL errors, ${count('answered')} answered)`;
  });
  console.info(`[adversarial] ${outcomes.length} requests\n  ${summary.join('\n  ')}`);
});

function kindOf(answer: Answer): string {
  if (answer.status >= 400) return '4xx';
  return answer.body.includes('"errors"') ? 'GraphQL error' : 'answered';
}

describe('adversarial requests', () => {
  it('are at least 200, from every category', () => {
    expect(requests.length).toBeGreaterThanOrEqual(200);
    for (const category of categories) expect(requests.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(5);
    expect(categories).toHaveLength(12);
  });

  it.each(categories)('%s: refused clearly, nothing leaked', async (category) => {
    const secrets = [testNeo4jSettings().password];
    const problems: string[] = [];
    for (const request of requests.filter((r: AdversarialRequest) => r.category === category)) {
      let answer: Answer;
      try {
        answer = request.transport === 'fetch' ? await sendInProcess(api.yoga, request) : await sendRaw(port, request, 10_000);
      } catch (error) {
        problems.push(`${request.name}: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      outcomes.push({ category, kind: kindOf(answer) });
      for (const problem of judgeAnswer(request, answer, secrets)) problems.push(`${request.name}: ${problem} — ${answer.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });

  it('leaves the server answering, in-process and over HTTP', async () => {
    const data = await graphqlData(api.yoga, '{ article(number: 28) { key } chapters { number } }');
    expect(data).toMatchObject({ article: { key: 'article:xinjiang-ftz-2025/28' } });
    expect(data.chapters).toHaveLength(8);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(query: "纺织") { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.search.totalCount).toBeGreaterThan(0);
    expect(server.listening).toBe(true);
  });

  it('leaves the graph unchanged, ran only reads and logged no unexpected error', async () => {
    expect(await graphFingerprint(api.client)).toEqual(before);
    expect([...modes]).toEqual(['READ']);
    expect(api.logged).toEqual([]);
  });
});
