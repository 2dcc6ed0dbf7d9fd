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
  /** Interface the API listens on: 127.0.0.1 (this machine only) unless HOST says otherwise. */
  host: string;
  /** Largest page a list field serves (`first`). */
  maxPageSize: number;
  /** Deepest selection set a query may have (introspection is not counted). */
  maxQueryDepth: number;
  /** Most cost units one operation may ask for; see src/server/query-cost.ts. */
  maxQueryCost: number;
  /** Size a list without `first` is assumed to have when costing a query, where the data's bound is not known. */
  costListSize: number;
  /** How often the data's list bounds are measured again (list-bounds.ts), in seconds; 0: at start-up only. */
  listBoundsRefreshSeconds: number;
  /** Most items in one list argument or list variable. */
  maxListLength: number;
  /** Most aliased fields in one operation. */
  maxAliases: number;
  /** Most fields at the root of one operation. */
  maxRootFields: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  /** Largest request body, in bytes. */
  maxBodyBytes: number;
  /** Time budget of one request in milliseconds: past it, work stops with SERVICE_UNAVAILABLE. */
  requestTimeoutMs: number;
  /** Most database statements one request runs at the same time. */
  maxConcurrentReadsPerRequest: number;
  /** Requests one client (IP address) may send per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser page (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** pino level of the server log (access log lines are `info`). */
  logLevel: string;
  /** NODE_ENV=production. */
  production: boolean;
  /** Internal error detail in responses; only when DEBUG_ERRORS=true (never by default). */
  exposeErrorDetail: boolean;
  /**
   * Documents sent by id (client/generated/persisted-documents.json): `off` ignores ids, `allow`
   * accepts them besides ad-hoc queries, `only` accepts nothing else (trusted documents).
   */
  persistedDocuments: PersistedDocumentsMode;
  /** max-age of successful GET reads (GraphQL by GET, exports); 0: revalidate every time. */
  cacheMaxAgeSeconds: number;
  /** 3W rows an export reads per database statement; an export holds one statement at a time. */
  exportBatchSize: number;
}

export const PERSISTED_DOCUMENTS_MODES = ["off", "allow", "only"] as const;
export type PersistedDocumentsMode = (typeof PERSISTED_DOCUMENTS_MODES)[number];

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
    port: intFrom(env, "PORT", 4000, 0, 65535),
    host: env.HOST || "127.0.0.1",
    maxPageSize: intFrom(env, "MAX_PAGE_SIZE", 100, 1, 10000),
    maxQueryDepth: intFrom(env, "MAX_QUERY_DEPTH", 12, 2, 100),
    maxQueryCost: intFrom(env, "MAX_QUERY_COST", 50_000, 10, 1_000_000_000),
    costListSize: intFrom(env, "COST_LIST_SIZE", 20, 1, 10_000),
    listBoundsRefreshSeconds: intFrom(env, "LIST_BOUNDS_REFRESH_SECONDS", 600, 0, 86_400),
    maxListLength: intFrom(env, "MAX_LIST_LENGTH", 1_000, 1, 1_000_000),
    maxAliases: intFrom(env, "MAX_ALIASES", 30, 0, 10_000),
    maxRootFields: intFrom(env, "MAX_ROOT_FIELDS", 20, 1, 10_000),
    maxDirectives: intFrom(env, "MAX_DIRECTIVES", 50, 0, 10_000),
    maxTokens: intFrom(env, "MAX_TOKENS", 5_000, 100, 1_000_000),
    maxBodyBytes: intFrom(env, "MAX_BODY_BYTES", 1_048_576, 1_024, 100 * 1_048_576),
    requestTimeoutMs: intFrom(env, "REQUEST_TIMEOUT_MS", 15_000, 100, 600_000),
    maxConcurrentReadsPerRequest: intFrom(env, "MAX_CONCURRENT_READS_PER_REQUEST", 4, 1, 100),
    rateLimitPerMinute: intFrom(env, "RATE_LIMIT_PER_MINUTE", 600, 0, 1_000_000),
    corsOrigins: (env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
    logLevel: logLevelFrom(env.LOG_LEVEL),
    production: env.NODE_ENV === "production",
    exposeErrorDetail: env.DEBUG_ERRORS === "true",
    persistedDocuments: persistedDocumentsModeFrom(env.PERSISTED_DOCUMENTS),
    cacheMaxAgeSeconds: intFrom(env, "CACHE_MAX_AGE_SECONDS", 60, 0, 31_536_000),
    exportBatchSize: intFrom(env, "EXPORT_BATCH_SIZE", 1_000, 1, 10_000),
  };
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevelFrom(raw: string | undefined): string {
  if (!raw) return "info";
  if (!LOG_LEVELS.includes(raw)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${raw}"`);
  return raw;
}

function persistedDocumentsModeFrom(raw: string | undefined): PersistedDocumentsMode {
  if (!raw) return "allow";
  const mode = PERSISTED_DOCUMENTS_MODES.find((m) => m === raw);
  if (!mode) throw new Error(`PERSISTED_DOCUMENTS must be one of ${PERSISTED_DOCUMENTS_MODES.join(", ")}, got "${raw}"`);
  return mode;
}
