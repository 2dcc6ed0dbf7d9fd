import { rmSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { PLACE_FACTS_LABEL } from "../../src/graph/graph.model";
import { placeFactsCountStatement, placeFactsReadStatement } from "../../src/replicable-models/replicable-models.cypher";
import { keepPlaceFacts, refreshAllPlaceFacts } from "../../src/replicable-models/replicable-models.facts";
import { ReplicableModelsRepository } from "../../src/replicable-models/replicable-models.repository";
import { ReplicableModelsService } from "../../src/replicable-models/replicable-models.service";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { seedGraph } from "../../src/seed/seed.service";
import { keepSummaries } from "../../src/who-what-where/who-what-where.aggregates";
import { type Credentials, gql, startCurationServer, unique } from "../helpers/curation";
import { addEntity, addGoatPlace, addRelationship, CURATION_OPS, GOAT_PLACE, publishGoatArticle, rejectAll } from "../helpers/goat-article";
import type { TestHttpServer } from "../helpers/http-server";
import { readRows } from "../helpers/test-graph";

/** What publishing writes is checked here, not how fast (a publish refreshes the kept facts in its transaction). */
const WRITE_BUDGET = { requestTimeoutMs: 120_000 };

/**
 * The planners' kept place facts (issue #21; src/replicable-models/replicable-models.facts.ts):
 * after a seed load, after publishing a curated source that places a run of a new model, and after
 * removing it, every place's kept facts are exactly what counting the runs now gives; and
 * similarPlaces answers the same from them as counting live. The curated article is
 * test/fixtures/curation-goat-article.txt (our own words).
 */

const REMOVE = CURATION_OPS.remove;

const run = unique("facts");
const RUN = `intervention:${run}-goat-herd`;
const RUN2 = `intervention:${run}-tea-plots`;
/** A model the seed sources mention, run in another province (at scale: thousands of runs, which a publish naming it must not walk). */
const COMMON_MODEL = "model:clean-tea";
const MODEL = `model:${run}-hill-goat-raising`;
const PLACE = GOAT_PLACE;
const ASKED = "vn:lai-chau:than-uyen:pha-mu";

let driver: Driver;
let graph: GraphExecutor;
let server: TestHttpServer;
let articlesDir: string;
let curator: Credentials;
let sourceId = "";
let removed = false;

async function ok<T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  const r = await gql(server.url, query, variables, curator);
  if (r.errors.length) throw new Error(`${field}: ${JSON.stringify(r.errors)}`);
  return r.data?.[field] as never;
}

type Facts = { key: string; models: string[]; inferredIds: string[]; inferredReasons: string[] }[];

/** The kept facts, checked against a count now (they must never disagree), and whether they are marked kept. */
async function expectExact(): Promise<Facts> {
  const kept = await graph.run(placeFactsReadStatement());
  const counted = await graph.run(placeFactsCountStatement());
  expect(kept).toEqual(counted);
  const [{ markers }] = await readRows<{ markers: number }>(graph, `MATCH (k:${PLACE_FACTS_LABEL} {key: ''}) RETURN count(k) AS markers`);
  expect(markers).toBe(1);
  return kept;
}

const modelsOf = (facts: Facts, key: string): string[] => facts.find((f) => f.key === key)?.models ?? [];

beforeAll(async () => {
  driver = createDriver(loadConfig());
  graph = new GraphExecutor(driver, loadConfig().neo4jDatabase, "poverty-graph-test");
  ({ server, articlesDir, curator } = await startCurationServer(graph, "planner-facts-", WRITE_BUDGET));
}, 180_000);

afterAll(async () => {
  // Other suites count the graph's sources: leave none of this one's behind.
  if (sourceId && !removed) await ok(REMOVE, { id: sourceId }, "removeSource").catch(() => undefined);
  await server?.close();
  await driver?.close();
  rmSync(articlesDir, { recursive: true, force: true });
});

