import { Neo4jError } from "neo4j-driver";
import { ServiceUnavailableError } from "../common/errors";

/** Consecutive failures to reach the database after which requests fail fast. */
export const BREAKER_FAILURES = 3;
/** How long requests fail fast before one is let through to probe the database again. */
export const BREAKER_COOLDOWN_MS = 2_000;

/**
 * True for errors that say the database cannot be reached (refused, reset, timed out while
 * connecting, lost mid-session), as opposed to a busy pool, a slow query or a bad statement.
 */
export function isConnectivityError(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code === "ServiceUnavailable" || err.code === "SessionExpired");
}

export type BreakerState = "closed" | "open" | "half-open";

/**
 * A circuit breaker in front of the database: after `failures` consecutive connectivity errors
 * it opens, and for `cooldownMs` every request fails at once with SERVICE_UNAVAILABLE instead of
 * trying to connect; then one request (or a readiness probe) goes through as a probe: success
 * closes the breaker, failure opens it for another cool-down. The executor and /health/ready
 * share one breaker, so a probe that reaches the database closes it for everybody.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    readonly failures = BREAKER_FAILURES,
    readonly cooldownMs = BREAKER_COOLDOWN_MS,
  ) {}

  get state(): BreakerState {
    if (this.consecutiveFailures < this.failures) return "closed";
    return Date.now() < this.openUntil ? "open" : "half-open";
  }

  /**
   * Runs `work` unless the breaker is open (or half-open with its probe under way), in which case
   * it throws SERVICE_UNAVAILABLE without touching the database. Connectivity errors count
   * against the database, success resets the count, other errors leave it as it is.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === "open" || (state === "half-open" && this.probing)) {
      throw new ServiceUnavailableError("The graph database is unreachable; try again shortly");
    }
    const probe = state === "half-open";
    if (probe) this.probing = true;
    try {
      const result = await work();
      this.succeeded();
      return result;
    } catch (err) {
      if (isConnectivityError(err)) this.failed();
      throw err;
    } finally {
      if (probe) this.probing = false;
    }
  }

  /** The database answered. */
  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openUntil = 0;
  }

  /** The database could not be reached. */
  failed(): void {
    this.consecutiveFailures += 1;
    if (this.consecutiveFailures >= this.failures) this.openUntil = Date.now() + this.cooldownMs;
  }
}
