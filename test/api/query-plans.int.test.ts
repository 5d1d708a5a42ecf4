// Every named Cypher statement the API runs, planned by the real Neo4j: none may scan every node, and a
// statement that looks nodes up by key must use a unique index (labels name what is looked up).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import type { NamedQuery } from '../../server/queries/named-query.ts';
import { connectTestClient } from '../support/neo4j.ts';
import { ensureSeeded } from '../support/seeded-graph.ts';

const QUERY_DIR = fileURLToPath(new URL('../../server/queries/', import.meta.url));

type AnyQuery = NamedQuery<Record<string, unknown>, unknown>;
const isNamedQuery = (value: unknown): value is AnyQuery =>
  typeof value === 'object' && value !== null && typeof (value as AnyQuery).cypher === 'string' && typeof (value as AnyQuery).name === 'string';

async function allNamedQueries(): Promise<AnyQuery[]> {
  const found = new Map<string, AnyQuery>();
  for (const file of readdirSync(QUERY_DIR).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(`${QUERY_DIR}${file}`)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      for (const query of Array.isArray(value) ? value : [value]) if (isNamedQuery(query)) found.set(query.name, query);
    }
  }
  return [...found.values()];
}

// A lookup by key: `{id: key}`, `.id IN $ids`, `{id: $from}`… The optional scope `r.id IN $regulations`
// (null for all) is a filter over the few Regulation nodes, not a lookup.
const LOOKS_UP_BY_KEY = /\{id: (\$?\w+)\}|\.id IN \$(?!regulations\b)\w+/;

let client: Neo4jClient;
let queries: AnyQuery[];

beforeAll(async () => {
  client = connectTestClient();
  await ensureSeeded(client);
  queries = await allNamedQueries();
});
afterAll(async () => {
  await client?.close();
});

describe('query plans of the API', () => {
  it('finds the named queries of every query module', () => {
    expect(queries.map((q) => q.name)).toEqual(expect.arrayContaining(['neighborhood', 'nodeByKey', 'shortestPath3', 'actorNodesByIds', 'search']));
  });

  it('never scans every node', async () => {
    const scanning: string[] = [];
    for (const query of queries) {
      const operators = await client.planOperators(query.cypher);
      if (operators.includes('AllNodesScan')) scanning.push(query.name);
    }
    expect(scanning).toEqual([]);
  });

  it('finds nodes by key through a unique index', async () => {
    const byKey = queries.filter((q) => LOOKS_UP_BY_KEY.test(q.cypher));
    expect(byKey.length).toBeGreaterThan(20);
    const withoutIndex: string[] = [];
    for (const query of byKey) {
      const operators = await client.planOperators(query.cypher);
      if (!operators.includes('NodeUniqueIndexSeek')) withoutIndex.push(`${query.name}: ${operators.join(' ')}`);
    }
    expect(withoutIndex).toEqual([]);
  });
});
