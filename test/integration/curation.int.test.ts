import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { UserRole } from "../../src/accounts/accounts.roles";
import type { Principal } from "../../src/accounts/accounts.service";
import { loadConfig } from "../../src/config";
import { curationModule } from "../../src/curation/curation.module";
import { CurationRepository } from "../../src/curation/curation.repository";
import { DecisionAction, ProposalKind } from "../../src/curation/curation.types";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { removeSources, seedFiles } from "../../src/seed/seed.service";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";
import { addAccount, codes, type Credentials, gql, signIn, unique } from "../helpers/curation";
import { GOAT_ARTICLE, GOAT_PLACE, goatActivityDecisions, goatSpan, PLAN_INTERNATIONAL, rejectAll } from "../helpers/goat-article";
import { readRows } from "../helpers/test-graph";

/** These tests check what publishing writes, not how fast: on a loaded 2-core machine a publish (which
 * refreshes the summary aggregates in its own transaction) can outlast the interactive 15 s budget. */
const WRITE_BUDGET = { requestTimeoutMs: 120_000 };

/**
 * Curation end to end against the real Neo4j (issue #20): a draft from an article written for
 * this test (test/fixtures/curation-goat-article.txt, our own words), decisions, the preview,
 * publishing through the seed loader's path into the 3W, the audit log, reopening, removal, a
 * publish failing half-way, two curators publishing at once, a rebuild from the saved files, and
 * reading through a second API instance what the first published.
 */

const DRAFT_FIELDS = `id sourceId status version text undecided createdBy
  proposals { id kind state entityKind entityId isNew name quote start end relType from to role metric value about why confidence candidates { id name kind score reasons context } conflicts }`;
const CREATE = `mutation Create($input: DraftInput!) { createDraft(input: $input) { ${DRAFT_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $decisions: [ProposalDecision!]!, $version: Int) { updateDraft(id: $id, decisions: $decisions, version: $version) { ${DRAFT_FIELDS} } }`;
const PUBLISH = `mutation Publish($id: ID!, $all: Boolean) { publishDraft(id: $id, acceptAll: $all) { id kind title url publisher publishedOn language } }`;
const PREVIEW = `query Preview($id: ID!) { draft(id: $id) { preview { rows { id organization role activity model place } partners places problems } } }`;
const ROWS = `query Rows($org: ID!) { whoWhatWhere(filter: { organization: $org }, first: 100) { totalCount nodes { id role organization { id } intervention { id } place { id } } } }`;
const ORG = `query Org($id: ID!) { organization(id: $id) { id name } }`;
const AUDIT = `query Audit($first: Int, $after: String) { auditLog(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id action actor sourceId draftId version detail } } } }`;

interface ProposalView {
  id: string;
  kind: string;
  state: string;
  entityKind: string | null;
  entityId: string | null;
  isNew: boolean;
  quote: string | null;
  start: number | null;
  end: number | null;
  relType: string | null;
  from: string | null;
  role: string | null;
  candidates: { id: string; score: number; reasons: string[] }[];
}
interface DraftView {
  id: string;
  sourceId: string;
  status: string;
  version: number;
  undecided: number;
  proposals: ProposalView[];
}
interface RowsView {
  totalCount: number;
  nodes: { id: string; role: string; organization: { id: string }; intervention: { id: string } | null; place: { id: string } | null }[];
}

const span = goatSpan;

let driver: Driver;
let graph: GraphExecutor;
let a: TestHttpServer;
let b: TestHttpServer;
let articlesDir: string;
const run = unique("t");
const COOP = `org:${run}-hill-goat-cooperative`;
const ACTIVITY = `intervention:${run}-breeding-goats`;
const PLACE = GOAT_PLACE;
const PLAN = PLAN_INTERNATIONAL;
const names = { curator: unique("cur"), other: unique("cur"), editor: unique("ed") };
const who: Record<string, Credentials> = {};

async function ok<T>(url: string, query: string, variables: Record<string, unknown>, credentials: Credentials, field: string): Promise<T> {
  const r = await gql(url, query, variables, credentials);
  if (r.errors.length) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
  const value: T = r.data?.[field] as never;
  return value;
}

