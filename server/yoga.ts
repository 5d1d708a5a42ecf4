// The GraphQL server as a fetch-style handler: schema, per-request context, limits and error masking.
// `yoga.fetch('http://yoga/graphql', …)` runs it in-process (tests); http-server.ts mounts it on Node.
import { createHash, randomUUID } from 'node:crypto';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
// `graphql/index.js` rather than `graphql`: under Vitest a bare `graphql` resolves to index.mjs, a second copy
// beside the CommonJS one that Pothos and Yoga load, and `instanceof GraphQLError` would then fail.
import { getOperationAST, GraphQLError } from 'graphql/index.js';
import { createYoga, type GraphiQLOptions, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createApiContext, type ApiContext } from './context.ts';
import { corsOptionsFor } from './cors.ts';
import { declaredTooLarge, decodeBody, refusalBody, tooLarge, type BodyOutcome, type BodyRefusal } from './request-body.ts';
import { DatabaseUnavailableError } from './db/neo4j-client.ts';
import { EXAMPLE_QUERIES } from './graphiql-examples.ts';
import type { ScopedReader } from './queries/named-query.ts';
import { schema } from './schema/index.ts';
import { selectedFieldsOf } from './schema/selected-fields.ts';

export interface ApiLogger {
  error(message: string): void;
}

export const stderrLogger: ApiLogger = {
  error: (message) => process.stderr.write(`[api] ${message}\n`),
};

export interface YogaAppOptions {
  client: ScopedReader;
  logger?: ApiLogger;
  /** Origins besides the server's own whose pages may read responses (CORS_ORIGINS, see cors.ts). */
  corsOrigins?: readonly string[];
}

export type YogaApp = YogaServerInstance<ApiServerContext, ApiContext>;

/** Static limits, checked before anything runs. Page sizes (≤ 100) and neighbourhood depth are checked by the fields. */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 1500,
  maxDirectives: 10,
  maxCost: 20_000,
  /** Request body size in bytes; the largest legitimate request (GraphiQL's introspection) is ~3 kB. */
  maxBodyBytes: 100_000,
} as const;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'RegAtlas GraphQL',
  defaultQuery: EXAMPLE_QUERIES[0]?.query,
  defaultTabs: EXAMPLE_QUERIES.map(({ query }) => ({ query })),
};

export interface GraphiqlPage {
  /** The page as UTF-8, encoded once rather than on every request. */
  body: Uint8Array<ArrayBuffer>;
  /** CSP sources (`'sha256-…'`) of its inline scripts, for http-server.ts. */
  scriptHashes: string[];
}

let graphiqlPage: GraphiqlPage | undefined;

/**
 * GraphiQL's page, with all of GraphiQL inlined by @graphql-yoga/render-graphiql (no CDN, so it works offline):
 * about 9 MB, the same for every request since the options are fixed, so rendered once. Its one inline script is
 * allowed by hash rather than by 'unsafe-inline'.
 */
