import type { CypherPart } from "../../src/graph/graph.statement";
import {
  LIVELIHOOD,
  anchorCypher,
  type ModelQuery,
  modelDetailsCypher,
  modelSpreadCypher,
  modelSpreadRunTotalCypher,
  modelSpreadRunsCypher,
  placeFactsCountStatement,
  placeFactsLockStatement,
  placeFactsReadStatement,
  placeFactsRefreshStatement,
  placeFactsTouchedStatement,
  rankModelsCypher,
  similarPlacesCypher,
  statedOutcomesCypher,
} from "../../src/replicable-models/replicable-models.cypher";
import type { Zones } from "../../src/replicable-models/replicable-models.rows";
import { CLASSIFICATIONS, WEIGHTS } from "../../src/replicable-models/replicable-models.scoring";
import { ReasonCode } from "../../src/replicable-models/replicable-models.type";

/**
 * The planners' statements for each shape of request, without a database: a change to the
 * generated Cypher shows up as a snapshot diff to review (`npx jest test/cypher -u` to accept it).
 */
const ZONES: Zones = {
  place: "vn:lai-chau:than-uyen:pha-mu",
  roots: ["vn:lai-chau:than-uyen:pha-mu"],
  holders: ["vn:lai-chau:than-uyen", "vn:lai-chau"],
  communes: ["vn2025:lai-chau:muong-kim", "vn:lai-chau:than-uyen:muong-kim"],
  districts: ["vn:lai-chau:than-uyen"],
  provinces: ["vn:lai-chau"],
  nearby: ["vn:dien-bien"],
  search: ["vn:lai-chau:than-uyen:pha-mu", "vn:lai-chau", "vn:dien-bien"],
  regions: ["Trung du và miền núi phía Bắc"],
  actors: ["org:ubnd-huyen-than-uyen"],
  here: { latitude: 21.88, longitude: 103.8 },
  hereApprox: true,
};
const NO_COORDINATES: Zones = { ...ZONES, here: null, nearby: [] };
const LINKS = { learned: [{ key: 0, actor: "org:ninh-thuan-delegation-2024", target: "intervention:dong-truong-son-clean-tea", inferred: null }], showcased: [] };
const PLACE = "vn:lai-chau:than-uyen:pha-mu";

const QUERIES: Record<string, ModelQuery> = {
  "no filter": { place: PLACE, ...LIVELIHOOD },
  "category, program and minEvidence": { place: PLACE, categories: ["LIVESTOCK"], uncategorised: false, infrastructureRuns: false, program: "program:ocop", minEvidence: 2 },
  "infrastructure asked": { place: PLACE, categories: ["INFRASTRUCTURE", "CROP"], uncategorised: false, infrastructureRuns: true },
};