/** The organization, or null when the graph has none of that id (NOT_FOUND). */
async function orgOf(id: string): Promise<unknown> {
  const r = await gql(a.url, ORG, { id });
  if (codes(r).includes("NOT_FOUND")) return null;
  if (r.errors.length) throw new Error(JSON.stringify(r.errors));
  return r.data?.organization;
}

const rowsOf = (org: string, credentials: Credentials = {}, url = a.url): Promise<RowsView> => ok<RowsView>(url, ROWS, { org }, credentials, "whoWhatWhere");

/** Rejects what the ingest proposed and adds the facts of the test by selecting their words. */
function curatedDecisions(draft: DraftView) {
  return [
    ...rejectAll(draft.proposals),
    ...goatActivityDecisions({ coop: COOP, activity: ACTIVITY }, "Breeding goats for poor households of Sì Lở Lầu", { funder: true, goats: true }),
  ];
}

const INPUT = {
  text: GOAT_ARTICLE,
  language: "en",
  url: "https://example.org/news/hill-goats",
  outlet: "Example Highland News",
  publishedOn: "2024-03-12",
  title: "Hill goat cooperative starts",
};

beforeAll(async () => {
  driver = createDriver(loadConfig());
  graph = new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test");
  articlesDir = mkdtempSync(path.join(os.tmpdir(), "curation-articles-"));
  process.env.SEED_ARTICLES_DIR = articlesDir;
  try {
    a = await startHttpServer(WRITE_BUDGET);
    b = await startHttpServer(WRITE_BUDGET);
  } finally {
    delete process.env.SEED_ARTICLES_DIR;
  }
  for (const [key, role] of [
    ["curator", UserRole.CURATOR],
    ["other", UserRole.CURATOR],
    ["editor", UserRole.EDITOR],
  ] as const) {
    const s = await signIn(a.url, names[key], await addAccount(graph, names[key], role));
    who[key] = { token: s.token };
  }
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await driver?.close();
  rmSync(articlesDir, { recursive: true, force: true });
});

