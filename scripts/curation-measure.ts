/**
 * `npm run curation:measure [-- --browser] [--verbose] [--articles 01,02,…]`: measures paste-to-publish curation (issue #20,
 * "Measured") on ten development articles of ../shared/dev-articles (never the untuned ten). For
 * each article it creates a draft at an in-process server (GraphQL API or browser; the Neo4j of
 * NEO4J_URI / NEO4J_BOLT_PORT, seeded), decides every proposal as a curator following the gold
 * (test/gold/dev-articles/NN.gold.yaml) would, adds what the gold holds and the draft misses when
 * its words are in the text, publishes, then removes the source again. Published seed files go to
 * a temporary SEED_ARTICLES_DIR, never into seeds/articles.
 *
 * With `--browser` it does every step in Debian's Chromium at /curate (playwright-core): the paste
 * (a real Ctrl+V), rejections, links, edits, additions by dragging the mouse over the words, and
 * the publish, counting each click and key press it sends; a step the page offers no way for
 * would go through the API, counted by the action model below and listed under the table.
 * Without `--browser` every step goes through the API and is counted by the model. It prints a
 * Markdown table; it asserts nothing and is not part of `npm test`. The articles' text is read
 * from ../shared and never printed: the report holds ids, names from the gold and numbers only.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { chromium, type Locator, type Page } from "playwright-core";
import { pino } from "pino";
import { API } from "../src/composition";
import { loadConfig } from "../src/config";
import { AccountsRepository } from "../src/accounts/accounts.repository";
import { AccountsService } from "../src/accounts/accounts.service";
import { loadAccountsConfig } from "../src/accounts/accounts.config";
import { UserRole } from "../src/accounts/accounts.roles";
import { DEV_ARTICLE_DIR, GOLD_DIR, type GoldFile, splitOf } from "../src/ingest/ingest.gold";
import { foldKey } from "../src/ingest/ingest.text";
import { startApiServer } from "../src/server/api.server";

/** `--verbose`: each addition's cost on stderr (what it selected, how many actions). */
const VERBOSE = process.argv.includes("--verbose");

/** The first ten articles of the development split (the untuned ten are never used). */
const DEFAULT_ARTICLES = ["01", "02", "03", "04", "06", "07", "08", "10", "11", "13"];

/**
 * The action model: clicks and key presses the workbench needs, per step (as the browser test
 * test/browser/curate.browser.test.ts performs them).
 */
export const ACTIONS = {
  /** "new draft" (the text box has the focus), Ctrl+V (the URL/TITLE header fills URL and title, the letters the language), "create". */
  paste: 3,
  /** None: an accepted proposal is left undecided and "publish" accepts it. */
  accept: 0,
  /** The card's reject button. */
  reject: 1,
  /** Link to an existing entity: the candidate listed on the card… */
  linkCandidate: 1,
  /** …or open the card, click its picker, type 6 letters, click the option. */
  linkSearch: 9,
  /** A relationship's type or role: the card's edit button, one select (open + choose), save. */
  editRelationship: 4,
  /** Drag over the words, "add" (kind, key property, name and id preselected from the words). */
  addEntity: 2,
  /** Drag over the quote, one end changed (open + choose), "add" (type, role and the nearest ends preselected). */
  addRelationship: 4,
  /** The publish button at the top of the proposals. */
  publish: 1,
} as const;

/** The human estimate: reading the article, then seconds per action and per judgement. */
const READ_WORDS_PER_MINUTE = 200;
const SECONDS_PER_ACTION = 2;
const SECONDS_PER_JUDGEMENT = 8;
const SECONDS_PER_ADD_SEARCH = 15;

interface Proposal {
  id: string;
  kind: "ENTITY" | "RELATIONSHIP" | "METRIC" | "OUTCOME";
  state: string;
  entityKind: string | null;
  entityId: string | null;
  isNew: boolean;
  name: string | null;
  relType: string | null;
  from: string | null;
  to: string | null;
  role: string | null;
  value: number | null;
  about: string | null;
  outcomeType: string | null;
  candidates: { id: string }[];
}

interface Decision {
  proposalId?: string;
  action: "ACCEPT" | "REJECT" | "EDIT" | "LINK" | "ADD";
  [field: string]: unknown;
}

interface GoldEntity {
  key: string;
  kind: string;
  names: string[];
  /** The graph's id when the gold says it exists (a place's gazetteer id, `existing:`). */
  existing?: string;
  props?: Record<string, unknown>;
}

