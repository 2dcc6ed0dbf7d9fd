/**
 * `npm run curation:measure [-- --browser] [--articles 01,02,…]`: measures paste-to-publish curation (issue #20,
 * "Measured") on ten development articles of ../shared/dev-articles (never the untuned ten). For
 * each article it creates a draft at an in-process server (GraphQL API or browser; the Neo4j of
 * NEO4J_URI / NEO4J_BOLT_PORT, seeded), decides every proposal as a curator following the gold
 * (test/gold/dev-articles/NN.gold.yaml) would, adds what the gold holds and the draft misses when
 * its words are in the text, publishes, then removes the source again. Published seed files go to
 * a temporary SEED_ARTICLES_DIR, never into seeds/articles.
 *
 * With `--browser` it pastes, rejects, links to listed candidates and publishes in Debian's
 * Chromium at /curate (playwright-core), counting each click and key press it sends; additions,
 * edits and links by search go through the API and are counted by the action model below (what
 * the workbench needs for each), as is every step without `--browser`. It prints a
 * Markdown table; it asserts nothing and is not part of `npm test`. The articles' text is read
 * from ../shared and never printed: the report holds ids, names from the gold and numbers only.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import yaml from "js-yaml";
import { chromium, type Page } from "playwright-core";
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

/** The first ten articles of the development split (the untuned ten are never used). */
const DEFAULT_ARTICLES = ["01", "02", "03", "04", "06", "07", "08", "10", "11", "13"];

/**
 * The action model: clicks and key presses the workbench needs, per step (as the browser test
 * test/browser/curate.browser.test.ts performs them).
 */
export const ACTIONS = {
  /** "new draft", click the text box + Ctrl+V, paste the URL (click + Ctrl+V), "create". */
  paste: 6,
  /** None: an accepted proposal is left undecided and "publish, accepting all" takes it. */
  accept: 0,
  /** Select the card (click or j) + r. */
  reject: 2,
  /** Link to an existing entity: open the card + click the candidate when it is listed… */
  linkCandidate: 2,
  /** …or open the card, click the picker, type 6 letters, click the option. */
  linkSearch: 9,
  /** A relationship's type or role: open the card, e, change one select, save. */
  editRelationship: 4,
  /** Select the words (one drag), pick the kind, add (name and id come from the selection). */
  addEntity: 3,
  /** Select the words, RELATIONSHIP, its type, each end by name (6 letters + click), its role, add. */
  addRelationship: 18,
  /** p (preview) + "publish, accepting all". */
  publish: 2,
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
    const password = await accounts.addUser(user, UserRole.CURATOR, false);
    if (!password) throw new Error(`account ${user} exists already`);
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
    if (useBrowser) {
      // Debian's Chromium, headless, offline but for the loopback; the curator signs in (not counted).
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
      });
      closeBrowser = () => browser.close();
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, serviceWorkers: "block" });
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
      const text = readFileSync(textFile, "utf8").normalize("NFC");
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

