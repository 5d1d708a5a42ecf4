// Example queries preloaded as GraphiQL tabs at /graphql: the questions researchers ask most.
export const EXAMPLE_QUERIES: readonly { title: string; query: string }[] = [
  {
    title: 'Duties of the FTZ office',
    query: `# What must the FTZ work office (自贸办) do? Keys like actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi are stable.
query OfficeDuties {
  actor(id: "actor:xinjiang-ziyou-maoyi-shiyanqu-gongzuo-bangongshi") {
    name
    nameEn
    obligations(first: 20) {
      totalCount
      edges { node { citation modality marker text } }
    }
  }
}`,
  },
  {
    title: 'Zones × industries',
    query: `# Which industries is each zone to develop, at what level, and where does the text say so?
query ZoneIndustries {
  zoneIndustryMatrix {
    cells { zone { name } industry { name nameEn } level article { number } }
  }
}`,
  },
  {
    title: 'Full-text search',
    query: `# Chinese or English; every term must match.
query Search {
  search(query: "纺织", first: 10) {
    totalCount
    edges { node { kind key title snippet { field text } } }
  }
}`,
  },
  {
    title: 'Responsibility matrix',
    query: `query Responsibilities {
  responsibilityMatrix(kinds: [OFFICE, ZONE, CENTRAL_AGENCY]) {
    modalities
    rows { actor { name } total cells { modality count } }
  }
}`,
  },
  {
    title: 'Neighbourhood for Cytoscape',
    query: `query KashgarNeighbourhood {
  neighborhood(ids: ["actor:xinjiang-kashi-pianqu"], depth: 1, limit: 100) {
    truncated
    nodes { id type label labelEn }
    edges { id source target type label }
  }
}`,
  },
];
