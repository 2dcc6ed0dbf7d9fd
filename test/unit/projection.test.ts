import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from "graphql";
import { Label } from "../../src/graph/graph.model";
import { NODE, REL, toNodeOf } from "../../src/graph/graph.node";
import { projectionOf, selectsPath } from "../../src/types/selection.projection";
// The capabilities that own LivelihoodModel.spread and Place.parent/ancestors/descendants declare them resolved from the id.
import "../../src/places/place.resolver";
import "../../src/replicable-models/replicable-models.resolver";

/** The resolve info of the query's first root field: all projectionOf reads of it. */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [op.selectionSet.selections[0]], fragments } as unknown as GraphQLResolveInfo;
}

describe("projectionOf: the stored properties a selection reads", () => {
  it("keeps stored fields, skips fields resolved by id, maps period to its dates", () => {
    const info = infoOf(`{ place(id: "vn:lai-chau") { __typename id name level period { start } descendants { id } interventions { id } mentions { quote } } }`);
    expect(projectionOf(info)).toEqual(["endDate", "endDatePrecision", "id", "level", "name", "startDate", "startDatePrecision"]);
  });

  it("merges inline fragments and fragment spreads, and follows a path into the selection", () => {
    const info = infoOf(`{ organizations(first: 5) { totalCount nodes { id ...F ... on Organization { acronym } } } }
      fragment F on Organization { orgType }`);
    expect(projectionOf(info, [["nodes"]])).toEqual(["acronym", "id", "orgType"]);
    expect(projectionOf(info, [["edges", "node"]])).toEqual([]);
  });

  it("unions several paths, and adds what the resolver itself reads", () => {
    const info = infoOf(`{ organization(id: "org:x") { involvements { role actor { name } activity { id description } } } }`);
    const involvements = infoOf(`{ involvements { role actor { name } activity { id description } } }`);
    expect(projectionOf(involvements, [["actor"], ["activity"]], ["level"])).toEqual(["description", "id", "level", "name"]);
    // The organization's own selection holds an edge field, which may hand the node on: read it all.
    expect(projectionOf(info)).toBeNull();
  });

  it("reads every property for fields it does not know", () => {
    expect(projectionOf(infoOf(`{ model(id: "m") { id spread { places { id } } } }`))).toEqual(["id"]);
    expect(projectionOf(infoOf(`{ model(id: "m") { id somethingComputed } }`))).toBeNull();
  });
});

describe("selectsPath", () => {
  it("follows fields through fragments", () => {
    const info = infoOf(`{ involvements { ...I } } fragment I on Involvement { role provenance { quote } }`);
    expect(selectsPath(info, ["provenance"])).toBe(true);
    expect(selectsPath(info, ["provenance", "source"])).toBe(false);
    expect(selectsPath(infoOf(`{ involvements { role } }`), ["provenance"])).toBe(false);
  });
});

describe("NODE and REL", () => {
  it("projects every property, or id, name and the projection's", () => {
    expect(NODE("n")).toBe("n {.*, __labels: labels(n)}");
    expect(NODE("n", ["level", "id"])).toBe("n {.id, .name, .level, __labels: labels(n)}");
    expect(REL("r")).toBe("r {.*, __type: type(r)}");
    // The kind: not sent for one concrete kind, a CASE over several, the labels when unknown.
    expect(NODE("n", ["level"], [Label.Place])).toBe("n {.id, .name, .level}");
    expect(NODE("n", null, [Label.Project, Label.Event])).toBe("n {.*, __kind: CASE WHEN n:Project THEN 'Project' WHEN n:Event THEN 'Event' END}");
    expect(NODE("n", null, [Label.Entity])).toBe("n {.*, __labels: labels(n)}");
    expect(toNodeOf([Label.Project, Label.Event])({ id: "e", name: "E", __kind: "Event" }).__typename).toBe("Event");
    expect(toNodeOf([Label.Place])({ id: "p", name: "P" }).__typename).toBe("Place");
    expect(REL("r", ["role"])).toBe("r {.role, __type: type(r)}");
  });

  it("refuses a name that is not a plain identifier (it is interpolated)", () => {
    expect(() => NODE("n", ["x}) DETACH DELETE n //"])).toThrow(/not a property name/);
  });
});
