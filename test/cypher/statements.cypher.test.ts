import { allSourcesStatement, claimsStatement, findByIdsStatement, metricsStatement, metricValuesStatement, sourcesByIdsStatement } from "../../src/entities/entity.cypher";
import { unknownIdsStatement } from "../../src/export/export.repository";
import { Label, RelType, KINDS } from "../../src/graph/graph.model";
import { searchIndexLabels } from "../../src/graph/graph.schema";
import { relatedNodesStatement, relatedStatement, Relations } from "../../src/graph/graph.relations";
import {
  columns,
  compact,
  type CypherPart,
  flag,
  list,
  metricRow,
  node,
  nullableString,
  number,
  oneOf,
  orElse,
  provenance,
  reason,
  RowShapeError,
  string,
} from "../../src/graph/graph.statement";
import { partnersStatement } from "../../src/partners/partner.cypher";
import { ancestorsStatement, descendantsStatement, withinStatement } from "../../src/places/place.cypher";
import { searchCypher } from "../../src/search/search.cypher";
import * as seed from "../../src/seed/seed.cypher";
import { boundStatements } from "../../src/composition";
import { boundIdsStatement, boundStatement } from "../../src/server/list-bounds.cypher";
import {
  countStatement,
  exportOrganizationsStatement,
  facetsStatement,
  organizationRowsStatement,
  placeCountsStatement,
  rowsStatement,
} from "../../src/who-what-where/who-what-where.cypher";

/**
 * Every statement the repositories run that no other file of test/cypher snapshots, built without
 * a database: a change to the Cypher or its parameters shows up as a snapshot diff to review
 * (`npx jest test/cypher -u` to accept it). The decoders are checked on rows of both shapes.
 */
const IDS = ["org:plan-international", "org:dwc"];
const Q = { place: "vn:lai-chau", roles: ["IMPLEMENTER"], from: "2024-01-01" };
const PROJECTION = ["level", "name"];

const STATEMENTS: Record<string, CypherPart> = {
  "entities: by id": findByIdsStatement(IDS, Label.Organization, PROJECTION),
  "entities: sources by id": sourcesByIdsStatement(["src:000"]),
  "entities: every source": allSourcesStatement(),
  "entities: metrics": metricsStatement(IDS),
  "entities: every source's metric values": metricValuesStatement(["org:dwc#beneficiaries"]),
  "entities: claims": claimsStatement(IDS),
  "relations: related nodes": relatedNodesStatement(Relations.mentions, IDS, PROJECTION),
  "relations: related items": relatedStatement(Relations.coveredBy, IDS, PROJECTION, ["sourceId"]),
  "places: descendants": descendantsStatement(["vn:lai-chau"], PROJECTION),
  "places: ancestors": ancestorsStatement(["vn:lai-chau:than-uyen"]),
  "places: roll-up": withinStatement(KINDS.Intervention, ["vn:lai-chau"], PROJECTION),
  "partners: with provenance": partnersStatement(IDS, PROJECTION, true),
  "partners: without provenance": partnersStatement(IDS, null, false),
  "search: every kind": searchCypher(["plan"], null, 10),
  "search: two kinds": searchCypher(["lai", "chau"], [Label.Organization, Label.Place], 5, PROJECTION),
  "export: unknown ids": unknownIdsStatement([
    { filter: "organization", id: "org:x" },
    { filter: "place", id: "vn:y" },
  ]),
  "3W: a page": rowsStatement(Q, 20, 10, false),
  "3W: a page with its total": rowsStatement({ organization: "org:plan-international" }, 0, 21, true),
  "3W export: the organizations of the keyset chunks": exportOrganizationsStatement({}),
  "3W export: the organizations of the keyset chunks, with a roles filter": exportOrganizationsStatement({ roles: ["FUNDER", "IMPLEMENTER"], activities: ["TRAINING"] }),
  "3W export: a keyset chunk, no filter": organizationRowsStatement({}, IDS),
  "3W export: a keyset chunk, roles, activities and dates": organizationRowsStatement(
    { roles: ["IMPLEMENTER"], activities: ["TRAINING", "EVENT"], from: "2024-01-01", includeUndated: true },
    IDS,
  ),
  "3W: facets": facetsStatement(Q),
  "3W: count": countStatement({ model: "model:chicken-raising" }),
  "3W: place counts": placeCountsStatement(Q),
  "schema: the search index's labels": searchIndexLabels(),
  "list bounds: a batch of ids": boundIdsStatement(
    boundStatements().find((b) => !b.whole)!,
    "org:a",
    500,
  ),
  "list bounds: the bound of a batch": boundStatement(
    boundStatements().find((b) => !b.whole)!,
    IDS,
  ),
  "list bounds: a whole-graph bound": boundStatement(
    boundStatements().find((b) => b.whole)!,
    null,
  ),
  "seed: drop the 3W summary aggregates": seed.dropSummariesStatement(),
  "seed: sources": seed.writeSourcesStatement([{ props: { id: "src:x", title: "X" } }]),
  "seed: known entities": seed.knownEntitiesStatement(IDS, ["src:x"], [Label.Organization, Label.Place]),
  "seed: create entities": seed.createEntitiesStatement(Label.Organization)([{ id: "org:x", props: { name: "X" } }]),
  "seed: create mentions": seed.createMentionsStatement([{ id: "org:x", sourceId: "src:x", props: { quote: "q" } }]),
  "seed: merge mentions": seed.mergeMentionsStatement(Label.Organization, [Label.Person, Label.Place])([]),
  "seed: create relationships": seed.createRelationshipsStatement(RelType.INVOLVED_IN)([]),
  "seed: merge relationships": seed.mergeRelationshipsStatement(RelType.PART_OF)([]),
  "seed: delete sources": seed.deleteSourcesStatement(["src:x"]),
  "seed: stated uids": seed.statedUidsStatement(["src:x"], "statedRelationships"),
  "seed: legacy uids": seed.legacyUidsStatement("src:x"),
  "seed: stored entities": seed.storedEntitiesStatement(IDS),
  "seed: relationships by uid": seed.relationshipsByUidStatement([{ uid: "a|INVOLVED_IN|IMPLEMENTER|b|src:x", from: "a", to: "b" }]),
  "seed: attached metrics": seed.writeAttachedStatement(Label.Metric, RelType.HAS_METRIC, []),
  "seed: delete relationships": seed.deleteRelationshipsStatement([]),
  "seed: drop mentions": seed.dropMentionsStatement(["src:x"], ["org:x|src:x"]),
  "seed: delete unmentioned claims": seed.deleteUnmentionedStatement(Label.Claim, ["org:x#k"]),
  "seed: still used": seed.stillUsedStatement(IDS, [RelType.HAS_METRIC, RelType.HAS_CLAIM]),
  "seed: delete orphans": seed.deleteOrphansStatement(IDS),
  "seed: read statements": seed.readStatementsStatement(Label.Metric, ["org:x#k"]),
  "seed: derive entities": seed.deriveEntitiesStatement(["name", "aliases"])([]),
  "seed: derive claims": seed.deriveAttachedStatement(Label.Claim, RelType.HAS_CLAIM, [], ["key", "value"]),
};

