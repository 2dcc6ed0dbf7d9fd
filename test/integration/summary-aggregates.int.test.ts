import { rmSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { seedGraph } from "../../src/seed/seed.service";
import { keepSummaries, readSummary } from "../../src/who-what-where/who-what-where.aggregates";
import { type FacetsRow, facetsStatement, type WhoWhatWhereQuery } from "../../src/who-what-where/who-what-where.cypher";
import { type Credentials, gql, startCurationServer, unique } from "../helpers/curation";
import { CURATION_OPS, goatActivityDecisions, publishGoatArticle, rejectAll } from "../helpers/goat-article";
import type { TestHttpServer } from "../helpers/http-server";
import { readRows } from "../helpers/test-graph";

/** These tests check what publishing writes, not how fast: on a loaded 2-core machine a publish (which
 * refreshes the summary aggregates in its own transaction) can outlast the interactive 15 s budget. */
const WRITE_BUDGET = { requestTimeoutMs: 120_000 };

/**
 * The whole-country summary and a province's (issue #21) are read from aggregates the write path
 * keeps (src/who-what-where/who-what-where.aggregates.ts): after a seed load, after publishing a
 * curated source and after removing it, they answer exactly what counting the rows now answers.
 * The curated article is test/fixtures/curation-goat-article.txt (our own words).
 */

const REMOVE = CURATION_OPS.remove;
const BUCKET = "{ key name count }";
const SUMMARY = `query Summary($filter: WhoWhatWhereFilter) { whoWhatWhereSummary(filter: $filter) {
  rows activities interventions events organizations ${BUCKET} models ${BUCKET} provinces ${BUCKET} roles ${BUCKET} programs ${BUCKET} } }`;

const run = unique("agg");
const COOP = `org:${run}-hill-goat-cooperative`;
const ACTIVITY = `intervention:${run}-breeding-goats`;
/** The provinces compared: the curated source's, and others with events and programmes of several provinces. */
const PROVINCES = ["vn:lai-chau", "vn:bac-ninh", "vn:dak-nong", "vn:kon-tum"];

let driver: Driver;
let graph: GraphExecutor;
let server: TestHttpServer;
let articlesDir: string;
let curator: Credentials;
let sourceId = "";
let removed = false;

async function ok<T>(query: string, variables: Record<string, unknown>, field: string, credentials: Credentials = curator): Promise<T> {
  const r = await gql(server.url, query, variables, credentials);
  if (r.errors.length) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
  const value: T = r.data?.[field] as never;
  return value;
}

/** A summary in a comparable form: every facet's buckets by key (the API orders them largest first). */
function byKey(s: FacetsRow): FacetsRow {
  const order = (buckets: FacetsRow["organizations"]) => [...buckets].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return { ...s, organizations: order(s.organizations), models: order(s.models), provinces: order(s.provinces), roles: order(s.roles), programs: order(s.programs) };
}

/** What counting the rows answers now. */
async function live(q: WhoWhatWhereQuery): Promise<FacetsRow> {
  const [row] = await graph.run(facetsStatement(q));
  return byKey(row);
}

/** What the API answers, and that it comes from the aggregates (stored for this filter). */
async function served(q: WhoWhatWhereQuery): Promise<FacetsRow> {
  const stored = await readSummary(graph, q);
  expect(stored).not.toBeNull();
  const answer = byKey(await ok<FacetsRow>(SUMMARY, { filter: q.place ? { place: q.place } : null }, "whoWhatWhereSummary", {}));
  expect(answer).toEqual(byKey(stored!));
  return answer;
}

async function expectExact(): Promise<FacetsRow> {
  const country = await served({});
  expect(country).toEqual(await live({}));
  for (const place of PROVINCES) expect(await served({ place })).toEqual(await live({ place }));
  return country;
}

beforeAll(async () => {
  driver = createDriver(loadConfig());
  graph = new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test");
  ({ server, articlesDir, curator } = await startCurationServer(graph, "summary-aggregates-", WRITE_BUDGET));
});

afterAll(async () => {
  // Other suites count the graph's sources: leave none of this one's behind.
  if (sourceId && !removed) await ok(REMOVE, { id: sourceId }, "removeSource").catch(() => undefined);
  await server?.close();
  await driver?.close();
  rmSync(articlesDir, { recursive: true, force: true });
});

describe("the 3W summary's aggregates", () => {
  let before: FacetsRow;

  it("after a seed load: the whole country and each province answer what counting the rows answers", async () => {
    await seedGraph(graph, SEED_DIR, keepSummaries);
    before = await expectExact();
    expect(before.activities).toBeGreaterThan(10);
    // One per province and one per home, and the country's: every province has its own.
    const [{ provinces }] = await readRows<{ provinces: number }>(graph, "MATCH (p:Place {level: 'PROVINCE'}) RETURN count(p) AS provinces");
    const [{ stored }] = await readRows<{ stored: number }>(graph, "MATCH (s:AppSummary) RETURN count(s) AS stored");
    expect(stored).toBe(2 * provinces + 2);
  });

  it("after publishing a curated source: its activity counts in the country and in Lai Châu, exactly", async () => {
    await publishGoatArticle(
      server.url,
      curator,
      "Hill goat cooperative starts",
      (proposals) => [...rejectAll(proposals), ...goatActivityDecisions({ coop: COOP, activity: ACTIVITY }, "Breeding goats for poor households", { funder: true })],
      (draft) => (sourceId = draft.sourceId),
    );
    const after = await expectExact();
    expect(after.activities).toBe(before.activities + 1);
    expect(after.rows).toBe(before.rows + 2);
    expect(after.organizations).toContainEqual({ key: COOP, name: "Hill Goat Cooperative", count: 1 });
    const laiChau = await served({ place: "vn:lai-chau" });
    expect(laiChau.organizations).toContainEqual({ key: COOP, name: "Hill Goat Cooperative", count: 1 });
  });

  it("after removing it: back to the counts before, exactly", async () => {
    expect(await ok(REMOVE, { id: sourceId }, "removeSource")).toBe(true);
    removed = true;
    const after = await expectExact();
    expect(after).toEqual(before);
  });
});
