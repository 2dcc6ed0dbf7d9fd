import { Neo4jError } from "neo4j-driver";
import { ErrorCode, ServiceUnavailableError } from "../../src/common/errors";
import { BudgetExceededError, RequestBudget, runWithBudget } from "../../src/graph/graph.budget";
import { mapNeo4jError } from "../../src/graph/graph.errors";

/** The API side of the time budget: work the database never answers still ends at the deadline. */
describe("RequestBudget.race", () => {
  it("rejects a statement that never settles with the time-budget error, and abandons it once", async () => {
    const budget = new RequestBudget(20, 1);
    const abandon = jest.fn();
    const err = await budget.race(new Promise<never>(() => undefined), abandon).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BudgetExceededError);
    expect((err as BudgetExceededError).extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, timeBudgetMs: 20 });
    expect((err as BudgetExceededError).message).toMatch(/time budget of 20 ms/);
    expect(abandon).toHaveBeenCalledTimes(1);
  });

  it("passes on what the work settles with before the deadline, without abandoning it", async () => {
    const budget = new RequestBudget(60_000, 1);
    const abandon = jest.fn();
    await expect(budget.race(Promise.resolve("rows"), abandon)).resolves.toBe("rows");
    await expect(budget.race(Promise.reject(new Error("driver")), abandon)).rejects.toThrow("driver");
    expect(abandon).not.toHaveBeenCalled();
  });
});

describe("a transaction the server timed out", () => {
  const timedOut = (): Neo4jError => new Neo4jError("timed out", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "", "");

  it("is the time budget inside a request (the server's timeout is the remaining budget)", () => {
    const mapped = runWithBudget(new RequestBudget(1_500, 1), () => mapNeo4jError(timedOut()));
    expect(mapped).toBeInstanceOf(BudgetExceededError);
    expect((mapped as BudgetExceededError).extensions.timeBudgetMs).toBe(1_500);
  });

  it("is the time budget when the server ends the statement otherwise once the deadline has passed, and unavailable before it", () => {
    for (const code of ["Neo.TransientError.Transaction.Terminated", "Neo.ClientError.Transaction.Terminated", "Neo.TransientError.General.DatabaseUnavailable"]) {
      const err = new Neo4jError("ended", code, "", "");
      const past = runWithBudget(new RequestBudget(800, 1, Date.now() - 1_000), () => mapNeo4jError(err));
      expect({ code, budget: past instanceof BudgetExceededError }).toEqual({ code, budget: true });
      expect((past as BudgetExceededError).message).toMatch(/time budget of 800 ms/);
    }
    const before = runWithBudget(new RequestBudget(60_000, 1), () => mapNeo4jError(new Neo4jError("down", "Neo.TransientError.General.DatabaseUnavailable", "", "")));
    expect(before).toBeInstanceOf(ServiceUnavailableError);
    expect(before).not.toBeInstanceOf(BudgetExceededError);
  });

  it("is SERVICE_UNAVAILABLE without a budget claim outside one", () => {
    const mapped = mapNeo4jError(timedOut()) as ServiceUnavailableError;
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect(mapped).not.toBeInstanceOf(BudgetExceededError);
  });

  it("says it was a timeout outside a request too, never that the database is unavailable (issue 21)", () => {
    const mapped = mapNeo4jError(timedOut()) as ServiceUnavailableError;
    expect(mapped.message).toMatch(/timeout/);
    expect(mapped.message).not.toMatch(/unavailable/i);
    expect(mapped.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", timedOut: true });
  });
});
