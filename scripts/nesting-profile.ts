/**
 * Profiles the API's statements for one GraphQL document against a benchmark graph, in process:
 * `npx ts-node scripts/nesting-profile.ts <file.graphql> [vars-json] [--reps N] [--profile]`, with
 * NEO4J_BOLT_PORT / NEO4J_HOME_DIR (or NEO4J_URI / NEO4J_PASSWORD) naming the graph; `--replay` answers
 * every statement after its first run from memory, timing the API's own work (GraphQL execution) alone. Prints the
 * request's median time and CPU time in this process, each statement's time (and dbHits under --profile) and, with --cypher, its text.
 */
import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { serializeParams } from "../bench/api.capture";
import type { QueryResult } from "neo4j-driver";
import { loadConfig } from "../src/config";
import { createContext, createRepositories, getSchema } from "../src/composition";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import type { Statement } from "../src/graph/graph.statement";
import { createServer } from "../src/server/server";
import { argReader } from "./profile.args";
import { hitsOf, operators, type Plan } from "./profile.plans";

class Recording extends GraphExecutor {
  log: { cypher: string; params: unknown; ms: number; rows: number }[] = [];
  /** With --replay: each statement's decoded rows from its first run, answered again without the database (the API's own CPU, alone). */
  replay: Map<string, unknown[]> | null = null;
  override async run<R>(statement: Statement<R>): Promise<R[]> {
    const t0 = performance.now();
    const key = `${statement.cypher}\n${JSON.stringify(statement.params)}`;
    const kept = this.replay?.get(key) as R[] | undefined;
    const rows = kept ?? (await super.run(statement));
    this.replay?.set(key, rows);
    this.log.push({ cypher: statement.cypher, params: statement.params, ms: performance.now() - t0, rows: rows.length });
    return rows;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const { opt, flag } = argReader(args);
  const reps = Number(opt("reps", "5"));
  const profile = flag("profile");
  const showCypher = flag("cypher");
  const replay = flag("replay");
  const dump = opt("dump", "");
  // --answer <file>: the answer as JSON, to compare two builds' answers.
  const answerFile = opt("answer", "");
  const query = readFileSync(args[0], "utf8");
  const variables = args[1] ? (JSON.parse(args[1]) as Record<string, unknown>) : {};
  const config = { ...loadConfig(process.env), maxQueryCost: 1e12 };
  const driver = createDriver(config);
  const graph = new Recording(driver, config.neo4jDatabase, "nesting-profile");
  if (replay) graph.replay = new Map();
  const server = createServer({ schema: await getSchema(), config, logger: { error: console.error, warn: () => undefined, info: () => undefined } });
  await server.start();
  const ask = async (): Promise<unknown> => {
    const r = await server.executeOperation({ query, variables }, { contextValue: createContext(config, createRepositories(graph, config)) });
    if (r.body.kind !== "single") throw new Error("incremental");
    if (r.body.singleResult.errors?.length) console.error(JSON.stringify(r.body.singleResult.errors).slice(0, 1000));
    return r.body.singleResult.data;
  };
  try {
    const data = await ask();
    console.log(`answer bytes ${JSON.stringify(data).length}`);
    if (answerFile) writeFileSync(answerFile, JSON.stringify(data));
    const times: number[] = [];
    const cpu: number[] = [];
    const stmtTimes: number[][] = [];
    for (let i = 0; i < reps; i++) {
      graph.log = [];
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await ask();
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      graph.log.forEach((s, j) => (stmtTimes[j] ??= []).push(s.ms));
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`request median ${med(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")}); statements ${graph.log.length}`);
    // The API process's own CPU per request (decoding, GraphQL execution): less sensitive than wall time to a shared machine.
    console.log(`request CPU median ${med(cpu).toFixed(0)} ms, min ${Math.min(...cpu).toFixed(0)} (${cpu.map((t) => t.toFixed(0)).join(", ")})`);
    let total = 0;
    for (const [j, s] of graph.log.entries()) {
      let hits = "";
      let plan: string[] = [];
      if (profile) {
        const session = driver.session({ defaultAccessMode: "READ" });
        try {
          const result: QueryResult = await session.run(`PROFILE ${s.cypher}`, s.params as Record<string, unknown>);
          const p = result.summary.profile as unknown as Plan;
          total += hitsOf(p);
          hits = `${hitsOf(p)} dbHits`;
          plan = operators(p, 2000, 200);
        } finally {
          await session.close();
        }
      }
      console.log(`#${j} median ${med(stmtTimes[j] ?? [0]).toFixed(0)} ms, ${s.rows} rows ${hits}: ${s.cypher.split("\n")[0].slice(0, 100)}`);
      if (dump) {
        writeFileSync(`${dump}.${j}.cypher`, s.cypher);
        writeFileSync(`${dump}.${j}.json`, serializeParams(s.params as Record<string, unknown>));
      }
      if (showCypher) console.log(s.cypher, JSON.stringify(s.params).slice(0, 300));
      for (const l of plan) console.log(`    ${l}`);
    }
    if (profile) console.log(`total dbHits ${total}`);
  } finally {
    await server.stop();
    await driver.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