describe("the planners' kept place facts", () => {
  let before: Facts;

  it("after a seed load: every place's kept facts are what counting its runs gives", async () => {
    await seedGraph(graph, SEED_DIR, (tx, scope, write) => keepPlaceFacts(tx, scope, () => keepSummaries(tx, scope, write)));
    before = await expectExact();
    // Pha Mu's district and province hold models; the facts are not trivially empty.
    expect(modelsOf(before, "vn:lai-chau").length).toBeGreaterThan(3);
    expect(modelsOf(before, "vn:lai-chau:than-uyen")).toContain("model:native-black-chicken");
  }, 180_000);

  it("similarPlaces answers the same from the kept facts as counting live", async () => {
    const service = new ReplicableModelsService(new ReplicableModelsRepository(graph), { maxPageSize: 100 });
    const kept = await service.similarPlaces(ASKED, { first: 30 });
    await graph.writeTransaction((tx) => tx.run({ cypher: `MATCH (k:${PLACE_FACTS_LABEL} {key: ''}) DELETE k`, params: {}, decode: () => null }));
    try {
      const live = await service.similarPlaces(ASKED, { first: 30 });
      expect(live).toEqual(kept);
      expect(kept.nodes.some((n) => n.sharedModels.length > 0)).toBe(true);
    } finally {
      await graph.writeTransaction((tx) => refreshAllPlaceFacts(tx));
    }
    await expectExact();
  }, 180_000);

  it("after publishing a curated source placing a run of a new model: its commune, district and province hold it, exactly", async () => {
    await publishGoatArticle(
      server.url,
      curator,
      "Hill goat cooperative starts",
      (proposals) => [
        ...rejectAll(proposals),
        addEntity("Model", MODEL, "Hill goat raising", "forty breeding goats"),
        addEntity("Intervention", RUN, "Goat herd for poor households", "received forty breeding goats this week"),
        addGoatPlace(),
        addRelationship("APPLIES", RUN, MODEL, "received forty breeding goats this week"),
        addRelationship("LOCATED_IN", RUN, PLACE, "goat cooperative in Sì Lở Lầu commune"),
      ],
      (draft) => (sourceId = draft.sourceId),
    );
    const after = await expectExact();
    for (const key of [PLACE, "vn:lai-chau:phong-tho", "vn:lai-chau"]) expect(modelsOf(after, key)).toContain(MODEL);
    expect(after).not.toEqual(before);
  }, 180_000);

  it("after removing it: back to the facts before, exactly", async () => {
    expect(await ok(REMOVE, { id: sourceId }, "removeSource")).toBe(true);
    removed = true;
    expect(await expectExact()).toEqual(before);
  }, 180_000);

  it("a run of a model other sources mention: the run's places hold it, exactly, and places outside its province (before and after 2025) are not counted again", async () => {
    const stamps = async () =>
      readRows<{ key: string; at: string }>(
        graph,
        `MATCH (k:${PLACE_FACTS_LABEL}) WHERE k.key <> '' AND NOT k.key STARTS WITH 'vn:lai-chau' AND NOT k.key STARTS WITH 'vn2025:lai-chau' RETURN k.key AS key, elementId(k) AS at ORDER BY key`,
      );
    const elsewhere = await stamps();
    expect(elsewhere.length).toBeGreaterThan(0);
    removed = false;
    await publishGoatArticle(
      server.url,
      curator,
      "Hill goat cooperative starts, again",
      (proposals) => [
        ...rejectAll(proposals),
        // The source mentions the existing model (its own quote on its own MENTIONED_IN).
        addEntity("Model", COMMON_MODEL, "Sản xuất và chế biến chè sạch", "twenty poor households"),
        addEntity("Intervention", RUN2, "Clean tea plots for poor households", "twenty poor households"),
        addGoatPlace(),
        addRelationship("APPLIES", RUN2, COMMON_MODEL, "twenty poor households"),
        addRelationship("LOCATED_IN", RUN2, PLACE, "goat cooperative in Sì Lở Lầu commune"),
      ],
      (draft) => (sourceId = draft.sourceId),
    );
    const after = await expectExact();
    expect(modelsOf(before, PLACE)).not.toContain(COMMON_MODEL);
    for (const key of [PLACE, "vn:lai-chau:phong-tho", "vn:lai-chau"]) expect(modelsOf(after, key)).toContain(COMMON_MODEL);
    expect(await stamps()).toEqual(elsewhere);
    expect(await ok(REMOVE, { id: sourceId }, "removeSource")).toBe(true);
    removed = true;
    expect(await expectExact()).toEqual(before);
    expect(await stamps()).toEqual(elsewhere);
  }, 240_000);
});
