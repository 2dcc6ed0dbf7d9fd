import neo4j, { type Driver } from "neo4j-driver";
import type { Config } from "../config";

/**
 * Creates the one driver of the process. Connection settings favour failing fast: a request
 * against an unreachable server errors within seconds instead of hanging the client.
 */
export function createDriver(config: Pick<Config, "neo4jUri" | "neo4jUser" | "neo4jPassword">): Driver {
  // No password: the local launcher runs with auth disabled and accepts no credentials.
  const auth = config.neo4jPassword ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword) : undefined;
  return neo4j.driver(config.neo4jUri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    userAgent: "poverty-graph/0.1",
  });
}
