import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { currentBudget } from "./graph.budget";
import { toPlain } from "./graph.convert";
import { mapNeo4jError } from "./graph.errors";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A statement a Cypher builder produced: the text (model constants only) and its $parameters. */
export interface CypherStatement {
  cypher: string;
  params: Params;
}

/**
 * The only code that opens sessions. Reads go through executeRead and writes through
 * executeWrite (retried on transient errors by the driver); sessions are closed in `finally`;
 * driver errors are mapped at this boundary; rows come back as plain objects (see toPlain).
 * Inside a request, reads respect its RequestBudget: a bounded number in flight, and a
 * transaction timeout that ends at the request's deadline, enforced by the server itself.
 */
export class GraphExecutor {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly appName = "poverty-graph",
  ) {}

  /** Runs one read query; resolves to its rows as plain objects. */
  async read<T extends Row = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    const budget = currentBudget();
    const release = budget ? await budget.acquire() : undefined;
    try {
      const timeout = budget ? Math.max(1, budget.remainingMs()) : undefined;
      return await this.withSession("READ", (session) =>
        session.executeRead((tx) => run<T>(tx, cypher, params), { metadata: { app: this.appName }, timeout }),
      );
    } finally {
      release?.();
    }
  }

  /**
   * Runs `work` in one write transaction: every statement commits together or none does.
   * The callback may be retried by the driver, so it must not have side effects outside `tx`.
   */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    return this.withSession("WRITE", (session) =>
      session.executeWrite((tx) => work({ run: (cypher, params) => run(tx, cypher, params) }), {
        metadata: { app: this.appName },
      }),
    );
  }

  /** Runs a schema statement (constraints, indexes) in its own auto-commit transaction. */
  async schema(cypher: string, params: Params = {}): Promise<void> {
    await this.withSession("WRITE", async (session) => {
      await session.run(cypher, params);
    });
  }

  /**
   * The database's bookmark after an empty read: it names the last transaction committed there
   * (and the database's identity), so it changes with every write and with nothing else. The
   * exports derive their ETags from it (src/export). Respects the request's budget like read.
   */
  async version(): Promise<string> {
    const budget = currentBudget();
    const release = budget ? await budget.acquire() : undefined;
    try {
      const timeout = budget ? Math.max(1, budget.remainingMs()) : undefined;
      return await this.withSession("READ", async (session) => {
        await session.executeRead((tx) => tx.run("RETURN 1"), { metadata: { app: this.appName }, timeout });
        return session.lastBookmarks().join(",");
      });
    } finally {
      release?.();
    }
  }

  /** Resolves when the server answers; rejects with a mapped error otherwise. */
  async ping(): Promise<void> {
    await this.read("RETURN 1 AS ok");
  }

  private async withSession<T>(mode: "READ" | "WRITE", work: (session: Session) => Promise<T>): Promise<T> {
    let session: Session | undefined;
    try {
      session = this.driver.session({ database: this.database, defaultAccessMode: mode });
      return await work(session);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session?.close().catch(() => undefined);
    }
  }
}

export interface TxRunner {
  run<T extends Row = Row>(cypher: string, params?: Params): Promise<T[]>;
}

async function run<T extends Row>(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<T[]> {
  const result = await tx.run(cypher, params);
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[key as string] = toPlain(record.get(key));
    return row as T;
  });
}
