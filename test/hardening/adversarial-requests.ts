// Adversarial requests for the API, generated from categories (payloads × the places they can go) rather
// than written one by one. Pure data: test/hardening/adversarial-graphql.int.test.ts sends them and judges
// the answers. What a request is and how one is written are here; the categories are in
// adversarial-documents.ts (GraphQL documents and variables) and adversarial-bodies.ts (bodies, bytes,
// sizes, content types and methods), all of them listed by adversarial-catalogue.ts.

export type Category =
  | 'malformed JSON'
  | 'malformed GraphQL'
  | 'unknown fields and ids'
  | 'wrong argument types'
  | 'page sizes'
  | 'deep nesting'
  | 'alias, fragment and directive bombs'
  | 'long strings'
  | 'Lucene and Cypher in arguments'
  | 'mixed scripts and invalid Unicode'
  | 'oversized bodies'
  | 'content types and methods';

export interface AdversarialRequest {
  category: Category;
  name: string;
  method: string;
  /** Path with query string. */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /**
   * 'fetch' requests run in-process through `yoga.fetch`; 'http' ones need a real socket (body sizes and
   * transfer encodings, methods and URLs a fetch client will not send, bytes that are not UTF-8).
   */
  transport: 'fetch' | 'http';
  /** Extra headers only a raw socket can send (Transfer-Encoding, Host). */
  raw?: { chunked?: boolean; host?: string; requestTarget?: string };
  /**
   * 'refused': a 4xx or a GraphQL error. 'answered': a well-formed question about something that does not
   * exist (an unknown id, a search for `MATCH`), which the schema answers with null or an empty list.
   */
  expect: 'refused' | 'answered';
}

export const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

export function post(
  category: Category,
  name: string,
  body: string | Uint8Array,
  expect: AdversarialRequest['expect'] = 'refused',
  headers: Record<string, string> = JSON_HEADERS,
): AdversarialRequest {
  return { category, name, method: 'POST', path: '/graphql', headers: { ...headers }, body, transport: 'fetch', expect };
}

export const gql = (query: string, variables?: unknown, operationName?: string) => JSON.stringify({ query, variables, operationName });
