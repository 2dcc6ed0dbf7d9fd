import { ErrorCode } from "../../src/common/errors";
import { BudgetExceededError, RequestBudget } from "../../src/graph/graph.budget";

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
