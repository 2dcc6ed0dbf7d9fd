import { KIND_LIST } from "../../src/graph/graph.model";
import { partnersCypher } from "../../src/partners/partner.cypher";
import { ancestorsCypher, descendantsCypher, withinCypher } from "../../src/places/place.cypher";

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
