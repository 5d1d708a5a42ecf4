// Adversarial requests whose JSON is sound but whose GraphQL is not, or is a question the schema must answer
// with care: broken documents, unknown fields and ids, wrong argument types, page sizes, nesting, bombs, long
// strings, and Lucene or Cypher in the arguments.
import { gql, JSON_HEADERS, post, type AdversarialRequest } from './adversarial-requests.ts';

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

export function malformedGraphql(): AdversarialRequest[] {
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

export function unknownFieldsAndIds(): AdversarialRequest[] {
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

export function wrongArgumentTypes(): AdversarialRequest[] {
  const literalPlaces: [string, (v: string) => string, string[]][] = [
    ['article(number:)', (v) => `{ article(number: ${v}) { key } }`, ['"1"', '1.5', 'true', 'null', '[1]', '{n: 1}', 'ONE', '99999999999']],
    ['actor(id:)', (v) => `{ actor(id: ${v}) { key } }`, ['5', 'true', 'null', '["actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi"]', 'ACTOR']],
    ['obligations(modality:)', (v) => `{ obligations(modality: ${v}) { totalCount } }`, ['"SHALL"', '[SHAL]', '[1]', 'shall']],
    ['neighborhood(depth:)', (v) => `{ neighborhood(ids: ["article:xinjiang-ftz-2025/28"], depth: ${v}) { truncated } }`, ['"2"', '2.5', '-1', '1000000']],
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

export function pageSizes(): AdversarialRequest[] {
  const refused = ['first: -1', 'first: 101', 'first: 2147483647', 'first: 2147483648', 'first: -2147483649', 'first: 1e9', 'last: 5', 'after: "bm9wZQ=="', 'after: ""'];
  const requests: AdversarialRequest[] = [];
  for (const field of LIST_FIELDS) {
    for (const args of refused) requests.push(post('page sizes', `${field.name}(${args})`, gql(field.query(args))));
    requests.push(post('page sizes', `${field.name}(first: 0)`, gql(field.query('first: 0')), 'answered'));
  }
  return requests;
}

export function deepNesting(): AdversarialRequest[] {
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

export function bombs(): AdversarialRequest[] {
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

export function longStrings(): AdversarialRequest[] {
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

export function injections(): AdversarialRequest[] {
  return TEXT_PLACES.flatMap((place) =>
    INJECTIONS.map((payload) => {
      // Search refuses input without letters or digits; anything else is a well-formed question with no or few answers.
      const hasLetters = /[\p{L}\p{N}]/u.test(payload);
      const refused = place.name === 'search(query:)' && !hasLetters;
      return post('Lucene and Cypher in arguments', `${place.name} ${payload}`, gql(place.query(payload)), refused ? 'refused' : 'answered');
    }),
  );
}