interface Row {
  article: string;
  drafted: number;
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
  /** Of the added: relationships (the rest are entities). */
  addedRelationships: number;
  actions: number;
  /** Of the actions: clicks and key presses sent to the page (browser mode). */
  browserActions: number;
  clicks: number;
  keys: number;
  /** Key properties (orgType, eventType, category) of added entities the page guessed otherwise than the gold, chosen in their select. */
  propsDiffer: number;
  /** Drags whose selection was a letter off, set exactly instead. */
  dragFixed: number;
  /** Actions by step: paste, reject, link, edit, add entity, add relationship, publish. */
  steps: Record<string, number>;
  wallSeconds: number;
  humanMinutes: number;
  published: boolean;
  failures: string[];
}

function goldEntities(gold: GoldFile): GoldEntity[] {
  const out: GoldEntity[] = [];
  for (const p of gold.places ?? []) out.push({ key: p.id ?? `village:${p.name}`, kind: "Place", names: [p.name], existing: p.id ?? undefined, props: { level: p.level } });
  for (const o of gold.organizations ?? [])
    out.push({ key: o.key, kind: "Organization", names: [o.name, ...(o.aliases ?? [])], existing: o.existing, props: { orgType: o.orgType } });
  for (const p of gold.people ?? []) out.push({ key: p.key, kind: "Person", names: [p.name, ...(p.aliases ?? [])], existing: p.existing });
  for (const p of gold.programs ?? []) out.push({ key: p.key, kind: "Program", names: [p.name, ...(p.aliases ?? [])], existing: p.existing });
  for (const p of gold.projects ?? []) out.push({ key: p.key, kind: "Project", names: [p.name, ...(p.aliases ?? [])], existing: p.existing });
  for (const e of gold.events ?? []) out.push({ key: e.key, kind: "Event", names: [e.name, ...(e.aliases ?? [])], existing: e.existing, props: { eventType: e.eventType } });
  for (const m of gold.models ?? []) out.push({ key: m.key, kind: "LivelihoodModel", names: [m.name], existing: m.existing, props: { category: m.category } });
  return out;
}

/** The same name, diacritics and case folded, or one holding the other (at least two words). */
function sameName(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.includes(" ") && ` ${long} `.includes(` ${short} `);
}

/** Where the words are in the text (NFC, case-insensitive), or undefined. */
function findWords(text: string, words: string): { start: number; end: number } | undefined {
  const at = text.toLocaleLowerCase("vi").indexOf(words.normalize("NFC").toLocaleLowerCase("vi"));
  return at < 0 ? undefined : { start: at, end: at + words.length };
}

