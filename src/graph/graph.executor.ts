import { type Driver, Neo4jError, type QueryResult, type Session } from "neo4j-driver";
import { CircuitBreaker, isConnectivityError } from "./graph.breaker";
import { readBookmarks, recordWriteBookmarks } from "./graph.bookmarks";
import { currentBudget, type RequestBudget } from "./graph.budget";
import { toPlain } from "./graph.convert";
import { mapNeo4jError } from "./graph.errors";
import { type Params, plainStatement, type Row, type Statement } from "./graph.statement";

/**
 * The only code that opens sessions. Reads go through executeRead and writes through
 * executeWrite (retried on transient errors by the driver); sessions are closed in `finally`;
 * driver errors are mapped at this boundary, and nowhere else; each row comes back converted to
 * plain values (see toPlain) and decoded by its statement's decoder (graph.statement.ts).
 * Inside a request, reads respect its RequestBudget (graph.budget.ts) on both sides: a bounded
 * number in flight; a transaction timeout ending at the deadline, enforced by the server; and
 * the deadline enforced here too, whatever the database does (frozen, unreachable, slow to
 * send rows): the statement is raced against it, its session abandoned when it loses, and the
 * budget checked while rows are decoded. Such reads are not retried (an explicit transaction,
 * not a managed one): inside an interactive request a retry only delays the coded error. They
 * go through the circuit breaker (graph.breaker.ts), so an unreachable database fails fast.
 */
export class GraphExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly appName = "poverty-graph",
    readonly breaker = new CircuitBreaker(),
  ) {}

  /** Runs one read statement; resolves to its rows, each decoded by the statement. */
  async run<R>(statement: Statement<R>): Promise<R[]> {
    const { cypher, params } = statement;
    const budget = currentBudget();
    // Scripts and seeding (no budget): no deadline, and the driver's retries on transient errors help.
    const result = budget
      ? await this.budgetedRead(budget, cypher, params, (records) => records)
      : await this.withSession("READ", (session) => session.executeRead(async (tx) => await tx.run(cypher, params), { metadata: { app: this.appName } }));
    return decodeRows(statement, result, budget);
  }

  /**
   * One read inside a request's budget: waits for a slot among its statements in flight, runs in
   * an explicit transaction (never retried) through the circuit breaker, raced against the
   * deadline; `then` reads what it needs of the result and the session once committed.
   */
  private async budgetedRead<R>(budget: RequestBudget, cypher: string, params: Params, then: (records: QueryResult, session: Session) => R): Promise<R> {
    const release = await budget.acquire();
    let session: Session | undefined;
    let abandoned = false;
    try {
      budget.check(); // acquire() may have waited up to the deadline
      return await budget.race(
        this.breaker.run(async () => {
          // issue #20: a request's Neo4j-Bookmark (graph.bookmarks.ts) makes the read wait for those writes.
          session = this.driver.session({ database: this.database, defaultAccessMode: "READ", bookmarks: readBookmarks() });
          const tx = await session.beginTransaction({ metadata: { app: this.appName }, timeout: Math.max(1, budget.remainingMs()) });
          const records = await tx.run(cypher, params);
          await tx.commit();
          return then(records, session);
        }),
        () => {
          // Past the deadline: answer now, let the session close whenever the database lets it
          // (its transaction timeout ends the statement on the server side).
          abandoned = true;
          void session?.close().catch(() => undefined);
        },
      );
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      if (!abandoned) await session?.close().catch(() => undefined);
      release();
    }
  }

  /**
   * Runs `work` in one write transaction: every statement commits together or none does.
   * The callback may be retried by the driver, so it must not have side effects outside `tx`.
   */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.withSession("WRITE", async (session) => {
      const result = await session.executeWrite((tx) => work({ run: async (statement) => decodeRows(statement, await tx.run(statement.cypher, statement.params)) }), {
        metadata: { app: this.appName },
      });
      recordWriteBookmarks(session.lastBookmarks()); // issue #20: answered as the request's Neo4j-Bookmark
      return result;
    });
  }

  /** Runs a schema statement (constraints, indexes) in its own auto-commit transaction. */
  async schema(cypher: string): Promise<void> {
    await this.withSession("WRITE", async (session) => {
      await session.run(cypher);
    });
  }

  /**
   * The database's bookmark after an empty read: it names the last transaction committed there
   * (and the database's identity), so it changes with every write and with nothing else. The
   * exports derive their ETags from it (src/export). Inside a request it is a budgeted read like any other.
   */
  async version(): Promise<string> {
    const bookmarks = (_records: unknown, session: Session): string => session.lastBookmarks().join(",");
    const budget = currentBudget();
    if (budget) return this.budgetedRead(budget, "RETURN 1", {}, bookmarks);
    return this.withSession("READ", async (session) => {
      await session.executeRead((tx) => tx.run("RETURN 1"), { metadata: { app: this.appName } });
      return bookmarks(undefined, session);
    });
  }

  /** Resolves when the server answers; rejects with a mapped error otherwise. */
  async ping(): Promise<void> {
    await this.run(plainStatement("RETURN 1 AS ok"));
  }

  private async withSession<T>(mode: "READ" | "WRITE", work: (session: Session) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarks: readBookmarks() }); // issue #20: graph.bookmarks.ts
      return await work(session);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session?.close().catch(() => undefined);
    }
  }
}

