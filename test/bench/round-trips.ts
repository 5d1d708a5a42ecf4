// Cypher round trips per request. Ours: counted in-process through the driver boundary's onQuery events (one
// per statement, named after its NamedQuery). Peer: @neo4j/graphql talks to the driver itself, so the peer
// server wraps its driver (counting-driver.ts) and reports the statements it ran at GET /__statements.
import type { Neo4jClient } from '../../server/db/neo4j-client.ts';
import { createYogaApp } from '../../server/yoga.ts';
import type { GraphQLRequest } from './canonical-queries.ts';

export interface RoundTrips {
  /** Statements per request (the largest count over the repetitions). */
  count: number;
  /** Names of our named queries, or the first words of the peer's Cypher. */
  statements: string[];
  ok: boolean;
}

export interface CountedRequest {
  name: string;
  request: GraphQLRequest;
  check: (data: any) => boolean;
}

type Fetcher = (request: GraphQLRequest) => Promise<{ data?: unknown; errors?: unknown[] }>;
/** Statements run so far: how many in all, and the most recent ones (oldest first). */
type StatementLog = () => Promise<{ total: number; recent: string[] }>;

async function countPerRequest(fetcher: Fetcher, log: StatementLog, { request, check }: CountedRequest, repeat: number): Promise<RoundTrips> {
  let count = 0;
  let statements: string[] = [];
  let ok = true;
  // Not counted: a first request may run one-off statements (the peer checks the Neo4j version once).
  await fetcher(request);
  for (let i = 0; i < repeat; i++) {
    const before = (await log()).total;
    const response = await fetcher(request);
    const after = await log();
    const seen = after.total - before;
    ok &&= !response.errors?.length && check(response.data);
    if (seen >= count) {
      count = seen;
      statements = seen > 0 ? after.recent.slice(-seen) : [];
    }
  }
  return { count, statements, ok };
}

async function countAll(fetcher: Fetcher, log: StatementLog, requests: readonly CountedRequest[], repeat: number): Promise<Record<string, RoundTrips>> {
  const out: Record<string, RoundTrips> = {};
  for (const request of requests) out[request.name] = await countPerRequest(fetcher, log, request, repeat);
  return out;
}

const asJson = async (response: Response) => (await response.json()) as { data?: unknown; errors?: unknown[] };
const POST = (request: GraphQLRequest): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify(request),
});

export async function countOurRoundTrips(client: Neo4jClient, requests: readonly CountedRequest[], repeat = 3): Promise<Record<string, RoundTrips>> {
  const seen: string[] = [];
  const stop = client.onQuery((event) => seen.push(event.query.split('\n')[0]!.replace(/^\/\/ /, '')));
  const yoga = createYogaApp({ client, logger: { error: () => {} } });
  try {
    return await countAll(
      async (request) => asJson(await yoga.fetch('http://yoga/graphql', POST(request))),
      async () => ({ total: seen.length, recent: seen.slice(-20) }),
      requests,
      repeat,
    );
  } finally {
    stop();
  }
}

/** The peer server's own count (serve-child.ts peer, GET /__statements). */
export function countPeerRoundTrips(peerUrl: string, requests: readonly CountedRequest[], repeat = 3): Promise<Record<string, RoundTrips>> {
  return countAll(
    async (request) => asJson(await fetch(`${peerUrl}/graphql`, POST(request))),
    async () => (await (await fetch(`${peerUrl}/__statements`)).json()) as { total: number; recent: string[] },
    requests,
    repeat,
  );
}
