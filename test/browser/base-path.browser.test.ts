import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchOfflineBrowser, type OfflineBrowser, openIdeTab, settle, ARTIFACTS } from "../helpers/browser";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * BASE_PATH=/g in a real browser cut off from the internet: the IDE and the dashboard load,
 * query and draw with every request under /g (scripts, styles, fonts, Monaco workers, the
 * boundaries, GraphQL, the CSV link), as behind a reverse proxy that forwards only that prefix,
 * and no Content-Security-Policy rule is broken. Leaves test-artifacts/base-path-*.png.
 */

describe("the IDE and the dashboard under BASE_PATH=/g (offline browser)", () => {
  let server: TestHttpServer;
  let browser: OfflineBrowser;
  /** Every http(s) URL the pages and their workers requested. */
  const requested: string[] = [];

  beforeAll(async () => {
    server = await startHttpServer({ basePath: "/g" });
    browser = await launchOfflineBrowser();
    browser.context.on("request", (request) => {
      const url = request.url();
      if (/^https?:/.test(url)) requested.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Paths requested outside /g (the proxy would not forward them). */
  const outsidePrefix = (): string[] => requested.map((url) => new URL(url).pathname).filter((p) => p !== "/g" && !p.startsWith("/g/"));

  it("runs a query in the IDE at /g/graphql", async () => {
    const { page } = browser;
    const response = await page.goto(`${server.url}/g/graphql`);
    expect(response?.status()).toBe(200);

    // The schema (introspection through /g/graphql) reaches the docs.
    await page.getByLabel("Show Documentation Explorer").click();
    await page
      .locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ })
      .first()
      .waitFor();

    await openIdeTab(page, "WhoWhatWhere");
    const answer = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/g/graphql" && (r.request().postData() ?? "").includes('"operationName":"WhoWhatWhere"'),
    );
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const body = (await (await answer).json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body.data)).toContain("Trồng dưa hấu");
    const result = page.locator("section.result-window");
    const shown = await settle(
      async () => (await result.innerText()).replace(/\s+/g, " "),
      (text) => text.includes("Mường Kim"),
    );
    expect(shown).toContain("Mường Kim");
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "base-path-ide.png") });

    // Monaco's workers came from the build under the prefix.
    expect(requested.some((url) => /^\/g\/ide\/assets\/[^/]+\.worker-[^/]+\.js$/.test(new URL(url).pathname))).toBe(true);
    expect(outsidePrefix()).toEqual([]);
  });

  it("shows rows and the map in the dashboard at /g/dashboard, with the CSV link under /g", async () => {
    const { page } = browser;
    const response = await page.goto(`${server.url}/g/dashboard`);
    expect(response?.status()).toBe(200);
    await page.locator('[data-testid="rows"][data-state="ready"]').waitFor();
    const rows = await settle(
      () => page.locator('[data-testid="rows"] tbody tr[data-row-id]').count(),
      (n) => n > 0,
    );
    expect(rows).toBeGreaterThan(0);
    // The boundaries (a hashed asset, fetched by the page) drew the map.
    await page.locator('[data-testid="map"][data-ready="true"] svg path').first().waitFor();
    // Every download button (CSV, XLSX, HXL, GeoJSON) links under the prefix.
    expect(await page.locator('[data-testid="csv"]').getAttribute("href")).toMatch(/^\/g\/export\/3w\.csv(\?|$)/);
    for (const testId of ["xlsx", "hxl", "geojson"]) {
      expect(await page.getByTestId(testId).getAttribute("href")).toMatch(/^\/g\/export\/[a-z0-9.]+(\?|$)/);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, "base-path-dashboard.png") });

    expect(requested.some((url) => new URL(url).pathname.startsWith("/g/dashboard/assets/provinces-2025-"))).toBe(true);
    expect(requested.some((url) => new URL(url).pathname === "/g/graphql")).toBe(true);
    // The map's counts come from the places export of the same filter.
    expect(requested.some((url) => new URL(url).pathname === "/g/export/places.geojson")).toBe(true);
    expect(outsidePrefix()).toEqual([]);
  });

  it("requested nothing from outside and broke no Content-Security-Policy rule", () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
