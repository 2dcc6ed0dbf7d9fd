import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { DASHBOARD_CONTENT_SECURITY_POLICY, dashboardRouter } from "../../src/server/dashboard.router";

/** What the stand-in for the rest of the app answers: the router called next(). */
const PASSED_ON = 418;

async function listen(assetsDir: string): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(dashboardRouter({ assetsDir }));
  app.use((_req, res) => void res.status(PASSED_ON).send("next"));
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("dashboardRouter", () => {
  // A dot-folder on the way, as in a checkout under ~/.work: the page must still be served.
  const base = mkdtempSync(path.join(tmpdir(), "dashboard-"));
  const built = path.join(base, ".checkout", "dist", "dashboard");
  const empty = path.join(base, "not-built");
  let withDashboard: { url: string; server: Server };
  let withoutDashboard: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(path.join(built, "assets"), { recursive: true });
    writeFileSync(path.join(built, "index.html"), "<!doctype html><title>3W</title>");
    writeFileSync(path.join(built, "assets", "index-abc123.js"), "console.log(1)");
    writeFileSync(path.join(built, "assets", "provinces-2025-abc123.geojson"), '{"type":"FeatureCollection","features":[]}');
    withDashboard = await listen(built);
    withoutDashboard = await listen(empty);
  });

  afterAll(() => {
    withDashboard.server.close();
    withoutDashboard.server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it.each(["/dashboard", "/dashboard/", "/dashboard/index.html", "/dashboard?place=vn%3Alai-chau&lang=en"])(
    "serves the page at %s with its CSP, revalidated every time",
    async (route) => {
      const res = await fetch(`${withDashboard.url}${route}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(res.headers.get("content-security-policy")).toBe(DASHBOARD_CONTENT_SECURITY_POLICY);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(await res.text()).toContain("<title>3W</title>");
    },
  );

  it("lets the page load from its own origin only", () => {
    const directives = new Map(DASHBOARD_CONTENT_SECURITY_POLICY.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(DASHBOARD_CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it("serves hashed assets under /dashboard/assets for a year", async () => {
    const script = await fetch(`${withDashboard.url}/dashboard/assets/index-abc123.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(script.headers.get("content-type")).toMatch(/javascript/);
    expect(await script.text()).toBe("console.log(1)");

    const boundaries = await fetch(`${withDashboard.url}/dashboard/assets/provinces-2025-abc123.geojson`);
    expect(boundaries.status).toBe(200);
    expect(boundaries.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    expect(boundaries.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("passes everything else on: missing assets, other files, other paths", async () => {
    for (const route of ["/dashboard/assets/missing.js", "/dashboard/other", "/dashboard/../graphql", "/graphql", "/"]) {
      expect({ route, status: (await fetch(`${withDashboard.url}${route}`)).status }).toEqual({ route, status: PASSED_ON });
    }
  });

  it("answers 503 with how to build the dashboard when it is not built", async () => {
    const res = await fetch(`${withoutDashboard.url}/dashboard`);
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(await res.text()).toContain("npm run build");
    expect((await fetch(`${withoutDashboard.url}/dashboard/assets/index-abc123.js`)).status).toBe(PASSED_ON);
  });
});
