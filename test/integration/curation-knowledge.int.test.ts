import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { UserRole } from "../../src/accounts/accounts.roles";
import { loadConfig } from "../../src/config";
import { DecisionAction, ProposalKind } from "../../src/curation/curation.types";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { addAccount, type Credentials, gql, signIn, unique } from "../helpers/curation";
import { startHttpServer, type TestHttpServer } from "../helpers/http-server";

/**
 * Drafts are matched against what is published through any API instance (issue #20: the API
 * keeps no state of its own). Two instances in this process share one database, each with its
 * own SEED_ARTICLES_DIR (no file is shared): a source naming a new organization is published
 * through the first; a draft created through the second then offers that organization as an
 * existing entity. Before the publish the second did not know it (the test can fail).
 */

/** Two short articles written for this test (our own words); both name the same new cooperative. */
const COOP_NAME = "Lotus Valley Weavers Cooperative";
const FIRST = [
  "Weaving group founded in Lai Chau",
  `Lai Chau, 02/04/2024 - Thirty women of Tam Duong district founded the ${COOP_NAME} this spring to sell brocade scarves to shops in the lowlands.`,
].join("\n\n");
const SECOND = [
  "Brocade scarves reach the lowlands",
  `Lai Chau, 20/09/2024 - The ${COOP_NAME} sold its first thousand scarves this summer, its members said at a meeting in the district town.`,
].join("\n\n");

const DRAFT = `id sourceId proposals { id kind entityKind entityId isNew name candidates { id } }`;
const CREATE = `mutation Create($input: DraftInput!) { createDraft(input: $input) { ${DRAFT} } }`;
const UPDATE = `mutation Update($id: ID!, $decisions: [ProposalDecision!]!) { updateDraft(id: $id, decisions: $decisions) { id } }`;
const PUBLISH = `mutation Publish($id: ID!) { publishDraft(id: $id, acceptAll: true) { id } }`;
const REMOVE = `mutation Remove($id: ID!) { removeSource(id: $id) }`;

interface DraftView {
  id: string;
  sourceId: string;
  proposals: { id: string; kind: string; entityKind: string | null; entityId: string | null; isNew: boolean; name: string | null; candidates: { id: string }[] }[];
}

let driver: Driver;
let graph: GraphExecutor;
let first: TestHttpServer;
let second: TestHttpServer;
const dirs: string[] = [];
const run = unique("k");
const COOP = `org:${run}-lotus-valley-weavers`;
let curator: Credentials;
let published: string | undefined;

async function ok<T>(url: string, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const r = await gql(url, query, variables, curator);
  if (r.errors.length) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
  const value: T = r.data?.[field] as never;
  return value;
}

/** Whether a draft offers the cooperative published first: as the entity it links, or among its candidates. */
const offersCoop = (draft: DraftView): boolean =>
  draft.proposals.some((p) => p.kind === ProposalKind.ENTITY && ((p.entityId === COOP && !p.isNew) || p.candidates.some((c) => c.id === COOP)));

/** A server of its own, with its own folder of published files. */
async function instance(): Promise<TestHttpServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "curation-knowledge-"));
  dirs.push(dir);
  process.env.SEED_ARTICLES_DIR = dir;
  try {
    return await startHttpServer();
  } finally {
    delete process.env.SEED_ARTICLES_DIR;
  }
}

beforeAll(async () => {
  driver = createDriver(loadConfig());
  graph = new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test");
  first = await instance();
  second = await instance();
  const name = unique("cur");
  curator = { token: (await signIn(first.url, name, await addAccount(graph, name, UserRole.CURATOR))).token };
});

afterAll(async () => {
  if (published) await gql(first.url, REMOVE, { id: published }, curator);
  await first?.close();
  await second?.close();
  await driver?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("drafts know what other API instances published", () => {
  it("a draft through the second instance offers the organization published through the first", async () => {
    const input = (text: string) => ({ input: { text, language: "en", url: `https://example.org/${run}/${text.length}` } });
    // Before: neither instance knows the cooperative (the second builds its knowledge now).
    const before = await ok<DraftView>(second.url, CREATE, input(SECOND), "createDraft");
    expect(offersCoop(before)).toBe(false);

    // Published through the first: every proposal rejected, the cooperative added from its words.
    const draft = await ok<DraftView>(first.url, CREATE, input(FIRST), "createDraft");
    const at = FIRST.indexOf(COOP_NAME);
    await ok(
      first.url,
      UPDATE,
      {
        id: draft.id,
        decisions: [
          ...draft.proposals.map((p) => ({ proposalId: p.id, action: DecisionAction.REJECT })),
          { action: DecisionAction.ADD, kind: ProposalKind.ENTITY, entityKind: "Organization", entityId: COOP, name: COOP_NAME, start: at, end: at + COOP_NAME.length },
        ],
      },
      "updateDraft",
    );
    published = (await ok<{ id: string }>(first.url, PUBLISH, { id: draft.id }, "publishDraft")).id;

    // After: a new draft through the second instance offers it as an existing entity.
    const after = await ok<DraftView>(second.url, CREATE, input(SECOND), "createDraft");
    expect(offersCoop(after)).toBe(true);

    // Removed: it is no longer offered.
    await ok(first.url, REMOVE, { id: published }, "removeSource");
    published = undefined;
    const removed = await ok<DraftView>(second.url, CREATE, input(SECOND), "createDraft");
    expect(offersCoop(removed)).toBe(false);
  });
});
