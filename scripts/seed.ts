/**
 * Loads seeds/ into the Neo4j at NEO4J_URI (default: the local launcher). Idempotent.
 * Usage: node dist/scripts/seed.js
 */
import { loadConfig } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { SEED_DIR } from "../src/seed/seed.paths";
import { seedGraph } from "../src/seed/seed.service";

async function main(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    const started = Date.now();
    const result = await seedGraph(new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-seed"), SEED_DIR);
    console.log(
      `seeded ${config.neo4jUri}: ${result.sources} sources, ${result.entities} entities, ` +
        `${result.relationships} relationships, ${result.pruned} stale facts removed (${Date.now() - started} ms)`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
