// Adversarial requests for the API, generated from categories (payloads × the places they can go) rather
// than written one by one. Pure data: test/hardening/adversarial-graphql.int.test.ts sends them and judges
// the answers.

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

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

function post(
  category: Category,
  name: string,
  body: string | Uint8Array,
  expect: AdversarialRequest['expect'] = 'refused',
  headers: Record<string, string> = JSON_HEADERS,
): AdversarialRequest {
  return { category, name, method: 'POST', path: '/graphql', headers: { ...headers }, body, transport: 'fetch', expect };
}

const gql = (query: string, variables?: unknown, operationName?: string) => JSON.stringify({ query, variables, operationName });

/** Strings a researcher's tool or an attacker may type into a search box or an id. */
export const INJECTIONS: readonly string[] = [
  "') MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "x' OR 1=1 --",
  '*',
  '~',
  '"',
  '\\',
  'a~0.5',
  '纺织^10 OR *:*',
  'text:[a TO z]',
  '/.*/',
  '(((',
  '"unterminated',
  'MATCH (n) RETURN n',
  '$query',
  '`id`',
  '{ }',
  'CALL dbms.components() YIELD name RETURN name',
  '\\u0000',
  '; DROP DATABASE neo4j',
];

/** Where free text goes: the search fields and the stable-key arguments. */
const TEXT_PLACES: readonly { name: string; query: (value: string) => string }[] = [
  { name: 'search(query:)', query: (v) => `{ search(query: ${JSON.stringify(v)}) { totalCount edges { node { key } } } }` },
  { name: 'actors(search:)', query: (v) => `{ actors(search: ${JSON.stringify(v)}) { totalCount } }` },
  { name: 'actor(id:)', query: (v) => `{ actor(id: ${JSON.stringify(v)}) { key } }` },
  { name: 'obligations(bearer:)', query: (v) => `{ obligations(bearer: ${JSON.stringify(v)}) { totalCount } }` },
  { name: 'neighborhood(ids:)', query: (v) => `{ neighborhood(ids: [${JSON.stringify(v)}]) { nodes { id } } }` },
];

const LIST_FIELDS: readonly { name: string; query: (args: string) => string }[] = [
  { name: 'articles', query: (a) => `{ articles(${a}) { totalCount edges { node { key } } } }` },
  { name: 'actors', query: (a) => `{ actors(${a}) { totalCount edges { node { key } } } }` },
  { name: 'industries', query: (a) => `{ industries(${a}) { totalCount edges { node { key } } } }` },
  { name: 'obligations', query: (a) => `{ obligations(${a}) { totalCount edges { node { key } } } }` },
  { name: 'search', query: (a) => `{ search(query: "纺织", ${a}) { totalCount edges { node { key } } } }` },
];

