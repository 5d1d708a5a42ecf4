// The GraphQL server as a fetch-style handler: schema, per-request context, limits and error masking.
// `yoga.fetch('http://yoga/graphql', …)` runs it in-process (tests); http-server.ts mounts it on Node.
import { randomUUID } from 'node:crypto';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
// `graphql/index.js` rather than `graphql`: under Vitest a bare `graphql` resolves to index.mjs, a second copy
// beside the CommonJS one that Pothos and Yoga load, and `instanceof GraphQLError` would then fail.
import { GraphQLError } from 'graphql/index.js';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createApiContext, type ApiContext } from './context.ts';
import { DatabaseUnavailableError } from './db/neo4j-client.ts';
import { EXAMPLE_QUERIES } from './graphiql-examples.ts';
import type { Reader } from './queries/named-query.ts';
import { schema } from './schema/index.ts';

export interface ApiLogger {
  error(message: string): void;
}

export const stderrLogger: ApiLogger = {
  error: (message) => process.stderr.write(`[api] ${message}\n`),
};

export interface YogaAppOptions {
  client: Reader;
  logger?: ApiLogger;
}

export type YogaApp = YogaServerInstance<Record<string, never>, ApiContext>;

/** Static limits, checked before anything runs. Page sizes (≤ 100) and neighbourhood depth are checked by the fields. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1500,
  maxDirectives: 10,
  maxCost: 20_000,
} as const;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function protections() {
  return new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxTokens: { n: LIMITS.maxTokens },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    // The schema is public and introspectable; "did you mean" hints help researchers more than they hide.
    blockFieldSuggestion: { enabled: false },
  }).protect().plugins;
}

/** An error the client caused or may see: a GraphQLError all the way down (bad input, limits, unknown cursor). */
function isClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  return error.originalError == null || isClientError(error.originalError);
}

function rootCause(error: GraphQLError): unknown {
  let cause: unknown = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Replaces unexpected errors (driver, Cypher, bugs) by a fixed message with the request id, after logging
 * the real one with that id. Runs before Yoga's own masking, which then passes these errors through.
 */
function useErrorMasking(logger: ApiLogger): Plugin<ApiContext> {
  return {
    onExecute({ args }) {
      const requestId = (args.contextValue as ApiContext).requestId;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const errors = result.errors.map((error) => {
            if (isClientError(error)) return error;
            const cause = rootCause(error);
            const path = error.path?.join('.') ?? '-';
            logger.error(`request ${requestId} ${path}: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
            const unavailable = cause instanceof DatabaseUnavailableError;
            return new GraphQLError(unavailable ? 'The database is unavailable; try again later.' : 'Internal server error.', {
              nodes: error.nodes,
              path: error.path,
              extensions: { code: unavailable ? 'DATABASE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', requestId },
            });
          });
          setResult({ ...result, errors });
        },
      };
    },
  };
}

export function createYogaApp({ client, logger = stderrLogger }: YogaAppOptions): YogaApp {
  const requestIds = new WeakMap<Request, string>();
  const requestIdOf = (request: Request) => {
    let id = requestIds.get(request);
    if (!id) {
      const given = request.headers.get('x-request-id');
      id = given && REQUEST_ID.test(given) ? given : randomUUID();
      requestIds.set(request, id);
    }
    return id;
  };

  return createYoga<Record<string, never>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    graphiql: {
      title: 'RegAtlas GraphQL',
      defaultQuery: EXAMPLE_QUERIES[0]?.query,
      defaultTabs: EXAMPLE_QUERIES.map(({ query }) => ({ query })),
    },
    maskedErrors: { isDev: false },
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => logger.error(args.map(String).join(' ')),
      error: (...args: unknown[]) => logger.error(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ')),
    },
    context: ({ request }) => createApiContext(client, requestIdOf(request)),
    plugins: [
      ...protections(),
      useErrorMasking(logger),
      {
        onResponse({ request, response }) {
          response.headers.set('x-request-id', requestIdOf(request));
        },
      },
    ],
  });
}
