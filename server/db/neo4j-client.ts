/**
 * The one module that imports neo4j-driver. Everything above it sees plain rows (numbers, strings,
 * arrays, objects) and two error classes that say which setting to fix.
 *
 * Why this file is long: it is the whole driver boundary (reads, read scopes, writes, schema, plans, errors and
 * value conversion), kept in one file so that no other module imports neo4j-driver.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Session, Transaction } from 'neo4j-driver';
import type { CypherRunner, GraphStore } from '../../seed/graph-store.ts';
import type { Neo4jSettings } from './neo4j-settings.ts';

/**
 * Runs `make`, which creates a driver Result synchronously, with stack traces off. The driver captures one for
 * every Result (tx.run, commit, rollback) to give its errors the caller's frames; formatting it through the
 * source maps tsx installs cost about 0.07 ms each, 0.2 ms of CPU a request, most of a simple read's own cost
 * (measured by CPU profile). A failed statement is still reported by its message, code and statement name.
 */
function withoutStackCapture<R>(make: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export interface QueryEvent {
  query: string;
  mode: 'READ' | 'WRITE';
  ms: number;
  /** When it was sent (performance.now()); with `ms`, shows which statements were in flight together. */
  startedAt: number;
  /** Which read scope ran it (statements of one scope share one transaction); absent for `read`. */
  scope?: number;
}

/** Reads that share one read transaction: an API request's unit of work (see `readScope`). */
export interface ReadScope {
  read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Ends the transaction (rolled back: it only read) and returns its connection; never rejects. */
  close(): Promise<void>;
}

export interface Neo4jClient extends GraphStore {
  readonly uri: string;
  readonly database: string;
  /** One Cypher round trip in a read transaction (session defaultAccessMode READ, executeRead, tx timeout). */
  read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  /**
   * A scope whose reads all run in ONE read transaction, begun at its first read: a request with three
   * statements pays one BEGIN and one end instead of three, sent pipelined on one connection. A statement
   * that fails with a transient error, or after an earlier statement broke the transaction, is run again on
   * its own by `read` (with the driver's retries), so sharing never makes a request less reliable.
   */
  readScope(): ReadScope;
  /**
   * Several statements in ONE write transaction; all or nothing. The driver retries the whole `work` on
   * transient errors (e.g. a cluster leader change), so `work` must be safe to run again: MERGE, not CREATE.
   */
  writeTransaction<R>(work: (tx: CypherRunner) => Promise<R>): Promise<R>;
  /** Schema statements (CREATE CONSTRAINT/INDEX …) each in its own auto-commit write. */
  runSchema(query: string, params?: Record<string, unknown>): Promise<void>;
  /**
   * The operators of the plan Neo4j would run for `query` (EXPLAIN: planned, not run), depth first, e.g.
   * `NodeUniqueIndexSeek`; tests use it to prove that no query scans every node.
   */
  planOperators(query: string, params?: Record<string, unknown>): Promise<string[]>;
  /** Listen to every Cypher round trip (tests count them). Returns an unsubscribe function. */
  onQuery(listener: (e: QueryEvent) => void): () => void;
  /** Connect and authenticate, failing fast with a message naming NEO4J_URI or NEO4J_PASSWORD/NEO4J_USER. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

export interface Neo4jClientOptions {
  /** Server-side transaction timeout for every read and write (default 10 s). */
  txTimeoutMs?: number;
  /**
   * How long to wait for a TCP connection (default 5 s); twice that bounds the wait for a usable connection,
   * so a host that accepts TCP but never speaks Bolt also fails fast instead of after the driver's 60 s.
   */
  connectionTimeoutMs?: number;
  /** Connections shared by all requests (default 50). */
  maxPoolSize?: number;
  /** How long the driver keeps retrying a transaction after transient errors (default 5 s). */
  maxRetryTimeMs?: number;
  /**
   * Client-side bound on one `read`, retries included (default: txTimeoutMs + 2 × connectionTimeoutMs). The
   * server-side transaction timeout cannot fire when the server itself stops answering (hung process, cut
   * network); then the read fails with DatabaseUnavailableError instead of waiting for a reply that never comes.
   */
  readTimeoutMs?: number;
}

type ConnectionSettings = Pick<Neo4jSettings, 'uri' | 'user' | 'password' | 'database'> & Partial<Pick<Neo4jSettings, 'source'>>;

/** The database cannot be reached (wrong NEO4J_URI, server down or still starting, unknown NEO4J_DATABASE). */
export class DatabaseUnavailableError extends Error {
  constructor(
    message: string,
    readonly uri: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** The server answered but refused the credentials (NEO4J_USER / NEO4J_PASSWORD). */
export class DatabaseAuthError extends Error {
  constructor(
    message: string,
    readonly uri: string,
    readonly user: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseAuthError';
  }
}

const AUTH_ERROR_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);
const UNAVAILABLE_ERROR_CODES = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  // e.g. NEO4J_URI pointing at the HTTP port, or TLS on one side only
  neo4j.error.PROTOCOL_ERROR,
  'Neo.TransientError.General.DatabaseUnavailable',
]);
/** Connection failures that the driver reports without a code. */
const UNAVAILABLE_MESSAGES = /Failed to (connect|establish connection)|Connection acquisition timed out|Server responded HTTP/i;
const DATABASE_NOT_FOUND = 'Neo.ClientError.Database.DatabaseNotFound';

