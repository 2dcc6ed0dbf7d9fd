import { readFileSync } from "node:fs";
import path from "node:path";
import { getIntrospectionQuery } from "graphql";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The limits against the real seeded graph, wired as in production (list bounds measured at
 * start-up): the worst queries the cost model lets through are answered without error (so
 * inside the time budget: past it they would end with SERVICE_UNAVAILABLE), the ones past it
 * are refused with QUERY_TOO_COMPLEX, introspection bombs are refused while a small query is
 * served, and a planner's ordinary question stays under the limit. Outcomes only, no timings
 * (`npm run bench:limits` reports those).
 */

type Body = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
const codesOf = (body: Body): (string | undefined)[] => (body.errors ?? []).map((e) => e.extensions?.code);

const VICTIM = { query: `{ place(id: "vn:lai-chau") { name level } }` };
const VICTIM_ANSWER = { status: 200, body: { data: { place: { name: "Lai Châu", level: "PROVINCE" } } } };

/** Hostile shapes of issue 16, each with its page size as `$n`: nested unpaged lists under a page. */
const NESTED_LISTS: Record<string, string> = {
  "provinces → descendants": `query($n: Int!) { places(first: $n, filter: { level: PROVINCE }) { nodes { id descendants { id name } } } }`,
  "provinces → interventions → participants": `query($n: Int!) { places(first: $n, filter: { level: PROVINCE }) { nodes { interventions { id participants { role actor { ... on Organization { id } } } } } } }`,
  "organizations → partners → via": `query($n: Int!) { organizations(first: $n) { nodes { partners { partner { id relations { node { id } } } via { role activity { __typename } } } } } }`,
  "places → relations → node": `query($n: Int!) { places(first: $n) { nodes { relations { type node { id } } mentions { quote source { id } } } } }`,
};

describe("limits priced by what the data holds", () => {
  let server: TestHttpServer;
  const post = (body: unknown) => postGraphql(server.url, body);
  beforeAll(async () => {
    server = await startHttpServer();
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  /** The cost the server states when it refuses `n`, or undefined when it answered. */
  const refusedCost = (body: Body): number | undefined => {
    const m = body.errors?.[0]?.message.match(/costs (\d+)/);
    return m ? Number(m[1]) : undefined;
  };

  it.each(Object.entries(NESTED_LISTS))("%s: a full page is refused or answered, and the largest page under the limit is answered without error", async (_name, query) => {
    const full = await post({ query, variables: { n: 100 } });
    if (full.body.errors) {
      expect(codesOf(full.body)).toEqual(["QUERY_TOO_COMPLEX"]);
      expect(refusedCost(full.body)).toBeGreaterThan(server.config.maxQueryCost);
    } else {
      expect(full.status).toBe(200);
    }
    // The largest accepted page: the cost grows with n, so halve the refused range.
    let lo = 0;
    let hi = 101;
    let answer: Body | undefined;
    while (hi - lo > 1) {
      const n = Math.floor((lo + hi) / 2);
      const res = await post({ query, variables: { n } });
      if (codesOf(res.body).includes("QUERY_TOO_COMPLEX")) {
        hi = n;
      } else {
        // Accepted: answered in full, inside the budget (no SERVICE_UNAVAILABLE, no error at all).
        expect([res.status, codesOf(res.body)]).toEqual([200, []]);
        lo = n;
        answer = res.body;
      }
    }
    expect(lo).toBeGreaterThan(0);
    expect(answer?.data).toBeDefined();
  });

  it("prices a province's descendants by the largest province (739 places), refusing the attack of issue 16", async () => {
    const res = await post({ query: NESTED_LISTS["provinces → descendants"], variables: { n: 100 } });
    expect(codesOf(res.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    // 1 + 100 × (1 + 1 + 1 + bound × 2) with every list bound measured; priced 2,301-ish before.
    expect(refusedCost(res.body)).toBeGreaterThanOrEqual(1 + 100 * (3 + 739 * 2));
  });

  it("refuses every source with every mention and its relations, and answers the sources alone", async () => {
    const bomb = await post({ query: `{ sources { id mentions { id relations { node { id } } } } }` });
    expect(codesOf(bomb.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    const list = await post({ query: `{ sources { id } }` });
    expect(codesOf(list.body)).toEqual([]);
    expect((list.body.data as { sources: unknown[] }).sources.length).toBeGreaterThan(0);
  });

  it("keeps a planner's ordinary question (the IDE's ReplicableModels tab with first: 20) under the limit", async () => {
    const document = readFileSync(path.resolve(__dirname, "..", "operations", "replicable-models.graphql"), "utf8");
    const res = await post({ query: document, operationName: "ReplicableModels", variables: { place: "vn:lai-chau:than-uyen:pha-mu", first: 20 } });
    expect([res.status, codesOf(res.body)]).toEqual([200, []]);
    expect((res.body.data as { replicableModels: { nodes: unknown[] } }).replicableModels.nodes.length).toBeGreaterThan(0);
  });

  it("refuses a 50,000-item list variable with BAD_USER_INPUT before any work", async () => {
    const kinds = Array.from({ length: 50_000 }, () => "Organization");
    const res = await post({ query: `query($kinds: [EntityKind!]) { search(text: "ong", kinds: $kinds) { score } }`, variables: { kinds } });
    expect([res.status, codesOf(res.body)]).toEqual([400, ["BAD_USER_INPUT"]]);
    expect(res.body.errors?.[0]?.message).toMatch(/50000 items; the maximum is 1000/);
  });
});

describe("introspection priced and limited", () => {
  let server: TestHttpServer;
  const post = (body: unknown) => postGraphql(server.url, body);
  beforeAll(async () => {
    server = await startHttpServer();
  }, 120_000);
  afterAll(async () => {
    await server.close();
  });

  const DEEP = `types { name fields { name args { name type { name } } type { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name } } } } } } }`;

  it("refuses 30 aliased deep __schema selections while a small query gets its answer", async () => {
    const bomb = `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { ${DEEP} }`).join(" ")} }`;
    const attacks = Array.from({ length: 10 }, () => post({ query: bomb }));
    const victim = await post(VICTIM);
    expect(victim).toEqual(VICTIM_ANSWER);
    for (const res of await Promise.all(attacks)) expect(codesOf(res.body)).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("refuses the whole schema asked again through aliases inside one __schema, and fields nested too deep", async () => {
    const aliased = await post({ query: `{ __schema { ${Array.from({ length: 30 }, (_, i) => `t${i}: ${DEEP}`).join(" ")} } }` });
    expect(new Set(codesOf(aliased.body))).toEqual(new Set(["QUERY_TOO_COMPLEX"]));
    const deep = await post({ query: `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }` });
    expect(codesOf(deep.body)).toEqual(["QUERY_TOO_DEEP"]);
  });

  it("answers the standard introspection queries (GraphiQL's, graphql-codegen's) in full, the same again from the cache", async () => {
    for (const query of [getIntrospectionQuery(), getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true })]) {
      const first = await post({ query, operationName: "IntrospectionQuery" });
      expect([first.status, codesOf(first.body)]).toEqual([200, []]);
      const schema = (first.body.data as { __schema: { types: { name: string }[] } }).__schema;
      expect(schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(["Query", "Place", "Organization"]));
      const again = await post({ query, operationName: "IntrospectionQuery" });
      expect(again.body).toEqual(first.body);
    }
    // The cache never answers a different document.
    const small = await post({ query: `{ __type(name: "Place") { name } }` });
    expect(small.body).toEqual({ data: { __type: { name: "Place" } } });
  });
});
