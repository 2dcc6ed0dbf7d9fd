import { GraphQLError } from "graphql";
import { ErrorCode } from "../common/errors";
import type { GraphExecutor } from "../graph/graph.executor";
import { boundIdsStatement, boundStatement, type BoundStatement } from "./list-bounds.cypher";
import type { Logger } from "../module.type";

/** The database is not there at all (the executor's SERVICE_UNAVAILABLE), rather than one statement failing. */
const unreachable = (err: unknown): boolean => err instanceof GraphQLError && err.extensions.code === ErrorCode.SERVICE_UNAVAILABLE;

/** Parents per bound statement: keeps each statement small however large the graph. */
const BATCH = 2_000;

/**
 * The real bounds of the schema's unpaged lists (`Type.field` → the most items any parent lists
 * there), measured on the data by running each field's own loader statement over every parent
 * (list-bounds.cypher.ts). The cost model (query-cost.ts) multiplies by these instead of a
 * guessed list size. Refreshed every `refreshMs` and on demand after writes (`refresh()`);
 * until the first measure, and for a field whose measure failed, `boundOf` is undefined and the
 * cost model falls back to COST_LIST_SIZE. A failed refresh keeps the previous bounds.
 */
export class ListBounds {
  private bounds = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly graph: GraphExecutor,
    private readonly logger: Pick<Logger, "warn"> | undefined,
    private readonly statements: readonly BoundStatement[],
  ) {}

  /** The data's bound of `type.field`, or undefined when not measured. */
  boundOf(type: string, field: string): number | undefined {
    return this.bounds.get(`${type}.${field}`);
  }

  /** Every measured bound, for the bench and the tests. */
  snapshot(): ReadonlyMap<string, number> {
    return new Map(this.bounds);
  }

  /** Measures every bound again; concurrent calls share one run. Never rejects. */
  refresh(): Promise<void> {
    this.running ??= this.measure().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * Measures now, then every `refreshMs` (0: never again) without holding the process open.
   * Resolves when the first measure is done, or after `waitMs` at most (a large graph, a slow
   * database: the server then starts with COST_LIST_SIZE until the measure lands).
   */
  async start(refreshMs: number, waitMs = Infinity): Promise<void> {
    const first = this.refresh();
    if (refreshMs > 0) {
      this.timer = setInterval(() => void this.refresh(), refreshMs);
      this.timer.unref();
    }
    let waited: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      if (Number.isFinite(waitMs)) waited = setTimeout(resolve, waitMs).unref();
    });
    await Promise.race([first, timeout]);
    if (waited) clearTimeout(waited);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async measure(): Promise<void> {
    const next = new Map<string, number>();
    for (const statement of this.statements) {
      try {
        const most = await this.measureOne(statement);
        for (const [field, n] of most) next.set(field, Math.max(next.get(field) ?? 0, n));
      } catch (err) {
        if (unreachable(err)) {
          // No database: keep every bound as it was rather than wait on each statement in turn.
          this.logger?.warn({ err }, "list bounds not measured: the database is unreachable; the previous bounds stay");
          return;
        }
        this.logger?.warn({ err, fields: Object.keys(statement.sizes) }, "list bound not measured; COST_LIST_SIZE prices it");
        // Keep what was known for these fields rather than forget it.
        for (const field of Object.keys(statement.sizes)) {
          const old = this.bounds.get(field);
          if (old !== undefined) next.set(field, Math.max(next.get(field) ?? 0, old));
        }
      }
    }
    this.bounds = next;
  }

  /** The largest size of each field of one statement, over every parent, batch by batch. */
  private async measureOne(statement: BoundStatement): Promise<Map<string, number>> {
    const fields = Object.keys(statement.sizes);
    const most = new Map(fields.map((f) => [f, 0]));
    if (statement.whole) {
      const [row] = await this.graph.run(boundStatement(statement, null));
      fields.forEach((f, i) => most.set(f, row?.[i] ?? 0));
      return most;
    }
    for (let after = ""; ;) {
      const ids = await this.graph.run(boundIdsStatement(statement, after, BATCH));
      if (ids.length === 0) break;
      const [row] = await this.graph.run(boundStatement(statement, ids));
      fields.forEach((f, i) => most.set(f, Math.max(most.get(f)!, row?.[i] ?? 0)));
      if (ids.length < BATCH) break;
      after = ids[ids.length - 1];
    }
    return most;
  }
}
