/**
 * `npm run bench -- --scale S1|S2|S3 [--reps N] [--duration S] [--clients N] [--budget S] [--export-cap S] [--max-query-cost N] [--warmups N] [--only Q1,Q5,EXPORT,MIX,WRITES]`:
 * times Q1–Q18 (bench.questions.ts) against the benchmark database three ways — the API over HTTP,
 * the best hand-written Cypher through the driver, @neo4j/graphql 7.6 over HTTP — then the
 * whole-country CSV export and the 16-client mix (bench.export.ts), and writes
 * bench/results/<scale>-<date>.md and .json, bench/results/latest.md and bench/results/latest.json.
 * Measures only; asserts nothing (bench/README.md says how to read the report). `--only` asks
 * some questions and prints their timings without writing any report (a working check).
 *
 * Phases, in order:
 * 1. the scale's data (bench:data) is loaded unless the benchmark database already holds it;
 * 2. the API (dist/src/main.js, production settings except RATE_LIMIT_PER_MINUTE=0) and the
 *    @neo4j/graphql server are forked, each a process of its own;
 * 3. warm-up, then `reps` repetitions, each asking every question once per way in a rotating
 *    order (interleaved: noise from other processes falls on all three alike), one at a time;
 * 4. one API request per question with its statements captured (api.capture.ts): how many,
 *    and each one PROFILEd (dbHits, rows, memory, the operators with the most dbHits), and the
 *    hand-written statement PROFILEd the same way;
 * 5. throughput: `clients` concurrent clients for `duration` seconds per question and server,
 *    requests/s and errors, the server's RSS sampled throughout;
 * 6. the whole-country export (and its statements), then the mix;
 * 7. reads with writes going on (bench.writes.ts): 3W readers alone, then while a curator
 *    creates, publishes and removes drafts through the API.
 */
import { type ChildProcess, fork } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import neo4j, { type Driver } from "neo4j-driver";
import { loadAccountsConfig } from "../src/accounts/accounts.config";
import { AccountsRepository } from "../src/accounts/accounts.repository";
import { AccountsService } from "../src/accounts/accounts.service";
import { UserRole } from "../src/accounts/accounts.roles";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import { OrgType } from "../src/graph/graph.enums";
import { reviveParams, serializeParams, type CapturedStatement } from "./api.capture";
import { askCypher, askGraphql, rssMb } from "./bench.client";
import { benchDatabase, benchPassword, launcherHeap, launcherPid, readManifest, ROOT, startDatabase } from "./bench.database";
import { compareKeys } from "./bench.compare";
import { downloadExport, runMix, streamExportCypher } from "./bench.export";
import { buildQuestions, type GraphQLAsk, type Match, type Question, type QuestionParams } from "./bench.questions";
import { writeReports } from "./bench.report";
import type { Attempt, BenchOptions, BenchRun, ExportRun, PhaseFailure, ProfiledStatement, QuestionResult, Throughput, Way, WritesResult } from "./bench.run";
import { median, p95 } from "./bench.stats";
import { runWrites, signIn } from "./bench.writes";
import { argValue, loadScale, type Scale, scaleArg } from "./data.generator";

const DEFAULTS: Record<Scale, BenchOptions> = {
  S1: { reps: 40, minReps: 10, budgetSeconds: 60, durationSeconds: 5, clients: 16, exportCapSeconds: 600 },
  S2: { reps: 30, minReps: 10, budgetSeconds: 60, durationSeconds: 5, clients: 16, exportCapSeconds: 600 },
  S3: { reps: 15, minReps: 5, budgetSeconds: 300, durationSeconds: 10, clients: 16, exportCapSeconds: 1800 },
};