const PROPOSAL_FIELDS = "id kind state entityKind entityId isNew name relType from to role value about outcomeType candidates { id }";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf("--articles");
  const articles = at >= 0 ? (argv[at + 1] ?? "").split(",") : DEFAULT_ARTICLES;
  const useBrowser = argv.includes("--browser");
  const untuned = articles.filter((a) => splitOf(a) !== "dev");
  if (untuned.length) throw new Error(`articles ${untuned.join(", ")} are of the untuned split: never measured on`);
  if (!existsSync(DEV_ARTICLE_DIR)) {
    console.log(`curation:measure skipped: ${DEV_ARTICLE_DIR} is missing (the articles are not in the repository)`);
    return;
  }

  const seedOut = mkdtempSync(path.join(os.tmpdir(), "curation-measure-"));
  process.env.SEED_ARTICLES_DIR = seedOut;
  const config = { ...loadConfig(), rateLimitPerMinute: 0, port: 0, host: "127.0.0.1", requestTimeoutMs: 300_000 };
  const logger = pino({ level: "error", base: undefined });
  const api = await startApiServer({ api: API, config, logger, ideAssetsDir: path.resolve(__dirname, "..", "ide"), drainMs: 500, appName: "poverty-graph-curation-measure" });
  const url = `http://127.0.0.1:${api.port}/graphql`;
  const rows: Row[] = [];
  let page: Page | undefined;
  let closeBrowser = async (): Promise<void> => undefined;
  try {
    const accounts = new AccountsService(new AccountsRepository(api.graph), loadAccountsConfig());
    await accounts.repository.ensureSchema();
    const user = `measure-${process.pid}-${Date.now().toString(36)}`;
    const oneTime = await accounts.addUser(user, UserRole.CURATOR, false);
    if (!oneTime) throw new Error(`account ${user} exists already`);
    let token = "";
    const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string; problems?: string[] } }[] };
      if (body.errors?.length) {
        const e = body.errors[0];
        throw new Error(`${e.extensions?.code ?? "ERROR"}: ${e.message}${e.extensions?.problems ? ` (${e.extensions.problems.join("; ")})` : ""}`);
      }
      if (!body.data) throw new Error(`HTTP ${res.status}: no data`);
      return body.data;
    };
    // The curator replaces the one-time password first (not counted), then signs in with its own.
    token = (await gql<{ login: { token: string } }>(`mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { token } }`, { n: user, p: oneTime })).login.token;
    const password = `own ${randomBytes(12).toString("base64url")}`;
    await gql(`mutation ($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }`, { o: oneTime, n: password });
    if (useBrowser) {
      // Debian's Chromium, headless, offline but for the loopback; the curator signs in (not counted).
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
      });
      closeBrowser = () => browser.close();
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "block" });
      // The paste is a real Ctrl+V: the script puts the article on the clipboard first (not counted).
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: `http://127.0.0.1:${api.port}` });
      await context.route("**/*", (route) => (/^https?:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) ? route.continue() : route.abort("blockedbyclient")));
      page = await context.newPage();
      await page.goto(`http://127.0.0.1:${api.port}/curate`);
      await page.locator('input[name="name"], input[autocomplete="username"]').first().fill(user);
      await page.locator('input[type="password"]').fill(password);
      await page.locator('button[type="submit"]').first().click();
      await page.locator('[data-testid="drafts"][data-state="ready"]').waitFor({ timeout: 60_000 });
    }
    token = (await gql<{ login: { token: string } }>(`mutation ($n: String!, $p: String!) { login(name: $n, password: $p) { token } }`, { n: user, p: password })).login.token;

    for (const article of articles) {
      const textFile = path.join(DEV_ARTICLE_DIR, `${article}.txt`);
      const goldFile = path.join(GOLD_DIR, `${article}.gold.yaml`);
      if (!existsSync(textFile) || !existsSync(goldFile)) {
        console.log(`article ${article} skipped: ${existsSync(textFile) ? goldFile : textFile} is missing`);
        continue;
      }
      const text = readFileSync(textFile, "utf8")
        .replace(/^\uFEFF/, "")
        .normalize("NFC");
      const gold = yaml.load(readFileSync(goldFile, "utf8")) as GoldFile;
      rows.push(await measureArticle(article, text, gold, gql, page));
    }
  } finally {
    await closeBrowser();
    await api.stop();
    rmSync(seedOut, { recursive: true, force: true });
  }
  console.log(report(rows));
}

type Gql = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/** A click or key press sent to the page, counted. */
interface Sent {
  clicks: number;
  keys: number;
}

/** What the page reports about the draft it shows. */
async function pageVersion(page: Page): Promise<number> {
  return Number((await page.getByTestId("draft").getAttribute("data-version")) ?? "0");
}

/** Waits until the draft the page shows has a newer version than `before` (an updateDraft answered); throws the page's error otherwise. */
async function versionAfter(page: Page, before: number): Promise<void> {
  // Polled from here: the page's Content-Security-Policy allows no script of the test's own making.
  for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    if ((await pageVersion(page)) > before) return;
    const error = page.getByTestId("error");
    if (await error.count()) throw new Error(`the page says: ${(await error.innerText()).replace(/\s+/g, " ")}`);
  }
  throw new Error("the draft did not change");
}

/** A page script (the scripts compile without DOM types) finding the text node and offset of a draft offset in the article pane. */
const AT_OFFSET = `(offset, isEnd) => {
  for (const el of document.querySelectorAll('[data-testid="article"] [data-start]')) {
    const node = el.firstChild;
    const first = Number(el.dataset.start);
    if (node && node.nodeType === Node.TEXT_NODE && offset >= first && (offset < first + node.length || (isEnd && offset === first + node.length))) return [node, offset - first];
  }
  return null;
}`;

/**
 * Selects the words at [start, end) of the draft's text with one mouse drag (press on the first
 * letter's left edge, release on the last letter's right edge). Returns whether the page's
 * selection is exactly those words; if not, the selection is set to them (still one drag).
 */