describe("a draft, curated and published", () => {
  let draft: DraftView;
  let bookmark = "";

  it("createDraft runs the ingest: proposals with quotes at their offsets, ranked candidates that say why", async () => {
    draft = await ok<DraftView>(a.url, CREATE, { input: INPUT }, who.curator, "createDraft");
    expect(draft).toMatchObject({ status: "OPEN", version: 1, createdBy: names.curator });
    expect(draft.sourceId).toMatch(/^src:cur-[0-9a-f]+$/);
    expect(draft.proposals.length).toBeGreaterThan(0);
    expect(draft.undecided).toBe(draft.proposals.length);
    for (const p of draft.proposals) {
      if (p.start !== null && p.end !== null) expect(GOAT_ARTICLE.slice(p.start, p.end).replace(/\s+/g, " ")).toBe((p.quote ?? "").replace(/\s+/g, " "));
      for (let i = 1; i < p.candidates.length; i++) expect(p.candidates[i - 1].score).toBeGreaterThanOrEqual(p.candidates[i].score);
      for (const c of p.candidates) expect(c.reasons.length).toBeGreaterThan(0);
    }
    // the gazetteer's places are existing entities: linked, not created
    const places = draft.proposals.filter((p) => p.kind === "ENTITY" && p.entityKind === "Place");
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => !p.isNew && p.candidates[0]?.id === p.entityId)).toBe(true);
  });

  it("publishing refuses undecided proposals, listing them (BAD_USER_INPUT)", async () => {
    const r = await gql(a.url, PUBLISH, { id: draft.id }, who.curator);
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors[0].extensions?.problems).toHaveLength(draft.undecided + 1);
  });

  it("updateDraft lists every problem and applies nothing; a stale version is a CONFLICT", async () => {
    const bad = await gql(
      a.url,
      UPDATE,
      {
        id: draft.id,
        decisions: [
          { proposalId: "p999", action: "ACCEPT" },
          { action: "ADD", kind: "ENTITY", entityKind: "Organization", start: 9, end: 3 },
          { proposalId: "p1", action: "LINK", entityId: "org:no-such-entity-anywhere" },
        ],
      },
      who.curator,
    );
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect(bad.errors[0].extensions?.problems?.length).toBeGreaterThanOrEqual(3);
    const stale = await gql(a.url, UPDATE, { id: draft.id, decisions: [{ proposalId: "p1", action: "ACCEPT" }], version: 0 }, who.curator);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    const again = await ok<DraftView>(a.url, `query($id: ID!) { draft(id: $id) { ${DRAFT_FIELDS} } }`, { id: draft.id }, who.curator, "draft");
    expect(again.version).toBe(1);
  });

  it("another curator may neither read nor change it (FORBIDDEN); an editor sees every draft", async () => {
    expect(codes(await gql(a.url, UPDATE, { id: draft.id, decisions: [{ proposalId: "p1", action: "ACCEPT" }] }, who.other))).toEqual(["FORBIDDEN"]);
    expect(codes(await gql(a.url, PUBLISH, { id: draft.id, all: true }, who.other))).toEqual(["FORBIDDEN"]);
    expect(codes(await gql(a.url, `query($id: ID!) { draft(id: $id) { id } }`, { id: draft.id }, who.other))).toEqual(["FORBIDDEN"]);
    expect(codes(await gql(a.url, `query { draft(id: "draft:none") { id } }`, {}, who.curator))).toEqual(["NOT_FOUND"]);
    const mine = await ok<{ id: string }[]>(a.url, `{ drafts(status: OPEN) { id } }`, {}, who.other, "drafts");
    expect(mine.map((d) => d.id)).not.toContain(draft.id);
    const all = await ok<{ id: string }[]>(a.url, `{ drafts { id } }`, {}, who.editor, "drafts");
    expect(all.map((d) => d.id)).toContain(draft.id);
  });

  it("decisions (reject, add from a span) at the current version; the preview shows the 3W row, partner and place it adds", async () => {
    draft = await ok<DraftView>(a.url, UPDATE, { id: draft.id, decisions: curatedDecisions(draft), version: 1 }, who.curator, "updateDraft");
    expect(draft.version).toBe(2);
    expect(draft.undecided).toBe(0);
    const link = draft.proposals.find((p) => p.entityId === PLAN && p.state === "ACCEPTED");
    expect(link).toMatchObject({ isNew: false, state: "ACCEPTED", quote: "Plan International paid for the goats" });
    const preview = await ok<{ preview: { rows: { organization: string; role: string; place: string }[]; partners: string[]; places: string[]; problems: string[] } }>(
      a.url,
      PREVIEW,
      { id: draft.id },
      who.curator,
      "draft",
    );
    expect(preview.preview.problems).toEqual([]);
    expect(preview.preview.rows).toEqual(expect.arrayContaining([expect.objectContaining({ organization: "Hill Goat Cooperative", role: "IMPLEMENTER", place: "Sì Lở Lầu" })]));
    expect(preview.preview.partners).toContain("Hill Goat Cooperative");
    expect(preview.preview.places).toContain("Sì Lở Lầu");
    // the preview wrote nothing
    expect(await orgOf(COOP)).toBeNull();
  });

  it("publishes into the graph (the 3W shows the row), saves the seed file, answers with a bookmark and logs who did it", async () => {
    const r = await gql(a.url, PUBLISH, { id: draft.id }, who.curator);
    expect(r.errors).toEqual([]);
    expect(r.data?.publishDraft).toEqual({
      id: draft.sourceId,
      kind: "ARTICLE",
      title: INPUT.title,
      url: INPUT.url,
      publisher: INPUT.outlet,
      publishedOn: INPUT.publishedOn,
      language: "en",
    });
    bookmark = r.headers.get("neo4j-bookmark") ?? "";
    expect(bookmark).not.toBe("");
    const rows = await rowsOf(COOP);
    expect(rows.nodes).toEqual([expect.objectContaining({ role: "IMPLEMENTER", organization: { id: COOP }, intervention: { id: ACTIVITY }, place: { id: PLACE } })]);
    const files = readdirSync(articlesDir);
    expect(files).toHaveLength(1);
    expect(readFileSync(path.join(articlesDir, files[0]), "utf8")).toContain(`id: ${draft.sourceId}`);
    const log = await ok<{ edges: { node: { action: string; actor: string; sourceId: string; version: number; detail: string } }[] }>(
      a.url,
      AUDIT,
      { first: 3 },
      who.editor,
      "auditLog",
    );
    expect(log.edges[0].node).toMatchObject({ action: "PUBLISH", actor: names.curator, sourceId: draft.sourceId, version: 3 });
    expect(log.edges[0].node.detail).toContain(COOP);
    // publishing twice is refused: reopen first
    expect(codes(await gql(a.url, PUBLISH, { id: draft.id }, who.curator))).toEqual(["CONFLICT"]);
  });

  it("a second API instance, sent the bookmark, reads what the first published", async () => {
    const rows = await rowsOf(COOP, { bookmark }, b.url);
    expect(rows.totalCount).toBe(1);
    // the header reaches the database: a bookmark it never issued is refused, not ignored
    const bogus = await gql(b.url, ROWS, { org: COOP }, { bookmark: "FB:not-a-bookmark" });
    expect(bogus.data?.whoWhatWhere ?? null).toBeNull();
    expect(codes(bogus)).toEqual(["BAD_REQUEST"]);
  });

  it("the audit log pages with cursors", async () => {
    const first = await ok<{ totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] }>(
      a.url,
      AUDIT,
      { first: 1 },
      who.editor,
      "auditLog",
    );
    expect(first.totalCount).toBeGreaterThanOrEqual(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await ok<{ edges: { node: { id: string } }[] }>(a.url, AUDIT, { first: 1, after: first.pageInfo.endCursor }, who.editor, "auditLog");
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    expect(codes(await gql(a.url, AUDIT, { first: 1, after: "garbage" }, who.editor))).toEqual(["BAD_USER_INPUT"]);
  });

  it("a rebuild from the saved file gives the same answers", async () => {
    const before = { rows: await rowsOf(COOP), plan: await rowsOf(PLAN), coop: await orgOf(COOP) };
    await removeSources(graph, [draft.sourceId]);
    expect(await orgOf(COOP)).toBeNull();
    await seedFiles(
      graph,
      readdirSync(articlesDir).map((f) => path.join(articlesDir, f)),
    );
    expect({ rows: await rowsOf(COOP), plan: await rowsOf(PLAN), coop: await orgOf(COOP) }).toEqual(before);
  });

  it("reopened, corrected and republished: only that source's statements change", async () => {
    const planBefore = await rowsOf(PLAN);
    const other = planBefore.nodes.filter((n) => n.intervention?.id !== ACTIVITY);
    expect(codes(await gql(a.url, `mutation($id: ID!) { reopenSource(id: $id) { id } }`, { id: draft.sourceId }, who.other))).toEqual(["FORBIDDEN"]);
    const reopened = await ok<DraftView>(a.url, `mutation($id: ID!) { reopenSource(id: $id) { ${DRAFT_FIELDS} } }`, { id: draft.sourceId }, who.curator, "reopenSource");
    expect(reopened.status).toBe("OPEN");
    const funder = reopened.proposals.find((p) => p.relType === "INVOLVED_IN" && p.from === PLAN);
    await ok(a.url, UPDATE, { id: draft.id, decisions: [{ proposalId: funder?.id, action: "EDIT", role: "PARTNER" }] }, who.curator, "updateDraft");
    await ok(a.url, PUBLISH, { id: draft.id }, who.curator, "publishDraft");
    const planAfter = await rowsOf(PLAN);
    expect(planAfter.nodes.filter((n) => n.intervention?.id === ACTIVITY).map((n) => n.role)).toEqual(["PARTNER"]);
    expect(planAfter.nodes.filter((n) => n.intervention?.id !== ACTIVITY)).toEqual(other);
  });

  it("removeSource takes out what only it stated; what other sources state stays; the 3W row goes", async () => {
    expect(codes(await gql(a.url, `mutation($id: ID!) { removeSource(id: $id) }`, { id: draft.sourceId }, who.other))).toEqual(["FORBIDDEN"]);
    const planBefore = await rowsOf(PLAN);
    expect(await ok(a.url, `mutation($id: ID!) { removeSource(id: $id) }`, { id: draft.sourceId }, who.curator, "removeSource")).toBe(true);
    expect((await rowsOf(COOP)).totalCount).toBe(0);
    expect(await orgOf(COOP)).toBeNull();
    expect(await orgOf(PLAN)).toMatchObject({ id: PLAN });
    expect((await rowsOf(PLAN)).totalCount).toBe(planBefore.totalCount - 1);
    expect(readdirSync(articlesDir)).toEqual([]);
    expect(codes(await gql(a.url, `mutation($id: ID!) { removeSource(id: $id) }`, { id: draft.sourceId }, who.curator))).toEqual(["NOT_FOUND"]);
    expect(codes(await gql(a.url, `mutation { removeSource(id: "src:000") }`, {}, who.editor))).toEqual(["NOT_FOUND"]);
  });
});

