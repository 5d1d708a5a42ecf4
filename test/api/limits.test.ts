// Limits, bad input and error masking, without a database: a fake reader records what would have run.
import { getIntrospectionQuery } from 'graphql/index.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../server/db/neo4j-client.ts';
import type { Reader } from '../../server/queries/named-query.ts';
import { EXAMPLE_QUERIES } from '../../server/graphiql-examples.ts';
import { createYogaApp, LIMITS, type YogaApp } from '../../server/yoga.ts';
import { graphql } from './graphql-request.ts';

let reads: string[];
let failWith: Error | undefined;
let logged: string[];
let yoga: YogaApp;

const reader: Reader = {
  read: async <T>(query: string): Promise<T[]> => {
    reads.push(query);
    if (failWith) throw failWith;
    return [];
  },
};

beforeEach(() => {
  reads = [];
  failWith = undefined;
  logged = [];
  yoga = createYogaApp({ client: reader, logger: { error: (message) => logged.push(message) } });
});

const errorCodes = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe('static limits (graphql-armor) refuse a query before it reaches the database', () => {
  it('refuses queries nested deeper than the depth limit', async () => {
    let selection = 'key';
    for (let i = 0; i < LIMITS.maxDepth / 2; i++) selection = `relatedActors { actor { ${selection} } }`;
    const result = await graphql(yoga, `{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu") { ${selection} } }`);
    expect(result.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(/depth limit of 12 exceeded/));
    expect(reads).toEqual([]);
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: article(number: ${i + 1}) { key }`);
    const result = await graphql(yoga, `{ ${fields.join(' ')} }`);
    expect(result.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    expect(reads).toEqual([]);
  });

  it('refuses too many tokens', async () => {
    const result = await graphql(yoga, `{ chapters { ${'number '.repeat(LIMITS.maxTokens)} } }`);
    expect(result.errors?.[0]?.message).toMatch(/Token limit of 1500 exceeded/);
    expect(reads).toEqual([]);
  });

  it('refuses too many directives', async () => {
    const result = await graphql(yoga, `{ chapters { number ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } }`);
    expect(result.errors?.[0]?.message).toMatch(/Directives limit of 10 exceeded/);
    expect(reads).toEqual([]);
  });

  it('refuses queries whose estimated cost is too high', async () => {
    const result = await graphql(
      yoga,
      `{ actors(first: 100) { edges { node { obligations(first: 100) { edges { node { key text bearers { key name } } } } } } } }`,
    );
    expect(result.errors?.[0]?.message).toMatch(/Query Cost limit of 20000 exceeded/);
    expect(reads).toEqual([]);
  });

  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e.query]))('accepts the GraphiQL example "%s"', async (_title, query) => {
    const result = await graphql(yoga, query);
    expect(result.errors).toBeUndefined();
  });

  it('accepts the introspection query GraphiQL sends', async () => {
    const result = await graphql(yoga, getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.queryType.name).toBe('Query');
  });
});

describe('argument limits answer with BAD_USER_INPUT', () => {
  it.each([
    ['articles(first: 101)', '{ articles(first: 101) { totalCount } }'],
    ['articles(last: 101)', '{ articles(last: 101, before: "T2Zmc2V0Q29ubmVjdGlvbjo1") { totalCount } }'],
    ['last without before', '{ articles(last: 5) { totalCount } }'],
    ['negative first', '{ articles(first: -1) { totalCount } }'],
    ['malformed cursor', '{ articles(after: "not-a-cursor") { totalCount } }'],
    ['neighborhood depth 4', '{ neighborhood(ids: ["actor:xinjiang-ziyou-maoyi-shiyanqu"], depth: 4) { truncated } }'],
    ['neighborhood depth 0', '{ neighborhood(ids: ["actor:xinjiang-ziyou-maoyi-shiyanqu"], depth: 0) { truncated } }'],
    ['neighborhood limit 5000', '{ neighborhood(ids: ["actor:xinjiang-ziyou-maoyi-shiyanqu"], limit: 5000) { truncated } }'],
    ['neighborhood without ids', '{ neighborhood(ids: []) { truncated } }'],
    ['path maxLength 9', '{ path(from: "actor:xinjiang-ziyou-maoyi-shiyanqu", to: "actor:haiguan", maxLength: 9) { truncated } }'],
    ['empty search', '{ search(query: "") { totalCount } }'],
    ['blank search', '{ search(query: "   ") { totalCount } }'],
    ['quote search', '{ search(query: "\\"") { totalCount } }'],
    ['backslash search', '{ search(query: "\\\\") { totalCount } }'],
    ['wildcard search', '{ search(query: "*") { totalCount } }'],
  ])('%s', async (_name, query) => {
    const result = await graphql(yoga, query);
    expect(result.status).toBe(200);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).not.toMatch(/internal/i);
    expect(reads).toEqual([]);
  });

  it('explains a malformed global id', async () => {
    const result = await graphql(yoga, '{ node(id: "garbage") { id } }');
    expect(result.errors?.[0]?.message).toMatch(/global ID/i);
    expect(errorCodes(result)).not.toContain('INTERNAL_SERVER_ERROR');
  });
});

describe('unexpected errors are masked and logged with the request id', () => {
  it('hides the Cypher, the cause and the stack from the client', async () => {
    failWith = new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) password=hunter2');
    const result = await graphql(yoga, '{ chapters { number } }', undefined, { 'x-request-id': 'req-42' });
    expect(result.errors).toEqual([
      {
        message: 'Internal server error.',
        locations: [{ line: 1, column: 3 }],
        path: ['chapters'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/MATCH|hunter2|Neo\.|at /);
    expect(result.headers.get('x-request-id')).toBe('req-42');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^request req-42 chapters: Error: Neo\.ClientError.*hunter2/s);
  });

  it('says when the database is unavailable', async () => {
    failWith = new DatabaseUnavailableError('Cannot reach Neo4j at bolt://db:7687', 'bolt://db:7687');
    const result = await graphql(yoga, '{ regulation { title } }');
    expect(result.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['The database is unavailable; try again later.', 'DATABASE_UNAVAILABLE'],
    ]);
    expect(JSON.stringify(result)).not.toContain('bolt://');
    expect(result.errors?.[0]?.extensions?.requestId).toEqual(result.headers.get('x-request-id'));
  });

  it('ignores request ids that are not plain tokens', async () => {
    const result = await graphql(yoga, '{ chapters { number } }', undefined, { 'x-request-id': '<script>' });
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('no writes', () => {
  it('has no mutations to call', async () => {
    const result = await graphql(yoga, 'mutation { deleteEverything }');
    expect(result.errors?.[0]?.message).toMatch(/mutation/i);
    expect(reads).toEqual([]);
  });
});