const STATEMENTS: Record<string, CypherPart> = {
  anchor: anchorCypher(PLACE),
  "anchor at the 2025 successor": anchorCypher(PLACE, true),
  "rank nearby, infrastructure asked": rankModelsCypher(QUERIES["infrastructure asked"], ZONES, LINKS, "NEARBY", { limit: 21 }),
  "rank nearby": rankModelsCypher(QUERIES["no filter"], ZONES, LINKS, "NEARBY", { limit: 21 }),
  "rank nearby, filtered, after a cursor": rankModelsCypher(QUERIES["category, program and minEvidence"], ZONES, LINKS, "NEARBY", {
    limit: 6,
    after: { score: 13.5, id: "model:watermelon" },
  }),
  "rank nearby without coordinates": rankModelsCypher(QUERIES["no filter"], NO_COORDINATES, LINKS, "NEARBY", { limit: 21 }),
  "rank fallback": rankModelsCypher(QUERIES["no filter"], ZONES, LINKS, "FALLBACK", { limit: 21 }),
  "rank fallback, filtered": rankModelsCypher(QUERIES["category, program and minEvidence"], ZONES, LINKS, "FALLBACK", { limit: 21 }),
  details: modelDetailsCypher(QUERIES["no filter"], ZONES, [{ id: "model:chicken-raising", runs: ["intervention:than-uyen-black-chicken-huoi-bac"] }]),
  "details without events or learning (not asked)": modelDetailsCypher(
    QUERIES["no filter"],
    ZONES,
    [{ id: "model:chicken-raising", runs: ["intervention:than-uyen-black-chicken-huoi-bac"] }],
    { events: false, learning: false },
  ),
  "details in a program": modelDetailsCypher({ place: PLACE, ...LIVELIHOOD, program: "program:ocop" }, ZONES, [
    { id: "model:chicken-raising", runs: ["intervention:than-uyen-black-chicken-huoi-bac"] },
  ]),
  "similar places": similarPlacesCypher(ZONES, LINKS.learned, { limit: 11 }),
  "similar places after a cursor, without coordinates": similarPlacesCypher(NO_COORDINATES, [], { limit: 11, after: { score: 9.5, id: "vn:lai-chau:than-uyen:ta-hua" } }),
  spread: modelSpreadCypher(["model:clean-tea"]),
  "spread, runs counted but not detailed": modelSpreadCypher(["model:clean-tea"], 0),
  "spread runs, first page": modelSpreadRunsCypher(["model:clean-tea", "model:chicken-raising"], { after: null, limit: 21 }),
  "spread runs after a dated run": modelSpreadRunsCypher(["model:clean-tea"], { after: ["2019-03-01", "intervention:dong-truong-son-clean-tea"], limit: 3 }),
  "spread runs after an undated run": modelSpreadRunsCypher(["model:clean-tea"], { after: [null, "intervention:dong-truong-son-clean-tea"], limit: 3 }),
  "spread run total": modelSpreadRunTotalCypher(["model:clean-tea"]),
  "stated outcomes": statedOutcomesCypher(["model:clean-tea"]),
  "kept place facts: lock": placeFactsLockStatement(),
  "kept place facts: places a write touches": placeFactsTouchedStatement(["src:001"]),
  "kept place facts: refresh some places": placeFactsRefreshStatement(["vn:lai-chau", "vn:lai-chau:than-uyen"]),
  "kept place facts: refresh every place": placeFactsRefreshStatement(null),
  "kept place facts: read": placeFactsReadStatement(),
  "kept place facts: counted now": placeFactsCountStatement(),
};

describe("replicable-models statements", () => {
  for (const [name, { cypher, params }] of Object.entries(STATEMENTS)) {
    it(name, () => {
      expect(cypher).toMatchSnapshot("cypher");
      expect(params).toMatchSnapshot("params");
    });
  }

  it("never writes a value into a statement, nor the `$x IS NULL OR` pattern", () => {
    const values = (v: unknown): string[] =>
      v && typeof v === "object" ? Object.values(v as Record<string, unknown>).flatMap(values) : typeof v === "string" && v.length > 3 ? [v] : [];
    for (const { cypher, params } of Object.values(STATEMENTS)) {
      expect(cypher).not.toMatch(/\$\w+ IS NULL OR/);
      // Region names, ids and patterns come in as parameters only.
      for (const value of values({ ...params, weights: undefined })) expect(cypher).not.toContain(value);
    }
  });

  it("adds a filter's clause and parameter only when the filter is given", () => {
    const plain = rankModelsCypher(QUERIES["no filter"], ZONES, LINKS, "NEARBY", { limit: 21 });
    expect(Object.keys(plain.params).sort()).toEqual([
      "categories",
      "classes",
      "fallbackModels",
      "fallbackRuns",
      "hereShown",
      "infrastructureActivity",
      "infrastructureRuns",
      "learned",
      "limit",
      "linkActors",
      "runsShown",
      "showcased",
      "uncategorised",
      "weights",
      "zones",
    ]);
    expect(plain.cypher).not.toMatch(/\$category|\$program|\$minEvidence|\$after/);
    const filtered = STATEMENTS["rank nearby, filtered, after a cursor"];
    expect(Object.keys(filtered.params)).toEqual(expect.arrayContaining(["categories", "program", "minEvidence", "afterScore", "afterId"]));
  });

  it("pays every point from the weight table, and names every reason by a ReasonCode", () => {
    const text = Object.values(STATEMENTS)
      .map((s) => s.cypher)
      .join("\n");
    for (const [, group, name] of text.matchAll(/\$weights\.(model|place)\.(\w+)/g)) {
      expect(WEIGHTS[group as keyof typeof WEIGHTS]).toHaveProperty(name);
    }
    for (const [, code] of text.matchAll(/\{code: '(\w+)'/g)) expect(Object.values(ReasonCode)).toContain(code);
  });

  it("classification patterns compile as the database reads them (Java syntax is a superset here)", () => {
    for (const c of CLASSIFICATIONS) expect(() => new RegExp(c.words, "iu")).not.toThrow();
  });
});