export function createNeo4jClient(settings: ConnectionSettings, options: Neo4jClientOptions = {}): Neo4jClient {
  const txTimeoutMs = options.txTimeoutMs ?? 10_000;
  const connectionTimeoutMs = options.connectionTimeoutMs ?? 5_000;
  const readTimeoutMs = options.readTimeoutMs ?? txTimeoutMs + 2 * connectionTimeoutMs;
  const { uri, user, database } = settings;

  const driver: Driver = neo4j.driver(uri, neo4j.auth.basic(user, settings.password), {
    userAgent: 'regatlas',
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionTimeout: connectionTimeoutMs,
    connectionAcquisitionTimeout: 2 * connectionTimeoutMs,
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
    telemetryDisabled: true,
  });

  const listeners = new Set<(e: QueryEvent) => void>();
  const emit = (query: string, mode: QueryEvent['mode'], started: number, scope?: number) => {
    const event: QueryEvent = { query, mode, ms: performance.now() - started, startedAt: started, ...(scope === undefined ? {} : { scope }) };
    for (const listener of listeners) listener(event);
  };
  const translate = (error: unknown) => translateDriverError(error, settings);

  async function withSession<R>(mode: 'READ' | 'WRITE', use: (session: Session) => Promise<R>): Promise<R> {
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await use(session);
    } catch (error) {
      throw translate(error);
    } finally {
      // A close failure (connection already gone) must not hide the outcome of the work itself.
      await session.close().catch(() => undefined);
    }
  }

  const runIn = async <T>(tx: ManagedTransaction | Transaction, query: string, params: Record<string, unknown> | undefined) => {
    const result = await withoutStackCapture(() => tx.run(query, toDriverParams(params)));
    return result.records.map((record) => toPlainValue(record.toObject()) as T);
  };
  const readDeadline = <T>(work: Promise<T>) =>
    withDeadline(work, readTimeoutMs, () => new DatabaseUnavailableError(`Neo4j at ${uri} did not answer within ${readTimeoutMs} ms.`, uri));

  function read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]> {
    const work = withSession('READ', async (session) => {
      const started = performance.now();
      try {
        return await session.executeRead((tx) => runIn<T>(tx, query, params), { timeout: txTimeoutMs });
      } finally {
        emit(query, 'READ', started);
      }
    });
    return readDeadline(work);
  }

  let scopes = 0;
  function readScope(): ReadScope {
    const scope = ++scopes;
    let session: Session | undefined;
    let tx: Transaction | undefined;
    let closed = false;
    // The statement that broke the transaction; the others fail only because of it. Statements run in the order
    // they were issued, so it is the earliest still pending when a failure arrives (rejections may arrive in
    // any order).
    let failed: symbol | undefined;
    const pending = new Set<symbol>();
    return {
      read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]> {
        if (closed || failed) return read<T>(query, params);
        const statement = Symbol(query);
        pending.add(statement);
        const work = (async () => {
          const started = performance.now();
          try {
            session ??= driver.session({ database, defaultAccessMode: neo4j.session.READ });
            tx ??= session.beginTransaction({ timeout: txTimeoutMs });
            return await runIn<T>(tx, query, params);
          } catch (error) {
            failed ??= pending.values().next().value;
            if (failed !== statement || neo4j.isRetryableError(error)) return read<T>(query, params);
            throw translate(error);
          } finally {
            pending.delete(statement);
            emit(query, 'READ', started, scope);
          }
        })();
        return readDeadline(work);
      },
      async close(): Promise<void> {
        closed = true;
        const open = tx;
        if (open) await withoutStackCapture(() => open.rollback()).catch(() => undefined);
        await session?.close().catch(() => undefined);
      },
    };
  }

  return {
    uri,
    database,
    read,
    readScope,

    writeTransaction<R>(work: (tx: CypherRunner) => Promise<R>): Promise<R> {
      return withSession('WRITE', (session) =>
        session.executeWrite(
          (tx) =>
            work({
              run: async <T = Record<string, unknown>>(query: string, params?: Record<string, unknown>) => {
                const started = performance.now();
                try {
                  return await runIn<T>(tx, query, params);
                } finally {
                  emit(query, 'WRITE', started);
                }
              },
            }),
          { timeout: txTimeoutMs },
        ),
      );
    },

    runSchema(query: string, params?: Record<string, unknown>): Promise<void> {
      return withSession('WRITE', async (session) => {
        const started = performance.now();
        try {
          await session.run(query, toDriverParams(params), { timeout: txTimeoutMs });
        } finally {
          emit(query, 'WRITE', started);
        }
      });
    },

    planOperators(query: string, params?: Record<string, unknown>): Promise<string[]> {
      return withSession('READ', async (session) => {
        const result = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, toDriverParams(params)), { timeout: txTimeoutMs });
        const operators: string[] = [];
        const visit = (plan: { operatorType: string; children: unknown[] }) => {
          // Neo4j 5 names operators with the runtime after '@' (NodeByLabelScan@neo4j); the name is what matters.
          operators.push(plan.operatorType.split('@')[0]!);
          for (const child of plan.children) visit(child as typeof plan);
        };
        if (result.summary.plan) visit(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
        return operators;
      });
    },

    onQuery(listener: (e: QueryEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async verify(): Promise<void> {
      try {
        await driver.verifyConnectivity({ database });
      } catch (error) {
        throw translate(error);
      }
      // verifyConnectivity authenticates but does not open the database; one trivial read does, so a wrong
      // NEO4J_DATABASE or a database that is still starting shows up here rather than on the first request.
      await withSession('READ', (session) => session.executeRead((tx) => tx.run('RETURN 1'), { timeout: txTimeoutMs }));
    },

    close(): Promise<void> {
      return driver.close();
    },
  };
}

