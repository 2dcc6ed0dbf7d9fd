/**
 * What `npm start` and the Docker image run: seeds the graph (idempotent) when SEED_ON_START is
 * true (the default), then serves the API (src/main.ts). SEED_ON_START=false serves the graph as
 * it is — for a graph seeded separately with `npm run seed` and a writable account, while the API
 * itself uses a read-only one. A seed that fails stops the start (exit 1) before anything listens.
 * Serving is src/main.ts's: the composed API (src/composition.ts) through server/api.server.ts serveApi.
 */
import "reflect-metadata";
import path from "node:path";
import { loadConfig } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { SEED_DIR } from "../src/seed/seed.paths";
import { seedGraph } from "../src/seed/seed.service";
import { keepSummaries } from "../src/who-what-where/who-what-where.module";
import { keepPlaceFacts } from "../src/replicable-models/replicable-models.module";
import type { SummaryKeeper } from "../src/seed/seed.service";

/** The 3W summary's aggregates and the planners' place facts, kept by the load (issue #21). */
const keepDerived: SummaryKeeper = (tx, scope, write) => keepPlaceFacts(tx, scope, () => keepSummaries(tx, scope, write));

async function start(): Promise<void> {
  const config = loadConfig();
  if (config.seedOnStart) {
    const driver = createDriver(config);
    try {
      const started = Date.now();
      const result = await seedGraph(new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-seed"), SEED_DIR, keepDerived);
      console.error(
        `[start] seeded ${config.neo4jUri}: ${result.sources} sources, ${result.entities} entities, ${result.relationships} relationships (${Date.now() - started} ms)`,
      );
    } finally {
      await driver.close();
    }
  } else {
    console.error("[start] SEED_ON_START=false: serving the graph as it is (seed it with `npm run seed` and a writable account)");
  }
  // Production mode unless told otherwise: internal error detail never reaches clients.
  process.env.NODE_ENV ??= "production";
  // Loaded after NODE_ENV is set: graphql-js reads it as it loads.
  const [{ API }, { serveApi }] = await Promise.all([import("../src/composition"), import("../src/server/api.server")]);
  await serveApi({ api: API, config: loadConfig(), ideAssetsDir: path.resolve(__dirname, "..", "ide") });
}

start().catch((err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
