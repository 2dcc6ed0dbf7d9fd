/**
 * Preloaded (`node -r`) into the API process the harness forks: records the Cypher statements
 * GraphExecutor.run runs while capture is on, so the harness can count the statements of one
 * request and PROFILE them. Off (one flag test per read) while latency and throughput are timed.
 *
 * IPC protocol (process.send): {cmd: "capture-start"} → {captureStarted: true};
 * {cmd: "capture-stop"} → {statements: [{cypher, params}]}, params as JSON with neo4j integers
 * written {"__int": "<decimal>"} (reviveParams turns them back).
 */
import neo4j from "neo4j-driver";
import { GraphExecutor } from "../src/graph/graph.executor";
import type { Params, Statement } from "../src/graph/graph.statement";

export interface CapturedStatement {
  cypher: string;
  /** JSON of the parameters, integers as {"__int": "…"}. */
  params: string;
}

/** Parameters as JSON that keeps neo4j integers (SKIP/LIMIT need INTEGER, not FLOAT). */
export function serializeParams(params: Params): string {
  return JSON.stringify(params, function (this: unknown, _key, value: unknown) {
    return neo4j.isInt(value) ? { __int: (value as { toString(): string }).toString() } : value;
  });
}

export function reviveParams(json: string): Params {
  return JSON.parse(json, (_key, value: unknown) =>
    value && typeof value === "object" && "__int" in value ? neo4j.int(String((value as { __int: string }).__int)) : value,
  ) as Params;
}

let captured: CapturedStatement[] | null = null;

if (process.send) {
  const run = GraphExecutor.prototype.run;
  GraphExecutor.prototype.run = function <R>(this: GraphExecutor, statement: Statement<R>): Promise<R[]> {
    if (captured) captured.push({ cypher: statement.cypher, params: serializeParams(statement.params) });
    return run.call(this, statement) as Promise<R[]>;
  };
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
