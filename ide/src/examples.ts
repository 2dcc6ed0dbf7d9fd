/**
 * The operations the IDE opens with, one tab each (GraphiQL `defaultTabs`, used while the
 * browser has no saved tabs). They are the README's "Asking questions" examples, named so that
 * each tab has a readable title. Plain TypeScript without DOM or JSX: the unit test
 * test/unit/ide-examples.test.ts validates every one against schema/schema.graphql.
 */
export interface ExampleTab {
  /** Operation name; GraphiQL shows it as the tab title. */
  name: string;
  query: string;
  variables?: string;
}

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    name: "WhoWhatWhere",
    query: `# The 3W question: which partners ran which model
# where, when, for whom. Filters roll up: a province
# includes its districts, communes and villages, a model
# its sub-models, an organization its branches.
query WhoWhatWhere {
  whoWhatWhere(filter: { model: "model:watermelon", place: "vn:lai-chau" }) {
    totalCount
    nodes {
      organization { name } role
      model { name } intervention { name forWhom }
      village { name } commune { name code } district { name } province { name }
      projects { name } programs { name }
      period { start end }
      provenance { quote source { title } }
    }
  }
}
`,
  },
  {
    name: "Search",
    query: `# Full-text search over names and aliases;
# accents are optional.
query Search {
  search(text: "nuoi ong") { score entity { __typename id name } }
}
`,
  },
  {
    name: "Partners",
    query: `# Whom an organization worked with, through what.
query Partners {
  organization(id: "org:dwc") {
    partnersConnection(first: 20) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        partner { name }
        via { role partnerRole activity { __typename } }
      }
    }
  }
}
`,
  },
  {
    name: "LearnedFrom",
    query: `# Study tours: whom a delegation learned from,
# at which event.
query LearnedFrom {
  organization(id: "org:ninh-thuan-delegation-2024") {
    learnedFrom { from { name } event { name } }
  }
}
`,
  },
  {
    name: "PlaceRollUp",
    query: `# A province rolls up its communes and their
# interventions, a page at a time (pass endCursor
# as \`after\` for the next page).
query PlaceRollUp {
  place(id: "vn:lai-chau") {
    descendantsConnection(level: COMMUNE, first: 50) {
      totalCount
      nodes { name code }
    }
    interventionsConnection(first: 50) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { name }
    }
  }
}
`,
  },
  {
    name: "Claims",
    query: `# Sources that disagree: both statements are kept
# as claims, each with its quote.
query Claims {
  event(id: "event:2023-10-04-bac-ninh-poverty-model-replication-conference") {
    period { start end }
    claims { value note provenance { quote } }
  }
}
`,
  },
  {
    name: "ReplicableModels",
    query: `# Planners: which livelihood models to bring to
# xã Pha Mu (ranked as Mường Kim, the 2025 commune it
# became part of), why (every point has a reason),
# who ran them (whom to call); what already runs
# there is listed apart. Try categories: [INFRASTRUCTURE]
# or place: "vn:ninh-thuan".
query ReplicableModels {
  replicableModels(place: "vn:lai-chau:than-uyen:pha-mu", first: 5) {
    totalCount fallback caveats rankedFor { name }
    alreadyHereCount
    alreadyHere {
      rank model { name }
      reasons { text points inferred }
      contacts { actor { ... on Organization { name } } roles inferred }
    }
    nodes {
      rank score proximity
      model { name }
      reasons { text points inferred }
      caveats
      evidence { interventions sourceCount provinces }
      contacts { actor { ... on Organization { name } } roles }
      places { place { name } proximity why }
    }
  }
}
`,
  },
  {
    name: "SimilarPlaces",
    query: `# Places like xã Pha Mu: the same commune after the
# 2025 mergers, district, province, distance, models
# run in both, what sources say the place is.
query SimilarPlaces {
  similarPlaces(place: "vn:lai-chau:than-uyen:pha-mu", first: 10) {
    classifications { label provenance { quote } }
    nodes {
      rank score
      place { name level }
      reasons { text points }
      sharedModels { name }
    }
  }
}
`,
  },
  {
    name: "ModelSpread",
    query: `# How a model spread: where and when it ran, where it
# was shown, and who learned it from whom.
query ModelSpread {
  model(id: "model:clean-tea") {
    name
    spread {
      runs { intervention { name } period { start end } places { name } }
      showcased { event { name } period { start end } }
      learning {
        learner { name } learnerPlaces { name }
        from { name } fromPlaces { name }
        event { name period { start end } }
      }
    }
  }
}
`,
  },
];
