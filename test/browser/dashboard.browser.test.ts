import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DASHBOARD_CONTENT_SECURITY_POLICY } from "../../src/server/dashboard.router";
import { launchOfflineBrowser, type OfflineBrowser, ARTIFACTS, settle } from "../helpers/browser";
import { parseCsv } from "../helpers/csv";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The 3W dashboard in a real browser cut off from the internet: it loads from the API's own
 * origin only (scripts, styles, the province boundaries), under its Content-Security-Policy;
 * clicking Lai Châu on the map narrows the rows to Lai Châu's, the CSV link downloads those rows
 * from /export/3w.csv, a bar filters too, and the labels switch to English. The map draws Hoàng
 * Sa and Trường Sa as parts of Đà Nẵng and Khánh Hòa, with their names, and its tooltips name the
 * province with its counts (never its code); the page shows a loading state until the data
 * arrives, a warning for an unknown id in the link, a Vietnamese message for a malformed one, four
 * downloads with the filters, and fits a 390-px screen. Needs the dashboard build
 * (scripts/build-dashboard.sh) and Chromium (scripts/ensure-chromium.sh); `npm test` runs both
 * first. Leaves screenshots in test-artifacts/dashboard*.png (the last also when a test fails).
 */
const LAI_CHAU = "vn:lai-chau";

/** The map tooltip's text while it is shown ("" when hidden): ECharts' HTML tooltip is a div in the chart's box. */
const MAP_TOOLTIP = `[...document.querySelectorAll('[data-testid="map"] > div')].filter((d) => d.style.zIndex && getComputedStyle(d).display !== "none" && getComputedStyle(d).visibility !== "hidden").map((d) => d.innerText).join(" | ")`;

interface MapArchipelago {
  id: string;
  name: string;
  nameEn: string;
  provinceCode: string;
  islands: number;
  positions: [number, number][];
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
    browser.page
      .locator('[data-testid="rows"] tbody tr[data-row-id]')
      .evaluateAll((trs) => trs.map((tr) => ({ province: tr.getAttribute("data-province") ?? "", text: tr.textContent ?? "" })));
  /** Generous: the machine running the tests may be loaded, and the first queries warm Neo4j up. */
  const READY_MS = 50_000;
  const tableReady = (page = browser.page) => page.locator('[data-testid="rows"][data-state="ready"]').waitFor({ timeout: READY_MS });
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

