import { mkdirSync } from "node:fs";
import path from "node:path";
import { EXAMPLE_TABS } from "../../ide/src/examples";
import { IDE_CONTENT_SECURITY_POLICY } from "../../src/server/ide.router";
import { launchOfflineBrowser, type OfflineBrowser } from "../helpers/browser";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The GraphQL IDE in a real browser cut off from the internet: it loads from the API's own
 * origin only (scripts, styles, fonts, Monaco workers), under its Content-Security-Policy, shows
 * the schema docs and the explorer, and runs the 3W example tab against the seeded graph.
 * Needs the IDE build (scripts/build-ide.sh) and Chromium (scripts/ensure-chromium.sh); `npm test`
 * runs both first. Leaves a screenshot in test-artifacts/ide.png (also when the test fails).
 */
const SCREENSHOT = path.resolve(__dirname, "..", "..", "test-artifacts", "ide.png");

/** Monaco renders spaces as no-break spaces and wraps long lines: compare words, not layout. */
const words = (text: string): string => text.replace(/\s+/g, " ");

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

describe("GraphQL IDE at /graphql (offline browser)", () => {
  let server: TestHttpServer;
  let browser: OfflineBrowser;

  beforeAll(async () => {
    server = await startHttpServer();
    browser = await launchOfflineBrowser();
  });

  afterAll(async () => {
    if (browser) {
      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await browser.page.screenshot({ path: SCREENSHOT });
    }
    await browser?.close();
    await server?.close();
  });

  it("shows the schema docs and the explorer, and runs the 3W example tab", async () => {
    const { page } = browser;

    const response = await page.goto(`${server.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toBe(IDE_CONTENT_SECURITY_POLICY);

    // Docs: Query → whoWhatWhere, which needs the introspected schema.
    await page.getByLabel("Show Documentation Explorer").click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ }).first().click();
    await docs.locator("a.graphiql-doc-explorer-field-name", { hasText: /^whoWhatWhere$/ }).click();
    await docs.locator(".graphiql-doc-explorer-title", { hasText: /^whoWhatWhere$/ }).waitFor();
    await docs.getByText("WhoWhatWhereFilter").first().waitFor();

    // The point-and-click explorer lists the same root field.
    await page.getByLabel("Show GraphiQL Explorer").click();
    await page.locator('.graphiql-explorer-root [data-field-name="whoWhatWhere"]').first().waitFor();

    // The example tabs are there; run the 3W one.
    const tabs = page.locator(".graphiql-tab-button");
    expect(await tabs.allInnerTexts()).toEqual(EXAMPLE_TABS.map((tab) => tab.name));
    await tabs.filter({ hasText: /^WhoWhatWhere$/ }).click();
    const answer = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/graphql" && (r.request().postData() ?? "").includes('"operationName":"WhoWhatWhere"'));
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const body = (await (await answer).json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    // Watermelon in Lai Châu: INKOTA's model in Mường Kim commune (seeds/).
    const expected = ["Trồng dưa hấu", "Mường Kim"];
    for (const text of expected) expect(JSON.stringify(body.data)).toContain(text);

    // …and the result pane shows it (its first screen: Monaco renders visible lines only).
    const result = page.locator("section.result-window");
    const shown = await settle(
      async () => words(await result.innerText()),
      (text) => expected.every((t) => text.includes(t)),
    );
    for (const text of expected) expect(shown).toContain(text);

    // History recorded the run.
    await page.getByLabel("Show History").click();
    await page.locator(".graphiql-history").getByText("WhoWhatWhere").first().waitFor();

    // Back to the docs, for the screenshot (afterAll) with the docs next to the result.
    await page.getByLabel("Show Documentation Explorer").click();
    await docs.locator(".graphiql-doc-explorer-title", { hasText: /^whoWhatWhere$/ }).waitFor();
  });

  it.each(EXAMPLE_TABS.map((tab) => [tab.name, tab] as const))("example tab %s runs without errors on the seeded graph", async (_name, tab) => {
    const { status, body } = await postGraphql(server.url, { query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : undefined });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it("requested nothing from outside and broke no Content-Security-Policy rule", () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
