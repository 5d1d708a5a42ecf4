// What the loader needs from a graph database, defined here so that the seed pipeline depends on no driver:
// server/db/neo4j-client.ts implements it, and tests can hand the loader anything that does.

/**
 * Runs Cypher inside a transaction and returns plain rows. `run` may be called again before an earlier call's rows
 * have come back: the statements run one after the other in the order of the calls (the loader sends its batches
 * so, and Neo4j's driver pipelines them in the transaction).
 */
export interface CypherRunner {
  run<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
}

export interface GraphStore {
  /** One statement in a read transaction. */
  read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  /**
   * Several statements in ONE write transaction, all or nothing. The implementation may retry `work` on
   * transient errors, so `work` must be safe to run again (MERGE, not CREATE).
   */
  writeTransaction<R>(work: (tx: CypherRunner) => Promise<R>): Promise<R>;
  /** Schema statements (CREATE CONSTRAINT/INDEX …), each in its own auto-commit transaction. */
  runSchema(query: string, params?: Record<string, unknown>): Promise<void>;
}
