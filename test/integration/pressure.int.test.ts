import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * A hung, dead or busy database never hangs the API (issue 16, items 2, 4, 5, 7): requests end
 * with their code at the time budget whatever Neo4j does, an unreachable Neo4j gets the coded
 * error at once (no driver retries, a circuit breaker), and the health probes tell liveness from
 * readiness on connections of their own. Outcomes are asserted, not durations; the one bound on
 * time (unreachable database) is a generous correctness check that nothing retries for 30 s.
 */

type Body = Awaited<ReturnType<typeof postGraphql>>["body"];
type GraphqlError = NonNullable<Body["errors"]>[number] & { extensions?: { code?: string; timeBudgetMs?: number } };

const SMALL = { query: `{ organization(id: "org:dwc") { id name } }` };
/**
 * Far more work than a few hundred milliseconds (issue 16, item 4). The cost model now refuses it
 * (lists are priced by their measured bounds: limits.int.test.ts), so the servers below raise
 * MAX_QUERY_COST: what they test is the time budget, whatever query reaches the database.
 */
const HEAVY = { query: `{ sources { mentions { id name relations { type node { id name } } } } }` };
/** The cost limit of the servers that run HEAVY. */
const NO_COST_LIMIT = 100_000_000;

const codesOf = (body: Body): string[] => (body.errors ?? []).map((e) => String(e.extensions?.code));
const errorsOf = (body: Body): GraphqlError[] => (body.errors ?? []) as GraphqlError[];
/** Errors the server logged, less the access log's lines for 5xx answers (a 503 probe is one). */
const unexpected = (server: TestHttpServer): unknown[] => server.errorLogs.filter((line) => !/^(GET|POST) \S+ 5\d\d$/.test(String((line as { msg?: string }).msg)));

/**
 * Runs an idempotent request once more when the connection it reused was reset. The server runs
 * in this process: while ten heavy answers are decoded the event loop stalls for seconds. The
 * server keeps idle sockets 65 s (api.server.ts), so its own timer no longer closes one fetch has
 * just reused; a reset can still come from the operating system under load, and an HTTP client may
 * retry an idempotent request then (RFC 9110 §9.2.2).
 */
async function onceMoreOnReset<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error && "code" in err.cause ? err.cause.code : undefined;
    if (cause !== "ECONNRESET") throw err;
    return request();
  }
}

async function readiness(server: TestHttpServer): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await onceMoreOnReset(() => fetch(`${server.url}/health/ready`));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The pid of this checkout's Neo4j launcher (scripts/neo4j.sh), when the tests run against it. */
function launcherPid(): number | undefined {
  if (process.env.NEO4J_URI) return undefined;
  const home = process.env.NEO4J_HOME_DIR || path.resolve(__dirname, "..", "..", ".neo4j");
  try {
    const pid = Number(fs.readFileSync(path.join(home, "launcher.pid"), "utf8").trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Asks until `ok` holds (at most `attempts` times, one after another); returns the last answer. */
async function until<T>(ask: () => Promise<T>, ok: (answer: T) => boolean, attempts = 60): Promise<T> {
  let answer = await ask();
  for (let i = 1; i < attempts && !ok(answer); i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await ask();
  }
  return answer;
}

const pid = launcherPid();
const withLauncher = pid ? describe : describe.skip;

withLauncher("a frozen Neo4j (SIGSTOP)", () => {
  let server: TestHttpServer;
  const resume = (): void => {
    try {
      process.kill(pid!, "SIGCONT");
    } catch {
      // already gone: nothing to resume
    }
  };
  beforeAll(async () => {
    server = await startHttpServer({ requestTimeoutMs: 2_000 });
  });
  afterAll(async () => {
    resume();
    await until(
      () => readiness(server),
      (r) => r.status === 200,
    );
    await server.close();
  });

  it("answers a request in flight with the time-budget code at the budget, and /health/live meanwhile", async () => {
    // The pool now holds a connection to the server about to freeze.
    expect(codesOf((await postGraphql(server.url, SMALL)).body)).toEqual([]);
    process.kill(pid!, "SIGSTOP");
    try {
      const inFlight = postGraphql(server.url, SMALL);
      const live = await fetch(`${server.url}/health/live`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ live: true });
      const ready = await readiness(server);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ ready: false, database: "timeout" });

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(codesOf(res.body)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(errorsOf(res.body)[0].message).toMatch(/time budget of 2000 ms/);
      expect(errorsOf(res.body)[0].extensions?.timeBudgetMs).toBe(2_000);
    } finally {
      resume();
    }
    // Thawed, it serves again: readiness first, then queries.
    expect(
      (
        await until(
          () => readiness(server),
          (r) => r.status === 200,
        )
      ).body,
    ).toMatchObject({ ready: true, database: "answers" });
    const after = await until(
      () => postGraphql(server.url, SMALL),
      (r) => codesOf(r.body).length === 0,
    );
    expect(after.body.data).toEqual({ organization: { id: "org:dwc", name: expect.any(String) } });
  });
});

describe("heavy queries the limits let through", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ requestTimeoutMs: 300, maxQueryCost: NO_COST_LIMIT });
  });
  afterAll(async () => {
    await server.close();
  });

  it("are stopped at their budget with one time-budget error and no data", async () => {
    const res = await postGraphql(server.url, HEAVY);
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(codesOf(res.body)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(errorsOf(res.body)[0]).toEqual({ message: expect.stringMatching(/time budget of 300 ms/), extensions: { code: "SERVICE_UNAVAILABLE", timeBudgetMs: 300 } });
    // and the server goes on serving: a small question answers (within a few tries: on a loaded
    // machine one small question can itself outlast a 300 ms budget)
    const small = await until(
      () => postGraphql(server.url, SMALL),
      (r) => codesOf(r.body).length === 0,
      10,
    );
    expect(codesOf(small.body)).toEqual([]);
    expect(small.body.data).toEqual({ organization: { id: "org:dwc", name: expect.any(String) } });
    expect(unexpected(server)).toEqual([]);
  });
});