async function dragSelect(page: Page, start: number, end: number): Promise<boolean> {
  const points = await page.evaluate<{ x1: number; y1: number; x2: number; y2: number } | null>(`(() => {
    const at = ${AT_OFFSET};
    const a = at(${start}, false);
    const b = at(${end - 1}, false);
    if (!a || !b) return null;
    a[0].parentElement.scrollIntoView({ block: "center" });
    const rectOf = ([node, offset], last) => {
      const r = document.createRange();
      r.setStart(node, offset);
      r.setEnd(node, offset + 1);
      const rects = [...r.getClientRects()];
      return last ? rects[rects.length - 1] : rects[0];
    };
    const r1 = rectOf(a, false);
    const r2 = rectOf(b, true);
    if (!r1 || !r2) return null;
    return { x1: r1.left + 0.5, y1: r1.top + r1.height / 2, x2: r2.right - 0.5, y2: r2.top + r2.height / 2 };
  })()`);
  if (points) {
    await page.mouse.move(points.x1, points.y1);
    await page.mouse.down();
    await page.mouse.move(points.x2, points.y2, { steps: 4 });
    await page.mouse.up();
  }
  const form = page.locator(`[data-testid="add-form"][data-start="${start}"][data-end="${end}"]`);
  try {
    await form.waitFor({ timeout: 3_000 });
    return true;
  } catch {
    // The drag landed a letter off (a glyph edge): the same selection, set exactly.
    await page.evaluate(`(() => {
      const at = ${AT_OFFSET};
      const a = at(${start}, false);
      const b = at(${end}, true);
      if (!a || !b) return;
      const range = document.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
    })()`);
    await form.waitFor({ timeout: 5_000 });
    return false;
  }
}

/**
 * Picks an entity in one of the page's pickers by typing its name letter by letter until the
 * option with that id is listed, then clicking it. Returns whether it was picked; when it never
 * showed, the picker is cleared again.
 */
async function pickByTyping(page: Page, picker: Locator, name: string, id: string, sent: Sent): Promise<boolean> {
  const input = picker.locator("input");
  await input.click();
  sent.clicks++;
  const option = picker.locator(`li[data-id="${id}"]`);
  const letters = [...name.normalize("NFC")];
  for (let i = 0; i < Math.min(letters.length, 24); i++) {
    await page.keyboard.type(letters[i]);
    sent.keys++;
    if (i < 2) continue;
    try {
      await option.waitFor({ timeout: i < 5 ? 700 : 1_500 });
      await option.click();
      sent.clicks++;
      return true;
    } catch {
      // not listed yet: one more letter
    }
  }
  await input.fill("");
  return false;
}

