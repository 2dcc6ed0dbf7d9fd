import { getIntrospectionQuery, GraphQLError, MaxIntrospectionDepthRule, parse, specifiedRules, validate } from "graphql";
import { ErrorCode } from "../../src/common/errors";
import { BudgetExceededError, RequestBudget } from "../../src/graph/graph.budget";
import { boundStatements, getSchema } from "../../src/composition";
import { databaseAnswers } from "../../src/server/health.check";
import { isIntrospectionOnly } from "../../src/server/introspection-cache";
import { operationCost } from "../../src/server/query-cost";
import { loadConfig } from "../../src/config";
import { EXAMPLE_TABS } from "../../ide/src/examples";
import { longListIn, queryLimitRules } from "../../src/server/query-limits";

describe("operationCost", () => {
  const cost = async (query: string, variables?: Record<string, unknown>) =>
    operationCost(await getSchema(), { document: parse(query), variables }, { costListSize: 20, maxPageSize: 100 });

  it("multiplies children by `first`, and by the assumed size for lists without paging", async () => {
    // organizations: 1 + 100 × (nodes: 1 + 1 × (name 1 + relations: 1 + 20 × (node: 1 + 1 × (id 1))))
    expect(await cost(`{ organizations(first: 100) { nodes { name relations { node { id } } } } }`)).toBe(1 + 100 * (1 + (1 + (1 + 20 * (1 + 1)))));
    expect(await cost(`query($n: Int!) { organizations(first: $n) { nodes { id } } }`, { n: 10 })).toBe(1 + 10 * (1 + 1));
    // Over the page maximum: priced at the maximum, refused by the field as BAD_USER_INPUT.
    expect(await cost(`{ organizations(first: 10000) { nodes { id } } }`)).toBe(1 + 100 * (1 + 1));
  });

  it("prices a connection's own fields once, not once per node of the page", async () => {
    // replicableModels: 1 + 10 × (nodes: 1 + 1 × rank 1) + (alreadyHere: 1 + 20 × rank 1) + (totalCount 1)
    expect(await cost(`{ replicableModels(place: "vn:x", first: 10) { nodes { rank } alreadyHere { rank } totalCount } }`)).toBe(1 + 10 * (1 + 1) + (1 + 20 * 1) + 1);
    // Nested: each connection takes its own fields.
    expect(await cost(`{ organizations(first: 10) { totalCount nodes { id } } }`)).toBe(1 + 10 * (1 + 1) + 1);
  });

  it("prices a planner's ordinary question under the limit: the IDE's ReplicableModels and SimilarPlaces tabs with first: 20 (issue 21)", async () => {
    for (const name of ["ReplicableModels", "SimilarPlaces"]) {
      const tab = EXAMPLE_TABS.find((t) => t.name === name);
      expect(tab).toBeDefined();
      const query = tab!.query.replace(/first: \d+/, "first: 20");
      expect(query).toContain("first: 20");
      expect(await cost(query)).toBeLessThan(loadConfig({ NEO4J_URI: "bolt://127.0.0.1:7687", NEO4J_PASSWORD: "unused" }).maxQueryCost);
    }
  });

  it("prices the paged lists of issue 21 by `first`, whatever the data holds, and the deprecated unpaged forms by the data's bound", async () => {
    const bounded = async (q: string) => operationCost(await getSchema(), { document: parse(q) }, { costListSize: 20, maxPageSize: 100 }, () => 5_000);
    // place 1 + interventionsConnection (1 + 5 × (nodes 1 + 1 × id 1)) + totalCount 1: the bound (5,000) does not enter.
    expect(await bounded(`{ place(id: "vn:x") { interventionsConnection(first: 5) { nodes { id } totalCount } } }`)).toBe(1 + (1 + 5 * (1 + 1) + 1));
    // Without `first`: its default, 20.
    expect(await bounded(`{ place(id: "vn:x") { interventionsConnection { nodes { id } } } }`)).toBe(1 + (1 + 20 * (1 + 1)));
    expect(await bounded(`{ organization(id: "org:x") { partnersConnection(first: 10) { edges { node { partner { id } } } } } }`)).toBe(1 + (1 + 10 * (1 + 1 * (1 + 1 * (1 + 1)))));
    expect(await bounded(`{ source(id: "src:x") { mentionsConnection(first: 50) { nodes { id } } } }`)).toBe(1 + (1 + 50 * (1 + 1)));
    expect(await bounded(`{ place(id: "vn:x") { descendantsConnection(first: 100, level: COMMUNE) { nodes { id } } } }`)).toBe(1 + (1 + 100 * (1 + 1)));
    // The deprecated unpaged form: its bound (5,000 here) multiplies, so hostile nesting stays refused.
    expect(await bounded(`{ place(id: "vn:x") { interventions { id } } }`)).toBe(1 + (1 + 5_000 * 1));
    // A model's spread: runsConnection by `first` (model 1 + spread 1 + runsConnection (1 + 30 × (nodes 1 + 1 × (intervention 1 + id 1))) + totalCount 1),
    // the bounded `runs` by the data's bound.
    expect(await bounded(`{ model(id: "model:x") { spread { runsConnection(first: 30) { nodes { intervention { id } } totalCount } } } }`)).toBe(
      1 + (1 + (1 + 30 * (1 + (1 + 1)) + 1)),
    );
    expect(await bounded(`{ model(id: "model:x") { spread { runs { intervention { id } } } } }`)).toBe(1 + (1 + (1 + 5_000 * (1 + 1))));
  });

  it("charges nothing for introspection", async () => {
    expect(await cost(`{ __schema { types { name fields { name type { name ofType { name } } } } } }`)).toBe(0);
  });

  it("calls a fragment fan-out too complex instead of walking 2^24 spreads", async () => {
    let fragments = "fragment F0 on Organization { id }\n";
    for (let i = 1; i <= 24; i++) fragments += `fragment F${i} on Organization { ...F${i - 1} ...F${i - 1} }\n`;
    const error = await cost(`{ organization(id: "org:dwc") { ...F24 } }\n${fragments}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe(ErrorCode.QUERY_TOO_COMPLEX);
  });
});

describe("operationCost with the data's list bounds", () => {
  const BOUNDS: Record<string, number> = { "Place.descendants": 739, "Organization.partners": 15, "Partnership.via": 8, "Organization.mentions": 1, "Person.mentions": 3 };
  const boundOf = (type: string, field: string) => BOUNDS[`${type}.${field}`];
  const cost = async (query: string) => operationCost(await getSchema(), { document: parse(query) }, { costListSize: 20, maxPageSize: 100 }, boundOf);

  it("multiplies an unpaged list by the most items any parent holds there", async () => {
    // The attack of issue 16: priced 2,301 with a list size of 20; a province has up to 739 descendants.
    expect(await cost(`{ places(first: 100, filter: { level: PROVINCE }) { nodes { descendants { id } } } }`)).toBe(1 + 100 * (1 + 1 * (1 + 739 * 1)));
    expect(await cost(`{ organization(id: "org:dwc") { partners { partner { id } via { role } } } }`)).toBe(1 + 1 * (1 + 15 * (1 + 1 + (1 + 8 * 1))));
  });

  it("prices a list asked through an interface at the largest bound of its implementations, unknown if one is unknown", async () => {
    const throughEntity = await cost(`{ entity(id: "org:dwc") { ... on Organization { mentions { quote } } } }`);
    expect(throughEntity).toBe(1 + 1 * (1 + 1 * 1));
    // Entity.mentions: Place has no bound here, so the list size (20) prices it.
    expect(await cost(`{ entity(id: "org:dwc") { mentions { quote } } }`)).toBe(1 + 1 * (1 + 20 * 1));
  });

  it("keeps at least 1 for a list empty today, and the list size where nothing was measured", async () => {
    const zero = (type: string, field: string) => (`${type}.${field}` === "Place.descendants" ? 0 : undefined);
    expect(operationCost(await getSchema(), { document: parse(`{ place(id: "vn") { descendants { id } } }`) }, { costListSize: 20, maxPageSize: 100 }, zero)).toBe(
      1 + 1 * (1 + 1 * 1),
    );
    expect(operationCost(await getSchema(), { document: parse(`{ place(id: "vn") { ancestors { id } } }`) }, { costListSize: 20, maxPageSize: 100 }, zero)).toBe(
      1 + 1 * (1 + 20 * 1),
    );
  });

  it("has a bound statement for the unpaged lists the issue names, each field once per kind", async () => {
    const fields = boundStatements().flatMap((s) => Object.keys(s.sizes));
    expect(new Set(fields).size).toBe(fields.length);
    for (const f of [
      "Place.descendants",
      "Place.interventions",
      "Organization.partners",
      "Source.mentions",
      "Organization.involvements",
      "Event.participants",
      "Place.relations",
      "Place.children",
    ]) {
      expect(fields).toContain(f);
    }
    // Every bound names a real list field of the schema.
    const schema = await getSchema();
    for (const f of fields) {
      const [type, field] = f.split(".");
      const t = schema.getType(type) as { getFields?: () => Record<string, { type: { toString(): string } }> } | undefined;
      expect([f, String(t?.getFields?.()[field]?.type).includes("[")]).toEqual([f, true]);
    }
  });
});

describe("introspection limits", () => {
  const rules = queryLimitRules({ maxQueryDepth: 12, maxAliases: 30, maxDirectives: 50, maxRootFields: 20, maxListLength: 1_000 });
  // As Apollo validates: graphql-js's specified rules, then ours.
  const codes = async (source: string) => validate(await getSchema(), parse(source), [...specifiedRules, ...rules]).map((e) => e.extensions.code ?? e.message);

  it("accepts graphql-js's introspection query as GraphiQL, graphql-codegen and graphql-http send it", async () => {
    expect(await codes(getIntrospectionQuery())).toEqual([]);
    expect(await codes(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }))).toEqual([]);
    expect(
      await codes(
        getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
      ),
    ).toEqual([]);
    expect(await codes(`{ __typename __schema { queryType { name } } }`)).toEqual([]);
  });

  it("refuses the schema asked twice, aliases inside introspection, and introspection nested too deep", async () => {
    const deep = `types { name fields { name type { name ofType { name ofType { name } } } } }`;
    expect(await codes(`{ a: __schema { ${deep} } b: __schema { ${deep} } }`)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(await codes(`{ __schema { types { name } } __type(name: "Place") { name } }`)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(await codes(`{ ...S ...S2 } fragment S on Query { __schema { types { name } } } fragment S2 on Query { __type(name: "Place") { name } }`)).toEqual([
      "QUERY_TOO_COMPLEX",
    ]);
    expect(await codes(`{ __schema { a: types { name } b: types { name } } }`)).toEqual(["QUERY_TOO_COMPLEX", "QUERY_TOO_COMPLEX"]);
    // graphql-js's own depth rule (server.ts codes it QUERY_TOO_DEEP); a graphql upgrade must keep it.
    expect(specifiedRules).toContain(MaxIntrospectionDepthRule);
    expect(await codes(`{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`)).toEqual(["Maximum introspection depth exceeded"]);
  });

  it("tells introspection-only operations (cached) from the rest", () => {
    const only = (source: string) => {
      const doc = parse(source);
      const op = doc.definitions.find((d) => d.kind === "OperationDefinition");
      return isIntrospectionOnly(op as Parameters<typeof isIntrospectionOnly>[0], doc);
    };
    expect(only(getIntrospectionQuery())).toBe(true);
    expect(only(`{ ...F } fragment F on Query { __schema { types { name } } }`)).toBe(true);
    expect(only(`{ __schema { types { name } } health { api } }`)).toBe(false);
  });
});

describe("list lengths", () => {
  it("finds the first list over the maximum at any depth of the variables", () => {
    expect(longListIn({ kinds: ["A", "B"], filter: { ids: ["x"] } }, 2)).toBeUndefined();
    expect(longListIn({ filter: { ids: ["x", "y", "z"] } }, 2)).toEqual({ path: "$.filter.ids", length: 3 });
    expect(longListIn({ rows: [[1, 2, 3]] }, 2)).toEqual({ path: "$.rows[0]", length: 3 });
    // A client's JSON may nest far deeper than the call stack allows (the fuzz test sends such).
    let deep: unknown = ["a", "b", "c"];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(longListIn({ deep }, 2)).toEqual({ path: expect.stringMatching(/^\$\.deep(\[0\]){100000}$/), length: 3 });
  });

  it("refuses a list literal over MAX_LIST_LENGTH as bad input", async () => {
    const rules = queryLimitRules({ maxQueryDepth: 12, maxAliases: 30, maxDirectives: 50, maxRootFields: 20, maxListLength: 3 });
    const codes = async (source: string) => validate(await getSchema(), parse(source), rules).map((e) => e.extensions.code ?? e.message);
    expect(await codes(`{ search(text: "ong", kinds: [Organization, Place, Event]) { score } }`)).toEqual([]);
    expect(await codes(`{ search(text: "ong", kinds: [Organization, Place, Event, Person]) { score } }`)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("RequestBudget", () => {
  it("lets at most maxConcurrent statements run at once, in arrival order", async () => {
    const budget = new RequestBudget(10_000, 2);
    const first = await budget.acquire();
    await budget.acquire();
    let third = false;
    const waiting = budget.acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(third).toBe(false);
    first();
    (await waiting)();
    expect(third).toBe(true);
  });

  it("refuses work past its deadline with SERVICE_UNAVAILABLE, also while waiting for a slot", async () => {
    const spent = new RequestBudget(100, 1, Date.now() - 1_000);
    expect(() => spent.check()).toThrow(BudgetExceededError);
    const budget = new RequestBudget(30, 1);
    await budget.acquire();
    const error = await budget.acquire().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect((error as BudgetExceededError).extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });
});

describe("databaseAnswers", () => {
  it("is true when the ping resolves, false when it rejects or does not answer in time", async () => {
    expect(await databaseAnswers(async () => undefined)).toBe(true);
    expect(await databaseAnswers(() => Promise.reject(new Error("down")))).toBe(false);
    expect(await databaseAnswers(() => new Promise(() => undefined), 20)).toBe(false);
  });
});