describe("/health/ready under load", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ requestTimeoutMs: 8_000, maxQueryCost: NO_COST_LIMIT });
  });
  afterAll(async () => {
    await server.close();
  });

  it("advertises a keep-alive window past a load balancer's 60 s idle timeout, so a pooled socket is never closed under a client", async () => {
    const header = await new Promise<string | undefined>((resolve, reject) => {
      const req = http.get(`${server.url}/health/live`, { agent: new http.Agent({ keepAlive: true }) }, (res) => {
        res.resume();
        resolve(res.headers["keep-alive"]?.toString());
      });
      req.on("error", reject);
    });
    expect(header).toBe("timeout=65");
  });

  it("stays 200 while ten heavy queries run, each of which ends with data or its budget code", async () => {
    let running = 10;
    const heavy = Array.from({ length: 10 }, () => onceMoreOnReset(() => postGraphql(server.url, HEAVY)).finally(() => (running -= 1)));
    const probes: number[] = [];
    while (running > 0 && probes.length < 5) {
      probes.push((await readiness(server)).status);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const results = await Promise.all(heavy);
    expect(probes.length).toBeGreaterThan(0);
    expect(probes).toEqual(probes.map(() => 200));
    for (const res of results) {
      expect(res.status).toBe(200);
      if (res.body.errors) expect(errorsOf(res.body)).toEqual([expect.objectContaining({ extensions: { code: "SERVICE_UNAVAILABLE", timeBudgetMs: 8_000 } })]);
      else expect(res.body.data).toEqual({ sources: expect.any(Array) });
    }
    expect(unexpected(server)).toEqual([]);
  });
});

describe("an unreachable Neo4j", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ neo4jUri: `bolt://127.0.0.1:${await closedPort()}` });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers SERVICE_UNAVAILABLE without retrying, then fails fast behind the open circuit", async () => {
    for (let i = 0; i < 4; i++) {
      const started = Date.now();
      const res = await postGraphql(server.url, SMALL);
      // The driver's managed retries alone would take 5 s and more; generous, not a benchmark.
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.status).toBe(200);
      expect(codesOf(res.body)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(errorsOf(res.body)[0].message).toMatch(/unavailable|unreachable/);
      expect(errorsOf(res.body)[0].message).not.toMatch(/time budget|127\.0\.0\.1|ECONNREFUSED|bolt/i);
    }
  });

  it("says so on /health/ready (503, unreachable) and /health (503), while /health/live answers 200", async () => {
    const ready = await readiness(server);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, database: "unreachable", message: "The graph database cannot be reached" });
    const old = await fetch(`${server.url}/health`);
    expect(old.status).toBe(503);
    expect(await old.json()).toEqual({ api: true, database: false });
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    expect(unexpected(server)).toEqual([]);
  });
});

describe("a reachable Neo4j", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("is ready: /health/ready 200 with the circuit closed, /health 200 in its old shape", async () => {
    expect(await readiness(server)).toEqual({ status: 200, body: { ready: true, database: "answers", circuit: "closed" } });
    const old = await fetch(`${server.url}/health`);
    expect(old.status).toBe(200);
    expect(await old.json()).toEqual({ api: true, database: true });
  });
});
