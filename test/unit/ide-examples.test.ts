import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { EXAMPLE_TABS } from "../../ide/src/examples";

const schema = buildSchema(readFileSync(path.resolve(__dirname, "..", "..", "schema", "schema.graphql"), "utf8"));

/** Root field of each example, and the nested field it is about, when there is one. */
function rootSelections(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((root) => {
    if (root.kind !== Kind.FIELD) return [];
    const nested = (root.selectionSet?.selections ?? []).filter((s) => s.kind === Kind.FIELD).map((s) => `${root.name.value}.${s.name.value}`);
    return [root.name.value, ...nested];
  });
}

describe("IDE example tabs (ide/src/examples.ts)", () => {
  it.each(EXAMPLE_TABS.map((tab) => [tab.name, tab] as const))("%s is one named operation, valid against schema/schema.graphql", (name, tab) => {
    const document = parse(tab.query);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations).toHaveLength(1);
    // GraphiQL titles the tab with the operation name.
    expect(operations[0].name?.value).toBe(name);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    if (tab.variables !== undefined) expect(() => JSON.parse(tab.variables!)).not.toThrow();
  });

  it("cover the README's questions: 3W, search, partners, learnedFrom, place roll-up, claims", () => {
    const fields = new Set(
      EXAMPLE_TABS.flatMap((tab) =>
        parse(tab.query)
          .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
          .flatMap(rootSelections),
      ),
    );
    for (const field of [
      "whoWhatWhere",
      "search",
      "organization.partnersConnection",
      "organization.learnedFrom",
      "place.descendantsConnection",
      "place.interventionsConnection",
      "event.claims",
    ]) {
      expect(fields).toContain(field);
    }
    expect(EXAMPLE_TABS[0].name).toBe("WhoWhatWhere"); // the tab that opens first
    expect(new Set(EXAMPLE_TABS.map((t) => t.name)).size).toBe(EXAMPLE_TABS.length);
  });
});
