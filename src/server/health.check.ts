import type { Driver } from "neo4j-driver";
import type { BreakerState, CircuitBreaker } from "../graph/graph.breaker";
import { DEFAULT_HEALTH_TIMEOUT_MS } from "../config";
import { probeDatabase, type ProbeOutcome } from "../graph/graph.executor";

/**
 * Resolves `late` after `timeoutMs`, but only after the event loop has handled the I/O that is
 * already waiting (setImmediate runs after the poll phase): an answer that arrived while the
 * process was busy counts, so a busy API is not reported as a dead database.
 */
function after<T>(timeoutMs: number, late: T): { promise: Promise<T>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(() => setImmediate(() => resolve(late)), timeoutMs);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * True when `ping` resolves within `timeoutMs`. Never rejects and never waits longer: a load
 * balancer asking while Neo4j is unreachable gets its answer in a second, not after the
 * driver's connection timeout.
 */
export async function databaseAnswers(ping: () => Promise<void>, timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS): Promise<boolean> {
  const late = after(timeoutMs, false);
  try {
    return await Promise.race([
      ping().then(
        () => true,
        () => false,
      ),
      late.promise,
    ]);
  } finally {
    late.cancel();
  }
}

/** What /health/ready says: whether the API can serve, and if not, why. */
export interface Readiness {
  ready: boolean;
  /** answers; unreachable (refused, reset, no route); timeout (no answer in time); credentials (refused); error. */
  database: ProbeOutcome;
  /** The circuit breaker the requests go through (graph.breaker.ts), after this probe. */
  circuit: BreakerState;
  /** What is wrong, for an operator; absent when ready. Never the driver's own message. */
  message?: string;
}

/**
 * The readiness probe: `RETURN 1` on a driver of its own (createProbeDriver), so it never waits
 * for a pooled connection behind user work, bounded by `timeoutMs` whatever the database does.
 * Probes asked for while one runs share it. It shares the requests' circuit breaker: a probe that
 * reaches the database closes it, one that cannot connect counts as a failure.
 */
export class ReadinessProbe {
  private running?: Promise<Readiness>;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly breaker: CircuitBreaker,
    readonly timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
  ) {}

  check(): Promise<Readiness> {
    this.running ??= this.probe().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async probe(): Promise<Readiness> {
    const database = await probeDatabase(this.driver, this.database, this.timeoutMs, (answer) => after(this.timeoutMs, answer));
    if (database === "answers") this.breaker.succeeded();
    if (database === "unreachable") this.breaker.failed();
    return database === "answers" ? { ready: true, database, circuit: this.breaker.state } : { ready: false, database, circuit: this.breaker.state, message: MESSAGES[database] };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

const MESSAGES: Record<Exclude<ProbeOutcome, "answers">, string> = {
  unreachable: "The graph database cannot be reached",
  timeout: "The graph database did not answer in time",
  credentials: "The graph database refused the API's credentials",
  error: "The graph database answered the probe with an error",
};