    const again = await page
      .getByTestId("bars-role")
      .locator("svg text", { hasText: /^Đối tác$/ })
      .boundingBox();
    await page.mouse.click(again!.x + again!.width / 2, again!.y + again!.height / 2);
    await page.waitForURL((url) => !url.searchParams.has("roles") && url.searchParams.get("place") === LAI_CHAU);
  });

  it("switches its labels to English and back", async () => {
    const { page } = browser;
    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.getByRole("heading", { name: "Who does what where (3W)" }).waitFor();
    await page.getByRole("heading", { name: "By organization" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await screenshot("dashboard-en.png");
    await page.getByRole("button", { name: "VI", exact: true }).click();
    await page.getByRole("heading", { name: "Ai làm gì, ở đâu (3W)" }).waitFor();
  });

  it("offers CSV, XLSX, HXL and GeoJSON downloads of the current filter, each answering", async () => {
    const { page } = browser;
    // The filter left by the tests above: Lai Châu.
    const query = `place=${encodeURIComponent(LAI_CHAU)}`;
    const expected = { csv: `/export/3w.csv?${query}`, xlsx: `/export/3w.xlsx?${query}`, hxl: `/export/3w.hxl.csv?${query}`, geojson: `/export/places.geojson?${query}` };
    for (const [testId, href] of Object.entries(expected)) {
      expect(await page.getByTestId(testId).getAttribute("href")).toBe(href);
      const response = await page.request.get(`${server.url}${href}`);
      expect(response.status()).toBe(200);
    }
  });

  it("draws Hoàng Sa and Trường Sa as parts of Đà Nẵng and Khánh Hòa, named on the map", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/dashboard`);
      await tableReady(page);
      await page.locator('[data-testid="map"][data-ready="true"] svg path').first().waitFor();
      const archipelagos = await settle(
        () => page.evaluate<MapArchipelago[]>(`window.__dashboardMap ? window.__dashboardMap.archipelagos() : []`),
        (a) => a.length === 2,
      );
      // As registered with ECharts: inside the features of Đà Nẵng (48) and Khánh Hòa (56).
      expect(archipelagos.map((a) => [a.name, a.nameEn, a.provinceCode])).toEqual([
        ["Quần đảo Hoàng Sa", "Paracel Islands", "48"],
        ["Quần đảo Trường Sa", "Spratly Islands", "56"],
      ]);
      expect(archipelagos.every((a) => a.islands >= 3 && a.positions.length === a.islands)).toBe(true);
      // Their names are written on the map.
      const texts = await page.locator('[data-testid="map"] svg text').allTextContents();
      expect(texts).toEqual(expect.arrayContaining(["Quần đảo Hoàng Sa", "Quần đảo Trường Sa"]));

      // Hovering an island shows its province, as hovering the mainland does.
      for (const [archipelago, province] of [
        [archipelagos[0], "Đà Nẵng"],
        [archipelagos[1], "Khánh Hòa"],
      ] as const) {
        const [longitude, latitude] = archipelago.positions[1];
        const point = await page.evaluate<{ x: number; y: number } | null>(`window.__dashboardMap.lonLatPoint(${longitude}, ${latitude})`);
        expect(point).not.toBeNull();
        await page.mouse.move(point!.x, point!.y);
        const tip = await settle(
          () => page.evaluate<string>(MAP_TOOLTIP),
          (text) => text.includes(province),
        );
        expect(tip).toContain(province);
        expect(tip).toContain(archipelago.name);
        await page.mouse.move(1, 1);
      }
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-islands.png") });
    } finally {
      await page.close();
    }
  });

  it("names the province and its counts in the map's tooltip, never its code, and colours by organizations on request", async () => {
    const page = await browser.context.newPage();
    try {
      // What the map counts in Hà Nội: the places export of the same (empty) filter.
      const places = (await (await page.request.get(`${server.url}/export/places.geojson`)).json()) as {
        features: { properties: { id: string; activities: number; organizations: number } }[];
      };
      const haNoi = places.features.find((f) => f.properties.id === "vn:ha-noi")?.properties;
      // The map counts activities: interventions and events (issue #17).
      expect(haNoi?.activities).toBeGreaterThan(0);

      await page.goto(`${server.url}/dashboard`);
      await tableReady(page);
      await page.locator('[data-testid="map"][data-ready="true"] svg path').first().waitFor();
      const tipOf = async (code: string): Promise<string> => {
        await page.mouse.move(1, 1);
        return settle(
          async () => {
            await page.evaluate(`window.__dashboardMap && window.__dashboardMap.showTip(${JSON.stringify(code)})`);
            return page.evaluate<string>(MAP_TOOLTIP);
          },
          (text) => /tổ chức|organizations/.test(text),
        );
      };
      const tip = await tipOf("01");
      expect(tip).toContain("Hà Nội");
      expect(tip).toContain(`${haNoi!.activities} hoạt động · ${haNoi!.organizations} tổ chức`);
      expect(tip).not.toMatch(/\b01\b/);

      await page.getByTestId("metric-organizations").click();
      await page.waitForURL((url) => url.searchParams.get("map") === "organizations");
      expect(await page.getByTestId("metric-organizations").getAttribute("aria-pressed")).toBe("true");
      await page.getByRole("button", { name: "EN", exact: true }).click();
      const english = await tipOf("01");
      expect(english).toContain(`${haNoi!.activities} activities · ${haNoi!.organizations} organizations`);
    } finally {
      await page.close();
    }
  });

  it("shows events as rows, and a legacy province's rows with the province it is part of today", async () => {
    const page = await browser.context.newPage();
    try {
      // Legacy Đắk Nông merged into today's Lâm Đồng: its department's rows (the study tour it
      // hosted, the labour-export programme) say so, and never read as another province's.
      await page.goto(`${server.url}/dashboard?place=vn2025:lam-dong&organization=org:dolisa-dak-nong`);
      await tableReady(page);
      const rows = await settle(
        () =>
          page
            .locator('[data-testid="rows"] tbody tr[data-row-id]')
            .evaluateAll((trs) => trs.map((tr) => ({ id: tr.getAttribute("data-row-id") ?? "", text: tr.textContent ?? "" }))),
        (r) => r.length === 2,
      );
      expect(rows.map((r) => r.id).sort()).toEqual([
        "org:dolisa-dak-nong|HOST|event:2024-03-11-ninh-thuan-central-highlands-study-tour||vn:dak-nong",
        "org:dolisa-dak-nong|IMPLEMENTER|intervention:dak-lak-dak-nong-labour-export-korea|model:labour-export|vn:dak-nong",
      ]);
      for (const row of rows) expect(row.text).toContain("Đắk Nông (nay thuộc Lâm Đồng)");
      const tour = rows.find((r) => r.id.includes("|HOST|"))!;
      expect(tour.text).toContain("Sự kiện");
      expect(tour.text).toContain("Tham quan học tập");
      expect(await page.getByTestId("totals").innerText()).toMatch(/^2 hoạt động · 2 dòng/);
    } finally {
      await page.close();
    }
  });

  it("shows a loading state, never 'no rows match', until the data arrives", async () => {
    const page = await browser.context.newPage();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    // Every GraphQL answer waits for the gate: the page must say it is loading meanwhile.
    await page.route("**/graphql**", async (route) => {
      held++;
      await gate;
      await route.fallback();
    });
    try {
      await page.goto(`${server.url}/dashboard`);
      await page.locator('[data-testid="rows"][data-state="loading"]').waitFor();
      await page.getByTestId("bars-organization").getByRole("status").waitFor();
      expect(
        await settle(
          async () => held,
          (n) => n > 0,
        ),
      ).toBeGreaterThan(0);
      const text = await page.locator("body").innerText();
      expect(text).toContain("Đang tải…");
      expect(text).not.toContain("Không có dòng nào khớp");
      expect(await page.getByTestId("totals").innerText()).toContain("…");
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-loading.png") });

      release();
      await tableReady(page);
      expect(await page.getByTestId("totals").innerText()).not.toContain("…");
      expect(await page.locator('[data-testid="rows"] tbody tr[data-row-id]').count()).toBeGreaterThan(0);
    } finally {
      release();
      await page.close();
    }
  });

  it("warns about a well-formed id that does not exist, and lets the user drop it", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/dashboard?organization=${encodeURIComponent("org:does-not-exist")}`);
      const warning = page.locator('[data-testid="unknown-id"][data-key="organization"]');
      await warning.waitFor({ timeout: READY_MS });
      const text = await warning.innerText();
      expect(text).toContain("org:does-not-exist");
      expect(text).toContain("Không tìm thấy tổ chức");
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-unknown-id.png"), fullPage: true });

      await warning.getByRole("button").click();
      await page.waitForURL((url) => !url.searchParams.has("organization"));
      await tableReady(page);
      expect(await page.locator('[data-testid="unknown-id"]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it("says what is wrong with a malformed link in the page's language, not in the API's English", async () => {
    const bad = "not an id";
    const { body } = await postGraphql(server.url, {
      query: `query ($o: ID) { whoWhatWhereSummary(filter: { organization: $o }) { rows } }`,
      variables: { o: bad },
    });
    const apiMessage = (body.errors as { message: string; extensions: { code: string } }[])[0];
    expect(apiMessage.extensions.code).toBe("BAD_USER_INPUT");

    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/dashboard?organization=${encodeURIComponent(bad)}`);
      const alert = page.getByTestId("error");
      await alert.waitFor({ timeout: READY_MS });
      const text = await alert.innerText();
      expect(text).toContain("Bộ lọc trong liên kết không hợp lệ");
      expect(await alert.getAttribute("data-code")).toBe("BAD_USER_INPUT");
      expect(text).not.toContain(apiMessage.message);
      // The totals do not stay "…" as if still loading.
      await settle(
        () => page.getByTestId("totals").innerText(),
        (t) => !t.includes("…"),
      );
      expect(await page.getByTestId("totals").innerText()).not.toContain("…");
      expect(await page.locator("body").innerText()).not.toContain("Không có dòng nào khớp");
    } finally {
      await page.close();
    }
  });

  it("fits a 390-px-wide screen without sideways scrolling", async () => {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/dashboard`);
      await tableReady(page);
      await page.locator('[data-testid="map"][data-ready="true"] svg path').first().waitFor();
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await page.screenshot({ path: path.join(ARTIFACTS, "dashboard-390.png"), fullPage: true });
    } finally {
      await page.close();
    }
  });

  it("requested nothing from outside and broke no Content-Security-Policy rule", () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