/** The statements of one write transaction (writeTransaction). */
export interface TxRunner {
  run<R>(statement: Statement<R>): Promise<R[]>;
}

/** Rows decoded between two checks of the budget. */
const ROWS_PER_BUDGET_CHECK = 500;

/** The records as plain rows decoded by the statement; with a budget, stops with its error once the deadline passes. */
function decodeRows<R>(statement: Statement<R>, result: QueryResult, budget?: RequestBudget): R[] {
  const rows: R[] = [];
  for (const record of result.records) {
    if (budget && rows.length % ROWS_PER_BUDGET_CHECK === 0) budget.check();
    const row: Row = {};
    for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
    rows.push(statement.decode(row));
  }
  return rows;
}

/** How a probe went: answers; unreachable (refused, reset, no route); timeout; credentials refused; error. */
export type ProbeOutcome = "answers" | "unreachable" | "timeout" | "credentials" | "error";

/**
 * One readiness probe, `RETURN 1` on `driver` (the probe driver, graph.driver.ts
 * createProbeDriver), never waiting longer than `deadline` (which resolves "timeout" when the
 * time is up); a session left hanging by a frozen server is closed in the background.
 */
export async function probeDatabase(
  driver: Driver,
  database: string,
  timeoutMs: number,
  deadline: (late: "timeout") => { promise: Promise<"timeout">; cancel(): void },
): Promise<ProbeOutcome> {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const late = deadline("timeout");
  const ping = session.run("RETURN 1 AS ok", {}, { timeout: timeoutMs }).then(
    () => "answers" as const,
    (err: unknown) => probeFailure(err),
  );
  let outcome: ProbeOutcome = "timeout";
  try {
    outcome = await Promise.race([ping, late.promise]);
    return outcome;
  } finally {
    late.cancel();
    const closing = session.close().catch(() => undefined);
    if (outcome !== "timeout") await closing;
  }
}

function probeFailure(err: unknown): ProbeOutcome {
  if (isConnectivityError(err)) return "unreachable";
  if (err instanceof Neo4jError && err.code.startsWith("Neo.ClientError.Security.")) return "credentials";
  if (err instanceof Neo4jError && err.code.includes("TransactionTimedOut")) return "timeout";
  // The probe driver's pool found no connection in time: its connections wait on a database that
  // does not answer (a frozen server). The driver gives this no code of its own, only its words.
  if (err instanceof Neo4jError && err.message.startsWith("Connection acquisition timed out")) return "timeout";
  return "error";
}
