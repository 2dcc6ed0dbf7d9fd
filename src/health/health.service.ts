import type { GraphExecutor } from "../graph/graph.executor";
import { databaseAnswers } from "../server/health.check";

/** The health capability's slice of a request's context. */
export interface HealthSlice {
  health: HealthService;
}

/** Whether the database answers, asked on the executor itself (not through any capability's repository). */
export class HealthService {
  constructor(private readonly graph: Pick<GraphExecutor, "ping">) {}

  /** True when a trivial query answers within a second; never rejects. */
  databaseAnswers(): Promise<boolean> {
    return databaseAnswers(() => this.graph.ping());
  }
}
