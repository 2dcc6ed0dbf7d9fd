import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * What an operator deploys: BASE_PATH (everything under a prefix, nothing outside it),
 * TRUST_PROXY (X-Forwarded-For believed only from named proxies), the rate limit that never
 * counts static files, a declared oversized body refused before it is sent, nosniff on every
 * answer, and APQ registration only when APQ=true. Asserts outcomes, never timings.
 */

const SMALL = { query: `{ organization(id: "org:dwc") { name } }` };
const DWC = "Trung tâm hỗ trợ phát triển vì phụ nữ và trẻ em (DWC) Hà Nội";
const DIST = path.resolve(__dirname, "..", "..", "dist");

/** One built file of each app's assets folder (hashed names change with every build). */
function builtAsset(app: "ide" | "dashboard", ext: string): string {
  const name = readdirSync(path.join(DIST, app, "assets")).find((f) => f.endsWith(ext));
  if (!name) throw new Error(`no ${ext} file in dist/${app}/assets: run \`npm run build\``);
  return `/${app}/assets/${name}`;
}

function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("BASE_PATH=/g", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer({ basePath: "/g" });
  });
  afterAll(async () => {
    await server.close();
  });

  it("serves the API, health and exports under /g", async () => {
    expect((await fetch(`${server.url}/g/health`)).status).toBe(200);
    expect(await postGraphql(`${server.url}/g`, SMALL)).toEqual({ status: 200, body: { data: { organization: { name: DWC } } } });
    const csv = await fetch(`${server.url}/g/export/3w.csv?place=vn:lai-chau`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await csv.text()).split("\n").length).toBeGreaterThan(2);
  });

  it("answers 404 outside /g: /graphql, /health, /export, and a lookalike prefix", async () => {
    for (const [method, p] of [
      ["POST", "/graphql"],
      ["GET", "/health"],
      ["GET", "/export/3w.csv"],
      ["GET", "/dashboard"],
      ["POST", "/gx/graphql"],
    ] as const) {
      const res = method === "POST" ? await post(`${server.url}${p}`, SMALL) : await fetch(`${server.url}${p}`);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect({ p, status: res.status, code: body.errors[0].extensions.code }).toEqual({ p, status: 404, code: "NOT_FOUND" });
      expect(body.errors[0].message).toMatch(/\/g\/graphql/);
    }
  });

  it("serves the IDE at /g and /g/ with the prefix in its meta tag and asset URLs", async () => {
    for (const p of ["/g", "/g/", "/g/graphql", "/g/ide/"]) {
      const res = await fetch(`${server.url}${p}`, { headers: { accept: "text/html" } });
      expect({ p, status: res.status }).toEqual({ p, status: 200 });
      const html = await res.text();
      expect(html).toContain('<meta name="base-path" content="/g" />');
      expect(html).toMatch(/src="\/g\/ide\/assets\/index-[^"]+\.js"/);
      expect(html).not.toMatch(/(src|href)="\/ide\//);
    }
    expect((await fetch(`${server.url}/g${builtAsset("ide", ".js")}`)).status).toBe(200);
  });

  it("serves the dashboard at /g/dashboard with the prefix in its meta tag and asset URLs", async () => {
    const res = await fetch(`${server.url}/g/dashboard?place=vn:lai-chau`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta name="base-path" content="/g" />');
    expect(html).toMatch(/src="\/g\/dashboard\/assets\/index-[^"]+\.js"/);
    expect(html).not.toMatch(/(src|href)="\/dashboard\//);
    expect((await fetch(`${server.url}/g${builtAsset("dashboard", ".css")}`)).status).toBe(200);
  });
});

describe("pages at the root", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("carry an empty base path and root-absolute asset URLs", async () => {
    for (const p of ["/graphql", "/dashboard"]) {
      const html = await (await fetch(`${server.url}${p}`, { headers: { accept: "text/html" } })).text();
      expect(html).toContain('<meta name="base-path" content="" />');
      expect(html).toMatch(/src="\/(ide|dashboard)\/assets\//);
    }
  });
});

/** Spends the limit (3) with POSTs from this address, each forwarded for `forwardedFor` if given. */
async function spend(url: string, forwardedFor?: string): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) statuses.push((await post(`${url}/graphql`, SMALL, forwardedFor ? { "x-forwarded-for": forwardedFor } : {})).status);
  return statuses;
}

