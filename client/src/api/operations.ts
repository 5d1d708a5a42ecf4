// Every GraphQL operation the explorer sends. Result and variable types are inferred from schema.graphql by
// gql.tada; test/client/operations.test.ts validates each document against the schema as well.
import { graphql, type ResultOf } from './graphql.ts';

// Fragments are unmasked: panels read the fields directly instead of through readFragment().
export const ClauseFields = graphql(`
  fragment ClauseFields on ClauseRef @_unmask { article paragraph item label labelEn }
`);

export const GraphViewFields = graphql(
  `
  fragment GraphViewFields on GraphView @_unmask {
    truncated
    totalNodes
    nodes { id type label labelEn clause { label labelEn } data }
    edges { id source target type label labelEn clause { ...ClauseFields } data }
  }
`,
  [ClauseFields],
);

/** What a link to an article shows: 第28条 / Article 28 as the API writes them. */
export const ArticleLabelFields = graphql(`
  fragment ArticleLabelFields on Article @_unmask { number title titleEn }
`);

export type ArticleLabel = ResultOf<typeof ArticleLabelFields>;

export const ChapterLabelFields = graphql(`
  fragment ChapterLabelFields on Chapter @_unmask { number title label labelEn }
`);

/** A zone ↔ industry link, from either side: its level, rank, gloss and source clause. */
export const DevelopmentFields = graphql(
  `
  fragment DevelopmentFields on ZoneIndustry @_unmask {
    level
    rank
    levelEn
    article { ...ArticleLabelFields }
    clause { ...ClauseFields }
  }
`,
  [ArticleLabelFields, ClauseFields],
);

export const ActorRefFields = graphql(`
  fragment ActorRefFields on Actor @_unmask {
    key
    name
    nameEn
    kind
    aliases
  }
`);

export const ObligationFields = graphql(
  `
  fragment ObligationFields on Obligation @_unmask {
    key
    modality
    marker
    text
    citation
    clause { ...ClauseFields }
    bearers { ...ActorRefFields }
    beneficiaries { ...ActorRefFields }
    industries { key name nameEn }
  }
`,
  [ActorRefFields, ClauseFields],
);

export type Obligation = ResultOf<typeof ObligationFields>;

export const OverviewSeedsQuery = graphql(
  `
  query OverviewSeeds($kinds: [ActorKind!]!) {
    actors(kind: $kinds, first: 100) {
      edges { node { ...ActorRefFields } }
    }
    regulation { wholeZone { key } }
  }
`,
  [ActorRefFields],
);

/** What the page frame and the exports name: the regulation in the graph (null while the database is empty). */
export const RegulationQuery = graphql(`
  query Regulation {
    regulation { key title }
  }
`);

export const NeighborhoodQuery = graphql(
  `
  query Neighborhood($ids: [String!]!, $depth: Int, $types: [GraphNodeType!], $relationships: [GraphEdgeType!], $limit: Int) {
    neighborhood(ids: $ids, depth: $depth, types: $types, relationships: $relationships, limit: $limit) {
      ...GraphViewFields
    }
  }
`,
  [GraphViewFields],
);

export const SuggestQuery = graphql(
  `
  query Suggest($query: String!, $fullText: Boolean!) {
    actors(search: $query, first: 8) {
      edges { node { ...ActorRefFields } }
    }
    industries(search: $query, first: 6) {
      edges { node { key name nameEn aliases } }
    }
    search(query: $query, first: 8, kinds: [ARTICLE, OBLIGATION]) @include(if: $fullText) {
      edges {
        node {
          key
          kind
          title
          snippet { text matchStart matchEnd }
          ... on ObligationHit { obligation { modality clause { label labelEn } } }
          ... on ArticleHit { article { ...ArticleLabelFields } }
        }
      }
    }
  }
`,
  [ActorRefFields, ArticleLabelFields],
);

