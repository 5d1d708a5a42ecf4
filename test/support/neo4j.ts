/** For integration tests (`*.int.test.ts`): a client for the Neo4j the global setup provided. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createNeo4jClient, type Neo4jClient, type Neo4jClientOptions } from '../../server/db/neo4j-client.ts';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';

export function testNeo4jSettings(): Neo4jSettings {
  return inject('neo4j');
}

/** Close it in afterAll. */
export function connectTestClient(options?: Neo4jClientOptions): Neo4jClient {
  return createNeo4jClient(testNeo4jSettings(), options);
}

/** A label no other test uses, for nodes a test creates and deletes (`MATCH (n:${label}) DETACH DELETE n`). */
export function uniqueTestLabel(prefix = 'Test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}
