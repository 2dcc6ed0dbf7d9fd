import type { GraphExecutor } from "../graph/graph.executor";
import type { CapabilityModule } from "../module.type";
import { HealthResolver } from "./health.resolver";
import { type HealthSlice, HealthService } from "./health.service";

export type { HealthSlice } from "./health.service";

export interface HealthRepositories {
  /** The executor itself: the check is a trivial statement, no capability's. */
  database: Pick<GraphExecutor, "ping">;
}

/**
 * The GraphQL `health` query. The HTTP probes (/health/live, /health/ready, /health) are the
 * server's own (server/http.app.ts): they run before the rate limit, on a driver of their own.
 */
export const healthModule: CapabilityModule<HealthRepositories, HealthSlice> = {
  resolvers: [HealthResolver],
  repositories: (graph) => ({ database: graph }),
  slice: (repos) => ({ health: new HealthService(repos.database) }),
};