export const ActorDetailsQuery = graphql(
  `
  query ActorDetails($id: String!) {
    actor(id: $id) {
      ...ActorRefFields
      obligations(first: 0) { totalCount }
      benefits(first: 0) { totalCount }
      industries {
        ...DevelopmentFields
        industry { key name nameEn }
      }
      articles(first: 70) {
        totalCount
        edges { mentionCount node { ...ArticleLabelFields } }
      }
      relatedActors {
        relation
        sharedObligations
        actor { ...ActorRefFields }
      }
    }
  }
`,
  [ActorRefFields, DevelopmentFields, ArticleLabelFields],
);

export const IndustryDetailsQuery = graphql(
  `
  query IndustryDetails($id: String!) {
    industry(id: $id) {
      key
      name
      nameEn
      gbCode
      aliases
      zones {
        ...DevelopmentFields
        zone { ...ActorRefFields }
      }
      articles(first: 70) {
        totalCount
        edges { mentionCount node { ...ArticleLabelFields } }
      }
      obligations(first: 0) { totalCount }
    }
  }
`,
  [ActorRefFields, DevelopmentFields, ArticleLabelFields],
);

export const ObligationDetailsQuery = graphql(
  `
  query ObligationDetails($id: String!) {
    obligation(id: $id) { ...ObligationFields }
  }
`,
  [ObligationFields],
);

export const ArticleSummaryQuery = graphql(
  `
  query ArticleSummary($key: String!) {
    article(key: $key) {
      key
      ...ArticleLabelFields
      heading
      text
      chapter { ...ChapterLabelFields }
      obligations { ...ObligationFields }
      mentionedActors { ...ActorRefFields }
      mentionedIndustries { key name nameEn }
      citedDocuments { key title }
    }
  }
`,
  [ObligationFields, ActorRefFields, ChapterLabelFields, ArticleLabelFields],
);

const TextMentionFields = graphql(`
  fragment TextMentionFields on TextMention @_unmask {
    key
    start
    end
    surface
    entity {
      __typename
      ... on Actor { key name nameEn kind }
      ... on Industry { key name nameEn }
    }
  }
`);

export const ArticleTextQuery = graphql(
  `
  query ArticleText($number: Int!) {
    article(number: $number) {
      key
      ...ArticleLabelFields
      numeral
      heading
      chapter { ...ChapterLabelFields }
      paragraphs {
        number
        clause { ...ClauseFields }
        text
        mentions { ...TextMentionFields }
        obligations { key modality text }
        items {
          number
          marker
          clause { ...ClauseFields }
          text
          mentions { ...TextMentionFields }
          obligations { key modality text }
        }
      }
    }
  }
`,
  [TextMentionFields, ClauseFields, ChapterLabelFields, ArticleLabelFields],
);

export const TableOfContentsQuery = graphql(
  `
  query TableOfContents {
    regulation { title issuer adopted effective }
    chapters {
      ...ChapterLabelFields
      articles { ...ArticleLabelFields heading }
    }
  }
`,
  [ChapterLabelFields, ArticleLabelFields],
);

export const ResponsibilityMatrixQuery = graphql(
  `
  query ResponsibilityMatrix {
    responsibilityMatrix {
      modalities
      rows {
        actor { ...ActorRefFields }
        total
        cells { modality count }
      }
    }
  }
`,
  [ActorRefFields],
);

/**
 * One page of obligations, filtered. The API's cost limit counts `first` times the cost of an obligation with
 * its actors, so lists are fetched 25 at a time (fetchObligations in obligation-pages.ts).
 */
export const ObligationsQuery = graphql(
  `
  query Obligations($bearer: String, $beneficiary: String, $industry: String, $modality: [Modality!], $after: String) {
    obligations(bearer: $bearer, beneficiary: $beneficiary, industry: $industry, modality: $modality, after: $after, first: 25) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ObligationFields } }
    }
  }
`,
  [ObligationFields],
);

export const ZoneIndustryMatrixQuery = graphql(
  `
  query ZoneIndustryMatrix {
    regulation { wholeZone { key } }
    zoneIndustryMatrix {
      zones { ...ActorRefFields }
      industries { key name nameEn gbCode }
      cells {
        ...DevelopmentFields
        zone { key }
        industry { key }
      }
    }
  }
`,
  [ActorRefFields, DevelopmentFields],
);
