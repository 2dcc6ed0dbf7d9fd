/**
 * Times representative operations against the seeded graph (NEO4J_URI or the local launcher),
 * in process through Apollo's executeOperation: resolvers, loaders and Neo4j, without HTTP.
 * Prints p50/p95/max per operation, then how long the limits take to refuse hostile documents
 * (each must be refused: a bench of an accepted attack would measure the wrong thing), then the
 * attacks of issue 16 that the limits accept at their worst (the largest page of nested
 * unpaged lists under MAX_QUERY_COST, the standard introspection query, first and cached):
 * their time, cost and answer size. Costs use the list bounds measured on the graph, as the
 * server does. Measures and prints only; asserts nothing.
 * Usage: npm run bench:limits [-- <iterations>]
 */
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { getIntrospectionQuery } from "graphql";
import { loadConfig } from "../src/config";
import { boundStatements, createContext, createRepositories, getSchema } from "../src/composition";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { ListBounds } from "../src/server/list-bounds";
import { createServer } from "../src/server/server";

const OPERATIONS: Record<string, string> = {
  "3W by organization": `{ whoWhatWhere(filter: { organization: "org:plan-international" }) { totalCount nodes { organization { name } model { name } province { name } } } }`,
  "3W by model + place roll-up": `{ whoWhatWhere(filter: { model: "model:watermelon", place: "vn:lai-chau" }) { nodes { organization { name } village { name } commune { name } } } }`,
  search: `{ search(text: "nuoi ong") { score entity { id name } } }`,
  partners: `{ organization(id: "org:dwc") { partners { partner { name } via { role } } } }`,
  "province roll-up": `{ place(id: "vn:lai-chau") { descendants { name } interventions { name } events { name } } }`,
  "organizations page, 3 relations": `{ organizations(first: 50) { totalCount nodes { name locatedIn { name } mentions { source { id } } involvements { role } } } }`,
};

/** `fragment F{n}` spreads F{n-1} twice: 2^levels spreads in a few hundred bytes. */
function fanOut(levels: number, typeName: string, leaf: string): string {
  let text = `fragment F0 on ${typeName} { ${leaf} }\n`;
  for (let i = 1; i <= levels; i++) text += `fragment F${i} on ${typeName} { ...F${i - 1} ...F${i - 1} }\n`;
  return text;
}

/** Nested unpaged lists under a page of `$n`: the bench finds the largest accepted n (issue 16, item 3). */
const WORST_ACCEPTED: Record<string, string> = {
  "provinces → descendants": `query($n: Int!) { places(first: $n, filter: { level: PROVINCE }) { nodes { id descendants { id name } } } }`,
  "provinces → interventions → participants": `query($n: Int!) { places(first: $n, filter: { level: PROVINCE }) { nodes { interventions { id participants { role actor { ... on Organization { id } } } } } } }`,
  "organizations → partners → via": `query($n: Int!) { organizations(first: $n) { nodes { partners { partner { id relations { node { id } } } via { role activity { __typename } } } } } }`,
  "places → relations, mentions": `query($n: Int!) { places(first: $n) { nodes { relations { type node { id } } mentions { quote source { id } } } } }`,
};

const INTROSPECTION_DEEP = `types { name fields { name args { name type { name } } type { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name } } } } } } }`;