describe("repository statements", () => {
  for (const [name, { cypher, params }] of Object.entries(STATEMENTS)) {
    it(name, () => {
      expect(cypher).toMatchSnapshot("cypher");
      expect(params).toMatchSnapshot("params");
    });
  }

  it("never writes a given id or word into a statement", () => {
    for (const { cypher } of Object.values(STATEMENTS)) {
      for (const value of [...IDS, "vn:lai-chau", "IMPLEMENTER", "org:x", "src:x", "plan"]) expect(cypher).not.toContain(`'${value}'`);
      expect(cypher).not.toContain("org:plan-international");
    }
  });
});

describe("row decoders", () => {
  const decode = columns({
    id: string,
    count: orElse(number, 0),
    note: nullableString,
    done: flag,
    why: reason,
    role: oneOf(["A", "B"] as const),
    nodes: compact(node),
    quotes: list(provenance),
    metric: metricRow,
  });
  const row = {
    id: "x",
    count: null,
    note: null,
    done: null,
    why: "  ",
    role: "B",
    nodes: [null, { id: "p", name: "P", __labels: ["Place"] }],
    quotes: [{ sourceId: "src:1", quote: "q", inferred: "seen" }, { note: "no source" }],
    metric: { metric: { id: "m", value: 3, unit: "ha" }, rel: { sourceId: "src:2", quote: "3 ha" } },
  };

  it("decodes a row of the promised shape, with the defaults each field states", () => {
    expect(decode(row)).toEqual({
      id: "x",
      count: 0,
      note: null,
      done: false,
      why: null,
      role: "B",
      nodes: [expect.objectContaining({ __typename: "Place", id: "p", name: "P" })],
      quotes: [{ sourceId: "src:1", quote: "q", note: null, inferred: true, inferredReason: "seen" }, null],
      metric: {
        id: "m",
        value: 3,
        unit: "ha",
        label: "",
        qualifier: "EXACT",
        provenance: { sourceId: "src:2", quote: "3 ha", note: null, inferred: false, inferredReason: null },
      },
    });
  });

  it("refuses a malformed row with an internal error naming where and what", () => {
    expect(() => decode({ ...row, id: 7 })).toThrow(new RowShapeError("row.id", "a string", 7));
    expect(() => decode({ ...row, role: "C" })).toThrow(/row\.role: expected a known value, found string/);
    expect(() => decode({ ...row, nodes: [{ id: "p" }, "x"] })).toThrow(/row\.nodes\[1\]: expected a map, found string/);
    expect(() => decode({ ...row, metric: { metric: { id: "m", value: "3" } } })).toThrow(/row\.metric\.metric\.value: expected a number/);
  });

  it("decodes each statement's rows: the 3W count and the export's unknown ids", () => {
    expect(countStatement({}).decode({ total: 12 })).toEqual({ total: 12 });
    expect(() => countStatement({}).decode({ total: "12" })).toThrow(RowShapeError);
    const unknown = unknownIdsStatement([
      { filter: "organization", id: "org:x" },
      { filter: "place", id: "vn:y" },
    ]);
    expect(unknown.decode({ organization: true, place: false })).toEqual([{ filter: "place", id: "vn:y" }]);
    expect(() => unknown.decode({ organization: true })).toThrow(RowShapeError);
  });
});
