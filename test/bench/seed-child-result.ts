// What one seed-child.ts run reports, in a module of its own: the bench imports these without running the
// child's main (importing seed-child.ts itself would start a seed in the bench's own process).
import type { GraphCounts } from './seed-counts.ts';

export interface SeedChildResult {
  chars: number;
  articles: number;
  obligations: number;
  nodes: number;
  relationships: number;
  parseExtractMs: number;
  /** loadGraph as a whole: its rows, the schema check, the one write transaction. */
  loadMs: number;
  /** Only the write transaction (the part that grows with the graph). */
  transactionMs: number;
  /** CPU time of this process during loadGraph (building rows and packing statements; overlaps Neo4j's work). */
  loadCpuMs: number;
  /**
   * Time in the loader's statements by kind (from the client's onQuery events); the rest of the transaction is its
   * commit. The loader sends a transaction's statements without waiting for each other, so each is charged from
   * when the one before it answered (or it was sent, if later) to its own answer: the phases add up to the wall time.
   */
  statementMs: Record<LoadPhase, number>;
  statements: number;
  /** Untimed seeds of the same file before the timed one (--warm-load), else 0. */
  warmSeeds: number;
  /** Peak resident memory of this process, bytes. */
  maxRssBytes: number;
  heapUsedAfterExtractBytes: number;
  /** Nodes per label and relationships per type found in the database after the load, equal to the extracted graph's. */
  counts: GraphCounts;
}

/** The loader's statements by kind, in the order a load runs them. */
export const LOAD_PHASES = [
  'prepare',
  'regulation',
  'deleteOld',
  'mergeShared',
  'createNodes',
  'createRelationships',
  'aliases',
  'pruneNodes',
] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];
