// The five canonical questions of issue 6, each asked three ways over the same data (and checked to give the
// same answer, answers.ts, before any is timed):
// - ours: the RegAtlas GraphQL API;
// - floor: the same answer in ONE hand-written Cypher query through the driver boundary (createNeo4jClient);
// - peer: @neo4j/graphql (the Neo4j GraphQL Library) over type definitions for the same graph
//   (peer-type-defs.ts), or the reason it cannot ask the question.

import { SEED_REGULATION_ID } from '../../seed/seed-source.ts';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface CanonicalQuery {
  name: string;
  title: string;
  ours: GraphQLRequest;
  floor: { cypher: string; params: Record<string, unknown> };
  peer: GraphQLRequest | { unsupported: string };
  /** Checks that a response of ours carries the answer (not just HTTP 200). */
  check(data: any): boolean;
}

const FTZ_OFFICE = 'actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi';
const SHIPPED_REGULATION = SEED_REGULATION_ID;
const SEARCH_TEXT = '纺织';
const MODALITIES = ['SHALL', 'RESPONSIBLE', 'MAY', 'SUPPORT', 'ENCOURAGE', 'MUST_NOT'] as const;

export const CANONICAL_QUERIES: readonly CanonicalQuery[] = [
  {
    name: 'actorObligations',
    title: 'an actor with its obligations and each obligation’s article',
    ours: {
      query: `query ActorObligations($id: String!) {
  actor(id: $id) {
    key name nameEn kind
    obligations(first: 100) { totalCount edges { node { key modality marker text article { number heading } } } }
  }
}`,
      variables: { id: FTZ_OFFICE },
    },
    floor: {
      cypher: `MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:BEARS]->(o:Obligation)<-[:STATES]-(art:Article)
WITH a, o, art ORDER BY o.regulation, o.article, o.paragraph, coalesce(o.item, 0), o.id
WITH a, collect(o {.id, .modality, .marker, .text, article: art {.number, .heading}}) AS obligations
RETURN a {.id, .name, .nameEn, .kind} AS actor, size(obligations) AS totalCount, obligations[0..100] AS obligations`,
      params: { id: FTZ_OFFICE },
    },
    peer: {
      query: `query ActorObligations($id: String!) {
  actors(where: { id: { eq: $id } }) {
    id name nameEn kind
    bearsConnection(first: 100, sort: [{ node: { regulation: ASC } }, { node: { article: ASC } }, { node: { paragraph: ASC } }, { node: { item: ASC } }, { node: { id: ASC } }]) {
      totalCount edges { node { id modality marker text statedIn { number heading } } }
    }
  }
}`,
      variables: { id: FTZ_OFFICE },
    },
    check: (data) => (data?.actor?.obligations?.edges?.length ?? 0) > 0,
  },
  {
    name: 'zoneIndustryMatrix',
    title: 'zoneIndustryMatrix',
    ours: {
      query: `query ZoneIndustries {
  zoneIndustryMatrix { cells { zone { key name } industry { key name nameEn } level article { number } } }
}`,
    },
    floor: {
      cypher: `MATCH (z:Actor)-[d:DEVELOPS]->(i:Industry)
WITH z, d, i ORDER BY z.id, d.article, d.paragraph, i.id
RETURN collect({zone: z {.id, .name}, industry: i {.id, .name, .nameEn}, level: d.level, article: d.article}) AS cells`,
      params: {},
    },
    peer: {
      query: `query ZoneIndustries {
  actors(where: { develops: { some: { id: { startsWith: "industry:" } } } }, sort: [{ id: ASC }]) {
    id name
    developsConnection { edges { properties { level article paragraph } node { id name nameEn } } }
  }
}`,
    },
    check: (data) => (data?.zoneIndustryMatrix?.cells?.length ?? 0) > 0,
  },
  {
    name: 'search',
    title: `search for ${SEARCH_TEXT}`,
    ours: {
      query: `query Search($q: String!) {
  search(query: $q, first: 20) { totalCount edges { node { kind key title score } } }
}`,
      variables: { q: SEARCH_TEXT },
    },
    floor: {
      cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('article_text', $lucene) YIELD node, score
  RETURN 'ARTICLE' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('obligation_text', $lucene) YIELD node, score
  RETURN 'OBLIGATION' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  RETURN CASE WHEN node:Actor THEN 'ACTOR' ELSE 'INDUSTRY' END AS kind, node, score
}
WITH kind, node, score ORDER BY score DESC, node.id
WITH collect({kind: kind, key: node.id, title: coalesce(node.name, node.heading, node.text), score: score}) AS hits
RETURN size(hits) AS totalCount, hits[0..20] AS hits`,
      params: { lucene: `+"${SEARCH_TEXT}"` },
    },
    // The library generates one query per full-text index; merging the four lists by score, the total and
    // one page over all of them are left to the caller, so this is the closest request, not the same answer.
    peer: {
      query: `query Search($q: String!) {
  articlesByText(phrase: $q, first: 20) { totalCount edges { score node { id number } } }
  obligationsByText(phrase: $q, first: 20) { totalCount edges { score node { id text } } }
  actorsByName(phrase: $q, first: 20) { totalCount edges { score node { id name } } }
  industriesByName(phrase: $q, first: 20) { totalCount edges { score node { id name } } }
}`,
      variables: { q: SEARCH_TEXT },
    },
    check: (data) => (data?.search?.edges?.length ?? 0) > 0,
  },
  {
    name: 'neighborhood',
    // Within the shipped regulation: with a corpus loaded, the FTZ office's whole neighbourhood runs to thousands of
    // nodes, and which 1,000 of them a truncated answer holds depends on each query's plan, so that ours and the
    // floor could not be checked equal; within one regulation the answer is whole. On the shipped regulation alone
    // it is the same answer as unscoped.
    title: 'neighborhood of depth 2 around the FTZ office, within the shipped regulation',
    ours: {
      query: `query Neighborhood($ids: [String!]!, $regulations: [String!]) {
  neighborhood(ids: $ids, depth: 2, limit: 1000, regulations: $regulations) { totalNodes truncated nodes { id type label } edges { id source target type } }
}`,
      variables: { ids: [FTZ_OFFICE], regulations: [SHIPPED_REGULATION] },
    },
    floor: {
      // What a regulation owns or states carries its key; shared nodes and links (bodies, industries) carry none.
      cypher: `MATCH (s:Actor {id: $id})
OPTIONAL MATCH (s)-[r1]-(m1) WHERE type(r1) <> 'NAMES' AND coalesce(m1.regulation, $regulation) = $regulation AND coalesce(r1.regulation, $regulation) = $regulation
WITH s, collect(DISTINCT m1) AS level1, collect(DISTINCT r1) AS rels1
CALL (s, level1) {
  UNWIND level1 AS m
  MATCH (m)-[r2]-(m2) WHERE type(r2) <> 'NAMES' AND coalesce(m2.regulation, $regulation) = $regulation AND coalesce(r2.regulation, $regulation) = $regulation
  RETURN collect(DISTINCT m2) AS reached2, collect(DISTINCT r2) AS rels2
}
WITH [s] + level1 + [m IN reached2 WHERE m <> s AND NOT m IN level1] AS nodes, rels1 + [r IN rels2 WHERE NOT r IN rels1] AS rels
RETURN size(nodes) AS totalNodes,
       [n IN nodes[0..1000] | {id: n.id, type: labels(n)[0], label: coalesce(n.name, n.title, n.heading, n.text)}] AS nodes,
       [r IN rels | {id: elementId(r), source: startNode(r).id, target: endNode(r).id, type: type(r)}] AS edges`,
      params: { id: FTZ_OFFICE, regulation: SHIPPED_REGULATION },
    },
    peer: {
      unsupported:
        'a breadth-first walk over every relationship type and label has no generated field; it needs a @cypher field, ' +
        'i.e. the hand-written Cypher of the floor',
    },
    check: (data) => (data?.neighborhood?.nodes?.length ?? 0) > 1,
  },
  {
    name: 'responsibilityMatrix',
    title: 'responsibilityMatrix',
    ours: {
      query: `query Responsibilities {
  responsibilityMatrix { modalities rows { actor { key name kind } total cells { modality count } } }
}`,
    },
    floor: {
      cypher: `MATCH (a:Actor)-[:BEARS]->(o:Obligation)
WITH a, o.modality AS modality, count(o) AS count
WITH a, collect({modality: modality, count: count}) AS cells, sum(count) AS total
RETURN a {.id, .name, .kind} AS actor, total, cells ORDER BY a.kind, a.id`,
      params: {},
    },
    peer: {
      query: `query Responsibilities {
  actors(where: { bears: { some: { id: { startsWith: "obligation:" } } } }, sort: [{ kind: ASC }, { id: ASC }]) {
    id name kind
    total: bearsConnection { totalCount }
${MODALITIES.map((m) => `    ${m.toLowerCase()}: bearsConnection(where: { node: { modality: { eq: "${m}" } } }) { totalCount }`).join('\n')}
  }
}`,
    },
    check: (data) => (data?.responsibilityMatrix?.rows?.length ?? 0) > 0,
  },
];

export const isSupported = (peer: CanonicalQuery['peer']): peer is GraphQLRequest => !('unsupported' in peer);
