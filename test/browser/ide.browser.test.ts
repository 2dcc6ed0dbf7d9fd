import { mkdirSync } from "node:fs";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { EXAMPLE_TABS } from "../../ide/src/examples";
import { IDE_CONTENT_SECURITY_POLICY } from "../../src/server/ide.router";
import { launchOfflineBrowser, type OfflineBrowser, openIdeTab, settle } from "../helpers/browser";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The GraphQL IDE in a real browser cut off from the internet: it loads from the API's own
 * origin only (scripts, styles, fonts, Monaco workers), under its Content-Security-Policy, shows
 * the schema docs and the explorer, and runs the 3W example tab against the seeded graph.
 * Needs the IDE build (scripts/build-ide.sh) and Chromium (scripts/ensure-chromium.sh); `npm test`
 * runs both first. Leaves screenshots in test-artifacts/: ide.png (also when a test fails) and
 * ide-vietnamese.png (Vietnamese names in the editor and the result pane).
 */
const SCREENSHOT = path.resolve(__dirname, "..", "..", "test-artifacts", "ide.png");
const SCREENSHOT_VIETNAMESE = path.resolve(__dirname, "..", "..", "test-artifacts", "ide-vietnamese.png");

/** The fonts ide/src/fonts.ts bundles, as their name tables spell them (what Chromium reports). */
const MONO_FONT = "JetBrains Mono";
const UI_FONT = "Be Vietnam Pro";

/** A font Chromium drew some text with (CDP CSS.getPlatformFontsForNode). */
interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/**
 * The fonts Chromium used for the text of the first element under `scope` (a CSS selector) whose
 * own text contains `text`: the page marks that element with a data attribute, and CDP finds it by
 * selector (DOM.querySelector) and asks which platform fonts drew its text nodes. Empty when no
 * such element is on screen (Monaco renders visible lines only).
 */
async function fontsDrawing(page: Page, cdp: CDPSession, scope: string, text: string): Promise<PlatformFont[]> {
  const marked = await page.evaluate(
    ({ scope, text }) => {
      // Runs in the page; the tests are compiled without DOM types, hence the loose types.
      const doc = (
        globalThis as unknown as {
          document: {
            querySelectorAll(
              s: string,
            ): ArrayLike<{ textContent: string | null; children: ArrayLike<unknown>; setAttribute(n: string, v: string): void; removeAttribute(n: string): void }>;
          };
        }
      ).document;
      for (const el of Array.from(doc.querySelectorAll("[data-font-probe]"))) el.removeAttribute("data-font-probe");
      // Monaco draws spaces as no-break spaces: compare with plain spaces.
      const found = Array.from(doc.querySelectorAll(`${scope} *`)).find((el) => el.children.length === 0 && (el.textContent ?? "").replace(/\u00a0/g, " ").includes(text));
      found?.setAttribute("data-font-probe", "");
      return found !== undefined;
    },
    { scope, text },
  );
  if (!marked) return [];
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "[data-font-probe]" });
  if (!nodeId) return [];
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  return fonts;
}

/** The distinct font families in `fonts`. */
const families = (fonts: PlatformFont[]): string[] => [...new Set(fonts.map((f) => f.familyName))];