function malformedJson(): AdversarialRequest[] {
  const bodies: [string, string][] = [
    ['empty body', ''],
    ['lone brace', '{'],
    ['truncated', '{"query": "{ chapters { number } }"'],
    ['trailing comma', '{"query": "{ chapters { number } }",}'],
    ['single quotes', "{'query': '{ chapters { number } }'}"],
    ['null', 'null'],
    ['array', '[]'],
    ['array of queries (batching off)', '[{"query": "{ chapters { number } }"}, {"query": "{ chapters { title } }"}]'],
    ['string', '"{ chapters { number } }"'],
    ['number', '42'],
    ['query is a number', '{"query": 1}'],
    ['query is null', '{"query": null}'],
    ['query is an array', '{"query": ["{ chapters { number } }"]}'],
    ['no query', '{"variables": {}}'],
    ['variables is a string', '{"query": "{ chapters { number } }", "variables": "x"}'],
    ['variables is an array', '{"query": "{ chapters { number } }", "variables": [1]}'],
    ['extensions is a number', '{"query": "{ chapters { number } }", "extensions": 5}'],
    ['operationName is an object', '{"query": "{ chapters { number } }", "operationName": {}}'],
    ['NaN', '{"query": NaN}'],
    ['deeply nested JSON', `{"query": "{ chapters { number } }", "variables": ${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['comment', '{"query": "{ chapters { number } }" /* hi */}'],
    ['duplicate keys with a bad last value', '{"query": "{ chapters { number } }", "query": 7}'],
  ];
  return bodies.map(([name, body]) => post('malformed JSON', name, body));
}

function malformedGraphql(): AdversarialRequest[] {
  const queries: [string, string][] = [
    ['empty query', ''],
    ['blank query', '   '],
    ['unclosed selection', '{ chapters { number '],
    ['extra closing braces', '{ chapters { number } } }}'],
    ['lone closing brace', '}'],
    ['empty selection', '{ chapters { } }'],
    ['unterminated string', '{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi) { key } }'],
    ['invalid character', '{ chapters { number ¤ } }'],
    ['only a fragment', 'fragment F on Query { chapters { number } }'],
    ['two anonymous operations', '{ chapters { number } } { chapters { title } }'],
    ['two named operations without operationName', 'query A { chapters { number } } query B { chapters { title } }'],
    ['mutation', 'mutation { deleteEverything }'],
    ['subscription', 'subscription { chapters { number } }'],
    ['undefined variable', '{ article(number: $n) { key } }'],
    ['unused fragment', '{ chapters { number } } fragment F on Query { chapters { title } }'],
    ['fragment on an unknown type', '{ ...F } fragment F on Nope { x }'],
    ['spread of an unknown fragment', '{ ...Missing }'],
    ['scalar with a selection', '{ chapters { number { value } } }'],
    ['object without a selection', '{ chapters }'],
    ['block string never closed', '{ search(query: """纺织) { totalCount } }'],
  ];
  const requests = queries.map(([name, query]) => post('malformed GraphQL', name, gql(query)));
  requests.push(post('malformed GraphQL', 'unknown operationName', gql('query A { chapters { number } }', undefined, 'B')));
  return requests;
}

function unknownFieldsAndIds(): AdversarialRequest[] {
  const refused: [string, string][] = [
    ['unknown root field', '{ nope }'],
    ['unknown field on Actor', '{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { password } }'],
    ['unknown argument', '{ chapters(first: 1) { number } }'],
    ['unknown enum value', '{ actors(kind: [NOPE]) { totalCount } }'],
    ['Neo4j internals as fields', '{ __neo4j { version } }'],
    ['unknown type in a fragment', '{ node(id: "x") { ... on Secret { key } } }'],
    ['global id of an unknown type', `{ node(id: "${Buffer.from('Secret:1').toString('base64')}") { id } }`],
    ['global id that is not base64', '{ node(id: "%%%") { id } }'],
  ];
  const answered: [string, string][] = [
    ['unknown actor', '{ actor(id: "actor:does-not-exist") { key } }'],
    ['unknown industry', '{ industry(id: "industry:nope") { key } }'],
    ['unknown obligation', '{ obligation(id: "obligation:999-9-9-9") { key } }'],
    ['article 0', '{ article(number: 0) { key } }'],
    ['article 99999', '{ article(number: 99999) { key } }'],
    ['chapter -1', '{ chapter(number: -1) { title } }'],
    ['global id of an unknown article', `{ node(id: "${Buffer.from('Article:article:99999').toString('base64')}") { id } }`],
    ['nodes with unknown ids', `{ nodes(ids: ["${Buffer.from('Actor:actor:nope').toString('base64')}"]) { id } }`],
    ['neighborhood of an unknown id', '{ neighborhood(ids: ["actor:nope"]) { nodes { id } truncated } }'],
    ['path between unknown ids', '{ path(from: "actor:nope", to: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { nodes { id } } }'],
    ['obligations of an unknown bearer', '{ obligations(bearer: "actor:nope") { totalCount } }'],
    ['obligations of an unknown industry', '{ obligations(industry: "industry:nope") { totalCount } }'],
  ];
  return [
    ...refused.map(([name, query]) => post('unknown fields and ids', name, gql(query))),
    ...answered.map(([name, query]) => post('unknown fields and ids', name, gql(query), 'answered')),
  ];
}

function wrongArgumentTypes(): AdversarialRequest[] {
  const literalPlaces: [string, (v: string) => string, string[]][] = [
    ['article(number:)', (v) => `{ article(number: ${v}) { key } }`, ['"1"', '1.5', 'true', 'null', '[1]', '{n: 1}', 'ONE', '99999999999']],
    ['actor(id:)', (v) => `{ actor(id: ${v}) { key } }`, ['5', 'true', 'null', '["actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi"]', 'ACTOR']],
    ['obligations(modality:)', (v) => `{ obligations(modality: ${v}) { totalCount } }`, ['"SHALL"', '[SHAL]', '[1]', 'shall']],
    ['neighborhood(depth:)', (v) => `{ neighborhood(ids: ["article:28"], depth: ${v}) { truncated } }`, ['"2"', '2.5', '-1', '1000000']],
  ];
  const requests = literalPlaces.flatMap(([place, query, values]) =>
    values.map((value) => post('wrong argument types', `${place} ${value}`, gql(query(value)))),
  );
  const variableValues: unknown[] = ['x', 2 ** 31, 1e100, 1.5, null, [1], { n: 1 }, true];
  for (const value of variableValues) {
    requests.push(
      post('wrong argument types', `$n: Int! = ${JSON.stringify(value)}`, gql('query Q($n: Int!) { article(number: $n) { key } }', { n: value })),
    );
  }
  requests.push(post('wrong argument types', 'variable declared with a wrong type', gql('query Q($n: String) { article(number: $n) { key } }', { n: '1' })));
  return requests;
}

function pageSizes(): AdversarialRequest[] {
  const refused = ['first: -1', 'first: 101', 'first: 2147483647', 'first: 2147483648', 'first: -2147483649', 'first: 1e9', 'last: 5', 'after: "bm9wZQ=="', 'after: ""'];
  const requests: AdversarialRequest[] = [];
  for (const field of LIST_FIELDS) {
    for (const args of refused) requests.push(post('page sizes', `${field.name}(${args})`, gql(field.query(args))));
    requests.push(post('page sizes', `${field.name}(first: 0)`, gql(field.query('first: 0')), 'answered'));
  }
  return requests;
}

function deepNesting(): AdversarialRequest[] {
  const nest = (depth: number) => {
    let selection = 'key';
    for (let i = 0; i < depth; i++) selection = `relatedActors { actor { ${selection} } }`;
    return `{ actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") { ${selection} } }`;
  };
  const introspection = (depth: number) => {
    let selection = 'name';
    for (let i = 0; i < depth; i++) selection = `ofType { ${selection} }`;
    return `{ __schema { types { fields { type { ${selection} } } } } }`;
  };
  const requests = [7, 25, 100].map((depth) => post('deep nesting', `relatedActors × ${depth}`, gql(nest(depth))));
  // Introspection is public and bounded by the schema's own type nesting: deep `ofType` chains just end in null.
  requests.push(...[12, 40].map((depth) => post('deep nesting', `introspection ofType × ${depth}`, gql(introspection(depth)), 'answered')));
  requests.push(post('deep nesting', 'list literal nested 3000 deep', gql(`{ neighborhood(ids: ${'['.repeat(3000)}"x"${']'.repeat(3000)}) { truncated } }`)));
  requests.push(post('deep nesting', 'nested input objects in a variable', gql('query Q($n: Int) { article(number: $n) { key } }', { n: JSON.parse(`${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}`) })));
  requests.push(post('deep nesting', 'obligations → bearers → obligations × 4', gql(`{ obligations(first: 100) { edges { node { bearers { obligations(first: 100) { edges { node { bearers { obligations(first: 100) { edges { node { key } } } } } } } } } } } }`)));
  return requests;
}

function bombs(): AdversarialRequest[] {
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: chapters { number }`).join(' ')} }`;
  const laughs = (levels: number) => {
    const fragments = [`fragment F0 on Query { chapters { number title } }`];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    return `{ ...F${levels} } ${fragments.join(' ')}`;
  };
  const conflicting = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `...F${i}`).join(' ')} } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { article(number: ${i + 1}) { key } }`).join(' ')}`;
  return [
    post('alias, fragment and directive bombs', '16 aliases', gql(aliases(16))),
    post('alias, fragment and directive bombs', '300 aliases', gql(aliases(300))),
    post('alias, fragment and directive bombs', 'fragment cycle', gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')),
    post('alias, fragment and directive bombs', 'self-spreading fragment', gql('{ ...A } fragment A on Query { chapters { number } ...A }')),
    post('alias, fragment and directive bombs', 'billion laughs × 10', gql(laughs(10))),
    post('alias, fragment and directive bombs', 'billion laughs × 30', gql(laughs(30))),
    post('alias, fragment and directive bombs', '60 conflicting fragments', gql(conflicting(60))),
    post('alias, fragment and directive bombs', '11 directives', gql(`{ chapters ${'@include(if: true) '.repeat(11)}{ number } }`)),
    post('alias, fragment and directive bombs', '200 directives', gql(`{ chapters ${'@skip(if: false) '.repeat(200)}{ number } }`)),
    post('alias, fragment and directive bombs', 'unknown directive', gql('{ chapters @cypher(statement: "MATCH (n) DETACH DELETE n") { number } }')),
    post('alias, fragment and directive bombs', 'same field, conflicting arguments', gql('{ article(number: 1) { key } article(number: 2) { key } }')),
    post('alias, fragment and directive bombs', 'expensive page of pages', gql('{ actors(first: 100) { edges { node { obligations(first: 100) { edges { node { bearers { key } } } } } } } }')),
    post('alias, fragment and directive bombs', '1500 tokens of __typename', gql(`{ ${'__typename '.repeat(1600)} }`)),
  ];
}

