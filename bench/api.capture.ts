/**
 * Preloaded (`node -r`) into the API process the harness forks: records the Cypher statements
 * the API sends to the database while capture is on, so the harness can count the statements of
 * one request and PROFILE them. It wraps the driver's own `Transaction.run` and `Session.run`
 * (explicit and managed transactions, auto-commit statements), not anything of src/: however the
 * API's executor is arranged, every statement it runs passes there. Off (one flag test per
 * statement) while latency and throughput are timed.
 *
 * IPC protocol (process.send): {cmd: "capture-start"} → {captureStarted: true};
 * {cmd: "capture-stop"} → {statements: [{cypher, params}]}, params as JSON with neo4j integers
 * written {"__int": "<decimal>"} (reviveParams turns them back).
 */
import neo4j from "neo4j-driver";

type Params = Record<string, unknown>;

export interface CapturedStatement {
  cypher: string;
  /** JSON of the parameters, integers as {"__int": "…"}. */
  params: string;
}

/** Parameters as JSON that keeps neo4j integers (SKIP/LIMIT need INTEGER, not FLOAT). */
export function serializeParams(params: Params): string {
  return JSON.stringify(params ?? {}, function (this: unknown, _key, value: unknown) {
    return neo4j.isInt(value) ? { __int: (value as { toString(): string }).toString() } : value;
  });
}

export function reviveParams(json: string): Params {
  return JSON.parse(json, (_key, value: unknown) =>
    value && typeof value === "object" && "__int" in value ? neo4j.int(String((value as { __int: string }).__int)) : value,
  ) as Params;
}

/**
 * Statements that are not the question's work: probes of the database (health, the graph's version
 * for ETags) and the background measure of list bounds (src/server/list-bounds.cypher.ts
 * LIST_BOUNDS_TAG), which would otherwise be counted with whatever question it overlaps.
 */
const PROBE = /^\s*RETURN 1( AS \w+)?\s*$/i;
const BACKGROUND = /^\s*\/\/ background: /;

let captured: CapturedStatement[] | null = null;

function record(query: unknown, params: unknown): void {
  if (!captured) return;
  const cypher = typeof query === "string" ? query : ((query as { text?: string })?.text ?? "");
  const values = typeof query === "string" ? params : ((query as { parameters?: unknown })?.parameters ?? params);
  if (cypher && !PROBE.test(cypher) && !BACKGROUND.test(cypher)) captured.push({ cypher, params: serializeParams((values ?? {}) as Params) });
}

/** Wraps `run` of a driver class's prototype (same module instance as the API's: one node_modules). */
function wrapRun(proto: { run: (...args: unknown[]) => unknown }): void {
  const run = proto.run;
  proto.run = function (this: unknown, ...args: unknown[]): unknown {
    record(args[0], args[1]);
    return run.apply(this, args);
  };
}

if (process.send) {
  // ManagedTransaction (executeRead/executeWrite) runs through its Transaction's run.
  wrapRun(neo4j.Transaction.prototype as unknown as { run: (...args: unknown[]) => unknown });
  wrapRun(neo4j.Session.prototype as unknown as { run: (...args: unknown[]) => unknown });
  process.on("message", (msg: { cmd?: string }) => {
    if (msg?.cmd === "capture-start") {
      captured = [];
      process.send!({ captureStarted: true });
    } else if (msg?.cmd === "capture-stop") {
      process.send!({ statements: captured ?? [] });
      captured = null;
    }
  });
}
