import { pageCypher, pageTotalCypher, relationRead, SOURCE_MENTIONS } from "../../src/entities/entity-pages.cypher";
import { DERIVED_FIELDS } from "../../src/graph/graph.relations";
import { PlaceLevel } from "../../src/graph/graph.enums";
import { KIND_LIST, Label } from "../../src/graph/graph.model";
import { edgePageCypher, edgePageTotalCypher, partnersCypher, partnersTotalCypher } from "../../src/partners/partner.cypher";
import { ancestorsCypher, descendantsCypher, descendantsRead, rollupRead, withinCypher } from "../../src/places/place.cypher";

/** The places and partners capabilities' statements, without a database (`npx jest test/cypher -u` to accept a change). */
describe("places", () => {
  it("descendants", () => expect(descendantsCypher()).toMatchSnapshot());
  it("ancestors", () => expect(ancestorsCypher()).toMatchSnapshot());
  for (const kind of KIND_LIST.filter((k) => k.placeTie)) {
    it(`roll-up of ${kind.plural}: by the kind's placeTie`, () => expect(withinCypher(kind)).toMatchSnapshot());
  }
});

describe("partners", () => {
  it("units roll up; own units are never partners", () => {
    const cypher = partnersCypher();
    expect(cypher).toMatchSnapshot();
    expect(cypher).not.toMatch(/\$(?!ids\b)/); // the only parameter is the batch of ids
  });
});

describe("paged lists (issue #21)", () => {
  it("a rolled-up kind's page: keyset after (name, id), LIMIT in the statement; its count a statement of its own", () => {
    const read = rollupRead(
      KIND_LIST.find((k) => k.label === Label.Intervention)!,
      false,
    );
    expect(pageCypher(read, ["id", "name"])).toMatchSnapshot();
    expect(pageTotalCypher(read)).toMatchSnapshot();
    expect(
      pageCypher(
        rollupRead(
          KIND_LIST.find((k) => k.label === Label.Intervention)!,
          true,
        ),
        ["id", "name"],
      ),
    ).toMatchSnapshot();
  });

  it("descendants page by (level, name, id), of one level as a parameter", () => {
    const read = descendantsRead(PlaceLevel.COMMUNE);
    expect(pageCypher(read, ["id", "name", "level"])).toMatchSnapshot();
    expect(read.params).toEqual({ level: PlaceLevel.COMMUNE });
  });

  it("what a source mentions", () => expect(pageCypher(SOURCE_MENTIONS, ["id", "name"])).toMatchSnapshot());

  it("a rolled-up relationship field (a model's interventions, its variants' included)", () => {
    const spec = DERIVED_FIELDS.find((d) => d.field.name === "interventions" && d.field.on.includes(Label.Model))!.relation;
    expect(pageCypher(relationRead(spec), ["id", "name"])).toMatchSnapshot();
  });

  it("an organization's involvements (units rolled up): keyset over (node name, node id, holder id, role), every source's relationship of a key", () => {
    const spec = DERIVED_FIELDS.find((d) => d.field.name === "involvements" && d.field.on.includes(Label.Organization))!.relation;
    expect(edgePageCypher(spec, ["id", "name"], ["role", "sourceId", "inferred"])).toMatchSnapshot();
    expect(edgePageTotalCypher(spec)).toMatchSnapshot();
  });

  it("partners: the page's partners chosen first, then only their shared activities; their count", () => {
    const cypher = partnersCypher(["id", "name"], false, true);
    expect(cypher).toMatchSnapshot();
    expect(cypher).toMatch(/LIMIT \$limit/);
    expect(partnersTotalCypher()).toMatchSnapshot();
  });
});
