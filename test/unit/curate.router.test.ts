import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { CURATE_CONTENT_SECURITY_POLICY, curateRouter } from "../../src/server/curate.router";

/** What the stand-in for the rest of the app answers: the router called next(). */
const PASSED_ON = 418;

async function listen(assetsDir: string, basePath = ""): Promise<{ url: string; server: Server }> {
  const app = express();
  const inner = express.Router();
  inner.use(curateRouter({ assetsDir, basePath }));
  app.use(basePath || "/", inner);
  app.use((_req, res) => void res.status(PASSED_ON).send("next"));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("curateRouter (the curators' workbench at /curate)", () => {
  const base = mkdtempSync(path.join(tmpdir(), "curate-"));
  const built = path.join(base, "dist", "curate");
  let withPage: { url: string; server: Server };
  let underPrefix: { url: string; server: Server };
  let notBuilt: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(path.join(built, "assets"), { recursive: true });
    writeFileSync(
      path.join(built, "index.html"),
      '<!doctype html><html><head><title>Curate</title><script type="module" src="/curate/assets/index-abc.js"></script></head><body></body></html>',
    );
    writeFileSync(path.join(built, "assets", "index-abc.js"), "console.log(1)");
    writeFileSync(path.join(built, "assets", "be-vietnam-pro-vietnamese-400-normal-abc.woff2"), "font");
    withPage = await listen(built);
    underPrefix = await listen(built, "/g");
    notBuilt = await listen(path.join(base, "missing"));
  });

  afterAll(() => {
    for (const s of [withPage, underPrefix, notBuilt]) s.server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it.each(["/curate", "/curate/", "/curate/index.html", "/curate?draft=d1&lang=en"])(
    "serves the page at %s with its CSP, never framed nor stored by shared caches",
    async (route) => {
      const res = await fetch(`${withPage.url}${route}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("content-security-policy")).toBe(CURATE_CONTENT_SECURITY_POLICY);
      expect(res.headers.get("cache-control")).toBe("no-cache, private");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      const html = await res.text();
      expect(html).toContain('<meta name="base-path" content="" />');
      expect(html).toContain('src="/curate/assets/index-abc.js"');
    },
  );

  it("lets the page load from its own origin only, fonts included", () => {
    const directives = new Map(CURATE_CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));
    for (const name of ["default-src", "script-src", "style-src", "font-src", "connect-src"]) expect(directives.get(name)).toEqual(["'self'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(CURATE_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-/);
  });

  it("writes BASE_PATH into the page and its asset URLs", async () => {
    const res = await fetch(`${underPrefix.url}/g/curate`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<meta name="base-path" content="/g" />');
    expect(html).toContain('src="/g/curate/assets/index-abc.js"');
    expect((await fetch(`${underPrefix.url}/g/curate/assets/index-abc.js`)).status).toBe(200);
  });

  it("serves hashed assets, fonts included, for a year", async () => {
    for (const file of ["index-abc.js", "be-vietnam-pro-vietnamese-400-normal-abc.woff2"]) {
      const res = await fetch(`${withPage.url}/curate/assets/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    }
  });

  it("passes everything else on", async () => {
    for (const route of ["/curate/assets/missing.js", "/curate/other", "/graphql", "/dashboard"]) {
      expect({ route, status: (await fetch(`${withPage.url}${route}`)).status }).toEqual({ route, status: PASSED_ON });
    }
  });

  it("answers 503 with how to build it when it is not built", async () => {
    const res = await fetch(`${notBuilt.url}/curate`);
    expect(res.status).toBe(503);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toContain("npm run build");
  });
});
