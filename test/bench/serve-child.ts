// The HTTP servers the load tool hits, each in a process of its own (so that the load generator and the
// server do not share an event loop, and the server's memory is its own):
//   ours  [clientDir]  RegAtlas exactly as `npm start` serves it (server/main.ts `serve`)
//   peer               @neo4j/graphql over PEER_TYPE_DEFS, served by graphql-yoga; GET /__statements reports
//                      how many Cypher statements it has run (its driver counts them), for round trips
//   floor              one hand-written Cypher query per canonical question through createNeo4jClient,
//                      answered as JSON by a bare node:http handler (POST /floor/<query name>)
// `node --import tsx test/bench/serve-child.ts <mode> [clientDir]`, Neo4j from NEO4J_URI/USER/PASSWORD.
// Prints one JSON line {url, pid} (the base URL: /graphql, or /floor/<name>) on stdout once listening;
// SIGTERM closes it.
import { createServer, type Server } from 'node:http';
import { createNeo4jClient } from '../../server/db/neo4j-client.ts';
import { readNeo4jSettings, type Neo4jSettings } from '../../server/db/neo4j-settings.ts';
import { serve } from '../../server/main.ts';
import { closeServer, listenOnLoopback } from '../support/loopback-server.ts';
import { CANONICAL_QUERIES } from './canonical-queries.ts';
import { PEER_TYPE_DEFS } from './peer-type-defs.ts';
import { countingDriver } from './counting-driver.ts';

export type ServeMode = 'ours' | 'peer' | 'floor';

const log = (message: string) => process.stderr.write(`[serve-child] ${message}\n`);

/** Serves until SIGTERM or SIGINT, then closes the server and `closeBackend` (its driver) and exits. */
async function serveUntilSignal(server: Server, closeBackend: () => Promise<void>): Promise<string> {
  const url = await listenOnLoopback(server);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      closeServer(server)
        .then(closeBackend)
        .then(
          () => process.exit(0),
          () => process.exit(1),
        );
    });
  }
  return url;
}

async function startPeer(settings: Neo4jSettings): Promise<string> {
  const [{ Neo4jGraphQL }, { createYoga }, { default: neo4j }] = await Promise.all([
    import('@neo4j/graphql'),
    import('graphql-yoga'),
    import('neo4j-driver'),
  ]);
  // The same pool size as ours (createNeo4jClient's default of 50).
  const raw = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxConnectionPoolSize: 50,
    userAgent: 'regatlas-bench-peer',
  });
  const statements = { total: 0, recent: [] as string[] };
  const driver = countingDriver(raw, (cypher) => {
    statements.total++;
    statements.recent.push(cypher.trim().split(/\s+/).slice(0, 3).join(' '));
    if (statements.recent.length > 20) statements.recent.shift();
  });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: 'error',
    context: () => ({ sessionConfig: { database: settings.database } }),
  });
  const server = createServer((req, res) => {
    if (req.url === '/__statements') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(statements));
      return;
    }
    void yoga(req, res);
  });
  return serveUntilSignal(server, () => raw.close());
}

async function startFloor(settings: Neo4jSettings): Promise<string> {
  const client = createNeo4jClient(settings);
  const byName = new Map(CANONICAL_QUERIES.map((q) => [q.name, q.floor]));
  const server = createServer((req, res) => {
    const name = req.url?.startsWith('/floor/') ? req.url.slice('/floor/'.length) : '';
    const floor = byName.get(name);
    req.resume();
    if (!floor) {
      res.writeHead(404).end();
      return;
    }
    client.read(floor.cypher, floor.params).then(
      (rows) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ data: rows }));
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      },
    );
  });
  return serveUntilSignal(server, () => client.close());
}

// With --expose-gc (the soak benchmark), SIGUSR2 runs a full garbage collection and prints the memory usage
// after it as a JSON line ({memory}), so that memory can be compared as what the server retains rather than as
// garbage it has not collected yet. Without the flag it only prints; either way SIGUSR2 does not end the process.
const { gc } = globalThis as { gc?: () => void };
process.on('SIGUSR2', () => {
  gc?.();
  process.stdout.write(`${JSON.stringify({ memory: process.memoryUsage(), collected: gc !== undefined })}\n`);
});

async function main(): Promise<void> {
  const [mode, clientDir] = process.argv.slice(2) as [ServeMode | undefined, string | undefined];
  const settings = readNeo4jSettings(process.env);
  if (!settings) throw new Error('serve-child: NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD must be set');
  let url: string;
  if (mode === 'ours') {
    // serve() installs its own SIGTERM handler (in-flight requests finish, the driver closes, exit 0).
    const running = await serve({ settings, clientDir, port: 0, host: '127.0.0.1', log });
    url = running.url;
  } else if (mode === 'peer') {
    url = await startPeer(settings);
  } else if (mode === 'floor') {
    url = await startFloor(settings);
  } else {
    throw new Error(`serve-child: unknown mode ${String(mode)} (ours, peer or floor)`);
  }
  process.stdout.write(`${JSON.stringify({ url, pid: process.pid })}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
