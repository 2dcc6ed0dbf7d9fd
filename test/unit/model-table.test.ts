import { readFileSync } from "node:fs";
import path from "node:path";
import { type GraphQLObjectType, isEnumType, isObjectType } from "graphql";
import { getSchema } from "../../src/composition";
import { graphModelMarkdown } from "../../src/graph/graph.docs";
import { KIND_LIST, KINDS, Label, RELATIONSHIPS, RelType, relSpec } from "../../src/graph/graph.model";
import { SCHEMA_STATEMENTS } from "../../src/graph/graph.schema";
import { ENTITY_PROPS, REL_RULES } from "../../src/seed/seed.schema";

/**
 * Everything derived from the model table (src/graph/graph.model.ts) really is: a kind or a
 * relationship added there appears in the schema, the queries, search, constraints, seed rules
 * and the README, with no other line written for it.
 */
describe("the model table", () => {
  const README = readFileSync(path.resolve(__dirname, "..", "..", "README.md"), "utf8");

  it("gives every kind its GraphQL type, lookup, list, search kind, constraint, full-text entry and seed rules", async () => {
    const schema = await getSchema();
    const query = schema.getQueryType()!.getFields();
    const entityKind = schema.getType("EntityKind");
    const kindValues = isEnumType(entityKind) ? entityKind.getValues().map((v) => v.name) : [];
    for (const kind of KIND_LIST) {
      const type = schema.getType(kind.typeName);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(["Entity"]);
      const fields = (type as GraphQLObjectType).getFields();
      for (const prop of Object.keys(kind.props)) expect(Object.keys(fields)).toContain(prop);
      expect(String(query[kind.single]?.type)).toBe(kind.typeName);
      expect(String(query[kind.plural]?.type)).toBe(`${kind.typeName}Connection!`);
      expect(kindValues).toContain(kind.typeName);
      expect(SCHEMA_STATEMENTS).toContain(`CREATE CONSTRAINT ${kind.label.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind.label}) REQUIRE n.id IS UNIQUE`);
      expect(SCHEMA_STATEMENTS.find((s) => s.includes("FULLTEXT"))).toContain(kind.label);
      expect(Object.keys(ENTITY_PROPS[kind.label])).toEqual(expect.arrayContaining(Object.keys(kind.props)));
    }
  });

  it("gives every relationship its seed rule and each of its fields on each kind it names", async () => {
    const schema = await getSchema();
    for (const rel of RELATIONSHIPS) {
      expect(REL_RULES[rel.type]).toMatchObject({ from: rel.from, to: rel.to, role: rel.role });
      for (const field of rel.fields) {
        for (const label of field.on) {
          const kind = KIND_LIST.find((k) => k.label === label)!;
          const type = schema.getType(kind.typeName) as GraphQLObjectType;
          expect(Object.keys(type.getFields())).toContain(field.name);
        }
      }
    }
  });

  // Contract 3 of issue #17: what came of the work is a kind of its own, about activities and models.
  it("declares Outcome, typed RESULT, LESSON, CHANGE or NEXT_STEP, about interventions, events, projects, programs and models", async () => {
    expect(KINDS.Outcome).toMatchObject({ label: Label.Outcome, typeName: "Outcome", single: "outcome", plural: "outcomes" });
    expect(KINDS.Outcome.props.outcomeType).toMatchObject({ required: true, type: { name: "OutcomeType" } });
    expect(Object.values((KINDS.Outcome.props.outcomeType.type as { enum: Record<string, string> }).enum)).toEqual(["RESULT", "LESSON", "CHANGE", "NEXT_STEP"]);
    // no place of its own: it is about an activity, which has the places
    expect("placeTie" in KINDS.Outcome).toBe(false);
    expect(relSpec(RelType.HAS_OUTCOME)).toMatchObject({
      from: [Label.Intervention, Label.Event, Label.Project, Label.Program, Label.Model],
      to: [Label.Outcome],
      role: "forbidden",
    });
    const schema = await getSchema();
    for (const typeName of ["Intervention", "Event", "Project", "Program", "LivelihoodModel"]) {
      expect(String((schema.getType(typeName) as GraphQLObjectType).getFields().outcomes?.type)).toBe("[Outcome!]!");
    }
    expect(String((schema.getType("Outcome") as GraphQLObjectType).getFields().about?.type)).toBe("[Entity!]!");
    expect(String((schema.getType("Outcome") as GraphQLObjectType).getFields().outcomeType?.type)).toBe("OutcomeType!");
  });

  it("is what the README's graph tables say (run `npm run docs` after changing it)", () => {
    expect(README).toContain(graphModelMarkdown());
  });
});
