import { listCypher } from "../../src/entities/entity.cypher";
import type { ListFilter, ListPage } from "../../src/entities/entity.cypher";
import { KINDS, type KindSpec, Label } from "../../src/graph/graph.model";
import { derivedField } from "../../src/graph/graph.relations";
import { relatedWithNestedCypher } from "../../src/entities/entity-nested.cypher";

/**
 * Entity lists for each shape of filter, without a database (neo4j/graphql's tck style): a
 * change to the generated Cypher shows up as a snapshot diff to review (`npx jest test/cypher -u`).
 */
describe("listCypher", () => {
  const cases: Record<string, [KindSpec, ListFilter, ListPage, boolean]> = {
    "no filter, first page": [KINDS.Organization, {}, { after: null, limit: 21 }, false],
    "no filter, with totalCount in the same statement": [KINDS.Organization, {}, { after: null, limit: 21 }, true],
    "text and equality": [KINDS.Organization, { words: ["plan"], equals: { orgType: "NGO" } }, { after: null, limit: 11 }, true],
    "place: starts at the place and walks down": [KINDS.Intervention, { place: "vn:lai-chau" }, { after: null, limit: 21 }, true],
    "place on a program: through its projects and interventions": [KINDS.Program, { place: "vn:ha-noi" }, { after: null, limit: 21 }, false],
    "period and a cursor": [KINDS.Event, { from: "2024-01-01", to: "2024-12-31" }, { after: ["Hội nghị", "event:x"], limit: 6 }, false],
    "places within a place": [KINDS.Place, { within: "vn:lai-chau", equals: { level: "COMMUNE" } }, { after: null, limit: 51 }, true],
  };

  for (const [name, [kind, filter, page, withCount]] of Object.entries(cases)) {
    it(name, () => {
      const { cypher, params } = listCypher(kind, filter, page, withCount);
      expect(cypher).toMatchSnapshot("cypher");
      expect(params).toMatchSnapshot("params");
    });
  }

  it("adds no clause and no parameter for a filter not given", () => {
    const { cypher, params } = listCypher(KINDS.Organization, {}, { after: null, limit: 5 }, false);
    expect(cypher).not.toMatch(/WHERE|IS NULL/);
    expect(Object.keys(params)).toEqual(["limit"]);
  });

  it("reads along, per node of the page, the relationship reads its selection asks (issue #21: a list and its involvements in one round trip)", () => {
    const involvements = derivedField(Label.Organization, "involvements").relation;
    const models = derivedField(Label.Intervention, "models").relation;
    const read = { spec: involvements, projection: ["id"], relProjection: ["role", "sourceId", "inferred"], nested: [{ spec: models, projection: ["id"] }] };
    const plain = listCypher(KINDS.Organization, {}, { after: null, limit: 21 }, true);
    const along = listCypher(KINDS.Organization, {}, { after: null, limit: 21 }, true, undefined, [read]);
    expect(along.cypher).toMatchSnapshot();
    // The read is the one the field's loader would run for one id, starting from the page's node.
    const unindented = (cypher: string): string => cypher.replace(/^ +/gm, "");
    expect(unindented(along.cypher)).toContain(unindented(relatedWithNestedCypher(involvements, ["id"], ["role", "sourceId", "inferred"], read.nested, "bound")));
    expect(along.params).toEqual(plain.params);
    // Without reads to take along, the statement is the plain list's.
    expect(listCypher(KINDS.Organization, {}, { after: null, limit: 21 }, true, undefined, []).cypher).toBe(plain.cypher);
  });

  it("refuses an equality filter on a property the kind does not have", () => {
    expect(() => listCypher(KINDS.Organization, { equals: { "name = 'x' OR 1": "1" } }, { after: null, limit: 5 }, false)).toThrow(/not a property/);
  });
});
