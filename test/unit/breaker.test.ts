import { Neo4jError } from "neo4j-driver";
import { ErrorCode, ServiceUnavailableError } from "../../src/common/errors";
import { CircuitBreaker } from "../../src/graph/graph.breaker";

const refused = (): Promise<never> => Promise.reject(new Neo4jError("connect ECONNREFUSED", "ServiceUnavailable", "", ""));
const badStatement = (): Promise<never> => Promise.reject(new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "", ""));

describe("the circuit breaker in front of the database", () => {
  it("opens after N connectivity failures and then fails fast without calling the database", async () => {
    const breaker = new CircuitBreaker(3, 60_000);
    for (let i = 0; i < 3; i++) await expect(breaker.run(refused)).rejects.toBeInstanceOf(Neo4jError);
    expect(breaker.state).toBe("open");
    const work = jest.fn(() => Promise.resolve(1));
    const err = await breaker.run(work).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ServiceUnavailableError);
    expect((err as ServiceUnavailableError).extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(work).not.toHaveBeenCalled();
  });

  it("lets one probe through after the cool-down: success closes it, failure opens it again", async () => {
    const breaker = new CircuitBreaker(1, 0);
    await expect(breaker.run(refused)).rejects.toBeInstanceOf(Neo4jError);
    expect(breaker.state).toBe("half-open");
    await expect(breaker.run(refused)).rejects.toBeInstanceOf(Neo4jError);
    expect(breaker.state).toBe("half-open");
    await expect(breaker.run(() => Promise.resolve("ok"))).resolves.toBe("ok");
    expect(breaker.state).toBe("closed");
  });

  it("does not count statement errors against the database, and a success resets the count", async () => {
    const breaker = new CircuitBreaker(2, 60_000);
    await expect(breaker.run(refused)).rejects.toBeInstanceOf(Neo4jError);
    await expect(breaker.run(badStatement)).rejects.toBeInstanceOf(Neo4jError);
    await expect(breaker.run(() => Promise.resolve(1))).resolves.toBe(1);
    await expect(breaker.run(refused)).rejects.toBeInstanceOf(Neo4jError);
    expect(breaker.state).toBe("closed");
  });

  it("a probe from outside (readiness) closes an open breaker", () => {
    const breaker = new CircuitBreaker(1, 60_000);
    breaker.failed();
    expect(breaker.state).toBe("open");
    breaker.succeeded();
    expect(breaker.state).toBe("closed");
  });
});
