import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { seedGraph } from "../../src/seed/seed.service";

/**
 * Seeds the real Neo4j before the integration tests (idempotent: a seeded graph is unchanged).
 * Fails with a hint when no server answers.
 */
// Jest loads global setup through a default export; the one exception to named exports.
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity().catch((err: Error) => {
      throw new Error(`No Neo4j at ${config.neo4jUri} (${err.message}). Start one with \`npm run db:start\` or set NEO4J_URI.`);
    });
    await seedGraph(new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-test-setup"), SEED_DIR);
  } finally {
    await driver.close();
  }
}
