// GraphQL over fetch. Operations are gql.tada documents, so variables and results are typed from
// schema.graphql; this module only sends them and turns every failure into one ApiError the panels can show.
import { print } from '@0no-co/graphql.web';
import type { ResultOf, TadaDocumentNode, VariablesOf } from 'gql.tada';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  endpoint?: string;
  fetch?: typeof fetch;
}

export interface ApiClient {
  request<Doc extends TadaDocumentNode<any, any>>(
    document: Doc,
    variables: VariablesOf<Doc>,
    options?: { signal?: AbortSignal },
  ): Promise<ResultOf<Doc>>;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string }[];
}

export function createApiClient({ endpoint = '/graphql', fetch: fetchImpl = globalThis.fetch.bind(globalThis) }: ApiClientOptions = {}): ApiClient {
  const printed = new WeakMap<object, string>();
  const source = (document: object & Parameters<typeof print>[0]) => {
    let text = printed.get(document);
    if (text === undefined) {
      text = print(document);
      printed.set(document, text);
    }
    return text;
  };

  return {
    async request(document, variables, options = {}) {
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query: source(document), variables }),
          signal: options.signal ?? null,
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        throw new ApiError('The API cannot be reached.', 'network');
      }
      let body: GraphQLResponse | undefined;
      try {
        body = (await response.json()) as GraphQLResponse;
      } catch {
        body = undefined;
      }
      if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '), 'graphql', response.status);
      if (!response.ok || !body || body.data === undefined || body.data === null) {
        throw new ApiError(`The API answered ${response.status} ${response.statusText}`.trim(), 'http', response.status);
      }
      return body.data as ResultOf<typeof document>;
    },
  };
}
