// The operations of the reader and the search box: a regulation's whole text in one request, and search hits
// of every kind with where they sit. Kept apart from operations.ts, which holds the graph's and the tables'.
// test/client/graphql-types.test.ts validates these against the schema too.
import { graphql, type ResultOf } from './graphql.ts';
import { ActorRefFields } from './operations.ts';
import { RegulationMetaFields } from './regulation-fields.ts';

/**
 * An article as the reader draws it: headings, citations, and every clause with what it names and states. Clause
 * and mention fields are written out, not spread: a fragment spread counts as a level against the API's depth
 * limit (12), and an item's mentions are already deep.
 */
export const ReaderArticleFields = graphql(`
  fragment ReaderArticleFields on Article @_unmask {
    key
    number
    title
    titleEn
    numeral
    heading
    citation
    citationEn
    chapter { number }
    paragraphs {
      number
      text
      clause { article articleKey regulation paragraph item label labelEn citation citationEn }
      mentions {
        key
        start
        end
        entity {
          __typename
          ... on Actor { key name nameEn kind }
          ... on Industry { key name nameEn }
        }
      }
      obligations { key modality text }
      items {
        number
        marker
        text
        clause { article articleKey regulation paragraph item label labelEn citation citationEn }
        mentions { key start end entity { __typename ... on Actor { key name nameEn kind } ... on Industry { key name nameEn } } }
        obligations { key modality text }
      }
    }
  }
`);

export type ReaderArticle = ResultOf<typeof ReaderArticleFields>;

/**
 * A regulation's metadata, versions and whole text, chapter by chapter. Nested lists are not multiplied by the
 * API's cost limit the way a page (`first`) is, so the whole text fits one request (≈ 0.3 MB for 62 articles).
 */
export const RegulationTextQuery = graphql(
  `
  query RegulationText($key: String!) {
    regulation(key: $key) {
      ...RegulationMetaFields
      versions { key title adopted promulgated effective }
      chapters {
        number
        title
        titleEn
        label
        labelEn
        articles { ...ReaderArticleFields }
      }
    }
  }
`,
  [ReaderArticleFields, RegulationMetaFields],
);

export type RegulationText = NonNullable<ResultOf<typeof RegulationTextQuery>['regulation']>;

/** A regulation without chapters lists its articles here instead, a page of keys at a time. */
export const RegulationArticleKeysQuery = graphql(`
  query RegulationArticleKeys($key: String!, $after: String) {
    regulation(key: $key) {
      articles(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { key } }
      }
    }
  }
`);

export const ReaderArticleQuery = graphql(
  `
  query ReaderArticle($key: String!) {
    article(key: $key) { ...ReaderArticleFields }
  }
`,
  [ReaderArticleFields],
);

/**
 * What the search box suggests: actors and industries by name from the first character, and the API's search
 * hits of every kind (clauses by number, text, names), each with its regulation and where it sits.
 */
export const SuggestQuery = graphql(
  `
  query Suggest($query: String!, $regulations: [String!]!) {
    actors(search: $query, regulations: $regulations, first: 8) {
      edges { node { ...ActorRefFields } }
    }
    industries(search: $query, regulations: $regulations, first: 6) {
      edges { node { key name nameEn aliases } }
    }
    search(query: $query, regulations: $regulations, first: 40) {
      totalCount
      edges {
        node {
          __typename
          key
          kind
          title
          titleEn
          matchedBy
          regulation { key title }
          clause { article articleKey regulation paragraph item label labelEn }
          snippet { text field matchStart matchEnd }
          ... on ObligationHit { obligation { modality } }
          ... on ArticleHit { article { heading } }
          ... on ActorHit { actor { ...ActorRefFields } }
          ... on IndustryHit { industry { key name nameEn aliases } }
        }
      }
    }
  }
`,
  [ActorRefFields],
);

export type SuggestResult = ResultOf<typeof SuggestQuery>;
