import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The HTTP face of the API against hostile and malformed requests: every attack gets its own
 * code, nothing leaks, and a small query sent at the same time is still answered correctly.
 * Asserts codes and outcomes, never timings (`npm run bench` reports those).
 */

const DWC = "Trung tâm hỗ trợ phát triển vì phụ nữ và trẻ em (DWC) Hà Nội";
const SMALL = { query: `{ organization(id: "org:dwc") { name } }` };

/** Runs `attack` and, while it is in flight, a small query that must answer correctly. */
async function withBystander<T>(server: TestHttpServer, attack: () => Promise<T>): Promise<T> {
  const pending = attack();
  const bystander = await postGraphql(server.url, SMALL);
  expect(bystander).toEqual({ status: 200, body: { data: { organization: { name: DWC } } } });
  return pending;
}

function codesOf(body: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (body.errors ?? []).map((e) => e.extensions?.code);
}

/** `fragment F{n}` spreads F{n-1} twice: 2^n spreads of F0 in a document of a few hundred bytes. */
function fragmentFanOut(levels: number, typeName: string, leaf: string): string {
  let text = `fragment F0 on ${typeName} { ${leaf} }\n`;
  for (let i = 1; i <= levels; i++) text += `fragment F${i} on ${typeName} { ...F${i - 1} ...F${i - 1} }\n`;
  return text;
}