function longStrings(): AdversarialRequest[] {
  const search = (text: string) => gql('query Q($q: String!) { search(query: $q) { totalCount } }', { q: text });
  return [
    post('long strings', 'search of 201 characters', search('纺'.repeat(201))),
    post('long strings', 'search of 10 000 characters', search('纺织 '.repeat(3_333))),
    post('long strings', 'search of 30 000 Latin characters', search('a'.repeat(30_000))),
    post('long strings', 'search with 500 terms', search(Array.from({ length: 500 }, (_, i) => `t${i}`).join(' '))),
    post('long strings', 'actor id of 50 000 characters', gql('query Q($id: String!) { actor(id: $id) { key } }', { id: 'a'.repeat(50_000) }), 'answered'),
    post('long strings', '500 neighborhood ids', gql('query Q($ids: [String!]!) { neighborhood(ids: $ids) { truncated } }', { ids: Array.from({ length: 500 }, (_, i) => `actor:${i}`) })),
    post('long strings', 'field name of 10 000 characters', gql(`{ ${'x'.repeat(10_000)} }`)),
    post('long strings', 'operation name of 10 000 characters', gql(`query ${'Q'.repeat(10_000)} { chapters { number } }`), 'answered'),
    post('long strings', 'string literal of 60 000 characters', gql(`{ actor(id: "${'b'.repeat(60_000)}") { key } }`), 'answered'),
    post('long strings', 'x-request-id of 8 000 characters', gql('{ nope }'), 'refused', { ...JSON_HEADERS, 'x-request-id': 'r'.repeat(8_000) }),
  ];
}

