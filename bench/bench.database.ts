/**
 * The benchmark's own Neo4j: its own home directory and Bolt port, started and stopped through
 * scripts/neo4j.sh, never the one `npm start` serves. Refuses the default port (7687) and the
 * default home (.neo4j), so a benchmark can never wipe or load the development graph.
 *
 * Environment: BENCH_NEO4J_HOME (default .neo4j-bench, gitignored as .neo4j-*), BENCH_NEO4J_PORT
 * (7699), BENCH_NEO4J_PAGECACHE_MB (2048: the S3 store and its indexes fit in it), BENCH_NEO4J_HEAP_MB
 * (2048; scripts/neo4j.sh passes NEO4J_HEAP_MB to the JVM as -Xmx).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { localNeo4jPassword } from "../src/config";
import { createDriver } from "../src/graph/graph.driver";
import { GraphExecutor } from "../src/graph/graph.executor";

/** Repository root, from bench/ (ts) or dist/bench/ (compiled). */
export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");

export interface BenchDatabase {
  home: string;
  port: number;
  pageCacheMb: number;
  heapMb: number;
  uri: string;
}

/** The benchmark database's settings; throws when they point at the development database. */
export function benchDatabase(env: NodeJS.ProcessEnv = process.env): BenchDatabase {
  const home = path.resolve(ROOT, env.BENCH_NEO4J_HOME || ".neo4j-bench");
  const port = Number(env.BENCH_NEO4J_PORT || 7699);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`BENCH_NEO4J_PORT must be a port number, got "${env.BENCH_NEO4J_PORT}"`);
  if (port === 7687) throw new Error("refusing to benchmark on port 7687: that is the development database `npm start` serves");
  if (home === path.join(ROOT, ".neo4j") || !path.basename(home).startsWith(".neo4j-")) {
    throw new Error(`refusing benchmark home ${home}: it must be a .neo4j-* directory of its own (e.g. .neo4j-bench)`);
  }
  return {
    home,
    port,
    pageCacheMb: Number(env.BENCH_NEO4J_PAGECACHE_MB || 2048),
    heapMb: Number(env.BENCH_NEO4J_HEAP_MB || 2048),
    uri: `bolt://127.0.0.1:${port}`,
  };
}

/** Runs scripts/neo4j.sh for the benchmark database (NEO4J_URI unset: the script must act locally). */
function neo4jScript(db: BenchDatabase, command: "start" | "stop" | "status"): boolean {
  const { NEO4J_URI: _uri, ...env } = process.env;
  try {
    execFileSync("bash", [path.join(ROOT, "scripts/neo4j.sh"), command], {
      env: { ...env, NEO4J_HOME_DIR: db.home, NEO4J_BOLT_PORT: String(db.port), NEO4J_PAGECACHE_MB: String(db.pageCacheMb), NEO4J_HEAP_MB: String(db.heapMb) },
      stdio: command === "status" ? "ignore" : ["ignore", "inherit", "inherit"],
    });
    return true;
  } catch (err) {
    if (command === "status") return false;
    throw err;
  }
}

export const startDatabase = (db: BenchDatabase): void => void neo4jScript(db, "start");
export const stopDatabase = (db: BenchDatabase): void => void neo4jScript(db, "stop");

/** Stops the benchmark database and deletes its home: the next start is an empty store. */
export function resetDatabase(db: BenchDatabase): void {
  stopDatabase(db);
  // benchDatabase() already refused anything but a .neo4j-* directory of the repository.
  if (existsSync(db.home)) rmSync(db.home, { recursive: true, force: true });
}

/** The heap the running launcher was given (-Xmx from its command line), for the report. */
export function launcherHeap(db: BenchDatabase): string | null {
  const pidFile = path.join(db.home, "launcher.pid");
  if (!existsSync(pidFile)) return null;
  try {
    const cmdline = readFileSync(`/proc/${readFileSync(pidFile, "utf8").trim()}/cmdline`, "utf8").split("\0");
    return cmdline.find((a) => a.startsWith("-Xmx"))?.slice(4) ?? null;
  } catch {
    return null;
  }
}

/** The launcher's process id, when it runs. */
export function launcherPid(db: BenchDatabase): number | null {
  const pidFile = path.join(db.home, "launcher.pid");
  return existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) : null;
}

/** The password the launcher generated for the benchmark database (its home's `password`). */
export function benchPassword(db: BenchDatabase): string {
  return localNeo4jPassword({ NEO4J_HOME_DIR: db.home });
}

/** A driver and executor on the benchmark database (the API's own driver settings). */
export function connect(db: BenchDatabase, appName = "poverty-graph-bench"): { driver: Driver; graph: GraphExecutor } {
  const driver = createDriver({ neo4jUri: db.uri, neo4jUser: "neo4j", neo4jPassword: benchPassword(db) });
  return { driver, graph: new GraphExecutor(driver, "neo4j", appName) };
}

/** What bench:data loaded, kept beside the store so the harness knows which scale it measures. */
export interface DataManifest {
  scale: string;
  seed: number;
  generatedAt: string;
  /** Seconds: the seed loader (seeds/), the synthetic batches, and both. */
  loadSeconds: { seeds: number; synthetic: number; total: number };
  counts: { nodes: number; relationships: number; byLabel: Record<string, number>; byType: Record<string, number> };
  /** The ids the questions ask about at this scale. */
  params: Record<string, string>;
}

const manifestPath = (db: BenchDatabase): string => path.join(db.home, "bench-data.json");

export function readManifest(db: BenchDatabase): DataManifest | null {
  const file = manifestPath(db);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as DataManifest) : null;
}

export function writeManifest(db: BenchDatabase, manifest: DataManifest): void {
  writeFileSync(manifestPath(db), `${JSON.stringify(manifest, null, 2)}\n`);
}
