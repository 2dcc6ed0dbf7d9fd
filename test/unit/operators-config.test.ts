import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { drainTimeMs } from "../../src/server/api.server";
import { renderBuiltPage } from "../../src/server/html-page";
import { isStaticAsset } from "../../src/server/http.app";

/** The operator settings' parsing and the helpers behind them; the HTTP behaviour is in test/integration/operators.int.test.ts. */

describe("operator settings", () => {
  it("defaults: at the root, X-Forwarded-For ignored, no APQ registration, downloads up to 5 minutes", () => {
    expect(loadConfig({})).toMatchObject({ basePath: "", trustProxy: false, apq: false, exportTimeoutMs: 300_000 });
  });

  it("normalises BASE_PATH and refuses what is not a plain path", () => {
    for (const [raw, basePath] of [
      ["/g", "/g"],
      ["/g/", "/g"],
      ["g", "/g"],
      ["/", ""],
      ["", ""],
      ["/a/b-c.d", "/a/b-c.d"],
    ]) {
      expect({ raw, basePath: loadConfig({ BASE_PATH: raw }).basePath }).toEqual({ raw, basePath });
    }
    for (const raw of ["/a b", "/a?x", "/../x", "/a/./b", '/"><script>', "/a//b"]) {
      expect(() => loadConfig({ BASE_PATH: raw })).toThrow(/BASE_PATH must be a path/);
    }
  });

  it("reads TRUST_PROXY as off, true, a hop count or a list for express", () => {
    expect(loadConfig({ TRUST_PROXY: "false" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe("loopback, 10.0.0.0/8");
  });

  it("accepts APQ=true|false only, and bounds EXPORT_TIMEOUT_MS", () => {
    expect(loadConfig({ APQ: "true" }).apq).toBe(true);
    expect(() => loadConfig({ APQ: "yes" })).toThrow(/APQ must be true or false/);
    expect(() => loadConfig({ EXPORT_TIMEOUT_MS: "10" })).toThrow(/EXPORT_TIMEOUT_MS/);
  });

  it("drains for the longest allowed request plus a margin", () => {
    expect(drainTimeMs(loadConfig({}))).toBe(302_000);
    expect(drainTimeMs(loadConfig({ REQUEST_TIMEOUT_MS: "600000" }))).toBe(602_000);
  });

  it("counts every built file as static, and nothing else", () => {
    for (const p of ["/ide/assets/index-x.js", "/ide/assets/codicon-x.ttf", "/ide/", "/dashboard/assets/provinces-2025-x.geojson", "/dashboard/assets/index-x.css"])
      expect({ p, s: isStaticAsset(p) }).toEqual({ p, s: true });
    for (const p of ["/graphql", "/dashboard", "/export/3w.csv", "/health", "/"]) expect({ p, s: isStaticAsset(p) }).toEqual({ p, s: false });
  });
});

describe("renderBuiltPage", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "page-"));
  const file = path.join(dir, "index.html");
  writeFileSync(
    file,
    '<!doctype html>\n<html>\n  <head>\n    <script type="module" crossorigin src="/ide/assets/index-a.js"></script>\n    <link rel="stylesheet" crossorigin href="/ide/assets/index-b.css">\n  </head>\n  <body><a href="https://example.org/ide/x">x</a></body>\n</html>\n',
  );

  it("writes the prefix into the meta tag and the page's own asset URLs", async () => {
    const html = await renderBuiltPage(file, "ide", "/g");
    expect(html).toContain('<head>\n    <meta name="base-path" content="/g" />');
    expect(html).toContain('src="/g/ide/assets/index-a.js"');
    expect(html).toContain('href="/g/ide/assets/index-b.css"');
    expect(html).toContain('href="https://example.org/ide/x"');
  });

  it("leaves the URLs alone at the root, with an empty meta tag", async () => {
    const html = await renderBuiltPage(file, "ide", "");
    expect(html).toContain('<meta name="base-path" content="" />');
    expect(html).toContain('src="/ide/assets/index-a.js"');
  });
});
