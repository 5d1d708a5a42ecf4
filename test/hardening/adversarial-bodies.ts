// Adversarial requests that go wrong before GraphQL is read: bodies that are not the JSON of a request,
// text in mixed scripts and bytes that are not UTF-8, oversized bodies, and content types and methods the
// endpoint does not take.
import { gql, JSON_HEADERS, post, type AdversarialRequest, type Category } from './adversarial-requests.ts';

export function malformedJson(): AdversarialRequest[] {
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

export function unicode(): AdversarialRequest[] {
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

export function oversizedBodies(): AdversarialRequest[] {
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

export function contentTypesAndMethods(): AdversarialRequest[] {
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
