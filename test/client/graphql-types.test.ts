// The client's GraphQL types come from schema.graphql (gql.tada infers result types from the generated
// introspection); these tests keep the two in step and prove every operation is one the server accepts.
import { readFileSync } from 'node:fs';
import { print } from '@0no-co/graphql.web';
import { buildSchema, parse, validate, type DocumentNode } from 'graphql';
import { load, minifyIntrospection, outputIntrospectionFile } from 'gql.tada/internal';
import { describe, expect, it } from 'vitest';
import * as operations from '../../client/src/api/operations.ts';
import * as textOperations from '../../client/src/api/text-operations.ts';
import * as pathOperations from '../../client/src/api/path-operations.ts';
import * as actorNetworkOperations from '../../client/src/api/actor-network-operations.ts';
import { createYogaApp } from '../../server/yoga.ts';

const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);
const ENV_FILE = new URL('../../client/src/api/graphql-env.d.ts', import.meta.url);

/** The operations (not fragments) the client sends, printed as the client prints them. */
const OPERATIONS = Object.entries({ ...operations, ...pathOperations, ...textOperations, ...actorNetworkOperations })
  .filter(([, value]) => typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'Document')
  .map(([name, document]) => ({ name, text: print(document as never) }))
  .filter(({ text }) => /^\s*query\s/m.test(text));

// Variables that make each operation valid; values need not exist in the database.
const REGULATIONS = ['regulation:xinjiang-ftz-2025'];
// Compare takes the most regulations the API allows, so that the cost check covers the widest comparison.
const TEN = Array.from({ length: 10 }, (_, i) => `regulation:r${i}`);
const SAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  OverviewSeedsQuery: { kinds: ['LEADING_GROUP', 'OFFICE'], regulations: REGULATIONS },
  NeighborhoodQuery: { ids: ['actor:xinjiang-kashi-pianqu'], depth: 1, types: ['ACTOR', 'INDUSTRY'], relationships: ['DEVELOPS'], limit: 60 },
  SuggestQuery: { query: '第13条', regulations: REGULATIONS },
  ActorDetailsQuery: { id: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', regulations: REGULATIONS },
  IndustryDetailsQuery: { id: 'industry:fangzhi-fuzhuang', regulations: REGULATIONS },
  ObligationDetailsQuery: { id: 'obligation:xinjiang-ftz-2025/10-2-1-1' },
  ObligationsQuery: { bearer: 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi', modality: ['RESPONSIBLE'], regulations: REGULATIONS, after: null },
  ArticleSummaryQuery: { key: 'article:xinjiang-ftz-2025/28' },
  ArticleTextQuery: { key: 'article:xinjiang-ftz-2025/28' },
  TableOfContentsQuery: { key: 'regulation:xinjiang-ftz-2025' },
  RegulationTextQuery: { key: 'regulation:xinjiang-ftz-2025' },
  RegulationArticleKeysQuery: { key: 'regulation:xinjiang-ftz-2025', after: null },
  ReaderArticleQuery: { key: 'article:xinjiang-ftz-2025/28' },
  ResponsibilityMatrixQuery: { regulations: REGULATIONS },
  UnnamedObligationIdsQuery: { regulations: REGULATIONS, after: null },
  // A full page as fetchUnnamedObligations sends it: 25 obligations by id.
  ObligationNodesQuery: { ids: Array.from({ length: 25 }, (_, i) => `T2JsaWdhdGlvbjpvYmxpZ2F0aW9uOng${i}`) },
  ZoneIndustryMatrixQuery: { regulations: REGULATIONS },
  CompareQuery: { regulations: TEN },
  ActorNetworkQuery: { regulations: REGULATIONS },
  VersionDiffQuery: { from: 'regulation:test-2020', to: 'regulation:test-2022' },
  PathsQuery: { from: 'actor:haiguan', to: 'actor:shuiwu', relationships: ['BEARS', 'BENEFITS', 'MEMBER_OF'], regulations: REGULATIONS },
  PathEndQuery: { query: '海关', regulations: REGULATIONS },
};

describe('client GraphQL types', () => {
  it('were generated from the committed schema.graphql (run `npx gql.tada generate-output -c client/tsconfig.json`)', async () => {
    const { introspection } = await load({ origin: SCHEMA_FILE.pathname, rootPath: '.' }).load();
    const expected = outputIntrospectionFile(minifyIntrospection(introspection), { fileType: '.d.ts', shouldPreprocess: true });
    expect(readFileSync(ENV_FILE, 'utf8')).toBe(expected);
  });

  it('finds the operations to check', () => {
    expect(OPERATIONS.map((o) => o.name)).toEqual(expect.arrayContaining(['NeighborhoodQuery', 'SuggestQuery', 'ObligationsQuery', 'ZoneIndustryMatrixQuery', 'RegulationsQuery', 'CompareQuery', 'RegulationTextQuery']));
  });

  it.each(OPERATIONS)('$name is valid against schema.graphql', ({ text }) => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(validate(schema, parse(text) as DocumentNode).map((e) => e.message)).toEqual([]);
  });

  // The server rejects over-limit requests (cost, depth, tokens) before running them; an operation that only
  // fails against the real database still passed those checks, so answers without a `path` are the failures.
  it.each(OPERATIONS)('$name passes the server\'s request limits', async ({ name, text }) => {
    const yoga = createYogaApp({ client: { read: async () => [] }, logger: { error: () => {} } });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables: SAMPLE_VARIABLES[name] ?? {} }),
    });
    const body = (await response.json()) as { errors?: { message: string; path?: unknown }[] };
    expect((body.errors ?? []).filter((e) => !e.path).map((e) => e.message)).toEqual([]);
  });
});
