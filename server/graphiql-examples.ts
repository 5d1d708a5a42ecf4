// Example queries preloaded as GraphiQL tabs at /graphql: the questions researchers ask most. They name no one
// regulation's actors: they search by words every regulation uses (人民政府, 海关), take the zone from the
// regulation itself, or use the ids of national bodies (actor:haiguan), which are the same in every text.
export const EXAMPLE_QUERIES: readonly { title: string; query: string }[] = [
  {
    title: 'Duties of the governments',
    query: `# What must the governments the text names (人民政府) do? Keys such as actor:guowuyuan are stable.
query GovernmentDuties {
  actors(search: "人民政府", first: 5) {
    edges {
      node {
        key
        name
        nameEn
        obligations(first: 10) {
          totalCount
          edges { node { citation modality marker text } }
        }
      }
    }
  }
}`,
  },
  {
    title: 'The regulations and their zones',
    query: `# The regulations in the graph, and the zone each is about (null when its title names none), with what that zone is to develop.
query RegulationZones {
  regulations {
    key
    title
    issuer
    effective
    counts { articles obligations actors }
    versions { key effective }
    wholeZone {
      key
      name
      industries { industry { name nameEn } level levelEn clause { label } }
    }
  }
}`,
  },
  {
    title: 'Zones × industries',
    query: `# Which industries is each zone to develop, how strongly (rank: higher is stronger), and where does the text say so?
query ZoneIndustries {
  zoneIndustryMatrix {
    cells { zone { name } industry { name nameEn } level rank levelEn clause { label labelEn } }
  }
}`,
  },
  {
    title: 'Compare regulations',
    query: `# Every regulation in the graph side by side (or name them: compare(regulations: ["regulation:…", …])): each
# actor's duties by modality per regulation, the actors all of them name and those only one names, and every
# zone's industries per regulation.
query Compare {
  compare {
    regulations { key title }
    actors { actor { name } differs regulations { total cells { modality count } } }
    sharedActors { name }
    uniqueActors { regulation { title } actors { name } }
    zoneIndustries { regulation { title } cells { zone { name } industry { name } level } }
  }
}`,
  },
  {
    title: 'Customs in every regulation',
    query: `# A national body is one node for every regulation that names it: its duties, each with its regulation.
query CustomsEverywhere {
  actor(id: "actor:haiguan") {
    name
    obligations(first: 50) { totalCount edges { node { regulation { title } citation modality text } } }
  }
}`,
  },
  {
    title: 'Full-text search',
    query: `# Chinese or English; every term must match.
query Search {
  search(query: "海关", first: 10) {
    totalCount
    edges { node { kind key title regulation { title } snippet { field text } } }
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
    query: `# Customs (海关, a national body: the same key in every regulation) and what it is tied to.
query CustomsNeighbourhood {
  neighborhood(ids: ["actor:haiguan"], depth: 1, limit: 100) {
    truncated
    nodes { id type label labelEn }
    edges { id source target type label labelEn }
  }
}`,
  },
];