function injections(): AdversarialRequest[] {
  return TEXT_PLACES.flatMap((place) =>
    INJECTIONS.map((payload) => {
      // Search refuses input without letters or digits; anything else is a well-formed question with no or few answers.
      const hasLetters = /[\p{L}\p{N}]/u.test(payload);
      const refused = place.name === 'search(query:)' && !hasLetters;
      return post('Lucene and Cypher in arguments', `${place.name} ${payload}`, gql(place.query(payload)), refused ? 'refused' : 'answered');
    }),
  );
}

function unicode(): AdversarialRequest[] {
  const texts: [string, string][] = [
    ['mixed scripts', '纺织 textile Ткань نسيج 繊維'],
    ['zero-width joiners', '纺\u200d织\u200b'],
    ['right-to-left override', '\u202e纺织\u202c'],
    ['emoji', '🧵🏭 纺织'],
    ['combining marks', 'te\u0301\u0301\u0301xtile'],
    ['full-width Latin', 'ｔｅｘｔｉｌｅ'],
    ['traditional characters', '紡織'],
    ['noncharacters', '\uffff\ufffe纺织'],
    ['private use', '\ue000\uf8ff'],
    ['NUL inside the text', '纺\u0000织'],
  ];
  const requests: AdversarialRequest[] = [];
  for (const [name, text] of texts) {
    // `search` refuses text without letters or digits; the rest is an ordinary (possibly empty) search.
    const hasLetters = /[\p{L}\p{N}]/u.test(text);
    requests.push(post('mixed scripts and invalid Unicode', `search: ${name}`, gql('query Q($q: String!) { search(query: $q) { totalCount } }', { q: text }), hasLetters ? 'answered' : 'refused'));
    requests.push(post('mixed scripts and invalid Unicode', `actor id: ${name}`, gql('query Q($id: String!) { actor(id: $id) { key } }', { id: text }), 'answered'));
  }
  const raw = (name: string, bytes: number[] | Uint8Array, headers: Record<string, string> = JSON_HEADERS): AdversarialRequest => ({
    ...post('mixed scripts and invalid Unicode', name, bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), 'refused', headers),
    transport: 'http',
  });
  const enc = (s: string) => [...Buffer.from(s, 'utf8')];
  requests.push(
    post('mixed scripts and invalid Unicode', 'lone high surrogate in the query text', '{"query": "{ actor(id: \\"\\ud800\\") { key } }"}'),
    post('mixed scripts and invalid Unicode', 'lone low surrogate in a variable', '{"query": "query Q($q: String!) { search(query: $q) { totalCount } }", "variables": {"q": "\\udc00纺织"}}', 'answered'),
    raw('invalid UTF-8 in a string', [...enc('{"query": "{ actor(id: \\"'), 0xc3, 0x28, 0xff, 0xfe, ...enc('\\") { key } }"}')]),
    raw('overlong encoding of /', [...enc('{"query": "{ actor(id: \\"'), 0xc0, 0xaf, ...enc('\\") { key } }"}')]),
    raw('invalid UTF-8 in the query text', [...enc('{"query": "{ chap'), 0xff, ...enc('ters { number } }"}')]),
    raw('UTF-16 body', new Uint8Array(Buffer.from(gql('{ nope }'), 'utf16le')), { 'content-type': 'application/json; charset=utf-16' }),
    raw('GB18030 bytes', [...enc('{"query": "{ search(query: \\"'), 0xb7, 0xc4, 0xd6, 0xaf, ...enc('\\") { totalCount } }"}')]),
    raw('byte order mark, then NUL bytes', [0xef, 0xbb, 0xbf, 0, 0, 0, ...enc('{"query": "{ nope }"}')]),
  );
  return requests;
}