async function measureArticle(article: string, text: string, gold: GoldFile, gql: Gql, page?: Page): Promise<Row> {
  const started = Date.now();
  const failures: string[] = [];
  const sent: Sent = { clicks: 0, keys: 0 };
  let actions = 0;
  let judgements = 0;
  let addSearches = 0;
  let addedRelationships = 0;
  const url = `https://example.org/curation-measure/${article}/${Date.now().toString(36)}`;
  let draftId: string;
  let proposals: Proposal[];
  if (page) {
    // Paste in the browser: "new draft", the text (click + Ctrl+V), the URL (click + Ctrl+V), "create".
    await page.locator('[data-action="new-draft"]').click();
    await page.locator('textarea[name="text"]').fill(text);
    await page.locator('input[name="url"]').fill(url);
    await page.locator('select[name="language"]').selectOption(gold.language);
    await page.locator('[data-action="create-draft"]').click();
    sent.clicks += 5;
    sent.keys += 2;
    const draft = page.getByTestId("draft");
    await draft.waitFor({ timeout: 120_000 });
    draftId = (await draft.getAttribute("data-draft-id")) ?? "";
    const read = await gql<{ draft: { proposals: Proposal[] } | null }>(`query ($id: ID!) { draft(id: $id) { proposals { ${PROPOSAL_FIELDS} } } }`, { id: draftId });
    proposals = read.draft?.proposals ?? [];
  } else {
    actions = ACTIONS.paste;
    const created = (
      await gql<{ createDraft: { id: string; version: number; proposals: Proposal[] } }>(
        `mutation ($input: DraftInput!) { createDraft(input: $input) { id version proposals { ${PROPOSAL_FIELDS} } } }`,
        { input: { text, language: gold.language, url } },
      )
    ).createDraft;
    draftId = created.id;
    proposals = created.proposals;
  }
  const counts = { accepted: 0, edited: 0, rejected: 0, added: 0 };
  const card = (id: string) => page?.locator(`[data-testid="proposal"][data-proposal-id="${id}"]`);
  /** In the browser: a rejection (card + r) and a link to a listed candidate (card + candidate); false when it is not for the page. */
  const inBrowser = async (decision: Decision): Promise<boolean> => {
    const c = decision.proposalId ? card(decision.proposalId) : undefined;
    if (!page || !c) return false;
    if (decision.action === "REJECT") {
      await c.locator(".proposal-head").click();
      await page.keyboard.press("r");
      sent.clicks++;
      sent.keys++;
      const rejected = page.locator(`[data-proposal-id="${decision.proposalId}"][data-state="REJECTED"]`);
      try {
        await rejected.waitFor({ timeout: 3_000 });
      } catch {
        // The click closed a card that was selected already (r then had no card): its reject button.
        await c.locator('[data-action="reject"]').click();
        sent.clicks++;
        await rejected.waitFor();
      }
      return true;
    }
    if (decision.action === "LINK") {
      const candidate = c.locator(`[data-candidate-id="${String(decision.entityId)}"] button`);
      await c.locator(".proposal-head").click();
      sent.clicks++;
      if (!(await candidate.count())) return false;
      await candidate.click();
      sent.clicks++;
      await page.locator(`[data-proposal-id="${decision.proposalId}"][data-state="ACCEPTED"]`).waitFor();
      return true;
    }
    return false;
  };
  const decide = async (decision: Decision, cost: number, tally: keyof typeof counts): Promise<boolean> => {
    // An accepted proposal is left undecided: "publish, accepting all" takes it, at no action of its own.
    if (decision.action === "ACCEPT") {
      counts[tally]++;
      return true;
    }
    try {
      if (await inBrowser(decision)) {
        counts[tally]++;
        return true;
      }
      await gql(`mutation ($id: ID!, $d: [ProposalDecision!]!) { updateDraft(id: $id, decisions: $d) { id } }`, { id: draftId, d: [decision] });
      actions += cost;
      counts[tally]++;
      return true;
    } catch (err) {
      failures.push(`${decision.action} ${decision.proposalId ?? ""}: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  };

  // Entities: each gold entity is matched by one proposal at most.
  const entities = goldEntities(gold);
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
      if (await decide({ proposalId: p.id, action: "LINK", entityId: match.existing }, listed ? ACTIONS.linkCandidate : ACTIONS.linkSearch, "edited")) id = match.existing;
      else if (!(await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted"))) continue;
    } else if (!(await decide({ proposalId: p.id, action: "ACCEPT" }, ACTIONS.accept, "accepted"))) continue;
    keyOfEntity.set(p.entityId, match.key);
    keyOfEntity.set(id, match.key);
    entityOfKey.set(match.key, id);
  }
  // What the draft missed, added by selecting its words.
  // A village the gazetteer lacks cannot be a Place of a seed file: the curator leaves it out.
  for (const g of entities.filter((e) => !entityOfKey.has(e.key) && !(e.kind === "Place" && !e.existing))) {
    const words = g.names.map((n) => findWords(text, n)).find((s) => s !== undefined);
    if (!words) continue;
    addSearches++;
    const ok = await decide(
      { action: "ADD", kind: "ENTITY", entityKind: g.kind, name: g.names[0], ...(g.existing ? { entityId: g.existing } : {}), ...(g.props ? { props: g.props } : {}), ...words },
      ACTIONS.addEntity,
      "added",
    );
    if (ok) entityOfKey.set(g.key, g.existing ?? (await addedId(gql, draftId, g.names[0])) ?? "");
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
      // What the API decided (additions, edits) shows after a reload; the page then publishes.
      if (actions > 0) {
        await page.reload();
        await page.getByTestId("draft").waitFor({ timeout: 60_000 });
      }
      await page.keyboard.press("p");
      const all = page.locator('[data-action="publish-accept-all"]');
      await ((await all.count()) ? all : page.locator('[data-action="publish"]')).click();
      sent.keys++;
      sent.clicks++;
      await page.getByTestId("published").waitFor({ timeout: 120_000 });
      sourceId = (await page.getByTestId("draft").getAttribute("data-source-id")) ?? undefined;
      published = true;
      await page.locator('[data-action="back"]').click();
      await page.locator('[data-testid="drafts"][data-state="ready"]').waitFor();
    } else {
      sourceId = (await gql<{ publishDraft: { id: string } }>(`mutation ($id: ID!) { publishDraft(id: $id, acceptAll: true) { id } }`, { id: draftId })).publishDraft.id;
      published = true;
      actions += ACTIONS.publish;
    }
  } catch (err) {
    failures.push(`publish: ${err instanceof Error ? err.message : String(err)}`);
  }
  const wallSeconds = (Date.now() - started) / 1000;
  if (sourceId) await gql(`mutation ($id: ID!) { removeSource(id: $id) }`, { id: sourceId }).catch((err: unknown) => failures.push(`remove: ${String(err)}`));

  actions += sent.clicks + sent.keys;
  const words = text.split(/\s+/).filter(Boolean).length;
  const humanSeconds = (words / READ_WORDS_PER_MINUTE) * 60 + actions * SECONDS_PER_ACTION + judgements * SECONDS_PER_JUDGEMENT + addSearches * SECONDS_PER_ADD_SEARCH;
  const row: Row = {
    article,
    drafted: proposals.length,
    ...counts,
    addedRelationships,
    actions,
    browserActions: sent.clicks + sent.keys,
    wallSeconds,
    humanMinutes: humanSeconds / 60,
    published,
    failures,
  };
  console.error(`${article}: ${JSON.stringify({ ...row, words })}`);
  return row;
}

/** The id the server gave an entity added by name (the newest ENTITY proposal with that name). */
async function addedId(gql: Gql, draftId: string, name: string): Promise<string | undefined> {
  const d = (await gql<{ draft: { proposals: Proposal[] } | null }>(`query ($id: ID!) { draft(id: $id) { proposals { ${PROPOSAL_FIELDS} } } }`, { id: draftId })).draft;
  return d?.proposals.filter((p) => p.kind === "ENTITY" && p.name === name).pop()?.entityId ?? undefined;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function report(rows: Row[]): string {
  const lines = [
    "| article | drafted | accepted | edited | rejected | added (of which relationships) | actions (sent in the browser) | scripted wall time (s) | human estimate (min) | published |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.article} | ${r.drafted} | ${r.accepted} | ${r.edited} | ${r.rejected} | ${r.added} (${r.addedRelationships}) | ${r.actions} (${r.browserActions}) | ${r.wallSeconds.toFixed(1)} | ${r.humanMinutes.toFixed(1)} | ${r.published ? "yes" : "no"} |`,
    ),
  ];
  if (rows.length) {
    const medActions = median(rows.map((r) => r.actions));
    const medMinutes = median(rows.map((r) => r.humanMinutes));
    lines.push(
      "",
      `Median: ${medActions} actions (target ≤ 30: ${medActions <= 30 ? "met" : "missed"}), ${medMinutes.toFixed(1)} human minutes (target ≤ 10: ${medMinutes <= 10 ? "met" : "missed"}), ${median(rows.map((r) => r.wallSeconds)).toFixed(1)} s scripted.`,
    );
  }
  for (const r of rows) for (const f of r.failures) lines.push(`- ${r.article}: ${f}`);
  return lines.join("\n");
}

main().catch((err: unknown) => {
  console.error(`curation:measure failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