const REJECTIONS: Record<string, string> = {
  "introspection bomb: 30 aliased deep __schema": `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { ${INTROSPECTION_DEEP} }`).join(" ")} }`,
  "introspection bomb: 30 aliased types": `{ __schema { ${Array.from({ length: 30 }, (_, i) => `t${i}: ${INTROSPECTION_DEEP}`).join(" ")} } }`,
  "provinces → descendants, page of 100": `{ places(first: 100, filter: { level: PROVINCE }) { nodes { id descendants { id name } } } }`,
  "sources → mentions → relations": `{ sources { id mentions { id relations { node { id } } } } }`,
  "2^24 fragment spreads at the root": `{ ...F24 }\n${fanOut(24, "Query", "health { api }")}`,
  "2^24 fragment spreads in a field": `{ organization(id: "org:dwc") { ...F24 } }\n${fanOut(24, "Organization", "id name units { id }")}`,
  "10 aliased pages of nested lists": `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: organizations(first: 100) { nodes { relations { node { id } } partners { partner { relations { node { id } } } } } }`).join(" ")} }`,
  "1000 aliased searches": `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: search(text: "nuoi ong") { score }`).join(" ")} }`,
  "500 duplicated directives": `{ health { api ${"@include(if: true) ".repeat(500)} } }`,
  "100k tokens": `{ health { ${"api ".repeat(100_000)} } }`,
};

function report(name: string, times: number[]): void {
  times.sort((a, b) => a - b);
  const at = (q: number): string => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${name.padEnd(34)} p50 ${at(0.5).padStart(7)} ms   p95 ${at(0.95).padStart(7)} ms   max ${times[times.length - 1].toFixed(1).padStart(7)} ms`);
}

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 30);
  const config = loadConfig();
  const driver = createDriver(config);
  const graph = new GraphExecutor(driver, config.neo4jDatabase, "poverty-graph-bench");
  const repos = createRepositories(graph, config);
  const listBounds = new ListBounds(graph, console, boundStatements());
  const measuring = performance.now();
  await listBounds.refresh();
  const measured = performance.now() - measuring;
  const server = createServer({ schema: await getSchema(), config, listBounds });
  await server.start();
  try {
    console.log(`${iterations} runs each after 3 warm-up runs, against ${config.neo4jUri}`);
    const largest = [...listBounds.snapshot()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`list bounds measured in ${measured.toFixed(0)} ms; largest: ${largest.map(([f, n]) => `${f} ${n}`).join(", ")}\n`);
    operations: for (const [name, query] of Object.entries(OPERATIONS)) {
      const times: number[] = [];
      for (let i = 0; i < iterations + 3; i++) {
        const started = performance.now();
        const res = await server.executeOperation({ query }, { contextValue: createContext(config, repos) });
        const elapsed = performance.now() - started;
        // A refusal or an error is a finding to report (a larger graph can price an ordinary question out), not a crash.
        if (res.body.kind === "single" && res.body.singleResult.errors) {
          const first = res.body.singleResult.errors[0];
          console.log(`${name.padEnd(34)} not answered: ${String(first.extensions?.code)}: ${first.message}`);
          continue operations;
        }
        if (i >= 3) times.push(elapsed);
      }
      report(name, times);
    }
    console.log("\nrefusing hostile documents (parse + validation + cost, no database work):");
    for (const [name, query] of Object.entries(REJECTIONS)) {
      const times: number[] = [];
      let codes = "";
      for (let i = 0; i < iterations + 3; i++) {
        const started = performance.now();
        const res = await server.executeOperation({ query }, { contextValue: createContext(config, repos) });
        const elapsed = performance.now() - started;
        const errors = res.body.kind === "single" ? res.body.singleResult.errors : undefined;
        if (!errors?.length) throw new Error(`${name}: was not refused`);
        codes = [...new Set(errors.map((e) => String(e.extensions?.code)))].join(",");
        if (i >= 3) times.push(elapsed);
      }
      report(`${name} → ${codes}`, times);
    }
    console.log(`\nworst accepted (the largest page under MAX_QUERY_COST ${config.maxQueryCost}; errors are printed, never thrown):`);
    const run = async (query: string, variables?: Record<string, unknown>) => {
      const started = performance.now();
      const res = await server.executeOperation({ query, variables }, { contextValue: createContext(config, repos) });
      const elapsed = performance.now() - started;
      const body = res.body.kind === "single" ? res.body.singleResult : undefined;
      return { elapsed, errors: body?.errors ?? [], bytes: JSON.stringify(body?.data ?? null).length };
    };
    for (const [name, query] of Object.entries(WORST_ACCEPTED)) {
      let lo = 0;
      let hi = config.maxPageSize + 1;
      while (hi - lo > 1) {
        const n = Math.floor((lo + hi) / 2);
        const { errors } = await run(query, { n });
        if (errors.some((e) => e.extensions?.code === "QUERY_TOO_COMPLEX")) hi = n;
        else lo = n;
      }
      const times: number[] = [];
      let last = { bytes: 0, codes: "" };
      for (let i = 0; i < Math.min(iterations, 5) + 1; i++) {
        const { elapsed, errors, bytes } = await run(query, { n: lo });
        last = { bytes, codes: [...new Set(errors.map((e) => String(e.extensions?.code)))].join(",") };
        if (i >= 1) times.push(elapsed);
      }
      report(`${name} (first: ${lo})`, times);
      console.log(`${"".padEnd(34)} ${(last.bytes / 1024).toFixed(0)} kB${last.codes ? `, errors: ${last.codes}` : ""}`);
    }
    const introspection = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    const cold = await run(introspection);
    const warm: number[] = [];
    for (let i = 0; i < iterations; i++) warm.push((await run(introspection)).elapsed);
    console.log(`${"introspection query, first".padEnd(34)} ${cold.elapsed.toFixed(1).padStart(7)} ms   ${(cold.bytes / 1024).toFixed(0)} kB`);
    report("introspection query, cached", warm);
  } finally {
    await server.stop();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
