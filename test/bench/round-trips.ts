// Cypher round trips per request, counted in-process. Ours: the driver boundary's onQuery events (one per
// statement, named after its NamedQuery). Peer: @neo4j/graphql talks to the driver itself, so its driver is
// wrapped to count the statements it runs.
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import type { Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { createYogaApp } from '../../server/yoga.ts';
import type { GraphQLRequest } from './canonical-queries.ts';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';

export interface RoundTrips {
  /** Statements per request (the same for every repetition, or the largest seen). */
  count: number;
  /** Names of our named queries, or the first words of the peer's Cypher. */
  statements: string[];
  ok: boolean;
}

type Fetcher = (request: GraphQLRequest) => Promise<{ data?: unknown; errors?: unknown[] }>;

async function countPerRequest(fetcher: Fetcher, request: GraphQLRequest, record: () => string[], repeat: number, check: (data: any) => boolean): Promise<RoundTrips> {
  let count = 0;
  let statements: string[] = [];
  let ok = true;
  // Not counted: a first request may run one-off statements (the peer checks the Neo4j version once).
  await fetcher(request);
  for (let i = 0; i < repeat; i++) {
    const before = record().length;
    const response = await fetcher(request);
    const seen = record().slice(before);
    ok &&= !response.errors?.length && check(response.data);
    if (seen.length >= count) {
      count = seen.length;
      statements = seen;
    }
  }
  return { count, statements, ok };
}

export async function countOurRoundTrips(
  client: Neo4jClient,
  requests: readonly { name: string; request: GraphQLRequest; check: (data: any) => boolean }[],
  repeat = 3,
): Promise<Record<string, RoundTrips>> {
  const seen: string[] = [];
  const stop = client.onQuery((event) => seen.push(event.query.split('\n')[0]!.replace(/^\/\/ /, '')));
  const yoga = createYogaApp({ client, logger: { error: () => {} } });
  const fetcher: Fetcher = async (request) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown[] };
  };
  try {
    const out: Record<string, RoundTrips> = {};
    for (const { name, request, check } of requests) out[name] = await countPerRequest(fetcher, request, () => seen, repeat, check);
    return out;
  } finally {
    stop();
  }
}

/** A driver whose sessions report every statement they run (auto-commit or in a managed transaction). */
function countingDriver(driver: Driver, onRun: (cypher: string) => void): Driver {
  const wrapRunner = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (key === 'run' && typeof value === 'function') {
          return (query: unknown, ...rest: unknown[]) => {
            onRun(typeof query === 'string' ? query : String((query as { text?: string }).text ?? ''));
            return (value as (...args: unknown[]) => unknown).call(object, query, ...rest);
          };
        }
        if ((key === 'executeRead' || key === 'executeWrite') && typeof value === 'function') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            (value as (...args: unknown[]) => unknown).call(object, (tx: object) => work(wrapRunner(tx)), ...rest);
        }
        if (key === 'beginTransaction' && typeof value === 'function') {
          return (...args: unknown[]) => wrapRunner((value as (...a: unknown[]) => object).apply(object, args));
        }
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
      },
    });
  return new Proxy(driver, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (key === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => wrapRunner((value as (...a: unknown[]) => object).apply(object, args));
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

export async function countPeerRoundTrips(
  settings: Neo4jSettings,
  requests: readonly { name: string; request: GraphQLRequest; check: (data: any) => boolean }[],
  repeat = 3,
): Promise<Record<string, RoundTrips>> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const seen: string[] = [];
  const raw = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const driver = countingDriver(raw, (cypher) => seen.push(cypher.trim().split(/\s+/).slice(0, 3).join(' ')));
  try {
    const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
    const yoga = createYoga({ schema, logging: false, context: () => ({ sessionConfig: { database: settings.database } }) });
    const fetcher: Fetcher = async (request) => {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    };
    const out: Record<string, RoundTrips> = {};
    for (const { name, request, check } of requests) out[name] = await countPerRequest(fetcher, request, () => seen, repeat, check);
    return out;
  } finally {
    await raw.close();
  }
}