function numberArg(args: string[], name: string): number | undefined {
  const text = argValue(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** `--only Q1,Q5,EXPORT,MIX`: the question ids (and phases) to ask, or null for all. */
function onlyArg(args: string[]): Set<string> | null {
  const value = argValue(args, "only");
  if (value === undefined) return null;
  const ids = (value ?? "")
    .split(",")
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
  if (!ids.length || ids.some((id) => !/^(Q\d{1,2}|EXPORT|MIX|WRITES)$/.test(id))) throw new Error("--only takes question ids and EXPORT, MIX, WRITES, e.g. --only Q1,Q5,EXPORT");
  return new Set(ids);
}

const log = (line: string): void => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------------
// Processes.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The next IPC message of `child` that has `key`. */
function nextMessage<T>(child: ChildProcess, key: string, timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      reject(new Error(`no "${key}" message from process ${child.pid} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (msg: Record<string, unknown>): void => {
      if (msg && key in msg) {
        clearTimeout(timer);
        child.off("message", onMessage);
        resolve(msg as T);
      }
    };
    child.on("message", onMessage);
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up (code ${child.exitCode})`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ${url} within ${timeoutMs} ms`);
}

/** The API as production runs it (dist/src/main.js), with the capture preload, on the benchmark database. */
/** The API's published seed files (the writes phase publishes): a throw-away directory, never seeds/articles. */
const API_SEED_ARTICLES_DIR = mkdtempSync(path.join(os.tmpdir(), "bench-published-"));

async function startApi(dbUri: string, password: string, logFile: string, extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const out = openSync(logFile, "a");
  const { NEO4J_URI: _u, NEO4J_BOLT_PORT: _p, ...env } = process.env;
  const child = fork(path.join(ROOT, "dist/src/main.js"), [], {
    execArgv: ["-r", path.join(__dirname, "api.capture.js")],
    env: {
      ...env,
      NEO4J_URI: dbUri,
      NEO4J_PASSWORD: password,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      RATE_LIMIT_PER_MINUTE: "0",
      SEED_ARTICLES_DIR: API_SEED_ARTICLES_DIR,
      ...extraEnv,
    },
    stdio: ["ignore", out, out, "ipc"],
  });
  closeSync(out);
  await waitForHealth(`http://127.0.0.1:${port}/health`, child);
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

async function startNeo4jGraphql(dbUri: string, password: string, logFile: string): Promise<{ child: ChildProcess; url: string }> {
  const out = openSync(logFile, "a");
  const child = fork(path.join(__dirname, "neo4j-graphql.server.js"), [], {
    env: { ...process.env, BENCH_NEO4J_URI: dbUri, BENCH_NEO4J_PASSWORD: password, PORT: "0" },
    stdio: ["ignore", out, out, "ipc"],
  });
  closeSync(out);
  const { ready } = await nextMessage<{ ready: number }>(child, "ready");
  return { child, url: `http://127.0.0.1:${ready}/graphql` };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

// ---------------------------------------------------------------------------------------------
// PROFILE.

/** A short name for a statement the API ran, from the builder that makes it. */
function statementName(cypher: string): string {
  const rules: [RegExp, string][] = [
    [/collect\(\[o, r, i, m, (pl|split), places\]\) AS (rows|matching)/, "3W rows + totalCount (who-what-where.repository rows)"],
    [/CALL \(xs\)/, "3W facets (who-what-where.repository facets)"],
    [/\$zones\.place/, "similarPlaces (replicable-models.cypher similarPlacesCypher)"],
    [/\$zones\.search[\s\S]*\$zones/, "replicableModels ranking or details (replicable-models.cypher)"],
    [/\$nearbyProvinces/, "planners' area (replicable-models.cypher anchorCypher)"],
    [/\$spreadRuns/, "spread (replicable-models.cypher modelSpreadCypher)"],
    [/SKIP \$skip LIMIT \$limit/, "3W rows (who-what-where.repository rows)"],
    [/RETURN count\(\*\) AS total/, "3W count (who-what-where.repository count)"],
    [/CALL \(rows\)/, "3W facets (who-what-where.repository facets)"],
    [/'SAME_ACTIVITY'/, "partners (partner.cypher)"],
    [/db\.index\.fulltext/, "search (search.cypher)"],
    [/\[:PART_OF\*1\.\.\]-\(d:Place\)/, "place descendants (place.cypher)"],
    [/path = \(:Place/, "place ancestors (place.cypher)"],
    [/WITH DISTINCT id, n ORDER BY n\.name/, "place roll-up within (place.cypher)"],
    [/holder:/, "relationship read (graph.relations relatedCypher)"],
    [/WITH DISTINCT id, m ORDER BY m\.name/, "relationship read, nodes only (graph.relations relatedNodesCypher)"],
    [/ORDER BY n\.name, n\.id LIMIT/, "list page (entity.cypher listCypher)"],
    [/OPTIONAL MATCH \(n:\w+ \{id: id\}\)/, "lookup by id (entity.repository findByIds)"],
  ];
  const found = rules.find(([re]) => re.test(cypher));
  if (found) {
    const rel = /MATCH \(s\)<?-\[rs:([A-Z_|]+)/.exec(cypher);
    return found[1] + (found[1].startsWith("relationship read") && rel ? `: ${rel[1]}${/CALL \(n\)/.test(cypher) ? " rolled up" : ""}` : "");
  }
  return cypher.replace(/\s+/g, " ").slice(0, 80);
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(plan: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(plan);
  for (const c of plan.children ?? []) flatten(c, out);
  return out;
}

const num = (v: unknown): number => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v ?? 0));

async function profileStatement(driver: Driver, statement: CapturedStatement, runs: number): Promise<ProfiledStatement> {
  const params = reviveParams(statement.params);
  const name = statementName(statement.cypher);
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await session.executeRead((tx) => tx.run(statement.cypher, params));
      times.push(performance.now() - started);
    }
    const result = await session.executeRead((tx) => tx.run(`PROFILE ${statement.cypher}`, params));
    const plan = result.summary.profile as unknown as PlanNode;
    const operators = flatten(plan);
    const top = [...operators]
      .sort((a, b) => num(b.dbHits) - num(a.dbHits))
      .slice(0, 4)
      .filter((o) => num(o.dbHits) > 0)
      .map((o) => ({
        operator: o.operatorType.replace(/@neo4j$/, ""),
        dbHits: num(o.dbHits),
        rows: num(o.rows),
        details: String(o.arguments?.Details ?? "")
          .replace(/\s+/g, " ")
          .slice(0, 160),
      }));
    const memory = plan.arguments?.GlobalMemory;
    return {
      name,
      cypher: statement.cypher,
      medianMs: median(times),
      dbHits: operators.reduce((n, o) => n + num(o.dbHits), 0),
      rows: num(plan.rows),
      memoryBytes: memory === undefined ? null : num(memory),
      top,
    };
  } catch (err) {
    return { name, cypher: statement.cypher, medianMs: null, dbHits: 0, rows: 0, memoryBytes: null, top: [], error: (err as Error).message.slice(0, 300) };
  } finally {
    await session.close();
  }
}

/** The statements the API ran while `work` ran (api.capture.ts). */
async function captureApiStatements(api: { child: ChildProcess; url: string }, work: () => Promise<unknown>): Promise<CapturedStatement[]> {
  // A server that has died (its IPC channel closed) fails this phase, not the whole run: send()
  // on a closed channel emits an 'error' event that would otherwise end the harness.
  if (!api.child.connected) throw new Error("the API process is gone (its IPC channel is closed)");
  const started = nextMessage(api.child, "captureStarted");
  api.child.send({ cmd: "capture-start" });
  await started;
  await work();
  const stopped = nextMessage<{ statements: CapturedStatement[] }>(api.child, "statements");
  api.child.send({ cmd: "capture-stop" });
  return (await stopped).statements;
}

/**
 * The whole-country CSV: downloaded once with the API's statements captured (each batch's), then
 * the hand-written statement streaming the same rows; the rows compared key by key, in order;
 * the first and the last batch statement PROFILEd.
 */
async function measureExport(api: { child: ChildProcess; url: string }, driver: Driver, exportUrl: string, options: BenchOptions): Promise<ExportRun> {
  log(`export: ${exportUrl} (whole country), then the hand-written statement streaming the same rows`);
  let download: Awaited<ReturnType<typeof downloadExport>> | undefined;
  const statements = await captureApiStatements(api, async () => {
    download = await downloadExport(exportUrl, api.child.pid, { timeoutMs: options.exportCapSeconds * 1000, keepKeys: true });
  });
  const cypher = await streamExportCypher(driver, true);
  const { keys: apiKeys, ...apiPart } = download!;
  const { keys: cypherKeys, ...cypherPart } = cypher;
  const same = apiPart.ok && cypherPart.ok && apiKeys && cypherKeys ? compareKeys(apiKeys, cypherKeys, "ordered") : null;
  const batches = statements.filter((s) => /\$skip|SKIP|LIMIT/.test(s.cypher));
  const picked = [...new Set([batches[0], batches[batches.length - 1]].filter(Boolean))];
  const profiled: ProfiledStatement[] = [];
  for (const s of picked) profiled.push(await profileStatement(driver, s, 1));
  log(
    `  API ${apiPart.ok ? `${apiPart.rows} rows, ${(apiPart.bytes / 1e6).toFixed(1)} MB in ${(apiPart.ms / 1000).toFixed(1)} s (${apiPart.rowsPerSecond?.toFixed(0)} rows/s)` : `failed (${apiPart.status}): ${apiPart.error}`}, ` +
      `RSS ${apiPart.rssBeforeMb?.toFixed(0)} → ≤ ${apiPart.rssMaxMb?.toFixed(0)} MB, ${statements.length} statements; hand-written ${cypherPart.ok ? `${cypherPart.rows} rows in ${(cypherPart.ms / 1000).toFixed(1)} s` : `failed: ${cypherPart.error}`}; rows ${same?.note ?? "not compared"}`,
  );
  return { api: apiPart, cypher: cypherPart, same, statementCount: statements.length, statements: profiled };
}

// ---------------------------------------------------------------------------------------------
// Throughput.

async function throughput(url: string, ask: GraphQLAsk, options: BenchOptions, serverPid: number | undefined, neo4jPid: number | null): Promise<Throughput> {
  const deadline = performance.now() + options.durationSeconds * 1000;
  const latencies: number[] = [];
  const errors: string[] = [];
  let ok = 0;
  const rssBeforeMb = rssMb(serverPid);
  let rssMaxMb = rssBeforeMb;
  let neo4jRssMaxMb = rssMb(neo4jPid);
  const sampler = setInterval(() => {
    const r = rssMb(serverPid);
    if (r !== null && (rssMaxMb === null || r > rssMaxMb)) rssMaxMb = r;
    const n = rssMb(neo4jPid);
    if (n !== null && (neo4jRssMaxMb === null || n > neo4jRssMaxMb)) neo4jRssMaxMb = n;
  }, 200);
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const a = await askGraphql(url, ask);
      if (a.ok) {
        ok++;
        latencies.push(a.ms);
      } else {
        errors.push(a.error ?? "error");
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  clearInterval(sampler);
  const elapsed = (performance.now() - started) / 1000;
  return {
    rps: ok / elapsed,
    ok,
    errors: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 3),
    p50Ms: median(latencies),
    p95Ms: p95(latencies),
    rssBeforeMb,
    rssMaxMb,
    neo4jRssMaxMb,
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * The questions' parameters: the manifest's (bench:data's questionParams: place, model, dates,
 * organization, search) and, picked from the data loaded (so a database loaded before Q8–Q16
 * existed needs no reload), the commune inside `place` with the most interventions, the model
 * with the most runs (variants rolled up), the organization and the NGO involved in the most
 * activities (units rolled up), and a common word. Ties go to the smallest id: the same data
 * gives the same picks.
 */
async function pickParams(driver: Driver, manifestParams: Record<string, string>): Promise<QuestionParams> {
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  const one = async (cypher: string, params: Record<string, unknown>): Promise<string> => {
    const rows = (await session.executeRead((tx) => tx.run(cypher, params))).records;
    if (!rows.length) throw new Error(`no parameter found by: ${cypher.replace(/\s+/g, " ").slice(0, 100)}`);
    return String(rows[0].get("id"));
  };
  const largest = (types: string[] | null): Promise<string> =>
    one(
      `MATCH (o:Organization) WHERE $types IS NULL OR o.orgType IN $types
       CALL (o) { MATCH (u:Organization)-[:PART_OF*0..]->(o) WITH DISTINCT u MATCH (u)-[:INVOLVED_IN]->(a) RETURN count(DISTINCT a) AS n }
       RETURN o.id AS id ORDER BY n DESC, o.id LIMIT 1`,
      { types },
    );
  try {
    return {
      ...(manifestParams as unknown as QuestionParams),
      commune:
        manifestParams.commune ??
        (await one(
          `MATCH (c:Place {level: 'COMMUNE'})-[:PART_OF*1..]->(:Place {id: $place})
           CALL (c) { MATCH (:Intervention)-[:LOCATED_IN]->(p:Place)-[:PART_OF*0..]->(c) RETURN count(*) AS n }
           RETURN c.id AS id ORDER BY n DESC, c.id LIMIT 1`,
          { place: manifestParams.place },
        )),
      mostRunModel:
        manifestParams.mostRunModel ??
        (await one(
          `MATCH (m:Model) CALL (m) { MATCH (i:Intervention)-[:APPLIES]->(:Model)-[:PART_OF*0..]->(m) RETURN count(DISTINCT i) AS n }
           RETURN m.id AS id ORDER BY n DESC, m.id LIMIT 1`,
          {},
        )),
      largestOrganization: manifestParams.largestOrganization ?? (await largest(null)),
      largestNgo: manifestParams.largestNgo ?? (await largest([OrgType.INTERNATIONAL_NGO, OrgType.NGO])),
      commonWord: manifestParams.commonWord ?? "nuoi",
    };
  } finally {
    await session.close();
  }
}

function machine(db: ReturnType<typeof benchDatabase>): Record<string, unknown> {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  return {
    cpuModel: model,
    cores: os.cpus().length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: "5.26 Community (embedded launcher, scripts/neo4j.sh)",
    neo4jHeap: launcherHeap(db),
    neo4jPageCacheMb: db.pageCacheMb,
  };
}

/** Other Neo4j launchers on this machine (other engineers' tests): noise the report should name. */
function otherNeo4jProcesses(ownPid: number | null): number {
  let n = 0;
  for (const pid of existsSync("/proc") ? readdirSync("/proc") : []) {
    if (!/^\d+$/.test(pid) || Number(pid) === ownPid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("launcher.Main")) n++;
    } catch {
      // gone
    }
  }
  return n;
}

/**
 * The writes phase: a curator account of the benchmark's own (a fresh password each run, set
 * through the accounts service as `npm run user:add -- --reset` does), signed in over the API.
 */
async function measureWrites(driver: Driver, url: string, placeId: string, reads: GraphQLAsk[], readers: number, seconds: number): Promise<WritesResult> {
  const accounts = new AccountsService(new AccountsRepository(new GraphExecutor(driver, "neo4j", "poverty-graph-bench")), loadAccountsConfig({}));
  await accounts.repository.ensureSchema();
  const name = "bench-curator";
  const password = await accounts.addUser(name, UserRole.CURATOR, true);
  if (!password) throw new Error(`could not set a password for ${name}`);
  const token = await signIn(url, name, password);
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  let placeName: string;
  try {
    const rows = (await session.executeRead((tx) => tx.run("MATCH (p:Place {id: $id}) RETURN p.name AS name", { id: placeId }))).records;
    placeName = String(rows[0]?.get("name") ?? "Lai Châu");
  } finally {
    await session.close();
  }
  try {
    return await runWrites({ graphqlUrl: url, token, placeName, reads, readers, seconds });
  } finally {
    rmSync(API_SEED_ARTICLES_DIR, { recursive: true, force: true });
    mkdirSync(API_SEED_ARTICLES_DIR, { recursive: true });
  }
}

async function main(args: string[]): Promise<void> {
  const scale = scaleArg(args);
  const options: BenchOptions = {
    ...DEFAULTS[scale],
    ...Object.fromEntries(
      (
        [
          ["reps", numberArg(args, "reps")],
          ["durationSeconds", numberArg(args, "duration")],
          ["clients", numberArg(args, "clients")],
          ["budgetSeconds", numberArg(args, "budget")],
          ["exportCapSeconds", numberArg(args, "export-cap")],
          ["maxQueryCost", numberArg(args, "max-query-cost")],
          ["warmups", numberArg(args, "warmups")],
        ] as const
      ).filter(([, v]) => v !== undefined),
    ),
  };
  options.minReps = Math.min(options.minReps, options.reps);
  const only = onlyArg(args);
  const db = benchDatabase();
  startDatabase(db);
  let manifest = readManifest(db);
  if (!manifest || manifest.scale !== scale) {
    log(`the benchmark database holds ${manifest?.scale ?? "nothing"}: loading ${scale} first (npm run bench:data -- --scale ${scale})`);
    manifest = await loadScale(scale, log);
  }
  const startedAt = new Date();
  const neo4jPid = launcherPid(db);
  const loadBefore = os.loadavg();
  let loadMax1m = loadBefore[0];
  const loadSampler = setInterval(() => (loadMax1m = Math.max(loadMax1m, os.loadavg()[0])), 5000);
  // A phase that fails (a crashed database, a server gone) is recorded and the run goes on to
  // the next: the report is written with what was measured, and says which phases failed and why.
  const failures: PhaseFailure[] = [];
  const phase = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    try {
      return await work();
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      failures.push({ phase: name, error: error.slice(0, 500) });
      log(`  ${name} failed: ${error.slice(0, 300)}; going on with the next phase`);
      startDatabase(db); // starts the database again if it went down; nothing if it is up
      return null;
    }
  };
  log(`${scale}: ${manifest.counts.nodes} nodes, ${manifest.counts.relationships} relationships; load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")}`);

  const password = benchPassword(db);
  const driver = createDriver({ neo4jUri: db.uri, neo4jUser: "neo4j", neo4jPassword: password });
  const maxQueryCost = options.maxQueryCost ?? 1_000_000_000;
  options.maxQueryCost = maxQueryCost;
  const api = await startApi(db.uri, password, path.join(db.home, "api.log"), { MAX_QUERY_COST: String(maxQueryCost) });
  const ng = await startNeo4jGraphql(db.uri, password, path.join(db.home, "neo4j-graphql.log"));
  log(`API ${api.url} (pid ${api.child.pid}), @neo4j/graphql ${ng.url} (pid ${ng.child.pid})`);
  // An API with the default limits, for one request per question at the end (defaultLimits).
  const strict = await startApi(db.uri, password, path.join(db.home, "api-default-limits.log"));
  try {
    const summaryFields = await askGraphql(api.url, {
      query: `{ __type(name: "WhoWhatWhereSummary") { fields { name } } }`,
      variables: {},
      size: (d) => ((d.__type as { fields: { name: string }[] }).fields.some((f) => f.name === "programs") ? 1 : 0),
    });
    const params = await pickParams(driver, manifest.params);
    log(
      `asking about: ${Object.entries(params)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );
    const allQuestions = buildQuestions(params, { summaryHasPrograms: summaryFields.size === 1 });
    const unknown = [...(only ?? [])].filter((id) => id.startsWith("Q") && !allQuestions.some((q) => q.id === id));
    if (unknown.length) throw new Error(`--only: no question ${unknown.join(", ")} (there are ${allQuestions.map((q) => q.id).join(", ")})`);
    const questions = allQuestions.filter((q) => !only || only.has(q.id));
    const results: QuestionResult[] = questions.map((question) => ({
      question,
      attempts: { api: [], cypher: [], neo4jGraphql: [] },
      statements: null,
      throughput: {},
    }));
    const run = (way: Way, q: Question): Promise<Attempt> | null =>
      way === "api" ? askGraphql(api.url, q.api) : way === "cypher" ? askCypher(driver, q.cypher) : q.neo4jGraphql ? askGraphql(ng.url, q.neo4jGraphql) : null;
    const ways: Way[] = ["api", "cypher", "neo4jGraphql"];

    log(`warm-up: ${options.warmups ?? 3} rounds`);
    for (let i = 0; i < (options.warmups ?? 3); i++) for (const q of questions) for (const way of ways) await run(way, q);

    log(`timing: up to ${options.reps} interleaved repetitions (at least ${options.minReps}, ${options.budgetSeconds} s a question)`);
    const spent = new Map<string, number>();
    for (let rep = 0; rep < options.reps; rep++) {
      for (const r of results) {
        const q = r.question;
        if (rep >= options.minReps && (spent.get(q.id) ?? 0) > options.budgetSeconds * 1000) continue;
        const order = ways.map((_w, k) => ways[(k + rep) % ways.length]);
        const t = performance.now();
        for (const way of order) {
          const pending = run(way, q);
          r.attempts[way][rep] = pending ? await pending : null;
        }
        spent.set(q.id, (spent.get(q.id) ?? 0) + performance.now() - t);
      }
      if ((rep + 1) % 5 === 0) log(`  repetition ${rep + 1}/${options.reps}`);
    }
    for (const r of results) {
      const ms = (w: Way): string => {
        const ok = r.attempts[w].filter((a): a is Attempt => !!a?.ok).map((a) => a.ms);
        return ok.length ? `${median(ok)!.toFixed(1)}` : "-";
      };
      const last = (w: Way): Attempt | undefined => r.attempts[w].filter((a): a is Attempt => !!a?.ok).pop();
      const [a, c, n] = [last("api"), last("cypher"), last("neo4jGraphql")];
      const m = r.question.match;
      const cmp = (other: Attempt | undefined, how: Match | undefined, who: string): string =>
        a?.page && other?.page && how ? `; ${who} ${compareKeys(a.page, other.page, how).note}` : "";
      const ids = cmp(c, m?.cypher, "cypher") + cmp(n, m?.neo4jGraphql, "@neo4j/graphql");
      const errors = ways.flatMap((w) => r.attempts[w].filter((x) => x && !x.ok).map((x) => `${w}: ${x!.error}`));
      log(
        `  ${r.question.id}: api ${ms("api")} ms, cypher ${ms("cypher")} ms, @neo4j/graphql ${ms("neo4jGraphql")} ms; ` +
          `answers ${a?.size ?? "-"} / ${c?.size ?? "-"} / ${n?.size ?? "-"}${ids}${errors.length ? `; errors: ${[...new Set(errors)].join(" | ")}` : ""}`,
      );
    }

    log("capturing and profiling the API's statements");
    for (const r of results)
      await phase(`profiling ${r.question.id}`, async () => {
        const statements = await captureApiStatements(api, () => askGraphql(api.url, r.question.api));
        r.statements = [];
        for (const s of statements.slice(0, 50)) r.statements.push(await profileStatement(driver, s, 5));
        const slowest = [...r.statements].sort((a, b) => (b.medianMs ?? 0) - (a.medianMs ?? 0))[0];
        const cy = r.question.cypher;
        r.cypherProfile = { ...(await profileStatement(driver, { cypher: cy.cypher, params: serializeParams(cy.params) }, 1)), name: "hand-written" };
        log(
          `  ${r.question.id}: ${statements.length} statements, ${r.statements.reduce((n, x) => n + x.dbHits, 0)} dbHits; slowest ${slowest?.name ?? "-"} ` +
            `${slowest?.medianMs?.toFixed(1) ?? "-"} ms, ${slowest?.dbHits ?? 0} dbHits; hand-written ${r.cypherProfile.dbHits} dbHits${r.cypherProfile.error ? ` (${r.cypherProfile.error})` : ""}`,
        );
      });

    log(`throughput: ${options.clients} clients × ${options.durationSeconds} s per question and server`);
    for (const r of results)
      await phase(`throughput ${r.question.id}`, async () => {
        r.throughput.api = await throughput(api.url, r.question.api, options, api.child.pid, neo4jPid);
        if (r.question.neo4jGraphql) r.throughput.neo4jGraphql = await throughput(ng.url, r.question.neo4jGraphql, options, ng.child.pid, neo4jPid);
        const t = r.throughput;
        log(
          `  ${r.question.id}: api ${t.api!.rps.toFixed(1)} req/s (${t.api!.errors} errors, RSS ≤ ${t.api!.rssMaxMb?.toFixed(0)} MB), @neo4j/graphql ${t.neo4jGraphql ? `${t.neo4jGraphql.rps.toFixed(1)} req/s (${t.neo4jGraphql.errors} errors)` : "-"}`,
        );
      });

    const everyQuestion = buildQuestions(params, { summaryHasPrograms: summaryFields.size === 1 });
    const ask = (id: string): Question => everyQuestion.find((q) => q.id === id)!;
    const exportUrl = api.url.replace(/\/graphql$/, "/export/3w.csv");
    let exportRun: ExportRun | null = null;
    if (!only || only.has("EXPORT")) exportRun = await phase("export", () => measureExport(api, driver, exportUrl, options));
    let mix = null;
    if (!only || only.has("MIX")) {
      const threeWClients = Math.max(1, options.clients - 2);
      log(`mix: ${threeWClients} clients asking 3W pages (Q1, Q13) alone for ${options.durationSeconds} s, then with one downloading the whole-country CSV and one asking Q8–Q10`);
      mix = await phase("mix", () =>
        runMix({
          graphqlUrl: api.url,
          exportUrl,
          apiPid: api.child.pid,
          threeW: [ask("Q1").api, ask("Q13").api],
          planners: [ask("Q8").api, ask("Q9").api, ask("Q10").api],
          threeWClients,
          seconds: options.durationSeconds,
          capSeconds: options.exportCapSeconds,
        }),
      );
      if (mix)
        log(
          `  3W p95 solo ${mix.solo.p95Ms?.toFixed(0)} ms (${mix.solo.errors} errors), in the mix ${mix.mix.p95Ms?.toFixed(0)} ms (${mix.mix.errors} errors) over ${mix.mix.seconds.toFixed(0)} s: ` +
            `${mix.p95Ratio?.toFixed(2)}×; planners ${mix.planners.ok} ok, ${mix.planners.errors} errors${mix.planners.errorSamples.length ? ` (${mix.planners.errorSamples.join(" | ")})` : ""}, p50 ${mix.planners.p50Ms?.toFixed(0)} ms; ` +
            `export ${mix.download.ok ? `${mix.download.rows} rows in ${(mix.download.ms / 1000).toFixed(1)} s` : `failed: ${mix.download.error}`}`,
        );
    }

    let writes: WritesResult | null = null;
    if (!only || only.has("WRITES")) {
      // a few dashboards reading while one curator writes: not a saturation test (the throughput phase is)
      const readers = Math.min(4, options.clients);
      log(
        `writes: ${readers} clients asking 3W pages, facets and the summary (Q1, Q13, Q7) alone for ${options.durationSeconds} s, then while a curator creates, publishes and removes drafts`,
      );
      writes = await phase("writes", () => measureWrites(driver, api.url, params.place, [ask("Q1").api, ask("Q13").api, ask("Q7").api], readers, options.durationSeconds));
      const w = writes?.writer;
      if (writes && w)
        log(
          `  readers p95 alone ${writes.solo.p95Ms?.toFixed(0)} ms (${writes.solo.errors} errors), with writes ${writes.withWrites.p95Ms?.toFixed(0)} ms (${writes.withWrites.errors} errors): ` +
            `${writes.p95Ratio?.toFixed(2)}×; writer ${w.cycles} cycles, ${w.errors} errors${w.errorSamples.length ? ` (${w.errorSamples.join(" | ")})` : ""}, publish p50 ${w.publishP50Ms?.toFixed(0)} ms`,
        );
    }

    // Asked last, so that this API has measured the graph's list sizes (at S3 that takes longer
    // than the server waits for it at start) and prices each question as it would in production.
    log("the default limits: each question once at an API with the default settings (MAX_QUERY_COST 50,000), up since the start");
    for (const r of results)
      await phase(`default limits ${r.question.id}`, async () => {
        const a = await askGraphql(strict.url, r.question.api);
        r.defaultLimits = a.ok ? { ok: true } : { ok: false, error: a.error };
        if (!a.ok) log(`  ${r.question.id}: refused at the default limits: ${a.error}`);
      });

    clearInterval(loadSampler);
    if (only) {
      log(`--only ${[...only].join(",")}: no report written`);
      return;
    }
    const finishedAt = new Date();
    const bench: BenchRun = {
      scale,
      date: startedAt.toISOString().slice(0, 10),
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      manifest: { ...manifest, params: { ...manifest.params, ...(params as unknown as Record<string, string>) } },
      options,
      machine: machine(db),
      noise: { loadBefore, loadAfter: os.loadavg(), loadMax1m, otherNeo4j: otherNeo4jProcesses(neo4jPid) },
      results,
      exportRun,
      mix,
      writes,
      failures,
    };
    const written = writeReports(bench, path.join(ROOT, "bench/results"));
    log(`wrote ${written.map((f) => path.relative(ROOT, f)).join(", ")}`);
  } finally {
    clearInterval(loadSampler);
    await Promise.all([stopChild(api.child), stopChild(ng.child), stopChild(strict.child)]);
    await driver.close();
  }
}

if (require.main === module) {
  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  });
}