/**
 * Settles like `work`, or rejects with `timeoutError()` after `ms`. `work` is not cancelled (the driver cannot
 * abandon a transaction on a connection that does not answer); its outcome is dropped.
 */
function withDeadline<T>(work: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError()), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Maps driver errors onto errors that name the setting to fix; anything else (Cypher errors…) passes through. */
export function translateDriverError(error: unknown, settings: ConnectionSettings): unknown {
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError) return error;
  if (!(error instanceof neo4j.Neo4jError)) return error;
  const { uri, user, database } = settings;
  const managed = settings.source === 'managed';
  if (AUTH_ERROR_CODES.has(error.code)) {
    const fix = managed
      ? 'the project-managed server no longer accepts the password stored in its folder (REGATLAS_NEO4J_HOME, default .neo4j/password)'
      : 'check NEO4J_USER and NEO4J_PASSWORD';
    return new DatabaseAuthError(`Neo4j at ${uri} (NEO4J_URI) refused to authenticate user "${user}": ${fix}.`, uri, user, {
      cause: error,
    });
  }
  if (error.code === DATABASE_NOT_FOUND) {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} has no database "${database}": check NEO4J_DATABASE (Neo4j Community has only "neo4j").`,
      uri,
      { cause: error },
    );
  }
  if (UNAVAILABLE_ERROR_CODES.has(error.code) || UNAVAILABLE_MESSAGES.test(error.message)) {
    const fix = managed
      ? 'the project-managed server is not answering (npm run db:status)'
      : 'check NEO4J_URI and that the server is running and reachable';
    return new DatabaseUnavailableError(`Cannot reach Neo4j at ${uri} (NEO4J_URI): ${fix}. Cause: ${summarizeCause(error)}`, uri, {
      cause: error,
    });
  }
  return error;
}

/** The driver's connection messages are long; the useful part is the socket error at the end. */
function summarizeCause(error: Error): string {
  const causedBy = /Caused by: (.*)$/s.exec(error.message)?.[1];
  const text = (causedBy ?? error.message).replace(/\s*(Known routing table|Pool status):.*$/s, '').trim().split('\n')[0] ?? '';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * JS numbers travel to Cypher as floats, which breaks `LIMIT $n`, `range()` and integer equality against
 * stored integers; so whole numbers go as Neo4j integers. Only plain arrays and objects are walked.
 */
function toDriverParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!params) return {};
  return toDriverValue(params) as Record<string, unknown>;
}

function toDriverValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriverValue);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, toDriverValue(v)]));
  }
  return value;
}

/**
 * Driver values → plain JSON-like values: nodes and relationships become their properties. Lists and maps the
 * driver decoded are fresh objects of this result, so they are converted in place rather than copied: most of a
 * row is maps and lists of strings, and copying every one of them was a visible share of a request's CPU.
 */
export function toPlainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlainValue(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) map[key] = toPlainValue(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isNode(value) || neo4j.isRelationship(value) || neo4j.isUnboundRelationship(value)) {
    return toPlainValue(value.properties);
  }
  if (neo4j.isPath(value)) {
    return {
      start: toPlainValue(value.start),
      end: toPlainValue(value.end),
      segments: value.segments.map((segment) => ({
        start: toPlainValue(segment.start),
        relationship: toPlainValue(segment.relationship),
        end: toPlainValue(segment.end),
      })),
    };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isPoint(value)) {
    const { srid, x, y, z } = value;
    return z === undefined ? { srid: Number(srid), x, y } : { srid: Number(srid), x, y, z };
  }
  if (neo4j.isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, Number);
  if (ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, toPlainValue(v)]));
}
