import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { CURATE_CONTENT_SECURITY_POLICY } from "../../src/server/curate.router";
import { ARTIFACTS, launchOfflineBrowser, type OfflineBrowser, settle } from "../helpers/browser";
import { postGraphql, startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * The curators' workbench at /curate in a real browser cut off from the internet (issue #20): a
 * curator signs in with the one-time password of `npm run user:add`, sets its own, pastes an article written for this test, links its organization to the one
 * the graph already has, fixes its place from the gazetteer, adds the run the draft saw only as a
 * model and the funder it missed by selecting their words (with where the run was, its two ends
 * picked by name), rejects wrong proposals with the keyboard, publishes, finds the funder's
 * row in /dashboard, removes the source and sees the row gone. Nothing is requested from outside
 * and no Content-Security-Policy rule breaks.
 *
 * Needs the server side of issue #20 (the curation API and `scripts/user-add.ts`): while the
 * committed schema (schema/schema.graphql, emitted from the code) has no `createDraft` mutation
 * the whole suite is skipped, saying so; the first test then checks the running API agrees by
 * introspection. Needs the builds (`npm run build`: dist/curate, dist/dashboard,
 * dist/scripts/user-add.js) and Chromium, as the other browser tests. Screenshots:
 * test-artifacts/curate*.png.
 */
const SCHEMA = path.resolve(__dirname, "..", "..", "schema", "schema.graphql");
const HAS_CURATION = existsSync(SCHEMA) && /^\s*createDraft\(/m.test(readFileSync(SCHEMA, "utf8"));
if (!HAS_CURATION) {
  console.warn("curate.browser.test.ts skipped: the API has no createDraft mutation yet (the server side of issue #20 is not merged)");
}
const describeWithCuration = HAS_CURATION ? describe : describe.skip;

/**
 * The article, written for this test (no third-party text). Plan International Lai Châu and the
 * legacy commune Bản Bo (Tam Đường) are in the seeded graph; the funder is not, and is named by a
 * brand alone (no "Hội", "Quỹ", "Nhóm"… before it) so that the draft misses it (today's ingest
 * reads "Ban Honey đóng góp" as a board, a proposal to reject); the World Bank and the loans are
 * named only to say they had no part: proposals to reject too.
 */
const FUNDER_WORDS = "Hoa Ban Honey";
/** What a draft of it gets wrong: the denied bank and loans, and a "Ban" (board) cut out of the funder's words. */
const WRONG = [/Ngân hàng Thế giới/, /vốn vay/i, /(^|[^a])Ban Honey đóng góp/];
const ARTICLE = [
  "Ngày 15/10/2024, tổ chức Plan International Lai Châu cùng Hội Liên hiệp Phụ nữ huyện Tam Đường bắt đầu mô hình nuôi ong lấy mật cho các hộ nghèo ở xã Bản Bo, huyện Tam Đường, tỉnh Lai Châu.",
  `Toàn bộ tiền mua thùng ong và đào tạo kỹ thuật do ${FUNDER_WORDS} đóng góp.`,
  "Năm đầu tiên có 25 hộ tham gia; mỗi hộ được nhận bốn thùng ong và hai buổi tập huấn.",
  "Cán bộ xã cho biết mô hình không dùng vốn vay và không liên quan đến Ngân hàng Thế giới.",
].join("\n\n");
/** The beekeeping run the article tells of, which the draft names only as a model: the curator adds it. */
const RUN_WORDS = "bắt đầu mô hình nuôi ong lấy mật cho các hộ nghèo";

const ORGANIZATION = { words: "Plan International Lai Châu", id: "org:plan-international-lai-chau" };
const PLACE = { words: "Bản Bo", id: "vn:lai-chau:tam-duong:ban-bo", search: "Ban Bo" };

/** A page script (the tests compile without DOM types) selecting the first occurrence of `words` in the article pane. */
const selectWords = (words: string): string => `(() => {
  const pane = document.querySelector('[data-testid="article"]');
  const text = pane.textContent;
  const at = text.indexOf(${JSON.stringify(words)});
  if (at < 0) return false;
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  let seen = 0, node, range = document.createRange(), started = false;
  while ((node = walker.nextNode())) {
    const len = node.data.length;
    if (!started && at < seen + len) { range.setStart(node, at - seen); started = true; }
    if (started && at + ${words.length} <= seen + len) { range.setEnd(node, at + ${words.length} - seen); break; }
    seen += len;
  }
  const sel = document.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
})()`;

interface ShownProposal {
  id: string;
  kind: string;
  state: string;
  entityKind: string;
  entityId: string;
  text: string;
}

describeWithCuration("curators' workbench at /curate (offline browser)", () => {
  let server: TestHttpServer;
  let browser: OfflineBrowser;
  const user = `curate-browser-${process.pid}-${Date.now().toString(36)}`;
  let password = "";
  /** For cleanup through the API when a test fails half-way. */
  let token = "";
  let sourceId: string | undefined;
  let funderId: string | undefined;
  let runId: string | undefined;
  let removed = false;

  const READY_MS = 50_000;
  const screenshot = (name: string, page: Page = browser.page) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const proposals = (): Promise<ShownProposal[]> =>
    browser.page.locator('[data-testid="proposal"]').evaluateAll((items) =>
      items.map((li) => ({
        id: li.getAttribute("data-proposal-id") ?? "",
        kind: li.getAttribute("data-kind") ?? "",
        state: li.getAttribute("data-state") ?? "",
        entityKind: li.getAttribute("data-entity-kind") ?? "",
        entityId: li.getAttribute("data-entity-id") ?? "",
        text: li.textContent ?? "",
      })),
    );
  const card = (id: string) => browser.page.locator(`[data-testid="proposal"][data-proposal-id="${id}"]`);
  const noError = async (): Promise<void> => {
    const error = browser.page.getByTestId("error");
    if (await error.count()) throw new Error(`the workbench shows an error: ${await error.innerText()}`);
  };

  /** Selects `words` in the text and opens the add form on them. */
  const selectInText = async (words: string): Promise<void> => {
    expect(await browser.page.evaluate<boolean>(selectWords(words))).toBe(true);
    await browser.page.getByTestId("add-form").waitFor();
    expect(await browser.page.getByTestId("selection").innerText()).toContain(words);
  };

  /** The entity proposal quoting `words` (of `kind`), added from the selection when the draft missed it. */
  const entityProposal = async (words: string, kind: string): Promise<ShownProposal> => {
    const find = async () => (await proposals()).find((p) => p.kind === "ENTITY" && p.entityKind === kind && p.text.includes(words));
    const found = await find();
    if (found) return found;
    await selectInText(words);
    const form = browser.page.getByTestId("add-form");
    await form.locator('select[name="entityKind"]').selectOption(kind);
    await form.locator('[data-action="add"]').click();
    await form.waitFor({ state: "detached" });
    const added = await settle(find, (p) => p !== undefined);
    if (!added) throw new Error(`no ${kind} proposal quoting “${words}”, and adding one from the selection did not show one`);
    return added;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const script = path.resolve(__dirname, "..", "..", "dist", "scripts", "user-add.js");
    if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` (the curator account is made by \`npm run user:add\`)`);
    const made = spawnSync(process.execPath, [script, "--role", "curator", user], { encoding: "utf8", env: process.env, timeout: 60_000 });
    if (made.status !== 0) throw new Error(`user:add failed (${made.status}): ${made.stderr}`);
    // The one-time password is alone on the last line of its output.
    password = made.stdout.trim().split("\n").pop()?.trim() ?? "";
    expect(password.length).toBeGreaterThan(7);
    // A draft runs the ingest, whose first run on a cold server of a loaded test machine can take
    // longer than the default time budget of a request (REQUEST_TIMEOUT_MS, 15 s).
    server = await startHttpServer({ requestTimeoutMs: 120_000 });
    browser = await launchOfflineBrowser();
  });

  afterAll(async () => {
    if (browser) await screenshot("curate-last.png").catch(() => undefined);
    // A run that failed after publishing leaves nothing behind in the shared test database.
    if (server && sourceId && !removed) {
      if (!token) {
        const { body } = await postGraphql(server.url, {
          query: `mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { token } }`,
          variables: { n: user, p: password },
        });
        token = (body.data as { login?: { token: string } } | undefined)?.login?.token ?? "";
      }
      await postGraphql(server.url, { query: `mutation ($id: ID!) { removeSource(id: $id) }`, variables: { id: sourceId } }, { authorization: `Bearer ${token}` });
    }
    await browser?.close();
    await server?.close();
  });

  it("has the curation API (introspection agrees with the committed schema)", async () => {
    const { body } = await postGraphql(server.url, { query: `{ __type(name: "Mutation") { fields { name } } }` });
    const fields = (body.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(["login", "createDraft", "updateDraft", "publishDraft", "removeSource"]));
  });

  it("serves the page under its Content-Security-Policy, signs the curator in and has it replace its one-time password", async () => {
    const { page } = browser;
    const response = await page.goto(`${server.url}/curate`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toBe(CURATE_CONTENT_SECURITY_POLICY);

    // A wrong password: a message in the page's language, chosen by extensions.code.
    await page.getByLabel("Tên đăng nhập").fill(user);
    await page.getByLabel("Mật khẩu").fill(`${password}-wrong`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    const error = page.getByTestId("error");
    await error.waitFor();
    expect(await error.getAttribute("data-code")).toBe("UNAUTHENTICATED");

    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();

    // The one-time password of user:add is one-time: the curator sets its own before anything else.
    const change = page.getByTestId("change-password");
    await change.waitFor();
    const own = `${user.split("").reverse().join("")} bees and honey`;
    await change.locator('input[name="currentPassword"]').fill(password);
    // A password the policy refuses: the problem is listed (BAD_USER_INPUT), the form stays.
    await change.locator('input[name="newPassword"]').fill(`${user}-2024`);
    await change.locator('input[name="repeatPassword"]').fill(`${user}-2024`);
    await change.locator('[data-action="change-password"]').click();
    await page.locator('[data-testid="error"][data-code="BAD_USER_INPUT"]').waitFor();
    expect(await page.getByTestId("error").innerText()).toMatch(/account name/);
    await change.locator('input[name="newPassword"]').fill(own);
    await change.locator('input[name="repeatPassword"]').fill(own);
    await change.locator('[data-action="change-password"]').click();
    await change.waitFor({ state: "detached" });
    password = own;
    const signedIn = page.getByTestId("signed-in");
    await signedIn.waitFor();
    expect(await signedIn.getAttribute("data-name")).toBe(user);
    expect(await signedIn.getAttribute("data-role")).toBe("CURATOR");
    await page.locator('[data-testid="drafts"][data-state="ready"]').waitFor();
    await screenshot("curate-list.png");
  });

  it("creates a draft from a pasted article, each proposal highlighted at its quote", async () => {
    const { page } = browser;
    await page.locator('[data-action="new-draft"]').click();
    await page.locator('textarea[name="text"]').fill(ARTICLE);
    await page.locator('input[name="title"]').fill("Browser test: a beekeeping model in Bản Bo");
    await page.locator('input[name="url"]').fill(`https://example.org/curate-browser-test/${user}`);
    await page.locator('input[name="outlet"]').fill("Test outlet");
    await page.locator('select[name="language"]').selectOption("vi");
    await page.locator('input[name="publishedOn"]').fill("2024-10-15");
    await page.locator('[data-action="create-draft"]').click();
    const draft = page.getByTestId("draft");
    await draft.waitFor({ timeout: READY_MS });
    await noError();
    sourceId = (await draft.getAttribute("data-source-id")) ?? undefined;
    expect(sourceId).toBeTruthy();
    expect(await draft.getAttribute("data-status")).toBe("OPEN");
    expect(await page.getByTestId("article").innerText()).toBe(ARTICLE);

    const shown = await proposals();
    expect(shown.length).toBeGreaterThan(0);
    // Every highlight names proposals that are listed beside the text.
    const highlighted = await page
      .locator("[data-testid=article] mark[data-proposals]")
      .evaluateAll((marks) => marks.flatMap((m) => (m.getAttribute("data-proposals") ?? "").split(" ")));
    expect(highlighted.length).toBeGreaterThan(0);
    const ids = new Set(shown.map((p) => p.id));
    expect(highlighted.every((id) => ids.has(id))).toBe(true);
    await screenshot("curate-draft.png");
  });

  it("links the organization to the one the graph has, from its candidates or by name", async () => {
    const { page } = browser;
    const org = await entityProposal(ORGANIZATION.words, "Organization");
    await card(org.id).locator(".proposal-head").click();
    const candidate = card(org.id).locator(`[data-candidate-id="${ORGANIZATION.id}"] button`);
    if (await candidate.count()) {
      await candidate.click();
    } else {
      await card(org.id).getByTestId("entity-picker").locator("input").fill(ORGANIZATION.words);
      await card(org.id).locator(`[role="option"][data-id="${ORGANIZATION.id}"]`).click();
    }
    await page.locator(`[data-proposal-id="${org.id}"][data-entity-id="${ORGANIZATION.id}"][data-state="ACCEPTED"]`).waitFor();
    await noError();
  });

  it("fixes the place with the gazetteer's autocomplete, which shows each unit with its parents", async () => {
    const { page } = browser;
    const place = await entityProposal(PLACE.words, "Place");
    await card(place.id).locator(".proposal-head").click();
    await card(place.id).getByTestId("place-picker").locator("input").fill(PLACE.search);
    const option = card(place.id).locator(`[role="option"][data-id="${PLACE.id}"]`);
    await option.waitFor();
    // Legacy and 2025 units alike, each with its parents: the legacy commune says its district and province.
    expect(await option.innerText()).toMatch(/Tam Đường.*Lai Châu/);
    await screenshot("curate-place.png");
    await option.click();
    await page.locator(`[data-proposal-id="${place.id}"][data-entity-id="${PLACE.id}"][data-state="ACCEPTED"]`).waitFor();
    await noError();
  });

  it("adds the beekeeping run from the words that tell of it, placed in Bản Bo", async () => {
    const { page } = browser;
    await selectInText(RUN_WORDS);
    const form = page.getByTestId("add-form");
    await form.locator('input[value="ENTITY"]').check();
    await form.locator('select[name="entityKind"]').selectOption("Intervention");
    await form.locator('input[name="name"]').fill("Nuôi ong lấy mật ở Bản Bo (browser test)");
    runId = await form.locator('input[name="entityId"]').inputValue();
    expect(runId).toMatch(/^[a-z]+:/);
    await form.locator('input[name="props"]').fill('{"activity": "MODEL_RUN"}');
    await form.locator('[data-action="add"]').click();
    await form.waitFor({ state: "detached" });
    await noError();
    await page.locator(`[data-testid="proposal"][data-kind="ENTITY"][data-entity-id="${runId}"]`).waitFor();

    // Where it ran: a relationship from the place's words, its two ends picked by name.
    await selectInText("xã Bản Bo");
    await form.locator('input[value="RELATIONSHIP"]').check();
    await form.locator('select[name="relType"]').selectOption("LOCATED_IN");
    await form.getByTestId("add-from").locator("input").fill("Nuôi ong lấy mật ở Bản Bo");
    await form.locator(`[data-testid="add-from"] [role="option"][data-id="${runId}"]`).click();
    await form.getByTestId("add-to").locator("input").fill(PLACE.search);
    await form.locator(`[data-testid="add-to"] [role="option"][data-id="${PLACE.id}"]`).first().click();
    await form.locator('[data-action="add"]').click();
    await form.waitFor({ state: "detached" });
    await noError();
    const shown = await settle(proposals, (ps) => ps.some((p) => p.kind === "RELATIONSHIP" && p.text.includes("LOCATED_IN") && p.text.includes("Bản Bo (browser test)")));
    expect(shown.some((p) => p.kind === "RELATIONSHIP" && p.state === "ACCEPTED" && p.text.includes("LOCATED_IN") && p.text.includes("Bản Bo (browser test)"))).toBe(true);
  });

  it("adds the missing funder by selecting its words, taking part in the run as FUNDER", async () => {
    const { page } = browser;
    const before = await proposals();
    if (before.some((p) => p.kind === "ENTITY" && p.text.includes(FUNDER_WORDS)))
      throw new Error(`the draft already proposes “${FUNDER_WORDS}”: the test needs a funder it misses`);
    await selectInText(FUNDER_WORDS);
    const form = page.getByTestId("add-form");
    await form.locator('input[value="ENTITY"]').check();
    await form.locator('select[name="entityKind"]').selectOption("Organization");
    expect(await form.locator('input[name="name"]').inputValue()).toBe(FUNDER_WORDS);
    await form.locator('input[name="props"]').fill('{"orgType": "BUSINESS"}');
    funderId = await form.locator('input[name="entityId"]').inputValue();
    expect(funderId).toMatch(/^org:.*hoa-ban-honey/);
    // Takes part in the run added above, as its funder, in the same call.
    await form.locator('select[name="activity"]').selectOption(runId!);
    await form.locator('select[name="activityRole"]').selectOption("FUNDER");
    await screenshot("curate-add-funder.png");
    await form.locator('[data-action="add"]').click();
    await form.waitFor({ state: "detached" });
    await noError();
    const after = await settle(proposals, (ps) => ps.some((p) => p.kind === "ENTITY" && p.entityId === funderId));
    expect(after.some((p) => p.kind === "ENTITY" && p.entityId === funderId)).toBe(true);
    expect(after.some((p) => p.kind === "RELATIONSHIP" && p.text.includes(FUNDER_WORDS) && /Nhà tài trợ/.test(p.text))).toBe(true);
  });

  it("rejects the wrong proposal with the keyboard (r)", async () => {
    const { page } = browser;
    const wrong = (await proposals()).filter((p) => WRONG.some((w) => w.test(p.text)) && p.state !== "REJECTED");
    if (!wrong.length) throw new Error("the draft proposes nothing about the World Bank or the loans, which the article names only to say they had no part");
    for (const p of wrong) {
      await card(p.id).locator(".proposal-head").click();
      await page.keyboard.press("r");
      await page.locator(`[data-proposal-id="${p.id}"][data-state="REJECTED"]`).waitFor();
    }
    await noError();
  });

  it("previews the funder's row and publishes", async () => {
    const { page } = browser;
    await page.keyboard.press("p");
    const preview = page.getByTestId("preview");
    const rows = await settle(
      () => preview.locator("[data-row-id]").evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row-id") ?? "")),
      (r) => r.some((id) => id.includes(funderId!)),
    );
    expect(rows.some((id) => id.includes(`${funderId}|`) && id.includes("FUNDER"))).toBe(true);
    expect(await page.getByTestId("preview-partners").innerText()).not.toMatch(WRONG[0]);
    await screenshot("curate-preview.png");

    const undecided = await page.locator('[data-action="publish-accept-all"]').count();
    await page.locator(undecided ? '[data-action="publish-accept-all"]' : '[data-action="publish"]').click();
    await page.getByTestId("published").waitFor({ timeout: READY_MS });
    await noError();
    await page.locator('[data-testid="draft"][data-status="PUBLISHED"]').waitFor();
  });

  it("finds the funder's row on /dashboard", async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/dashboard?organization=${encodeURIComponent(funderId!)}`);
      await page.locator('[data-testid="rows"][data-state="ready"]').waitFor({ timeout: READY_MS });
      const rows = await page.locator('[data-testid="rows"] tbody tr[data-row-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row-id") ?? ""));
      expect(rows.some((id) => id.startsWith(`${funderId}|FUNDER|`))).toBe(true);
      await screenshot("curate-dashboard.png", page);
    } finally {
      await page.close();
    }
  });

  it("removes the source from the list of my sources, and its row is gone", async () => {
    const { page } = browser;
    await page.locator('[data-action="back"]').click();
    await page.locator('[data-testid="drafts"][data-state="ready"]').waitFor();
    const row = page.locator(`tr[data-source-id="${sourceId}"]`);
    expect(await row.getAttribute("data-status")).toBe("PUBLISHED");
    page.once("dialog", (dialog) => void dialog.accept());
    await row.locator('[data-action="remove"]').click();
    await page.getByRole("status").filter({ hasText: "Đã gỡ nguồn" }).waitFor();
    removed = true;
    await noError();
    const status = await settle(
      async () => ((await row.count()) ? await row.getAttribute("data-status") : "GONE"),
      (s) => s === "REMOVED" || s === "GONE",
    );
    expect(["REMOVED", "GONE"]).toContain(status);

    // The funder only this source named is gone from the 3W: no row, in the API or on the dashboard.
    const { body } = await postGraphql(server.url, {
      query: `query ($o: ID) { whoWhatWhere(filter: { organization: $o }) { totalCount } }`,
      variables: { o: funderId },
    });
    const total = (body.data as { whoWhatWhere?: { totalCount: number } } | null)?.whoWhatWhere?.totalCount ?? 0;
    expect(total).toBe(0);
    const dashboard = await browser.context.newPage();
    try {
      // The dashboard's GET answers may be cached (CACHE_MAX_AGE_SECONDS): this page asks afresh.
      await (await browser.context.newCDPSession(dashboard)).send("Network.setCacheDisabled", { cacheDisabled: true });
      await dashboard.goto(`${server.url}/dashboard?organization=${encodeURIComponent(funderId!)}`);
      await dashboard.locator('[data-testid="rows"][data-state="ready"], [data-testid="unknown-id"]').first().waitFor({ timeout: READY_MS });
      expect(await dashboard.locator('[data-testid="rows"] tbody tr[data-row-id]').count()).toBe(0);
    } finally {
      await dashboard.close();
    }
  });

  it("requested nothing from outside and broke no Content-Security-Policy rule", () => {
    expect(browser.outsideRequests).toEqual([]);
    // The one refusal asked for: the wrong password, should the API answer it with HTTP 401.
    const expected = /^console: Failed to load resource: the server responded with a status of 401/;
    expect(browser.errors.filter((e) => !expected.test(e))).toEqual([]);
  });
});
