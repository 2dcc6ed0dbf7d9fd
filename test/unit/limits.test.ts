import { GraphQLError, parse } from "graphql";
import { ErrorCode } from "../../src/common/errors";
import { BudgetExceededError, RequestBudget } from "../../src/graph/graph.budget";
import { getSchema } from "../../src/composition";
import { databaseAnswers } from "../../src/server/health.check";
import { operationCost } from "../../src/server/query-cost";

describe("operationCost", () => {
  const cost = async (query: string, variables?: Record<string, unknown>) => operationCost(await getSchema(), { document: parse(query), variables }, { costListSize: 20, maxPageSize: 100 });

  it("multiplies children by `first`, and by the assumed size for lists without paging", async () => {
    // organizations: 1 + 100 × (nodes: 1 + 1 × (name 1 + relations: 1 + 20 × (node: 1 + 1 × (id 1))))
    expect(await cost(`{ organizations(first: 100) { nodes { name relations { node { id } } } } }`)).toBe(1 + 100 * (1 + (1 + (1 + 20 * (1 + 1)))));
    expect(await cost(`query($n: Int!) { organizations(first: $n) { nodes { id } } }`, { n: 10 })).toBe(1 + 10 * (1 + 1));
    // Over the page maximum: priced at the maximum, refused by the field as BAD_USER_INPUT.
    expect(await cost(`{ organizations(first: 10000) { nodes { id } } }`)).toBe(1 + 100 * (1 + 1));
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
