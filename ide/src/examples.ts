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
    partners {
      partner { name }
      via { role partnerRole activity { __typename } }
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
# interventions.
query PlaceRollUp {
  place(id: "vn:lai-chau") {
    descendants(level: COMMUNE) { name code }
    interventions { name }
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
];