describe("publishing, concurrently and when it fails", () => {
  it("a publish that fails half-way writes nothing: no source, no entity, no file, no audit entry; the draft stays open", async () => {
    const hooked = curationModule(graph, new CurationRepository(graph), {
      maxBodyBytes: 1_000_000,
      config: { articlesDir, seedDir: SEED_DIR },
      hooks: {
        beforePublishCommit: async () => {
          throw new Error("the disk filled up (test)");
        },
      },
    });
    const principal: Principal = { user: { name: names.curator, role: UserRole.CURATOR, disabled: false, mustChangePassword: false }, via: "bearer", tokenHash: "", csrfToken: "" };
    const draft = await hooked.service.createDraft(principal, { text: GOAT_ARTICLE, language: "en" });
    const coop = `org:${run}-half-way-coop`;
    const updated = await hooked.service.updateDraft(
      principal,
      draft.id,
      [{ action: DecisionAction.ADD, kind: ProposalKind.ENTITY, entityKind: "Organization", entityId: coop, name: "Half-way cooperative", ...span("The Hill Goat Cooperative") }],
      null,
    );
    const auditBefore = await readRows<{ n: number }>(graph, "MATCH (a:AppAuditEntry {draftId: $id}) RETURN count(a) AS n", { id: draft.id });
    await expect(hooked.service.publish(principal, draft.id, true)).rejects.toThrow("the disk filled up (test)");
    expect(await readRows(graph, "MATCH (s:Source {id: $id}) RETURN s.id AS id", { id: draft.sourceId })).toEqual([]);
    expect(await readRows(graph, "MATCH (n {id: $id}) RETURN n.id AS id", { id: coop })).toEqual([]);
    expect(await readRows(graph, "MATCH (a:AppAuditEntry {draftId: $id}) RETURN count(a) AS n", { id: draft.id })).toEqual(auditBefore);
    expect(await hooked.service.draft(principal, draft.id)).toMatchObject({ status: "OPEN", version: updated.version });
    expect(readdirSync(articlesDir)).toEqual([]);
  });

  it("two curators publishing at once sources that name the same new organization: both publish, the organization exists once, stated by both", async () => {
    const shared = `org:${run}-shared-cooperative`;
    const drafts = await Promise.all(
      [who.curator, who.other].map(async (c) => {
        const d = await ok<DraftView>(a.url, CREATE, { input: { text: GOAT_ARTICLE, language: "en", title: "Shared" } }, c, "createDraft");
        await ok(
          a.url,
          UPDATE,
          {
            id: d.id,
            decisions: [
              ...d.proposals.map((p) => ({ proposalId: p.id, action: "REJECT" })),
              { action: "ADD", kind: "ENTITY", entityKind: "Organization", entityId: shared, name: "Hill Goat Cooperative", ...span("The Hill Goat Cooperative") },
            ],
          },
          c,
          "updateDraft",
        );
        return { draft: d, credentials: c };
      }),
    );
    const published = await Promise.all(drafts.map(({ draft, credentials }) => gql(a.url, PUBLISH, { id: draft.id }, credentials)));
    expect(published.map((r) => r.errors)).toEqual([[], []]);
    const rows = await readRows<{ nodes: number; sources: string[] }>(
      graph,
      "MATCH (n:Organization {id: $id}) RETURN count(DISTINCT n) AS nodes, [(n)-[:MENTIONED_IN]->(s:Source) | s.id] AS sources",
      { id: shared },
    );
    expect(rows[0].nodes).toBe(1);
    expect([...rows[0].sources].sort()).toEqual(drafts.map((d) => d.draft.sourceId).sort());
    // one removed, the other still states it
    await ok(a.url, `mutation($id: ID!) { removeSource(id: $id) }`, { id: drafts[0].draft.sourceId }, who.curator, "removeSource");
    expect(await orgOf(shared)).toMatchObject({ id: shared });
    await ok(a.url, `mutation($id: ID!) { removeSource(id: $id) }`, { id: drafts[1].draft.sourceId }, who.editor, "removeSource");
    expect(await orgOf(shared)).toBeNull();
  });
});