function oversizedBodies(): AdversarialRequest[] {
  const padded = (bytes: number) => {
    const head = '{"query": "{ chapters { number } }", "variables": {"pad": "';
    return `${head}${'x'.repeat(bytes - head.length - 3)}"}}`;
  };
  const http = (name: string, body: string, raw?: AdversarialRequest['raw']): AdversarialRequest => ({
    ...post('oversized bodies', name, body),
    transport: 'http',
    ...(raw ? { raw } : {}),
  });
  return [
    http('100 001 bytes', padded(100_001)),
    http('1 MB', padded(1_000_000)),
    http('10 MB', padded(10_000_000)),
    http('1 MB chunked, no Content-Length', padded(1_000_000), { chunked: true }),
    http('200 kB chunked, no Content-Length', padded(200_000), { chunked: true }),
    { ...post('oversized bodies', '1 MB in-process', padded(1_000_000)) },
    { category: 'oversized bodies', name: 'query string of 20 000 characters', method: 'GET', path: `/graphql?query=${encodeURIComponent(`{ ${'__typename '.repeat(1_800)} }`)}`, headers: { accept: 'application/json' }, transport: 'http', expect: 'refused' },
    { category: 'oversized bodies', name: '40 kB header', method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS, 'x-padding': 'p'.repeat(40_000) }, body: gql('{ chapters { number } }'), transport: 'http', expect: 'refused' },
  ];
}