describe("HTTP API with its default limits", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers the standard introspection query, uncounted by depth and cost limits", async () => {
    const { status, body } = await postGraphql(server.url, { query: getIntrospectionQuery() });
    expect(status).toBe(200);
    const schema = buildClientSchema(body.data as IntrospectionQuery);
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(["whoWhatWhere", "search", "organization", "place"]));
  });

  it("refuses a fan-out of 2^24 fragment spreads at the root (TOO_MANY_ROOT_FIELDS)", async () => {
    const res = await withBystander(server, () => postGraphql(server.url, { query: `{ ...F24 }\n${fragmentFanOut(24, "Query", "health { api }")}` }));
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(["TOO_MANY_ROOT_FIELDS"]);
  });

  it("refuses a fan-out of 2^24 fragment spreads inside a field (QUERY_TOO_COMPLEX)", async () => {
    const query = `{ organization(id: "org:dwc") { ...F24 } }\n${fragmentFanOut(24, "Organization", "id name units { id }")}`;
    const res = await withBystander(server, () => postGraphql(server.url, { query }));
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("refuses aliased lists multiplied down the tree (QUERY_TOO_COMPLEX), with `first` from variables too", async () => {
    const field = (alias: string) => `${alias}: organizations(first: $n) { nodes { relations { node { id } } partners { partner { relations { node { id } } } } } }`;
    const query = `query Fan($n: Int!) { ${Array.from({ length: 10 }, (_, i) => field(`a${i}`)).join(" ")} }`;
    const res = await withBystander(server, () => postGraphql(server.url, { query, variables: { n: 100 } }));
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(res.body.errors![0].message).toMatch(/costs \d+.*maximum is 50000/);
  });

  it("refuses too many aliases (TOO_MANY_ALIASES)", async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `s${i}: health { api }`).join(" ")} }`;
    const res = await postGraphql(server.url, { query });
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toContain("TOO_MANY_ALIASES");
  });

  it("refuses duplicated directives (TOO_MANY_DIRECTIVES)", async () => {
    const query = `{ health { api ${"@include(if: true) ".repeat(500)} } }`;
    const res = await withBystander(server, () => postGraphql(server.url, { query }));
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toContain("TOO_MANY_DIRECTIVES");
  });

  it("refuses a document of too many tokens before parsing it all (TOO_MANY_TOKENS)", async () => {
    const res = await withBystander(server, () => postGraphql(server.url, { query: `{ health { ${"api ".repeat(100_000)} } }` }));
    expect(res.status).toBe(400);
    expect(codesOf(res.body)).toEqual(["TOO_MANY_TOKENS"]);
  });

  it("refuses a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE", async () => {
    const res = await postGraphql(server.url, { query: `{ health { api } }`, variables: { pad: "x".repeat(1_100_000) } });
    expect(res).toEqual({ status: 413, body: { errors: [{ message: expect.stringMatching(/larger than 1048576 bytes/), extensions: { code: "PAYLOAD_TOO_LARGE" } }] } });
  });

  it("answers malformed JSON with a JSON BAD_REQUEST, no stack trace or file path", async () => {
    const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": "{ health { api } }"' });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(JSON.parse(text)).toEqual({ errors: [{ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] });
    expect(text).not.toMatch(/node_modules|\/work\/|at .*\.js/);
  });

  it("calls mutations and subscriptions request errors: the schema has neither", async () => {
    for (const query of ["mutation { x }", "subscription { x }"]) {
      const res = await postGraphql(server.url, { query });
      expect(res.status).toBe(400);
      expect(codesOf(res.body)).toContain("GRAPHQL_VALIDATION_FAILED");
      expect(codesOf(res.body)).not.toContain("INTERNAL_SERVER_ERROR");
    }
  });

  it("answers GET /health with the database's state", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ api: true, database: true });
  });

  it("answers unknown paths with a JSON 404", async () => {
    const res = await fetch(`${server.url}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOT_FOUND" } }] });
  });

  it("sends no CORS grant to other origins by default", async () => {
    const res = await fetch(`${server.url}/graphql`, { method: "OPTIONS", headers: { origin: "http://elsewhere.example", "access-control-request-method": "POST" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("logged no unexpected error through all of the above", () => {
    expect(server.errorLogs).toEqual([]);
  });
});

describe("HTTP API with relaxed query limits", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ maxAliases: 2000, maxRootFields: 2000, maxTokens: 100_000, maxQueryCost: 10_000_000, corsOrigins: ["http://dashboard.example"] });
  });
  afterAll(async () => {
    await server.close();
  });

  it("keeps one request of 1000 aliased searches from taking the connection pool from others", async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: search(text: "nuoi ong") { score }`).join(" ")} }`;
    const res = await withBystander(server, () => postGraphql(server.url, { query }));
    // Either it finished within its budget or it ran out of it: never a server fault.
    expect(codesOf(res.body).filter((c) => c !== "SERVICE_UNAVAILABLE")).toEqual([]);
  });

  it("grants CORS to the origins CORS_ORIGINS names", async () => {
    const res = await fetch(`${server.url}/graphql`, { method: "OPTIONS", headers: { origin: "http://dashboard.example", "access-control-request-method": "POST" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("http://dashboard.example");
  });
});

describe("the request time budget", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({
      maxAliases: 2000,
      maxRootFields: 2000,
      maxTokens: 100_000,
      maxQueryCost: 10_000_000,
      requestTimeoutMs: 1_000,
      maxConcurrentReadsPerRequest: 1,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it("stops a request past its budget with SERVICE_UNAVAILABLE and keeps serving", async () => {
    // 1,000 searches one at a time take seconds; the budget leaves a loaded machine's bystander room.
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: search(text: "nuoi ong") { score }`).join(" ")} }`;
    const res = await withBystander(server, () => postGraphql(server.url, { query }));
    expect(res.status).toBe(200);
    expect(codesOf(res.body)).toContain("SERVICE_UNAVAILABLE");
    expect(codesOf(res.body).filter((c) => c !== "SERVICE_UNAVAILABLE")).toEqual([]);
    expect(res.body.errors![0].message).toMatch(/time budget of 1000 ms/);
  });
});

describe("the rate limit", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ rateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers 429 RATE_LIMITED past RATE_LIMIT_PER_MINUTE requests from one address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(SMALL) })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await postGraphql(server.url, SMALL);
    expect(res).toEqual({ status: 429, body: { errors: [{ message: expect.stringMatching(/More than 3 requests a minute/), extensions: { code: "RATE_LIMITED" } }] } });
  });

  it("never limits /health, which load balancers poll", async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe("an unreachable database", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing answers Bolt there.
    server = await startHttpServer({ neo4jUri: "bolt://127.0.0.1:9" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("makes GET /health answer 503 with database: false", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ api: true, database: false });
  });

  it("makes queries answer SERVICE_UNAVAILABLE, and the health query database: false", async () => {
    const health = await postGraphql(server.url, { query: `{ health { api database } }` });
    expect(health).toEqual({ status: 200, body: { data: { health: { api: true, database: false } } } });
    const res = await postGraphql(server.url, SMALL);
    expect(codesOf(res.body)).toEqual(["SERVICE_UNAVAILABLE"]);
  });
});