export function getGraphiqlPage(): GraphiqlPage {
  if (!graphiqlPage) {
    const html = renderGraphiQL(GRAPHIQL_OPTIONS);
    // Hashed as the browser hashes it: the text up to the first `</script`, with line breaks normalised to LF.
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script/g)].map((match) => match[1]!.replace(/\r\n?/g, '\n'));
    graphiqlPage = {
      body: new TextEncoder().encode(html),
      scriptHashes: scripts.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`),
    };
  }
  return graphiqlPage;
}

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

/** What http-server.ts hands Yoga with a Node request: the body it has already read and checked (request-body.ts). */
export interface ApiServerContext {
  requestBody?: BodyOutcome;
}

/**
 * Enforces the body rules of request-body.ts before anything parses the body: a body http-server.ts has read is
 * only answered if it was refused (it reaches Yoga as text, with nothing left to check); an in-process Request's
 * body is read here, counted as it comes (a chunked body has no length, and an in-process Request's header need
 * not match its body), then decoded.
 */
function useRequestBody(maxBytes: number): Plugin<ApiContext, ApiServerContext> {
  return {
    async onRequest({ request, serverContext, fetchAPI, setRequest, endResponse }) {
      const refuse = (refusal: BodyRefusal) =>
        endResponse(
          new fetchAPI.Response(refusalBody(refusal), {
            status: refusal.status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...(refusal.closeConnection ? { connection: 'close' } : {}) },
          }),
        );
      const checked = serverContext.requestBody;
      if (checked) {
        if ('refusal' in checked) refuse(checked.refusal);
        return;
      }
      if (request.body === null) return;
      if (declaredTooLarge(request.headers.get('content-length'), maxBytes)) return refuse(tooLarge(maxBytes));
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return refuse(tooLarge(maxBytes));
        }
        chunks.push(value);
      }
      const outcome = decodeBody(Buffer.concat(chunks, size));
      if ('refusal' in outcome) return refuse(outcome.refusal);
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: outcome.text, signal: request.signal }));
    },
  };
}

/**
 * Yoga parses the `variables` and `extensions` of a GET request with a bare JSON.parse, so `?variables={nope`
 * would surface as a 500; answer 400 with what is wrong instead.
 */
function useJsonParamErrors(): Plugin<ApiContext> {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw new GraphQLError(`Request parameters are not valid JSON: ${error.message}`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
      });
    },
  };
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

/** The offset in `body` of a 1-based line and column. */
function positionIn(body: string, { line, column }: { line: number; column: number }): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = body.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * Replaces unexpected errors (driver, Cypher, bugs) by a fixed message with the request id, after logging
 * the real one with that id. Runs before Yoga's own masking, which then passes these errors through.
 */
function useErrorMasking(logger: ApiLogger): Plugin<ApiContext> {
  return {
    onExecute({ args }) {
      const requestId = (args.contextValue as ApiContext).requestId;
      const source = args.document.loc?.source;
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
              // graphql-jit's errors carry line and column without the AST nodes; Yoga re-creates errors from
              // nodes or source positions, so give it positions.
              ...(error.nodes || !source || !error.locations ? {} : { source, positions: error.locations.map((l: { line: number; column: number }) => positionIn(source.body, l)) }),
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

/** Records what the operation selects before it runs (see selected-fields.ts). */
function useSelectedFields(): Plugin<ApiContext> {
  return {
    onExecute({ args }) {
      (args.contextValue as ApiContext).selected = selectedFieldsOf(args.schema, args.document);
    },
  };
}

/** Ends each request's read scope once its execution is done (see createApiContext). */
function useReadScopeRelease(): Plugin<ApiContext> {
  return {
    onExecute({ args }) {
      return { onExecuteDone: () => (args.contextValue as ApiContext).release() };
    },
  };
}

export function createYogaApp({ client, logger = stderrLogger, corsOrigins = [] }: YogaAppOptions): YogaApp {
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

  return createYoga<ApiServerContext, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    // useRequestBody enforces LIMITS.maxBodyBytes before parsing; Yoga's own limit would pipe every body through a
    // second stream to count it again.
    maxRequestBodySize: false,
    graphiql: GRAPHIQL_OPTIONS,
    // Yoga hands GRAPHIQL_OPTIONS back to the renderer, so the page rendered from them once is the answer.
    renderGraphiQL: () => getGraphiqlPage().body,
    maskedErrors: { isDev: false },
    cors: (request) => corsOptionsFor(request, corsOrigins),
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => logger.error(args.map(String).join(' ')),
      error: (...args: unknown[]) => logger.error(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' ')),
    },
    context: ({ request }) => createApiContext(client, requestIdOf(request)),
    plugins: [
      useRequestBody(LIMITS.maxBodyBytes),
      useJsonParamErrors(),
      ...protections(),
      useErrorMasking(logger),
      useReadScopeRelease(),
      useSelectedFields(),
      // Execution compiled once per document (graphql-jit) rather than interpreted per request: 0.1-0.26 ms less
      // per canonical query in-process, with identical answers (measured with the database reads cached).
      // Queries only: for an operation the schema has no root type for, the compiler throws where graphql-js
      // answers with a clear error.
      useGraphQlJit({}, { enableIf: ({ document, operationName }) => getOperationAST(document, operationName)?.operation === 'query' }),
      {
        onResponse({ request, response }) {
          response.headers.set('x-request-id', requestIdOf(request));
          // CORS headers depend on the Origin of the request.
          response.headers.append('vary', 'Origin');
        },
      },
    ],
  });
}