function contentTypesAndMethods(): AdversarialRequest[] {
  const query = gql('{ chapters { number } }');
  const category: Category = 'content types and methods';
  const withType = (type: string | undefined, body: string, name = `POST ${type ?? 'without content type'}`): AdversarialRequest =>
    post(category, name, body, 'refused', type === undefined ? { accept: 'application/json' } : { 'content-type': type, accept: 'application/json' });
  const method = (verb: string, transport: AdversarialRequest['transport'] = 'fetch', path = '/graphql'): AdversarialRequest => ({
    category,
    name: `${verb} ${path}`,
    method: verb,
    path,
    headers: { ...JSON_HEADERS },
    ...(verb === 'GET' || verb === 'HEAD' ? {} : { body: query }),
    transport,
    expect: 'refused',
  });
  const get = (name: string, path: string): AdversarialRequest => ({ category, name, method: 'GET', path, headers: { accept: 'application/json' }, transport: 'fetch', expect: 'refused' });
  return [
    withType('text/plain', query),
    withType('application/xml', '<query>{ chapters { number } }</query>'),
    withType('application/x-www-form-urlencoded', 'query=%7B%20nope%20%7D'),
    withType('multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query": "{ nope }"}\r\n--xyz--\r\n'),
    withType('multipart/form-data', 'garbage'),
    withType(undefined, '{ nope }'),
    withType('application/octet-stream', query),
    withType('image/png', '\x89PNG\r\n'),
    withType('application/json; charset=latin1', gql('{ nope }')),
    withType('application/graphql', '{ nope }'),
    method('PUT'),
    method('DELETE'),
    method('PATCH'),
    method('TRACE', 'http'),
    method('PROPFIND', 'http'),
    method('POST', 'fetch', '/graphql/extra'),
    method('POST', 'fetch', '/graphq'),
    get('GET without a query', '/graphql'),
    get('GET with a mutation', `/graphql?query=${encodeURIComponent('mutation { deleteEverything }')}`),
    get('GET with a broken query string', '/graphql?query=%ZZ%7B'),
    get('GET with variables that are not JSON', `/graphql?query=${encodeURIComponent('{ chapters { number } }')}&variables=%7Bnope`),
    get('GET with unknown field', `/graphql?query=${encodeURIComponent('{ nope }')}`),
    { ...method('GET', 'http'), name: 'request target that is not a URL', raw: { requestTarget: '//a:b' } },
    { ...method('GET', 'http'), name: 'absolute-form request target', raw: { requestTarget: 'http://[::1' } },
    { ...post(category, 'Host header that is not a host', gql('{ nope }')), transport: 'http', raw: { host: 'a b/c' } },
  ];
}

/** All requests, by category. */
export function generateAdversarialRequests(): AdversarialRequest[] {
  return [
    ...malformedJson(),
    ...malformedGraphql(),
    ...unknownFieldsAndIds(),
    ...wrongArgumentTypes(),
    ...pageSizes(),
    ...deepNesting(),
    ...bombs(),
    ...longStrings(),
    ...injections(),
    ...unicode(),
    ...oversizedBodies(),
    ...contentTypesAndMethods(),
  ];
}
