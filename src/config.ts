import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

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
  /** Longest a download (/export/*) may take, in milliseconds; past it the download is cut. */
  exportTimeoutMs: number;
  /**
   * The time budget of each database statement of a download (one chunk of rows), in
   * milliseconds: a download's own, not REQUEST_TIMEOUT_MS, so that a chunk slowed down by the
   * interactive load around it is not cut at the interactive budget.
   */
  exportStatementTimeoutMs: number;
  /**
   * The path prefix everything is served under (BASE_PATH), e.g. "/g": "" (the root) or "/" plus
   * segments, without a trailing slash. Requests outside it get 404.
   */
  basePath: string;
  /**
   * express's `trust proxy` (TRUST_PROXY): false (default) uses the socket's address, so
   * X-Forwarded-For is ignored; otherwise a hop count or the proxies (addresses, CIDRs,
   * loopback/linklocal/uniquelocal) whose X-Forwarded-For is believed.
   */
  trustProxy: boolean | number | string;
  /** Apollo's automatic persisted queries may register new documents (APQ=true); off by default. */
  apq: boolean;
  /**
   * `npm start` and the Docker image seed the graph before serving (SEED_ON_START, default true);
   * false serves it as it is, so that the API may use a read-only account (scripts/start.ts).
   */
  seedOnStart: boolean;
  /** How long /health/ready (and /health) wait for the database's answer before saying 503. */
  healthTimeoutMs: number;
}

/** How long a health check waits for the database before it calls it down: HEALTH_TIMEOUT_MS's default (health.check.ts). */
export const DEFAULT_HEALTH_TIMEOUT_MS = 1_000;

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

/** Repository root, whether running from src/ (ts-jest) or dist/src/ (compiled). */
const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? "../.." : "..");

/**
 * The password of this checkout's local Neo4j: the launcher (scripts/neo4j-launcher) generates
 * it into `${NEO4J_HOME_DIR:-<repo>/.neo4j}/password` (mode 600) at its first start. Read only
 * when neither NEO4J_URI nor NEO4J_PASSWORD is set, i.e. when the API talks to that launcher.
 */
export function localNeo4jPassword(env: NodeJS.ProcessEnv = process.env): string {
  const file = path.join(env.NEO4J_HOME_DIR || path.join(ROOT, ".neo4j"), "password");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : "";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = env.NEO4J_URI || `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT || "7687"}`;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(neo4jUri)) {
    throw new Error(`NEO4J_URI must be a bolt:// or neo4j:// URI, got "${neo4jUri}"`);
  }
  return {
    neo4jUri,
    neo4jUser: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD ?? (env.NEO4J_URI ? "" : localNeo4jPassword(env)),
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
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: logLevelFrom(env.LOG_LEVEL),
    production: env.NODE_ENV === "production",
    exposeErrorDetail: env.DEBUG_ERRORS === "true",
    persistedDocuments: persistedDocumentsModeFrom(env.PERSISTED_DOCUMENTS),
    cacheMaxAgeSeconds: intFrom(env, "CACHE_MAX_AGE_SECONDS", 60, 0, 31_536_000),
    exportBatchSize: intFrom(env, "EXPORT_BATCH_SIZE", 1_000, 1, 10_000),
    exportTimeoutMs: intFrom(env, "EXPORT_TIMEOUT_MS", 300_000, 1_000, 3_600_000),
    exportStatementTimeoutMs: intFrom(env, "EXPORT_STATEMENT_TIMEOUT_MS", 60_000, 100, 3_600_000),
    basePath: basePathFrom(env.BASE_PATH),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    apq: booleanFrom(env, "APQ", false),
    seedOnStart: booleanFrom(env, "SEED_ON_START", true),
    healthTimeoutMs: intFrom(env, "HEALTH_TIMEOUT_MS", DEFAULT_HEALTH_TIMEOUT_MS, 100, 60_000),
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

function booleanFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** "/g", "/g/", "g" → "/g"; "", "/" → "" (the root). Segments of URL-safe characters only. */
function basePathFrom(raw: string | undefined): string {
  if (!raw) return "";
  const trimmed = `/${raw.replace(/^\/+|\/+$/g, "")}`;
  if (trimmed === "/") return "";
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed) || trimmed.split("/").some((segment) => segment === "." || segment === "..")) {
    throw new Error(`BASE_PATH must be a path such as /graph (letters, digits, . _ ~ - between slashes), got "${raw}"`);
  }
  return trimmed;
}

/**
 * Unset, "" or "false": false. "true" trusts every proxy (only when the API is unreachable but
 * through one). A non-negative integer: that many hops. Anything else: a comma-separated list of
 * addresses, CIDRs or the names loopback, linklocal, uniquelocal (checked by express at start-up).
 */
function trustProxyFrom(raw: string | undefined): boolean | number | string {
  const value = raw?.trim();
  if (!value || value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