describe("the rate limit and TRUST_PROXY", () => {
  it("ignores a forged X-Forwarded-For by default: rotating it does not escape the limit", async () => {
    const server = await startHttpServer({ rateLimitPerMinute: 3 });
    try {
      expect(await spend(server.url)).toEqual([200, 200, 200, 429]);
      const forged: number[] = [];
      for (let i = 1; i <= 5; i++) forged.push((await post(`${server.url}/graphql`, SMALL, { "x-forwarded-for": `203.0.113.${i}` })).status);
      expect(forged).toEqual([429, 429, 429, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it("counts per forwarded address with TRUST_PROXY=loopback (the proxy on this machine)", async () => {
    const server = await startHttpServer({ rateLimitPerMinute: 3, trustProxy: "loopback" });
    try {
      expect(await spend(server.url, "203.0.113.1")).toEqual([200, 200, 200, 429]);
      expect(await spend(server.url, "203.0.113.2")).toEqual([200, 200, 200, 429]);
    } finally {
      await server.close();
    }
  });

  it("never counts static files, under BASE_PATH too", async () => {
    const server = await startHttpServer({ rateLimitPerMinute: 3, basePath: "/g" });
    try {
      expect(await spend(`${server.url}/g`)).toEqual([200, 200, 200, 429]);
      for (const asset of [builtAsset("ide", ".js"), builtAsset("ide", ".css"), builtAsset("ide", ".ttf"), builtAsset("dashboard", ".js"), builtAsset("dashboard", ".geojson")]) {
        const res = await fetch(`${server.url}/g${asset}`);
        expect({ asset, status: res.status }).toEqual({ asset, status: 200 });
      }
      expect((await post(`${server.url}/g/graphql`, SMALL)).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});

/** Sends raw bytes on a fresh connection and resolves with everything the server wrote back before closing. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk.toString()));
    socket.on("end", () => resolve(answer));
    socket.on("error", reject);
  });
}

describe("small hardening", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startHttpServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("refuses a declared 2 GB body with 413 before a byte of it is sent, and closes the connection", async () => {
    const port = Number(new URL(server.url).port);
    // Headers only: the answer (and the server's end of the connection) must come without any body.
    const answer = await rawExchange(port, "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2147483648\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
    expect(answer).toContain('"code":"PAYLOAD_TOO_LARGE"');
  });

  it("sends X-Content-Type-Options: nosniff on every kind of answer", async () => {
    const answers: Record<string, Response> = {
      json: await post(`${server.url}/graphql`, SMALL),
      graphqlError: await post(`${server.url}/graphql`, { query: "{ nope }" }),
      badJson: await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" }),
      notFound: await fetch(`${server.url}/nowhere`),
      export: await fetch(`${server.url}/export/3w.csv?place=vn:lai-chau`),
      exportError: await fetch(`${server.url}/export/3w.csv?place=nope`),
      health: await fetch(`${server.url}/health`),
      ide: await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } }),
    };
    const headers = Object.fromEntries(Object.entries(answers).map(([k, res]) => [k, res.headers.get("x-content-type-options")]));
    expect(headers).toEqual(Object.fromEntries(Object.keys(answers).map((k) => [k, "nosniff"])));
    await Promise.all(Object.values(answers).map((res) => res.arrayBuffer()));
  });

  it("sends nosniff on what Node's parser refuses before express sees it", async () => {
    const answer = await rawExchange(Number(new URL(server.url).port), "NOT HTTP AT ALL\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/);
  });
});

/** A document no manifest has, with its APQ hash. */
const NEW_QUERY = "{ health { api } }";
const NEW_HASH = createHash("sha256").update(NEW_QUERY).digest("hex");
const BY_HASH = { extensions: { persistedQuery: { version: 1, sha256Hash: NEW_HASH } } };

describe("automatic persisted queries (APQ)", () => {
  it("registers nothing by default: the hash alone stays unknown after the text was sent with it", async () => {
    const server = await startHttpServer();
    try {
      const register = await postGraphql(server.url, { query: NEW_QUERY, ...BY_HASH });
      expect(register.body.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
      const again = await postGraphql(server.url, BY_HASH);
      expect(again.body.data).toBeUndefined();
      expect(again.body.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_SUPPORTED"]);
      // The query itself, without the extension, runs as usual.
      expect((await postGraphql(server.url, { query: NEW_QUERY })).body).toEqual({ data: { health: { api: true } } });
    } finally {
      await server.close();
    }
  });

  it("registers a document by its hash with APQ=true", async () => {
    const server = await startHttpServer({ apq: true });
    try {
      expect((await postGraphql(server.url, BY_HASH)).body.errors?.map((e) => e.extensions?.code)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
      expect((await postGraphql(server.url, { query: NEW_QUERY, ...BY_HASH })).body).toEqual({ data: { health: { api: true } } });
      expect((await postGraphql(server.url, BY_HASH)).body).toEqual({ data: { health: { api: true } } });
    } finally {
      await server.close();
    }
  });
});
