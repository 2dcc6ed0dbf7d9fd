import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { createDriver } from "../../src/graph/graph.driver";
import { GraphExecutor } from "../../src/graph/graph.executor";
import { SEED_DIR } from "../../src/seed/seed.paths";
import { seedGraph } from "../../src/seed/seed.service";
import { keepSummaries } from "../../src/who-what-where/who-what-where.module";
import { keepPlaceFacts } from "../../src/replicable-models/replicable-models.module";
import type { SummaryKeeper } from "../../src/seed/seed.service";

/** The 3W summary's aggregates and the planners' place facts, kept by the load (issue #21). */
const keepDerived: SummaryKeeper = (tx, scope, write) => keepPlaceFacts(tx, scope, () => keepSummaries(tx, scope, write));

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Why the tests must not write to the database `env` points at, or null when they may: they
 * seed it and add and remove facts of their own, so they only run against a database on this
 * machine (NEO4J_URI unset or a loopback address) unless ALLOW_TEST_WRITES=1 says the database
 * is a disposable one.
 */
export function refuseTestWrites(env: NodeJS.ProcessEnv): string | null {
  if (env.ALLOW_TEST_WRITES === "1" || !env.NEO4J_URI) return null;
  let where = "an unparsable URI";
  try {
    const url = new URL(env.NEO4J_URI);
    if (LOOPBACK.test(url.hostname)) return null;
    where = `${url.protocol}//${url.host}`; // never the user or password
  } catch {
    // fall through: refuse
  }
  return (
    `Refusing to run the integration tests against NEO4J_URI=${where}: they write to the database ` +
    "(they seed it, then add and remove test facts of their own). Unset NEO4J_URI to use the local " +
    "test database (`npm run db:start`, bolt://127.0.0.1:7687), or set ALLOW_TEST_WRITES=1 if that " +
    "database is a disposable test database."
  );
}

/**
 * Seeds the real Neo4j before the integration tests (idempotent: a seeded graph is unchanged).
 * Refuses a database that is not the local test one; fails with a hint when no server answers.
 */
// Jest loads global setup through a default export; the one exception to named exports.
export default async function globalSetup(): Promise<void> {
  const refusal = refuseTestWrites(process.env);
  if (refusal) throw new Error(refusal);
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity().catch((err: Error) => {
      throw new Error(`No Neo4j at ${config.neo4jUri} (${err.message}). Start one with \`npm run db:start\` or set NEO4J_URI.`);
    });
    // The 3W summary's aggregates kept too (issue #21): the summary tests read them.
    await seedGraph(new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-test-setup"), SEED_DIR, keepDerived);
  } finally {
    await driver.close();
  }
}
