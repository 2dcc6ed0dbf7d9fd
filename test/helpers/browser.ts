import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from "playwright-core";

/** Hosts the page may talk to: the test server on loopback. */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Headless, and nothing of Chromium's own phoning home (updates, sync, safe browsing…). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
  // Second line of defence behind the request blocking below: other names do not resolve.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

/**
 * The system's Chromium (Debian's `chromium`, installed by scripts/ensure-chromium.sh), or
 * CHROMIUM_PATH when set. Playwright's own browser downloads are never used.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
    throw new Error("No chromium on PATH: run `bash scripts/ensure-chromium.sh` (apt-get install chromium)");
  }
}

/** Page script (as text: the tests are compiled without DOM types) that logs CSP refusals as console errors. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener("securitypolicyviolation", (e) => {
  console.error("Content-Security-Policy violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "(inline)") + " at " + e.sourceFile + ":" + e.lineNumber);
});`;

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
  return LOCAL_HOSTS.has(hostname);
}

export interface OfflineBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request to a host other than loopback that the page or its workers tried (all were aborted). */
  outsideRequests: string[];
  /** Uncaught exceptions, console errors (Content-Security-Policy refusals among them) of the page and its workers. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A headless Chromium that behaves like a browser on a network without internet: requests to
 * any host but loopback are aborted and recorded in `outsideRequests`, so that a test can fail
 * when a page depends on anything from outside. One page, 1400×900.
 */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "block" });
    const recordOutside = (url: string): void => {
      if (!outsideRequests.includes(url)) outsideRequests.push(url);
    };
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (isLocal(url)) return route.continue();
      recordOutside(url);
      return route.abort("blockedbyclient");
    });
    // Requests that bypass routing, if any, are still seen here (workers' requests included).
    context.on("request", (request) => {
      if (!isLocal(request.url())) recordOutside(request.url());
    });
    // Chromium reports CSP refusals as DevTools issues, not always on the console: log them.
    await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
    const page = await context.newPage();
    page.on("websocket", (ws) => {
      if (!isLocal(ws.url())) recordOutside(ws.url());
    });
    const onConsole = (message: ConsoleMessage): void => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    };
    page.on("console", onConsole);
    page.on("worker", (worker) => worker.on("console", onConsole));
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    return { browser, context, page, outsideRequests, errors, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** Where the browser tests leave their screenshots (git-ignored). */
export const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");

/** Polls `read` until `done` accepts its value; the last value either way. */
export async function settle<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/**
 * Opens the IDE's example tab `name` and waits until it is ready to run: its query is in the
 * editor, and GraphiQL has derived the operation name from it (after a short debounce; an
 * Execute clicked before then sends the previous tab's name, OPERATION_RESOLUTION_FAILURE or
 * no such request at all, on a loaded machine). A person's click comes later than that.
 */
export async function openIdeTab(page: Page, name: string): Promise<void> {
  await page
    .locator(".graphiql-tab-button")
    .filter({ hasText: new RegExp(`^${name}$`) })
    .click();
  const lines = page.locator(".graphiql-query-editor .monaco-editor .view-lines");
  await settle(
    async () => (await lines.innerText()).replace(/\s+/g, " "),
    (text) => text.includes(name),
  );
  await page.waitForTimeout(500);
}
