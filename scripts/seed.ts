/**
 * Loads seed files into the Neo4j at NEO4J_URI (default: the local launcher). Idempotent.
 * Usage:
 *   node dist/scripts/seed.js                      every file under seeds/, then SEED_ARTICLES_DIR if elsewhere (npm run seed)
 *   node dist/scripts/seed.js <file> [<file>…]     only these files (npm run seed -- <file>)
 *   node dist/scripts/seed.js --remove <source id> take a source out (its file was deleted)
 */
// The 3W summary's aggregates come through who-what-where's module, whose GraphQL types need the metadata polyfill.
import "reflect-metadata";
import { existsSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { describeConflict } from "../src/seed/seed.merge";
import { curatedArticlesDir, SEED_DIR } from "../src/seed/seed.paths";
import { listSeedFiles } from "../src/seed/seed.reader";
import type { SeedResult } from "../src/seed/seed.repository";
import { removeSources, seedFiles } from "../src/seed/seed.service";
import { keepSummaries } from "../src/who-what-where/who-what-where.module";
import { keepPlaceFacts } from "../src/replicable-models/replicable-models.module";
import type { SummaryKeeper } from "../src/seed/seed.service";

/** The 3W summary's aggregates and the planners' place facts, kept by the load (issue #21). */
const keepDerived: SummaryKeeper = (tx, scope, write) => keepPlaceFacts(tx, scope, () => keepSummaries(tx, scope, write));

const USAGE = "usage: npm run seed [-- <file>… | -- --remove <source id>…]";

async function main(args: string[]): Promise<void> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return;
  }
  const remove = args[0] === "--remove";
  if (remove && args.length < 2) throw new Error(USAGE);
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const files = remove ? [] : args.length ? args.map((f) => path.resolve(cwd, f)) : listSeedFiles(SEED_DIR, [curatedArticlesDir()]);
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`no such file: ${missing.join(", ")}\n${USAGE}`);

  const config = loadConfig();
  const driver = createDriver(config);
  try {
    const graph = new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-seed");
    const started = Date.now();
    const result: SeedResult = remove ? await removeSources(graph, args.slice(1), keepDerived) : await seedFiles(graph, files, keepDerived);
    const what = remove
      ? `removed ${args.slice(1).join(", ")}`
      : `${args.length ? files.map((f) => path.relative(process.cwd(), f)).join(", ") : "all seed files"}: ` +
        `${result.sources} sources, ${result.entities} entities, ${result.relationships} relationships`;
    console.log(`seeded ${config.neo4jUri}: ${what}, ${result.pruned} stale facts removed (${Date.now() - started} ms)`);
    for (const conflict of result.conflicts) console.warn(`note: ${describeConflict(conflict)}`);
  } finally {
    await driver.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`seed failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
