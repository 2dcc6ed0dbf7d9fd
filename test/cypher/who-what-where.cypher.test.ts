import * as cypher from "../../src/who-what-where/who-what-where.cypher";
import { whoWhatWhereMatch, type WhoWhatWhereQuery } from "../../src/who-what-where/who-what-where.cypher";

/**
 * The 3W statement for each shape of filter, without a database (neo4j/graphql's tck style):
 * a change to the generated Cypher shows up here as a snapshot diff to review. Run
 * `npx jest test/cypher -u` to accept an intended change, and commit the snapshot.
 */
const CASES: Record<string, WhoWhatWhereQuery> = {
  "no filter": {},
  "place: starts at the place and walks down": { place: "vn:lai-chau" },
  "organization: starts at the organization and its units": { organization: "org:plan-international" },
  "model: starts at the model and its variants": { model: "model:chicken-raising" },
  "program: starts at the program": { program: "program:ntp-ethnic-minority-mountainous-2021-2030" },
  "project: starts at the project": { project: "project:inkota-dwc-community-subprojects-than-uyen" },
  "place + model + organization: place anchors, the rest filter": { place: "vn:lai-chau", model: "model:watermelon", organization: "org:dwc" },
  "place + project + program": { place: "vn:lai-chau", project: "project:x", program: "program:y" },
  "roles, activities and a date range": { roles: ["IMPLEMENTER", "FUNDER"], activities: ["TRAINING"], from: "2023-01-01", to: "2024-12-31" },
  "from with includeUndated": { from: "2030-01-01", includeUndated: true },
  "activities: events only (no intervention rows)": { activities: ["EVENT"] },
  "place + program + organization over interventions and events": { place: "vn:bac-ninh", program: "program:ntp", organization: "org:molisa" },
};

describe("whoWhatWhereMatch", () => {
  for (const [name, query] of Object.entries(CASES)) {
    it(name, () => {
      const { cypher, params } = whoWhatWhereMatch(query);
      expect(cypher).toMatchSnapshot("cypher");
      expect(params).toMatchSnapshot("params");
    });
  }

  it("matches events only when their rows can pass: not for a model filter, nor for activities without EVENT", () => {
    const matchesEvents = (q: WhoWhatWhereQuery): boolean => whoWhatWhereMatch(q).cypher.includes(":Event");
    expect(matchesEvents({})).toBe(true);
    expect(matchesEvents({ activities: ["EVENT", "TRAINING"] })).toBe(true);
    expect(matchesEvents({ model: "model:x" })).toBe(false);
    expect(matchesEvents({ activities: ["TRAINING"] })).toBe(false);
    expect(whoWhatWhereMatch({ activities: ["EVENT"] }).cypher).not.toContain(":Intervention");
  });

  it("adds a parameter for each filter given and none for the others", () => {
    expect(Object.keys(whoWhatWhereMatch({}).params)).toEqual([]);
    expect(Object.keys(whoWhatWhereMatch({ place: "vn:a", roles: ["HOST"] }).params).sort()).toEqual(["place", "roles"]);
  });

  it("never writes a value into the statement, nor the `$x IS NULL OR` pattern", () => {
    for (const query of Object.values(CASES)) {
      const { cypher, params } = whoWhatWhereMatch(query);
      expect(cypher).not.toMatch(/\$\w+ IS NULL OR/);
      for (const value of Object.values(params).flat()) expect(cypher).not.toContain(String(value));
    }
  });
});

/** The summary aggregates' statements (issue #21): the home buckets and what keeps them. */
const AGGREGATES: Record<string, { cypher: string; params: Record<string, unknown> }> = {
  "a home bucket's facets": cypher.facetsStatement({}, { province: "vn:lai-chau" }),
  "the no-province bucket's facets": cypher.facetsStatement({}, { province: null }),
  "facets by home": cypher.facetsByHomeStatement(),
  lock: cypher.summaryLockStatement("country"),
  read: cypher.summaryReadStatement("place:vn:lai-chau"),
  "read by prefix": cypher.summariesStatement("home:"),
  write: cypher.summaryWriteStatement([{ key: "home:", facets: "{}" }]),
  prune: cypher.summaryPruneStatement(["country"]),
  "province ids": cypher.provinceIdsStatement(),
  "entity names": cypher.entityNamesStatement(["org:a"]),
  "stated ends": cypher.statedEndsStatement(["src:x"]),
  mentioned: cypher.mentionedStatement(["src:x"]),
  "entity states": cypher.entityStatesStatement(["vn:a"]),
  "touched buckets": cypher.touchedBucketsStatement({ activities: ["intervention:a"], organizations: ["org:a"], models: ["model:a"], chains: ["project:a"] }),
};

describe("summary aggregates' statements", () => {
  for (const [name, part] of Object.entries(AGGREGATES)) {
    it(name, () => {
      expect(part.cypher).toMatchSnapshot("cypher");
      expect(part.params).toMatchSnapshot("params");
    });
  }

  it("a home bucket anchors at its province and keeps the activities whose home it is; no filter keeps its Cypher", () => {
    const home = cypher.whoWhatWhereMatch({}, { province: "vn:lai-chau" });
    expect(home.params).toEqual({ home: "vn:lai-chau" });
    expect(home.cypher).toContain("= $home");
    expect(cypher.whoWhatWhereMatch({}).cypher).not.toContain("$home");
  });
});
