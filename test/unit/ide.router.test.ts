import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { IDE_CONTENT_SECURITY_POLICY, ideRouter } from "../../src/server/ide.router";

/** What a browser sends when navigating. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
/** What the stand-in for the GraphQL handler answers: the router called next(). */
const PASSED_ON = 418;

async function listen(assetsDir: string): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(ideRouter({ assetsDir }));
  app.use((_req, res) => void res.status(PASSED_ON).send("next"));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("ideRouter", () => {
  const built = mkdtempSync(path.join(tmpdir(), "ide-built-"));
  const empty = mkdtempSync(path.join(tmpdir(), "ide-empty-"));
  let withIde: { url: string; server: Server };
  let withoutIde: { url: string; server: Server };

  beforeAll(async () => {
    writeFileSync(path.join(built, "index.html"), "<!doctype html><title>IDE</title>");
    mkdirSync(path.join(built, "assets"));
    writeFileSync(path.join(built, "assets", "index-abc123.js"), "console.log(1)");
    withIde = await listen(built);
    withoutIde = await listen(empty);
  });

  afterAll(() => {
    withIde.server.close();
    withoutIde.server.close();
    rmSync(built, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it.each(["/graphql", "/"])("serves the page at %s to browsers, with its CSP, revalidated every time", async (route) => {
    const res = await fetch(`${withIde.url}${route}`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toBe(IDE_CONTENT_SECURITY_POLICY);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("vary")).toMatch(/Accept/);
    expect(await res.text()).toContain("<title>IDE</title>");
  });

  it.each([
    ["a GET with a query", "/graphql?query=%7B__typename%7D", BROWSER_ACCEPT],
    ["a persisted query", "/graphql?extensions=%7B%7D", BROWSER_ACCEPT],
    ["a GET with an id", "/graphql?id=abc", BROWSER_ACCEPT],
    ["a JSON client", "/graphql", "application/json"],
    ["a client that takes anything", "/graphql", "*/*"],
    ["a JSON client at the root", "/", "application/graphql-response+json, application/json"],
  ])("passes %s on to the next handler", async (_what, route, accept) => {
    const res = await fetch(`${withIde.url}${route}`, { headers: { accept } });
    expect(res.status).toBe(PASSED_ON);
  });

  it("passes POST /graphql on", async () => {
    const res = await fetch(`${withIde.url}/graphql`, { method: "POST", headers: { accept: BROWSER_ACCEPT, "content-type": "application/json" }, body: "{}" });
    expect(res.status).toBe(PASSED_ON);
  });

  it("serves hashed assets under /ide/assets for a year, and the page at /ide/", async () => {
    const asset = await fetch(`${withIde.url}/ide/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(await asset.text()).toBe("console.log(1)");

    const page = await fetch(`${withIde.url}/ide/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(IDE_CONTENT_SECURITY_POLICY);
    expect(page.headers.get("cache-control")).toBe("no-cache");

    expect((await fetch(`${withIde.url}/ide/assets/missing.js`)).status).toBe(PASSED_ON);
  });

  it("answers 503 with how to build the IDE when it is not built, and still passes GraphQL requests on", async () => {
    const res = await fetch(`${withoutIde.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("npm run build:ide");
    expect((await fetch(`${withoutIde.url}/ide/`)).status).toBe(503);
    expect((await fetch(`${withoutIde.url}/graphql?query=%7B__typename%7D`, { headers: { accept: BROWSER_ACCEPT } })).status).toBe(PASSED_ON);
  });
});
