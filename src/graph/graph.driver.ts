import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config";

type DriverConfig = Pick<Config, "neo4jUri" | "neo4jUser" | "neo4jPassword">;

function authOf(config: DriverConfig) {
  // No password: a launcher started with auth disabled accepts no credentials.
  return config.neo4jPassword ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword) : undefined;
}

/**
 * Creates the one driver of the process. Connection settings favour failing fast: a request
 * against an unreachable server errors within seconds instead of hanging the client (and the
 * request's own time budget bounds it anyway, graph.executor.ts). Managed transactions (writes:
 * the seed load) are retried on transient errors for up to 5 s; reads inside a request are not.
 */
export function createDriver(config: DriverConfig): Driver {
  return neo4j.driver(config.neo4jUri, authOf(config), {
    disableLosslessIntegers: true,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    userAgent: "poverty-graph/0.1",
  });
}

/**
 * A second, small driver for the readiness probe (/health/ready): its own connections, so a
 * probe never queues behind user work for a pooled connection, and timeouts of its own.
 */
export function createProbeDriver(config: DriverConfig, timeoutMs: number): Driver {
  return neo4j.driver(config.neo4jUri, authOf(config), {
    disableLosslessIntegers: true,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: 2,
    userAgent: "poverty-graph-probe/0.1",
  });
}
