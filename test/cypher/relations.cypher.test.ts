import { DERIVED_FIELDS, Relations, relatedCypher, relatedNodesCypher, relatedNodesExpression } from "../../src/graph/graph.relations";
import { searchCypher } from "../../src/search/search.cypher";
import { Label } from "../../src/graph/graph.model";
import { relatedWithNestedCypher } from "../../src/entities/entity-nested.cypher";

/**
 * The batched relationship read behind every relationship field of the model table, and the
 * search statement, without a database. One snapshot per field: adding a field or changing a
 * roll-up shows up here for review (`npx jest test/cypher -u`).
 */
describe("relatedCypher", () => {
  // Node-list fields read only the nodes; edge fields (involvements…) read the relationships.
  for (const { field, relation } of DERIVED_FIELDS) {
    it(`${field.on.join("|")}.${field.name}`, () => {
      expect(field.edge ? relatedCypher(relation) : relatedNodesCypher(relation)).toMatchSnapshot();
    });
  }

  for (const [name, spec] of Object.entries(Relations)) {
    it(`Relations.${name}`, () => {
      expect(relatedCypher(spec)).toMatchSnapshot();
    });
  }

  it("every field's spec has its own key, so no two fields share a loader by accident", () => {
    const keys = DERIVED_FIELDS.map((d) => d.relation.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("searchCypher", () => {
  it("without kinds: no label clause and no parameter for it", () => {
    const { cypher, params } = searchCypher(["nuoi", "ong"], null, 20);
    expect(cypher).toMatchSnapshot();
    expect(params).not.toHaveProperty("labels");
    expect(params.query).toBe("+(nuoi nuoi*) +(ong ong*)");
  });

  it("with kinds", () => {
    const { cypher, params } = searchCypher(["plan"], [Label.Organization, Label.Model], 5);
    expect(cypher).toMatchSnapshot();
    expect(params.labels).toEqual(["Organization", "Model"]);
  });
});

describe("relatedWithNestedCypher (issue #21: one round trip for two levels)", () => {
  it("an organization's involvements with, in the same statement, each intervention's models, read as their own loader reads them", () => {
    const involvements = DERIVED_FIELDS.find((d) => d.field.name === "involvements" && d.field.on.includes(Label.Organization))!.relation;
    const models = DERIVED_FIELDS.find((d) => d.field.name === "models" && d.field.on.includes(Label.Intervention))!.relation;
    const cypher = relatedWithNestedCypher(involvements, ["id"], ["role", "sourceId", "inferred"], [{ spec: models, projection: ["id"] }]);
    expect(cypher).toMatchSnapshot();
    // The outer read is relatedCypher itself; each item also carries its node's models, read per node as relatedNodesCypher reads them.
    const nested = relatedNodesExpression(models, "m", ["id"]);
    expect(nested).toBe("COLLECT { MATCH (m)-[:APPLIES]->(m_m) WHERE m_m:Model WITH DISTINCT m_m ORDER BY m_m.name, m_m.id RETURN m_m {.id, .name} }");
    expect(cypher).toBe(relatedCypher(involvements, ["id"], ["role", "sourceId", "inferred"]).replace("END\n} END) AS items", `END, nested0: ${nested}\n} END) AS items`));
    expect(cypher).not.toMatch(/\$(?!ids\b)/);
  });

  it("a rolled-up field below starts from what its roll-up reaches from the node", () => {
    const rolledUp = DERIVED_FIELDS.find((d) => !d.field.edge && d.relation.rollup?.length)!;
    expect(relatedNodesExpression(rolledUp.relation, "m", ["id"])).toMatchSnapshot();
  });
});
