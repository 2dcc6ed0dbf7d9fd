import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The client package against the API over HTTP: its documents run by id on GET and POST, the
 * example script embeds one as an external TypeScript program would, `only` mode runs nothing
 * else, and GET reads are cacheable (Cache-Control, strong ETag, 304) and compressed.
 */

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = JSON.parse(readFileSync(path.join(ROOT, "client", "generated", "persisted-documents.json"), "utf8")) as Record<string, string>;

/** The id of the client package's document for `operationName`. */
function idOf(operationName: string): string {
  const id = Object.keys(MANIFEST).find((k) => new RegExp(`^query ${operationName}\\b`).test(MANIFEST[k]));
  if (!id) throw new Error(`no persisted document for ${operationName}`);
  return id;
}

const SUMMARY = idOf("EmbedWhoWhatWhereSummary");
const VARIABLES = { filter: { place: "vn:lai-chau" } };
/** What a browser page sends so that Apollo's CSRF prevention lets a GET through. */
const PREFLIGHT = { "apollo-require-preflight": "true" };

type Body = { data?: { whoWhatWhereSummary?: { rows: number; organizations: { name: string }[] } } | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function getGraphql(url: string, params: Record<string, string>, headers: Record<string, string> = PREFLIGHT): Promise<{ res: Response; body: Body | null }> {
  const res = await fetch(`${url}/graphql?${new URLSearchParams(params)}`, { headers: { accept: "application/json", ...headers } });
  const text = await res.text();
  return { res, body: text ? (JSON.parse(text) as Body) : null };
}

const codes = (body: { errors?: Body["errors"] } | null): (string | undefined)[] => (body?.errors ?? []).map((e) => e.extensions?.code);

/** Runs client/examples/embed.ts as its own Node process, the way an external script runs. */
async function runEmbed(endpoint: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(ROOT, "client", "examples", "embed.ts"), endpoint, "vn:lai-chau"], {
      cwd: ROOT,
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("persisted documents (PERSISTED_DOCUMENTS=allow, the default)", () => {
  let server: TestHttpServer;
  let expectedRows: number;
  beforeAll(async () => {
    server = await startHttpServer();
    const res = await postGraphql(server.url, { query: `{ whoWhatWhereSummary(filter: { place: "vn:lai-chau" }) { rows } }` });
    expectedRows = (res.body.data as { whoWhatWhereSummary: { rows: number } }).whoWhatWhereSummary.rows;
    expect(expectedRows).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await server.close();
  });

  it("runs a document by documentId on GET", async () => {
    const { res, body } = await getGraphql(server.url, { documentId: SUMMARY, variables: JSON.stringify(VARIABLES) });
    expect(res.status).toBe(200);
    expect(body?.errors).toBeUndefined();
    expect(body?.data?.whoWhatWhereSummary?.rows).toBe(expectedRows);
  });

  it("runs a document by documentId on POST, and by Apollo's persistedQuery hash", async () => {
    const byId = await postGraphql(server.url, { documentId: SUMMARY, variables: VARIABLES });
    expect(byId.status).toBe(200);
    expect((byId.body.data as Body["data"])?.whoWhatWhereSummary?.rows).toBe(expectedRows);
    const bare = await postGraphql(server.url, { documentId: SUMMARY.replace(/^sha256:/, ""), variables: VARIABLES });
    expect(bare.body).toEqual(byId.body);
    const apq = await postGraphql(server.url, { extensions: { persistedQuery: { version: 1, sha256Hash: SUMMARY.replace(/^sha256:/, "") } }, variables: VARIABLES });
    expect(apq.body).toEqual(byId.body);
  });

  it("answers an unknown id with 400 PERSISTED_DOCUMENT_NOT_FOUND, and an id with a query with 400 BAD_REQUEST", async () => {
    const unknown = `sha256:${"0".repeat(64)}`;
    const post = await postGraphql(server.url, { documentId: unknown });
    expect(post.status).toBe(400);
    expect(codes(post.body)).toEqual(["PERSISTED_DOCUMENT_NOT_FOUND"]);
    const get = await getGraphql(server.url, { documentId: unknown });
    expect(get.res.status).toBe(400);
    expect(codes(get.body)).toEqual(["PERSISTED_DOCUMENT_NOT_FOUND"]);
    const both = await postGraphql(server.url, { documentId: SUMMARY, query: "{ health { api } }" });
    expect(both.status).toBe(400);
    expect(codes(both.body)).toEqual(["BAD_REQUEST"]);
  });

  it("still runs ad-hoc queries", async () => {
    expect(await postGraphql(server.url, { query: "{ health { api } }" })).toEqual({ status: 200, body: { data: { health: { api: true } } } });
  });

  it("keeps CSRF prevention on GET: without a preflight header or content type it is refused", async () => {
    const { res, body } = await getGraphql(server.url, { documentId: SUMMARY, variables: JSON.stringify(VARIABLES) }, {});
    expect(res.status).toBe(400);
    expect(body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it("lets an external TypeScript script embed a query through the client package (client/examples/embed.ts)", async () => {
    const run = await runEmbed(`${server.url}/graphql`);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(`vn:lai-chau: ${expectedRows} rows`);
    expect(run.stdout).toContain("Plan International Lai Châu");
  });

  it("logged no unexpected error", () => {
    expect(server.errorLogs).toEqual([]);
  });
});

describe("trusted documents only (PERSISTED_DOCUMENTS=only)", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ persistedDocuments: "only" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("runs the client package's documents by id, on GET and POST", async () => {
    const get = await getGraphql(server.url, { documentId: SUMMARY, variables: JSON.stringify(VARIABLES) });
    expect(get.res.status).toBe(200);
    expect(get.body?.data?.whoWhatWhereSummary?.rows).toBeGreaterThan(0);
    const post = await postGraphql(server.url, { documentId: SUMMARY, variables: VARIABLES });
    expect(post.body).toEqual(get.body);
    expect((await runEmbed(`${server.url}/graphql`)).code).toBe(0);
  });

  it("refuses ad-hoc queries with 400 PERSISTED_DOCUMENTS_ONLY, on POST and GET", async () => {
    const post = await postGraphql(server.url, { query: "{ health { api } }" });
    expect(post.status).toBe(400);
    expect(codes(post.body)).toEqual(["PERSISTED_DOCUMENTS_ONLY"]);
    expect(post.body.errors![0].message).toMatch(/trusted documents only/);
    const get = await getGraphql(server.url, { query: "{ health { api } }" });
    expect(get.res.status).toBe(400);
    expect(codes(get.body)).toEqual(["PERSISTED_DOCUMENTS_ONLY"]);
  });

  it("lets no new document in through automatic persisted queries", async () => {
    const query = "{ health { api } }";
    const sha256Hash = (await import("node:crypto")).createHash("sha256").update(query).digest("hex");
    const register = await postGraphql(server.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(register.status).toBe(400);
    expect(codes(register.body)).toEqual(["PERSISTED_DOCUMENT_NOT_FOUND"]);
    const unknown = await postGraphql(server.url, { documentId: `sha256:${sha256Hash}` });
    expect(codes(unknown.body)).toEqual(["PERSISTED_DOCUMENT_NOT_FOUND"]);
  });
});

describe("HTTP caching and compression of GraphQL reads", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ cacheMaxAgeSeconds: 120 });
  });
  afterAll(async () => {
    await server.close();
  });

  const params = { documentId: SUMMARY, variables: JSON.stringify(VARIABLES) };

  it("makes a GET read public for CACHE_MAX_AGE_SECONDS with a strong ETag, and answers If-None-Match with 304", async () => {
    const { res, body } = await getGraphql(server.url, params);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=120");
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/
    // fetch adds `Cache-Control: no-cache` to a conditional request unless it has one.
    const again = await getGraphql(server.url, params, { ...PREFLIGHT, "if-none-match": etag!, "cache-control": "max-age=0" });
    expect(again.res.status).toBe(304);
    expect(again.body).toBeNull();
    const changed = await getGraphql(
      server.url,
      { ...params, variables: JSON.stringify({ filter: { place: "vn:ha-noi" } }) },
      { ...PREFLIGHT, "if-none-match": etag!, "cache-control": "max-age=0" },
    );
    expect(changed.res.status).toBe(200);
    expect(changed.body).not.toEqual(body);
  });

  it("never caches POST, nor a response with errors", async () => {
    const post = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: SUMMARY, variables: VARIABLES }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("cache-control")).toBe("no-store");
    const notFound = await getGraphql(server.url, { query: `{ organization(id: "org:no-such-organization") { name } }` });
    expect(codes(notFound.body)).toEqual(["NOT_FOUND"]);
    expect(notFound.res.headers.get("cache-control")).toBe("no-store");
    const bad = await getGraphql(server.url, { documentId: `sha256:${"0".repeat(64)}` });
    expect(bad.res.headers.get("cache-control")).toBe("no-store");
  });

  it("compresses responses when the client accepts gzip or br, and only then", async () => {
    const query = { query: `{ whoWhatWhere(filter: { place: "vn:lai-chau" }, first: 50) { nodes { id provenance { quote } } } }` };
    for (const encoding of ["gzip", "br"]) {
      const { res, body } = await getGraphql(server.url, query, { ...PREFLIGHT, "accept-encoding": encoding });
      expect(res.headers.get("content-encoding")).toBe(encoding);
      expect(body?.errors).toBeUndefined();
    }
    const post = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "accept-encoding": "gzip" }, body: JSON.stringify(query) });
    expect(post.headers.get("content-encoding")).toBe("gzip");
    const plain = await getGraphql(server.url, query, { ...PREFLIGHT, "accept-encoding": "identity" });
    expect(plain.res.headers.get("content-encoding")).toBeNull();
  });
});

describe("persisted documents off (PERSISTED_DOCUMENTS=off)", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ persistedDocuments: "off" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("does not know documentId: a request without a query is a bad request", async () => {
    const res = await postGraphql(server.url, { documentId: SUMMARY, variables: VARIABLES });
    expect(res.status).toBe(400);
    expect(codes(res.body)).toEqual(["BAD_REQUEST"]);
  });
});