/** Monaco renders spaces as no-break spaces and wraps long lines: compare words, not layout. */
const words = (text: string): string => text.replace(/\s+/g, " ");

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
    await docs
      .locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ })
      .first()
      .click();
    await docs.locator("a.graphiql-doc-explorer-field-name", { hasText: /^whoWhatWhere$/ }).click();
    await docs.locator(".graphiql-doc-explorer-title", { hasText: /^whoWhatWhere$/ }).waitFor();
    await docs.getByText("WhoWhatWhereFilter").first().waitFor();

    // The point-and-click explorer lists the same root field.
    await page.getByLabel("Show GraphiQL Explorer").click();
    await page.locator('.graphiql-explorer-root [data-field-name="whoWhatWhere"]').first().waitFor();

    // The example tabs are there; run the 3W one.
    const tabs = page.locator(".graphiql-tab-button");
    expect(await tabs.allInnerTexts()).toEqual(EXAMPLE_TABS.map((tab) => tab.name));
    await openIdeTab(page, "WhoWhatWhere");
    const answer = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/graphql" && (r.request().postData() ?? "").includes('"operationName":"WhoWhatWhere"'),
    );
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

  it("draws Vietnamese names in the editors, the result pane and the docs with the bundled fonts alone", async () => {
    const { page } = browser;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    expect((await page.goto(`${server.url}/graphql`))?.status()).toBe(200);

    // A new tab, a query whose comment names places and a model in Vietnamese: letters
    // (ồ ư ấ ờ) that only the fonts' `vietnamese` subsets have, next to Latin ones.
    await page.getByLabel("New tab").click();
    const comment = "# Trồng dưa hấu ở Mường Kim, Lai Châu";
    const query = '{ whoWhatWhere(filter: { model: "model:watermelon", place: "vn:lai-chau" }) { nodes { model { name } commune { name } } } }';
    const editor = page.locator(".graphiql-query-editor .monaco-editor");
    await editor.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    // insertText types the way an input method does: no auto-closed brackets, no indentation.
    await page.keyboard.insertText(`${comment}\n`);
    await page.keyboard.insertText(query);
    await page.keyboard.press("Home"); // scrolls back to the start of the lines, for the screenshot
    const typed = await settle(
      async () => words(await editor.locator(".view-lines").innerText()),
      (text) => text.includes(words(comment)),
    );
    expect(typed).toContain(words(comment));
    // GraphiQL derives the operation name from the editor after a short debounce; clicking
    // before it has run sends the previous tab's name with this text (OPERATION_RESOLUTION_FAILURE
    // on a loaded machine). A person's click comes later than that; so does this one.
    await page.waitForTimeout(500);

    const answer = page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/graphql" && (r.request().postData() ?? "").includes("model:watermelon"),
    );
    await page.getByRole("button", { name: /^Execute query/ }).click();
    const body = (await (await answer).json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    // INKOTA's watermelon model in Mường Kim commune (seeds/), as in the 3W tab above.
    expect(JSON.stringify(body.data)).toContain("Mường Kim");
    expect(JSON.stringify(body.data)).toContain("Trồng dưa hấu");
    const result = page.locator("section.result-window");
    await settle(
      async () => words(await result.innerText()),
      (text) => text.includes("Mường Kim"),
    );
    // The web fonts are in (font-display: swap draws a fallback until then).
    await page.evaluate("document.fonts.ready.then(() => document.fonts.status)");

    // Which fonts draw the text: one family, the bundled one, for the whole line.
    const single = (fonts: PlatformFont[]): boolean => fonts.length > 0 && families(fonts).length === 1;
    const inEditor = await settle(() => fontsDrawing(page, cdp, ".graphiql-query-editor .view-lines", "Mường Kim"), single);
    expect(families(inEditor)).toEqual([MONO_FONT]);
    expect(inEditor.every((f) => f.isCustomFont)).toBe(true);
    const inResult = await settle(() => fontsDrawing(page, cdp, "section.result-window .view-lines", "Mường Kim"), single);
    expect(families(inResult)).toEqual([MONO_FONT]);
    expect(inResult.every((f) => f.isCustomFont)).toBe(true);
    // "Trồng dưa hấu" (the model's name) in the result pane too.
    const modelName = await settle(() => fontsDrawing(page, cdp, "section.result-window .view-lines", "Trồng dưa hấu"), single);
    expect(families(modelName)).toEqual([MONO_FONT]);

    // The variables editor (Monaco too): a Vietnamese value typed into it.
    await page.locator('.graphiql-editor-tools button[data-name="variables"]').click();
    const variables = page.locator("section.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor");
    await variables.click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.insertText('{ "commune": "Mường Kim" }');
    const inVariables = await settle(() => fontsDrawing(page, cdp, "section.graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines", "Mường Kim"), single);
    expect(families(inVariables)).toEqual([MONO_FONT]);

    // The docs pane: a description with Vietnamese ("ong mật") in the proportional UI font.
    const docs = page.locator(".graphiql-doc-explorer");
    // Open unless the first test left it open, and back to its root.
    if (!(await docs.isVisible())) await page.getByLabel("Show Documentation Explorer").click();
    const back = docs.locator(".graphiql-doc-explorer-back");
    while (await back.count()) await back.first().click();
    await docs
      .locator("a.graphiql-doc-explorer-type-name", { hasText: /^Query$/ })
      .first()
      .click();
    await docs.locator("a.graphiql-doc-explorer-field-name", { hasText: /^documents$/ }).click();
    await docs
      .locator("a.graphiql-doc-explorer-type-name", { hasText: /^DocumentFilter$/ })
      .first()
      .click();
    await docs.getByText("ong mật").first().waitFor();
    const inDocs = await settle(() => fontsDrawing(page, cdp, ".graphiql-doc-explorer", "ong mật"), single);
    expect(families(inDocs)).toEqual([UI_FONT]);

    mkdirSync(path.dirname(SCREENSHOT_VIETNAMESE), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_VIETNAMESE });

    // The explorer draws its fields in the monospace font.
    await page.getByLabel("Show GraphiQL Explorer").click();
    await page.locator('.graphiql-explorer-root [data-field-name="whoWhatWhere"]').first().waitFor();
    const inExplorer = await settle(() => fontsDrawing(page, cdp, ".graphiql-explorer-root", "whoWhatWhere"), single);
    expect(families(inExplorer)).toEqual([MONO_FONT]);
    await cdp.detach();
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
