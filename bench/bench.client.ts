/** Asking the servers and the database one request at a time, and the RSS of a process: shared by the harness and the export/mix phases. */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import neo4j, { type Driver } from "neo4j-driver";
import type { CypherAsk, GraphQLAsk } from "./bench.questions";
import type { Attempt } from "./bench.run";

export function rssMb(pid: number | undefined | null): number | null {
  if (!pid) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) / 1024 : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Asking.

export async function askGraphql(url: string, ask: GraphQLAsk): Promise<Attempt> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: ask.query, variables: ask.variables }),
      signal: AbortSignal.timeout(180_000),
    });
    const text = await res.text();
    // Parsed before the clock stops, as the driver decodes the Cypher's rows before its clock stops.
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
    const ms = performance.now() - started;
    if (!res.ok || body.errors?.length) {
      const e = body.errors?.[0];
      return { ms, ok: false, error: `${res.status} ${e?.extensions?.code ?? ""} ${e?.message ?? ""}`.trim().slice(0, 200) };
    }
    return { ms, ok: true, size: ask.size(body.data ?? {}), bytes: Buffer.byteLength(text), page: ask.page?.(body.data ?? {}) };
  } catch (err) {
    return { ms: performance.now() - started, ok: false, error: (err as Error).message.slice(0, 200) };
  }
}

/** One statement in a read transaction, as the API's executor runs them (a session per statement). */
export async function askCypher(driver: Driver, ask: CypherAsk): Promise<Attempt> {
  const started = performance.now();
  const session = driver.session({ database: "neo4j", defaultAccessMode: neo4j.session.READ });
  try {
    const rows = await session.executeRead(async (tx) => (await tx.run(ask.cypher, ask.params)).records.map((r) => r.toObject()));
    return { ms: performance.now() - started, ok: true, size: ask.size(rows), page: ask.page?.(rows) };
  } catch (err) {
    return { ms: performance.now() - started, ok: false, error: (err as Error).message.slice(0, 200) };
  } finally {
    await session.close();
  }
}
