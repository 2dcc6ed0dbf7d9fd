import { AsyncLocalStorage } from "node:async_hooks";
import { ServiceUnavailableError } from "../common/errors";

/**
 * What one request may spend of the database: a deadline and a number of statements in flight
 * at once. One request with a thousand aliased fields then holds at most `maxConcurrent` of
 * the driver's pooled connections and stops at its deadline, so it cannot starve the others.
 */
export class RequestBudget {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  readonly deadline: number;

  constructor(
    readonly timeoutMs: number,
    readonly maxConcurrent: number,
    now = Date.now(),
  ) {
    this.deadline = now + timeoutMs;
  }

  /** Milliseconds left; 0 once the deadline has passed. */
  remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Throws SERVICE_UNAVAILABLE (the time budget ran out) once the deadline has passed. */
  check(): void {
    if (this.remainingMs() === 0) throw new BudgetExceededError(this.timeoutMs);
  }

  /**
   * Settles like `work`, or rejects with BudgetExceededError at the deadline, whichever comes
   * first: the API side of the budget, for work the database may never answer (a frozen or
   * unreachable server). `onExpiry` runs once if the deadline wins, to abandon the work (close
   * its session) without waiting for it.
   */
  race<T>(work: Promise<T>, onExpiry?: () => void): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        onExpiry?.();
        reject(new BudgetExceededError(this.timeoutMs));
      }, this.remainingMs());
    });
    // The loser must not surface as an unhandled rejection.
    work.catch(() => undefined);
    return Promise.race([work, expired]).finally(() => clearTimeout(timer));
  }

  /**
   * Resolves with a release function once fewer than `maxConcurrent` statements of this request
   * are running; rejects with SERVICE_UNAVAILABLE if the deadline passes first. Call the release
   * exactly once, in `finally`.
   */
  async acquire(): Promise<() => void> {
    this.check();
    if (this.inFlight >= this.maxConcurrent) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          const at = this.waiting.indexOf(wake);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new BudgetExceededError(this.timeoutMs));
        }, this.remainingMs());
        const wake = (): void => {
          clearTimeout(timer);
          resolve();
        };
        this.waiting.push(wake);
      });
    }
    this.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
      this.waiting.shift()?.();
    };
  }
}

/**
 * The request's time budget ran out: SERVICE_UNAVAILABLE with `extensions.timeBudgetMs`, so
 * clients (and the response plugin, src/server/time-budget.plugin.ts) tell it from an unreachable database.
 */
export class BudgetExceededError extends ServiceUnavailableError {
  constructor(timeoutMs: number) {
    super(`The request ran past its time budget of ${timeoutMs} ms; ask for less (smaller pages, fewer fields) or try again`, { timeBudgetMs: timeoutMs });
  }
}

const current = new AsyncLocalStorage<RequestBudget>();

/** Runs `work` (and everything it starts) under `budget`; the executor reads it from there. */
export function runWithBudget<T>(budget: RequestBudget, work: () => T): T {
  return current.run(budget, work);
}

/** The budget of the request being served, if any (scripts and seeding run without one). */
export function currentBudget(): RequestBudget | undefined {
  return current.getStore();
}