async function measureArticle(article: string, raw: string, gold: GoldFile, gql: Gql, page?: Page): Promise<Row> {
  const started = Date.now();
  const failures: string[] = [];
  const sent: Sent = { clicks: 0, keys: 0 };
  /** Actions of steps the browser could not do, counted by the model. */
  let modelled = 0;
  let judgements = 0;
  let addSearches = 0;
  let addedRelationships = 0;
  let propsDiffer = 0;
  let dragFixed = 0;
  const steps: Record<string, number> = {};
  const tallyStep = (step: string, n: number): void => {
    if (n) steps[step] = (steps[step] ?? 0) + n;
  };
  let draftId: string;
  // The article as saved, with its URL/TITLE header; the API path sends the URL the header names.
  const url = /^\s*URL:[ \t]*(https?:\/\/\S+)/.exec(raw)?.[1] ?? `https://example.org/curation-measure/${article}`;
  if (page) {
    // "new draft" (the text box takes the focus), Ctrl+V, "create": the header fills the URL and
    // title, the letters the language.
    await page.locator('[data-action="new-draft"]').click();
    sent.clicks++;
    await page.locator('textarea[name="text"]:focus').waitFor();
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(raw)})`);
    await page.keyboard.press("Control+V");
    sent.keys++;
    if (!(await page.locator('textarea[name="text"]').inputValue())) throw new Error("the paste did not reach the text box");
    const language = page.locator('select[name="language"]');
    if ((await language.inputValue()) !== gold.language) {
      await language.selectOption(gold.language);
      sent.clicks += 2;
    }
    if (!(await page.locator('input[name="url"]').inputValue())) failures.push("the URL was not read from the pasted text");
    await page.locator('[data-action="create-draft"]').click();
    sent.clicks++;
    const draft = page.getByTestId("draft");
    await draft.waitFor({ timeout: 120_000 });
    draftId = (await draft.getAttribute("data-draft-id")) ?? "";
    tallyStep("paste", sent.clicks + sent.keys);
  } else {
    modelled += ACTIONS.paste;
    tallyStep("paste", ACTIONS.paste);
    draftId = (
      await gql<{ createDraft: { id: string } }>(`mutation ($input: DraftInput!) { createDraft(input: $input) { id } }`, { input: { text: raw, language: gold.language, url } })
    ).createDraft.id;
  }
  const read = await gql<{ draft: { text: string; proposals: Proposal[] } | null }>(`query ($id: ID!) { draft(id: $id) { text proposals { ${PROPOSAL_FIELDS} } } }`, {
    id: draftId,
  });
  const proposals = read.draft?.proposals ?? [];
  const text = read.draft?.text ?? raw;
  const counts = { accepted: 0, edited: 0, rejected: 0, added: 0 };
  const entities = goldEntities(gold);
  const nameOfKey = (key: string): string | undefined => entities.find((e) => e.key === key || e.existing === key)?.names[0];

  const card = (id: string) => page?.locator(`[data-testid="proposal"][data-proposal-id="${id}"]`);
  /**
   * One decision in the browser, counting what it sends; false when the page offers no way for
   * it (the API then does it, counted by the model).
   */
  const inBrowser = async (decision: Decision, extra: { name?: string } = {}): Promise<boolean> => {
    if (!page) return false;
    const before = await pageVersion(page);
    const c = decision.proposalId ? card(decision.proposalId) : undefined;
    if (decision.action === "REJECT" && c) {
      // Rejected already (the server rejects what a rejected entity was an end of): nothing to do.
      if ((await c.getAttribute("data-state")) === "REJECTED") return true;
      // Every card has its reject button: one click.
      await c.locator('[data-action="reject"]').click();
      sent.clicks++;
      await versionAfter(page, before);
      return true;
    }
    if (decision.action === "LINK" && c) {
      const entityId = String(decision.entityId);
      const candidate = c.locator(`[data-candidate-id="${entityId}"] button`);
      if (await candidate.count()) {
        // Listed on the card: one click links it.
        await candidate.click();
        sent.clicks++;
      } else {
        // Found by name: open the card, its picker, letters until listed, the option.
        await c.locator(".proposal-head").click();
        sent.clicks++;
        const picker = c.locator('[data-testid="entity-picker"], [data-testid="place-picker"]');
        if (!(await pickByTyping(page, picker, extra.name ?? entityId, entityId, sent))) return false;
      }
      await versionAfter(page, before);
      return true;
    }
    if (decision.action === "EDIT" && c) {
      // The card's edit button, each select that changes (open + choose), save.
      await c.locator('[data-action="edit"]').click();
      sent.clicks++;
      const form = c.getByTestId("edit-form");
      for (const [field, value] of [
        ["relType", decision.relType],
        ["role", decision.role],
      ] as const) {
        if (typeof value !== "string") continue;
        const select = form.locator(`select[name="${field}"]`);
        if (!(await select.count()) || (await select.inputValue()) === value) continue;
        await select.selectOption(value);
        sent.clicks += 2;
      }
      await form.locator('button[type="submit"]').click();
      sent.clicks++;
      await versionAfter(page, before);
      return true;
    }
    if (decision.action === "ADD" && typeof decision.start === "number" && typeof decision.end === "number") {
      if (!(await dragSelect(page, decision.start, decision.end))) dragFixed++;
      sent.clicks++;
      const form = page.getByTestId("add-form");
      if (decision.kind === "ENTITY") {
        if ((await form.getAttribute("data-kind")) !== "ENTITY") {
          await form.locator('input[name="add-kind"][value="ENTITY"]').click();
          sent.clicks++;
        }
        const kindSelect = form.locator('select[name="entityKind"]');
        if ((await kindSelect.inputValue()) !== decision.entityKind) {
          await kindSelect.selectOption(String(decision.entityKind));
          sent.clicks += 2;
        }
        const wanted = decision.props as Record<string, unknown> | undefined;
        if (decision.entityId) {
          // An existing unit (a place of the gazetteer): preselected from the words, else found by name.
          const linkedTo = form.locator(".linked-to code");
          await linkedTo.waitFor({ timeout: 3_000 }).catch(() => undefined);
          const shown = (await linkedTo.count()) ? await linkedTo.innerText() : "";
          if (!shown.endsWith(`· ${String(decision.entityId)}`)) {
            if (shown) {
              await form.locator(".linked-to button").click();
              sent.clicks++;
            }
            if (!(await pickByTyping(page, form.getByTestId("add-link"), String(decision.name ?? ""), String(decision.entityId), sent))) {
              await form.locator('button[type="button"]', { hasText: /Huỷ|Hủy|Cancel/ }).click();
              return false;
            }
          }
        } else if (wanted) {
          // The key property (orgType, eventType, category) is preselected from the words; a wrong or missing one is chosen in its select (open + choose).
          for (const [k, v] of Object.entries(wanted)) {
            const select = form.locator(`select[name="prop-${k}"]`);
            if (typeof v !== "string" || !(await select.count()) || (await select.inputValue()) === v) continue;
            propsDiffer++;
            await select.selectOption(v);
            sent.clicks += 2;
          }
        }
      } else if (decision.kind === "RELATIONSHIP") {
        if ((await form.getAttribute("data-kind")) !== "RELATIONSHIP") {
          await form.locator('input[name="add-kind"][value="RELATIONSHIP"]').click();
          sent.clicks++;
        }
        const relType = form.locator('select[name="relType"]');
        if ((await relType.inputValue()) !== decision.relType) {
          await relType.selectOption(String(decision.relType));
          sent.clicks += 2;
        }
        for (const end of ["from", "to"] as const) {
          const id = String(decision[end]);
          const select = form.locator(`select[name="${end}"]`);
          if ((await select.inputValue()) === id) continue;
          if (await select.locator(`option[value="${id}"]`).count()) {
            await select.selectOption(id);
            sent.clicks += 2;
          } else if (!(await pickByTyping(page, form.getByTestId(`add-${end}`), nameOfKey(id) ?? id, id, sent))) {
            return false;
          }
        }
        if (typeof decision.role === "string") {
          const role = form.locator('select[name="role"]');
          if ((await role.inputValue()) !== decision.role) {
            await role.selectOption(decision.role);
            sent.clicks += 2;
          }
        }
      } else return false;
      await form.locator('[data-action="add"]').click();
      sent.clicks++;
      await versionAfter(page, before);
      return true;
    }
    return false;
  };
  const decide = async (decision: Decision, cost: number, tally: keyof typeof counts, extra: { name?: string } = {}): Promise<boolean> => {
    // An accepted proposal is left undecided: "publish" accepts it, at no action of its own.
    if (decision.action === "ACCEPT") {
      counts[tally]++;
      return true;
    }
    const step = decision.action === "ADD" ? `add ${String(decision.kind).toLowerCase()}` : decision.action.toLowerCase();
    const sentBefore = sent.clicks + sent.keys;
    try {
      const done = await inBrowser(decision, extra).finally(() => {
        tallyStep(step, sent.clicks + sent.keys - sentBefore);
        if (VERBOSE && decision.action === "ADD")
          console.error(
            // The kind and the offsets only: the article's words are never printed.
            `  ${article} ${step} ${String(decision.entityKind ?? decision.role ?? "")} [${String(decision.start)}, ${String(decision.end)}): ${sent.clicks + sent.keys - sentBefore}`,
          );
      });
      if (done) {
        counts[tally]++;
        return true;
      }
      if (page) failures.push(`${decision.action} ${decision.proposalId ?? String(decision.kind)}: not possible in the page, done through the API (${cost} actions by the model)`);
      await gql(`mutation ($id: ID!, $d: [ProposalDecision!]!) { updateDraft(id: $id, decisions: $d) { id } }`, { id: draftId, d: [decision] });
      modelled += cost;
      tallyStep(step, cost);
      counts[tally]++;
      if (page) {
        await page.reload();
        await page.getByTestId("draft").waitFor({ timeout: 60_000 });
      }
      return true;
    } catch (err) {
      failures.push(`${decision.action} ${decision.proposalId ?? ""}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  };

  // Entities: each gold entity is matched by one proposal at most.
  const keyOfEntity = new Map<string, string>(); // draft entity id → gold key
  const entityOfKey = new Map<string, string>(); // gold key → draft entity id (after linking)
  const rejectedIds = new Set<string>();
  for (const p of proposals.filter((x) => x.kind === "ENTITY")) {
    judgements++;
    // The same id, else the same name among entities of the same kind.
    const free = entities.filter((g) => !entityOfKey.has(g.key));
    const match =
      free.find((g) => g.existing != null && g.existing === p.entityId) ??
      free.find((g) => g.kind === p.entityKind && p.name != null && g.names.some((n) => sameName(n, p.name ?? "")));
    if (!match || !p.entityId) {
      if (await decide({ proposalId: p.id, action: "REJECT" }, ACTIONS.reject, "rejected")) rejectedIds.add(p.entityId ?? "");
      continue;
    }
    let id = p.entityId;
    if (match.existing && match.existing !== p.entityId) {
      const listed = p.candidates.some((c) => c.id === match.existing);
      if (
        await decide({ proposalId: p.id, action: "LINK", entityId: match.existing }, listed ? ACTIONS.linkCandidate : ACTIONS.linkSearch, "edited", {
          name: p.name ?? match.names[0],
        })
      )
        id = match.existing;
      else if (!(await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted"))) continue;
    } else if (!(await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted"))) continue;
    keyOfEntity.set(p.entityId, match.key);
    keyOfEntity.set(id, match.key);
    entityOfKey.set(match.key, id);
  }
  // What the draft missed, added by selecting its words.
  // A village the gazetteer lacks cannot be a Place of a seed file: the curator leaves it out.
  for (const g of entities.filter((e) => !entityOfKey.has(e.key) && !(e.kind === "Place" && !e.existing))) {
    const found = g.names.map((n) => ({ n, at: findWords(text, n) })).find((s) => s.at !== undefined);
    if (!found?.at) continue;
    addSearches++;
    const name = text.slice(found.at.start, found.at.end);
    const ok = await decide(
      { action: "ADD", kind: "ENTITY", entityKind: g.kind, name, ...(g.existing ? { entityId: g.existing } : {}), ...(g.props ? { props: g.props } : {}), ...found.at },
      ACTIONS.addEntity,
      "added",
    );
    if (ok) entityOfKey.set(g.key, g.existing ?? (await addedId(gql, draftId, found.at.start)) ?? "");
  }
  for (const [key, id] of entityOfKey) if (id) keyOfEntity.set(id, key);
  const goldKey = (id: string | null): string | undefined => (id == null ? undefined : (keyOfEntity.get(id) ?? id));

  // Relationships: the same ends and type accepted; the same ends, another type or role, edited.
  const rels = gold.relationships ?? [];
  const usedRels = new Set<number>();
  for (const p of proposals.filter((x) => x.kind === "RELATIONSHIP")) {
    judgements++;
    const from = goldKey(p.from);
    const to = goldKey(p.to);
    const endsRejected = rejectedIds.has(p.from ?? "") || rejectedIds.has(p.to ?? "") || !from || !to;
    const same = endsRejected ? -1 : rels.findIndex((r, i) => !usedRels.has(i) && r.from === from && r.to === to && r.type === p.relType && (!r.role || r.role === p.role));
    const near = endsRejected || same >= 0 ? -1 : rels.findIndex((r, i) => !usedRels.has(i) && r.from === from && r.to === to);
    if (same >= 0) {
      usedRels.add(same);
      await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted");
    } else if (near >= 0) {
      usedRels.add(near);
      const r = rels[near];
      await decide({ proposalId: p.id, action: "EDIT", relType: r.type, ...(r.role ? { role: r.role } : {}) }, ACTIONS.editRelationship, "edited");
    } else await decide({ proposalId: p.id, action: "REJECT" }, ACTIONS.reject, "rejected");
  }
  // Gold relationships with their evidence quoted in the text and both ends in the draft: added.
  for (const [i, r] of rels.entries()) {
    if (usedRels.has(i) || !r.quote) continue;
    const words = findWords(text, r.quote);
    const from = entityOfKey.get(r.from) ?? (r.from.includes(":") ? r.from : undefined);
    const to = entityOfKey.get(r.to) ?? (r.to.includes(":") ? r.to : undefined);
    if (!words || !from || !to) continue;
    addSearches++;
    if (await decide({ action: "ADD", kind: "RELATIONSHIP", relType: r.type, from, to, ...(r.role ? { role: r.role } : {}), ...words }, ACTIONS.addRelationship, "added"))
      addedRelationships++;
  }

  // Numbers by value; outcomes by type.
  const values = (gold.numbers ?? []).map((n) => n.value);
  for (const p of proposals.filter((x) => x.kind === "METRIC")) {
    judgements++;
    const i = values.findIndex((v) => p.value != null && Math.abs(v - p.value) < 1e-9);
    const aboutRejected = rejectedIds.has(p.about ?? "");
    if (i >= 0 && !aboutRejected) {
      values.splice(i, 1);
      await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted");
    } else await decide({ proposalId: p.id, action: "REJECT" }, ACTIONS.reject, "rejected");
  }
  const outcomeTypes = (gold.outcomes ?? []).map((o) => o.outcomeType);
  for (const p of proposals.filter((x) => x.kind === "OUTCOME")) {
    judgements++;
    const i = outcomeTypes.indexOf(p.outcomeType ?? "");
    if (i >= 0 && !rejectedIds.has(p.about ?? "")) {
      outcomeTypes.splice(i, 1);
      await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted");
    } else await decide({ proposalId: p.id, action: "REJECT" }, ACTIONS.reject, "rejected");
  }

  let published = false;
  let sourceId: string | undefined;
  try {
    if (page) {
      // The publish button at the top of the proposals: one click accepts what is undecided and publishes.
      await page.locator('[data-action="publish-now"]').click();
      sent.clicks++;
      tallyStep("publish", 1);
      await page.locator('[data-testid="published"], [data-testid="error"]').first().waitFor({ timeout: 120_000 });
      const error = page.getByTestId("error");
      if (await error.count()) throw new Error(`the page says: ${(await error.innerText()).replace(/\s+/g, " ")}`);
      sourceId = (await page.getByTestId("draft").getAttribute("data-source-id")) ?? undefined;
      published = true;
      await page.locator('[data-action="back"]').click();
      await page.locator('[data-testid="drafts"][data-state="ready"]').waitFor();
    } else {
      sourceId = (await gql<{ publishDraft: { id: string } }>(`mutation ($id: ID!) { publishDraft(id: $id, acceptAll: true) { id } }`, { id: draftId })).publishDraft.id;
      published = true;
      modelled += ACTIONS.publish;
      tallyStep("publish", ACTIONS.publish);
    }
  } catch (err) {
    failures.push(`publish: ${err instanceof Error ? err.message : String(err)}`);
  }
  const wallSeconds = (Date.now() - started) / 1000;
  if (sourceId) await gql(`mutation ($id: ID!) { removeSource(id: $id) }`, { id: sourceId }).catch((err: unknown) => failures.push(`remove: ${String(err)}`));

  const actions = modelled + sent.clicks + sent.keys;
  const words = text.split(/\s+/).filter(Boolean).length;
  const humanSeconds = (words / READ_WORDS_PER_MINUTE) * 60 + actions * SECONDS_PER_ACTION + judgements * SECONDS_PER_JUDGEMENT + addSearches * SECONDS_PER_ADD_SEARCH;
  const row: Row = {
    article,
    drafted: proposals.length,
    ...counts,
    addedRelationships,
    actions,
    browserActions: sent.clicks + sent.keys,
    clicks: sent.clicks,
    keys: sent.keys,
    propsDiffer,
    dragFixed,
    steps,
    wallSeconds,
    humanMinutes: humanSeconds / 60,
    published,
    failures,
  };
  console.error(`${article}: ${JSON.stringify({ ...row, words })}`);
  return row;
}

/** The id the server gave an entity added at an offset (the ENTITY proposal quoted there). */
async function addedId(gql: Gql, draftId: string, start: number): Promise<string | undefined> {
  const d = (
    await gql<{ draft: { proposals: (Proposal & { start: number | null })[] } | null }>(`query ($id: ID!) { draft(id: $id) { proposals { ${PROPOSAL_FIELDS} start } } }`, {
      id: draftId,
    })
  ).draft;
  return d?.proposals.filter((p) => p.kind === "ENTITY" && p.start === start).pop()?.entityId ?? undefined;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function report(rows: Row[]): string {
  const lines = [
    "| article | drafted | accepted | edited | rejected | added (of which relationships) | actions: clicks + keys sent in the browser (+ by the model) | scripted wall time (s) | human estimate (min) | published |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const modelled = r.actions - r.browserActions;
      return `| ${r.article} | ${r.drafted} | ${r.accepted} | ${r.edited} | ${r.rejected} | ${r.added} (${r.addedRelationships}) | ${r.actions}: ${r.clicks} + ${r.keys}${modelled ? ` (+ ${modelled})` : ""} | ${r.wallSeconds.toFixed(1)} | ${r.humanMinutes.toFixed(1)} | ${r.published ? "yes" : "no"} |`;
    }),
  ];
  if (rows.length) {
    const medActions = median(rows.map((r) => r.actions));
    const medMinutes = median(rows.map((r) => r.humanMinutes));
    const within = rows.filter((r) => r.actions <= 30).length;
    lines.push(
      "",
      `Median: ${medActions} actions (target ≤ 30: ${medActions <= 30 ? "met" : "missed"}; ${within} of ${rows.length} within it), ${medMinutes.toFixed(1)} human minutes (target ≤ 10: ${medMinutes <= 10 ? "met" : "missed"}), ${median(rows.map((r) => r.wallSeconds)).toFixed(1)} s scripted.`,
    );
    const total: Record<string, number> = {};
    for (const r of rows) for (const [k, v] of Object.entries(r.steps)) total[k] = (total[k] ?? 0) + v;
    const all = Object.values(total).reduce((a, b) => a + b, 0);
    lines.push(
      "",
      `Where the actions go (all articles, ${all}): ${Object.entries(total)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}.`,
      `Key properties of added entities the page guessed otherwise than the gold (each chosen in its select, 2 actions): ${rows.reduce((a, r) => a + r.propsDiffer, 0)}. Drags a letter off (selection set exactly): ${rows.reduce((a, r) => a + r.dragFixed, 0)}.`,
    );
  }
  for (const r of rows) for (const f of r.failures) lines.push(`- ${r.article}: ${f}`);
  return lines.join("\n");
}

main().catch((err: unknown) => {
  console.error(`curation:measure failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
