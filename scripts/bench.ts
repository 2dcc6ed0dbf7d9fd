/**
 * Times representative operations against the seeded graph (NEO4J_URI or the local launcher),
 * in process through Apollo's executeOperation: resolvers, loaders and Neo4j, without HTTP.
 * Prints p50/p95/max per operation. Measures only; asserts nothing.
 * Usage: npm run bench [-- <iterations>]
 */
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { loadConfig } from "../src/config";
import { createContext, createRepositories } from "../src/context";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { getSchema } from "../src/schema";
import { createServer } from "../src/server/server";

const OPERATIONS: Record<string, string> = {
  "3W by organization": `{ whoWhatWhere(filter: { organization: "org:plan-international" }) { totalCount nodes { organization { name } model { name } province { name } } } }`,
  "3W by model + place roll-up": `{ whoWhatWhere(filter: { model: "model:watermelon", place: "vn:lai-chau" }) { nodes { organization { name } village { name } commune { name } } } }`,
  "search": `{ search(text: "nuoi ong") { score entity { id name } } }`,
  "partners": `{ organization(id: "org:dwc") { partners { partner { name } via { role } } } }`,
  "province roll-up": `{ place(id: "vn:lai-chau") { descendants { name } interventions { name } events { name } } }`,
  "organizations page, 3 relations": `{ organizations(first: 50) { totalCount nodes { name locatedIn { name } mentions { source { id } } involvements { role } } } }`,
};

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 30);
  const config = loadConfig();
  const driver = createDriver(config);
  const repos = createRepositories(new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-bench"));
  const server = createServer({ schema: await getSchema(), config });
  await server.start();
  try {
    console.log(`${iterations} runs each after 3 warm-up runs, against ${config.neo4jUri}`);
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const times: number[] = [];
      for (let i = 0; i < iterations + 3; i++) {
        const started = performance.now();
        const res = await server.executeOperation({ query }, { contextValue: createContext(config, repos) });
        const elapsed = performance.now() - started;
        if (res.body.kind === "single" && res.body.singleResult.errors) {
          throw new Error(`${name}: ${JSON.stringify(res.body.singleResult.errors)}`);
        }
        if (i >= 3) times.push(elapsed);
      }
      times.sort((a, b) => a - b);
      const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
      console.log(`${name.padEnd(34)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   max ${times[times.length - 1].toFixed(1).padStart(7)} ms`);
    }
  } finally {
    await server.stop();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
