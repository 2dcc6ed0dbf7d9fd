import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DASHBOARD_CONTENT_SECURITY_POLICY } from "../../src/server/dashboard.router";
import { launchOfflineBrowser, type OfflineBrowser } from "../helpers/browser";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The 3W dashboard in a real browser cut off from the internet: it loads from the API's own
 * origin only (scripts, styles, the province boundaries), under its Content-Security-Policy;
 * clicking Lai Châu on the map narrows the rows to Lai Châu's, the CSV link downloads those rows
 * from /export/3w.csv, a bar filters too, and the labels switch to English. Needs the dashboard
 * build (scripts/build-dashboard.sh) and Chromium (scripts/ensure-chromium.sh); `npm test` runs
 * both first. Leaves screenshots in test-artifacts/dashboard*.png (the last also when a test fails).
 */
const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");
const LAI_CHAU = "vn:lai-chau";

/** Polls `read` until `done` accepts its value; the last value either way. */
async function settle<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length) records.push([...record, field]);
  return records;
}

interface ShownRow {
  province: string;
  text: string;
}

describe("3W dashboard at /dashboard (offline browser)", () => {
  let server: TestHttpServer;
  let browser: OfflineBrowser;
  /** What the API itself says Lai Châu has: the dashboard must show exactly these rows. */
  let laiChau: { code: string; total: number };

  const shownRows = (): Promise<ShownRow[]> =>
    browser.page.locator('[data-testid="rows"] tbody tr[data-row-id]').evaluateAll((trs) =>
      trs.map((tr) => ({ province: tr.getAttribute("data-province") ?? "", text: tr.textContent ?? "" })),
    );
  const tableReady = () => browser.page.locator('[data-testid="rows"][data-state="ready"]').waitFor();
  const screenshot = (name: string) => browser.page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startHttpServer();
    browser = await launchOfflineBrowser();
    const { body } = await postGraphql(server.url, {
      query: `query ($place: ID!) { place(id: $place) { code } whoWhatWhere(filter: { place: $place }) { totalCount } }`,
      variables: { place: LAI_CHAU },
    });
    const data = body.data as { place: { code: string }; whoWhatWhere: { totalCount: number } };
    laiChau = { code: data.place.code, total: data.whoWhatWhere.totalCount };
  });

  afterAll(async () => {
    if (browser) await screenshot("dashboard-last.png");
    await browser?.close();
    await server?.close();
  });

  it("shows the map, the bars and every row, under its Content-Security-Policy", async () => {
    const { page } = browser;
    const response = await page.goto(`${server.url}/dashboard`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toBe(DASHBOARD_CONTENT_SECURITY_POLICY);

    await tableReady();
    const rows = await settle(shownRows, (r) => r.length > 0);
    // The seeded graph has rows outside Lai Châu too (Hà Nội, Gia Lai, Kon Tum).
    expect(new Set(rows.map((r) => r.province)).size).toBeGreaterThan(1);
    expect(rows.length).toBeGreaterThan(laiChau.total);

    await page.locator('[data-testid="map"][data-ready="true"] svg path').first().waitFor();
    for (const facet of ["organization", "model", "role", "program"]) {
      await page.locator(`[data-testid="bars-${facet}"] svg`).waitFor();
    }
    await screenshot("dashboard.png");
  });

  it("narrows the rows to Lai Châu's when Lai Châu is clicked on the map", async () => {
    const { page } = browser;
    // Where Lai Châu is on the page (the test hook of dashboard/src/map.chart.tsx); the click
    // itself is a real mouse click that ECharts hit-tests like any user's.
    const point = await settle(
      () => page.evaluate<{ x: number; y: number } | null>(`window.__dashboardMap ? window.__dashboardMap.provincePoint(${JSON.stringify(laiChau.code)}) : null`),
      (p) => p !== null,
    );
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);

    await page.waitForURL((url) => url.searchParams.get("place") === LAI_CHAU);
    const rows = await settle(
      async () => {
        await tableReady();
        return shownRows();
      },
      (r) => r.length === laiChau.total && r.every((row) => row.province === LAI_CHAU),
    );
    expect(rows.length).toBe(laiChau.total);
    expect(rows.every((row) => row.province === LAI_CHAU)).toBe(true);
    expect(rows.some((row) => /DWC|Plan International/.test(row.text))).toBe(true);
    // The place select follows the map.
    expect(await page.locator('select[name="place"]').inputValue()).toBe(LAI_CHAU);
    await screenshot("dashboard-lai-chau.png");
  });

  it("downloads the same rows as CSV from /export/3w.csv", async () => {
    const { page } = browser;
    const link = page.getByTestId("csv");
    const href = await link.getAttribute("href");
    expect(href).toBe(`/export/3w.csv?place=${encodeURIComponent(LAI_CHAU)}`);

    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = await download.path();
    expect(await download.failure()).toBeNull();
    const [header, ...records] = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, "")).filter((r) => r.some((cell) => cell !== ""));
    const column = (name: string): number => {
      const at = header.indexOf(name);
      if (at < 0) throw new Error(`the CSV has no ${name} column: ${header.join(",")}`);
      return at;
    };
    expect(records.length).toBe(laiChau.total);
    expect(records.every((r) => r[column("province_name")] === "Lai Châu")).toBe(true);
    expect(records.some((r) => /DWC|Plan International/.test(r[column("organization_name")]))).toBe(true);
    expect(records.every((r) => r[column("quote")] !== "")).toBe(true);
  });

  it("filters on a role when its bar is clicked, and on nothing when it is clicked again", async () => {
    const { page } = browser;
    const partner = page.getByTestId("bars-role").locator("svg text", { hasText: /^Đối tác$/ });
    const box = await partner.boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.waitForURL((url) => url.searchParams.get("roles") === "PARTNER" && url.searchParams.get("place") === LAI_CHAU);
    const partners = await settle(
      async () => {
        await tableReady();
        return shownRows();
      },
      (r) => r.length > 0 && r.length < laiChau.total && r.every((row) => row.text.includes("Đối tác")),
    );
    expect(partners.length).toBeGreaterThan(0);
    expect(partners.every((row) => row.province === LAI_CHAU && row.text.includes("Đối tác"))).toBe(true);
    expect(await page.getByTestId("csv").getAttribute("href")).toBe(`/export/3w.csv?place=${encodeURIComponent(LAI_CHAU)}&roles=PARTNER`);

    const again = await page.getByTestId("bars-role").locator("svg text", { hasText: /^Đối tác$/ }).boundingBox();
    await page.mouse.click(again!.x + again!.width / 2, again!.y + again!.height / 2);
    await page.waitForURL((url) => !url.searchParams.has("roles") && url.searchParams.get("place") === LAI_CHAU);
  });

  it("switches its labels to English and back", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "EN" }).click();
    await page.getByRole("heading", { name: "Who does what where (3W)" }).waitFor();
    await page.getByRole("heading", { name: "By organization" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await screenshot("dashboard-en.png");
    await page.getByRole("button", { name: "VI" }).click();
    await page.getByRole("heading", { name: "Ai làm gì, ở đâu (3W)" }).waitFor();
  });

  it("requested nothing from outside and broke no Content-Security-Policy rule", () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
