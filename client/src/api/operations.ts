// Every GraphQL operation the explorer sends. Result and variable types are inferred from schema.graphql by
// gql.tada; test/client/operations.test.ts validates each document against the schema as well.
import { RegulationMetaFields } from './regulation-fields.ts';
import { graphql, type ResultOf } from './graphql.ts';

// Fragments are unmasked: panels read the fields directly instead of through readFragment().
export const ClauseFields = graphql(`
  fragment ClauseFields on ClauseRef @_unmask { article articleKey regulation paragraph item label labelEn }
`);

export const GraphViewFields = graphql(
  `
  fragment GraphViewFields on GraphView @_unmask {
    truncated
    totalNodes
    nodes { id type label labelEn gist clause { label labelEn citation } data }
    edges { id source target type label labelEn clause { ...ClauseFields citation } data }
  }
`,
  [ClauseFields],
);

/** What a link to an article shows (第28条 / Article 28 as the API writes them) and opens (its key). */
export const ArticleLabelFields = graphql(`
  fragment ArticleLabelFields on Article @_unmask { key number title titleEn }
`);

export type ArticleLabel = ResultOf<typeof ArticleLabelFields>;

export const ChapterLabelFields = graphql(`
  fragment ChapterLabelFields on Chapter @_unmask { number title titleEn label labelEn }
`);

/** A zone ↔ industry link, from either side: its level, rank, gloss and source clause. */
export const DevelopmentFields = graphql(
  `
  fragment DevelopmentFields on ZoneIndustry @_unmask {
    level
    rank
    levelEn
    regulation { key }
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
    gist
    citation
    regulation { key }
    clause { ...ClauseFields citation }
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
  query OverviewSeeds($kinds: [ActorKind!]!, $regulations: [String!]!) {
    actors(kind: $kinds, regulations: $regulations, first: 100) {
      totalCount
      edges { node { ...ActorRefFields } }
    }
  }
`,
  [ActorRefFields],
);

/** Every regulation in the graph, by key: what the picker lists, the header names and the views are scoped to. */
export const RegulationsQuery = graphql(
  `
  query Regulations {
    regulations {
      ...RegulationMetaFields
      counts { chapters articles obligations actors industries zoneIndustries }
      wholeZone { key }
    }
  }
`,
  [RegulationMetaFields],
);

export type RegulationMeta = ResultOf<typeof RegulationsQuery>['regulations'][number];

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

export const ActorDetailsQuery = graphql(
  `
  query ActorDetails($id: String!, $regulations: [String!]!) {
    actor(id: $id) {
      ...ActorRefFields
      obligations(first: 0, regulations: $regulations) { totalCount }
      benefits(first: 0, regulations: $regulations) { totalCount }
      industries {
        ...DevelopmentFields
        industry { key name nameEn }
      }
      articles(first: 70, regulations: $regulations) {
        totalCount
        edges { mentionCount node { ...ArticleLabelFields regulation { key } } }
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
  query IndustryDetails($id: String!, $regulations: [String!]!) {
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
      articles(first: 70, regulations: $regulations) {
        totalCount
        edges { mentionCount node { ...ArticleLabelFields regulation { key } } }
      }
      obligations(first: 0, regulations: $regulations) { totalCount }
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
      ...ArticleLabelFields
      regulation { key title }
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
  query ArticleText($key: String!) {
    article(key: $key) {
      ...ArticleLabelFields
      regulation { key }
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

export const ResponsibilityMatrixQuery = graphql(
  `
  query ResponsibilityMatrix($regulations: [String!]!) {
    responsibilityMatrix(regulations: $regulations) {
      modalities
      rows {
        actor { ...ActorRefFields }
        total
        cells { modality count }
      }
      unnamed { total cells { modality count } }
      totals { total cells { modality count } }
    }
  }
`,
  [ActorRefFields],
);

/**
 * The ids of the obligations no actor bears (the matrix's 未明确主体 row), up to 100 per modality a page. The API
 * has no bearer filter for them, and full obligations under every cell would pass its cost limit at a few a
 * page; ObligationNodesQuery then fetches them by id.
 */
export const UnnamedObligationIdsQuery = graphql(`
  query UnnamedObligationIds($regulations: [String!]!, $after: String) {
    responsibilityMatrix(regulations: $regulations) {
      unnamed {
        cells {
          modality
          count
          obligations(first: 100, after: $after) {
            pageInfo { hasNextPage endCursor }
            edges { node { id } }
          }
        }
      }
    }
  }
`);

export const ObligationNodesQuery = graphql(
  `
  query ObligationNodes($ids: [ID!]!) {
    nodes(ids: $ids) { ... on Obligation { ...ObligationFields } }
  }
`,
  [ObligationFields],
);

/**
 * One page of obligations, filtered. The API's cost limit counts `first` times the cost of an obligation with
 * its actors, so lists are fetched 25 at a time (fetchObligations in obligation-pages.ts).
 */
export const ObligationsQuery = graphql(
  `
  query Obligations($bearer: String, $beneficiary: String, $industry: String, $modality: [Modality!], $regulations: [String!]!, $after: String) {
    obligations(bearer: $bearer, beneficiary: $beneficiary, industry: $industry, modality: $modality, regulations: $regulations, after: $after, first: 25) {
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
  query ZoneIndustryMatrix($regulations: [String!]!) {
    zoneIndustryMatrix(regulations: $regulations) {
      zones { ...ActorRefFields zoneRole }
      industries {
        key
        name
        nameEn
        gbCode
        classification { code name nameEn section { code name nameEn } }
        divisions { code name nameEn section { code name nameEn } }
      }
      cells {
        ...DevelopmentFields
        clause { citation }
        zone { key }
        industry { key }
      }
    }
    developmentLevels { level levelEn rank }
  }
`,
  [ActorRefFields, DevelopmentFields],
);

/**
 * Two or more regulations side by side: each actor's obligations by modality per regulation (with whether they
 * differ), the actors only one of them names, and what each one's zones are to develop.
 */
export const CompareQuery = graphql(
  `
  query Compare($regulations: [String!]!) {
    compare(regulations: $regulations) {
      regulations { key title }
      actors {
        actor { ...ActorRefFields }
        differs
        regulations { regulation { key } total cells { modality count } }
      }
      sharedActors { key }
      uniqueActors { regulation { key } actors { key } }
      zoneIndustries {
        regulation { key }
        cells {
          ...DevelopmentFields
          clause { citation }
          zone { ...ActorRefFields }
          industry { key name nameEn gbCode }
        }
      }
    }
  }
`,
  [ActorRefFields, DevelopmentFields],
);

/** What changed between two texts of a regulation: the articles added, removed and amended, the obligations gained and lost. */
export const VersionDiffQuery = graphql(
  `
  query VersionDiff($from: String!, $to: String!) {
    diff(from: $from, to: $to) {
      from { key title adopted effective }
      to { key title adopted effective }
      added
      removed
      changed
      unchanged
      articles(changedOnly: true) {
        kind
        similarity
        from { ...ArticleLabelFields heading text }
        to { ...ArticleLabelFields heading text }
      }
      obligationsGained { ...ObligationFields }
      obligationsLost { ...ObligationFields }
    }
  }
`,
  [ArticleLabelFields, ObligationFields],
);
