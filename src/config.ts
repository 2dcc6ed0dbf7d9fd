/**
 * Runtime configuration from the environment, parsed once at start-up. Invalid values fail fast
 * with a message naming the variable.
 */
export interface Config {
  /** bolt://, neo4j:// (routing: clusters, Aura) or their +s/+ssc TLS variants. */
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  /** Default "neo4j"; naming it avoids a routing-table round trip per session. */
  neo4jDatabase: string;
  port: number;
  /** Interface the API listens on; 0.0.0.0 (all) by default, as containers need. */
  host: string;
  /** Largest page a list field serves (`first`). */
  maxPageSize: number;
  /** Deepest selection set a query may have. */
  maxQueryDepth: number;
  production: boolean;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = env.NEO4J_URI || `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT || "7687"}`;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(neo4jUri)) {
    throw new Error(`NEO4J_URI must be a bolt:// or neo4j:// URI, got "${neo4jUri}"`);
  }
  return {
    neo4jUri,
    neo4jUser: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD ?? "",
    neo4jDatabase: env.NEO4J_DATABASE || "neo4j",
    port: intFrom(env, "PORT", 4000, 1, 65535),
    host: env.HOST || "0.0.0.0",
    maxPageSize: intFrom(env, "MAX_PAGE_SIZE", 100, 1, 10000),
    maxQueryDepth: intFrom(env, "MAX_QUERY_DEPTH", 12, 2, 100),
    production: env.NODE_ENV === "production",
  };
}
