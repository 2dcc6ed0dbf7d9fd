/**
 * Profiles the planners' statements (replicableModels, similarPlaces) on a database: runs the
 * service's own statements with the real parameters, once under PROFILE (database hits of each
 * statement, summed over its plan) and then `--runs` times plainly (median wall time of the whole
 * answer). Read-only. Usage:
 *   npx tsx scripts/planners-profile.ts --uri bolt://127.0.0.1:7699 --home /path/.neo4j-s3 \
 *     [--runs 5] [--first 20] [--verbose] replicable:vn:lai-chau similar:vn:lai-chau:than-uyen:pha-mu
 * `--home` reads the launcher's generated password (or NEO4J_PASSWORD); `--verbose` prints each
 * statement's plan operators with their hits; replicableModels reads the details the IDE's tab asks
 * (no events, no learnedBy, no caveats of the models already there) unless `--all-details`.
 */
import "reflect-metadata";
import type { Driver, QueryResult } from "neo4j-driver";
import { localNeo4jPassword } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { toPlain } from "../src/graph/graph.convert";
import type { GraphExecutor } from "../src/graph/graph.executor";
import type { Row, Statement } from "../src/graph/graph.statement";
import { ReplicableModelsRepository } from "../src/replicable-models/replicable-models.repository";
import { ReplicableModelsService } from "../src/replicable-models/replicable-models.service";
import { argReader } from "./profile.args";
import { hitsOf, operators, type Plan } from "./profile.plans";

/** An executor for the repository: runs each statement (under PROFILE when `profile`), keeps its hits and time. */
function executor(driver: Driver, profile: boolean, log: { name: string; hits: number; ms: number; plan?: string[] }[]): GraphExecutor {
  const run = async <R>(statement: Statement<R>): Promise<R[]> => {
    const session = driver.session({ defaultAccessMode: "READ" });
    try {
      const t0 = performance.now();
      const result: QueryResult = await session.run(`${profile ? "PROFILE " : ""}${statement.cypher}`, statement.params);
      const ms = performance.now() - t0;
      const plan = result.summary.profile as unknown as Plan | false;
      const first = statement.cypher.split("\n").find((l) => l.startsWith("CALL") || l.startsWith("UNWIND")) ?? "";
      log.push({ name: first.slice(0, 40), hits: plan ? hitsOf(plan) : 0, ms, plan: plan ? operators(plan, 1000, 300) : undefined });
      return result.records.map((record) => {
        const row: Row = {};
        for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
        return statement.decode(row);
      });
    } finally {
      await session.close();
    }
  };
  return { run } as unknown as GraphExecutor;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { opt, flag } = argReader(args);
  const verbose = flag("verbose");
  // The IDE tab's (and the bench's) selection asks for no events nor learnedBy; --all-details reads them too.
  const allDetails = flag("all-details");
  const uri = opt("uri", "bolt://127.0.0.1:7699");
  const home = opt("home", "");
  const runs = Number(opt("runs", "5"));
  const first = Number(opt("first", "20"));
  const password = process.env.NEO4J_PASSWORD ?? (home ? localNeo4jPassword({ NEO4J_HOME_DIR: home }) : "");
  const driver = createDriver({ neo4jUri: uri, neo4jUser: "neo4j", neo4jPassword: password });
  try {
    for (const question of args) {
      const [kind, ...rest] = question.split(":");
      const place = rest.join(":");
      const ask = async (graph: GraphExecutor): Promise<unknown> => {
        const service = new ReplicableModelsService(new ReplicableModelsRepository(graph), { maxPageSize: 100 });
        return kind === "similar"
          ? service.similarPlaces(place, { first })
          : service.recommend(place, null, null, { first }, { events: allDetails, learning: allDetails, anywhere: { nodes: true, alreadyHere: allDetails } });
      };
      const profiled: { name: string; hits: number; ms: number; plan?: string[] }[] = [];
      const answer = (await ask(executor(driver, true, profiled))) as { totalCount: number; nodes: { model?: { id: string }; place?: { id: string } }[] };
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        await ask(executor(driver, false, []));
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const hits = profiled.reduce((s, p) => s + p.hits, 0);
      console.log(
        `${question}: total ${answer.totalCount}, ${hits} dbHits in ${profiled.length} statements, median ${Math.round(times[Math.floor(times.length / 2)])} ms (${times.map(Math.round).join(", ")})`,
      );
      for (const p of profiled) {
        console.log(`  ${p.hits} hits, ${Math.round(p.ms)} ms (profiled): ${p.name}`);
        if (verbose) for (const l of p.plan ?? []) console.log(`      ${l}`);
      }
      console.log(`  page: ${answer.nodes.map((n) => n.model?.id ?? n.place?.id).join(" ")}`);
    }
  } finally {
    await driver.close();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
