import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, Kind, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Config } from "../config";
import type { BaseContext } from "../context.type";
import { AppError, ErrorCode } from "../common/errors";
import { mapNeo4jError } from "../graph/graph.errors";
import type { Logger } from "../module.type";
import { httpCachePlugin } from "./http-cache";
import { introspectionCachePlugin } from "./introspection-cache";
import { queryCostPlugin, type ListBoundOf } from "./query-cost";
import { LIMIT_CODES, queryLimitRules, variableListsPlugin } from "./query-limits";
import { timeBudgetPlugin } from "./time-budget.plugin";

/** Codes graphql-js and Apollo give to errors about the request itself; shown as they are. */
const REQUEST_ERROR_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ...LIMIT_CODES,
]);

/** graphql-js words an exceeded `maxTokens` parse option only in its message. */
// (16.x says "more that"; tolerate both spellings.)
const TOO_MANY_TOKENS = /Document contains more th(?:an|at) \d+ tokens/;

/** graphql-js's MaxIntrospectionDepthRule (a specified rule) words its refusal only in its message. */
const INTROSPECTION_TOO_DEEP = /^Maximum introspection depth exceeded/;

/** Literal argument values of the wrong shape are bad input, whichever phase caught them. */
const BAD_VALUE =
  /^(Expected value of type|Int cannot represent|Float cannot represent|String cannot represent|Value is not a valid|Enum ".*" cannot represent|Invalid value|Value ".*" does not exist in ".*" enum)/;

/** AST kinds of literal values: a validation error located on one is about an argument value. */
const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.OBJECT_FIELD]);

/**
 * Apollo files every validation error under GRAPHQL_VALIDATION_FAILED. Two kinds deserve a
 * sharper code: our limits (QUERY_TOO_DEEP, TOO_MANY_ALIASES…), and argument values that a
 * scalar or enum rejected, which are bad input like any other.
 */
function validationCode(error: unknown, message: string): string | undefined {
  for (let e: unknown = error; e instanceof GraphQLError; e = e.originalError) {
    const code = e.extensions?.code;
    if (typeof code === "string" && LIMIT_CODES.has(code)) return code;
    if (e.nodes?.some((node) => VALUE_KINDS.has(node.kind))) return ErrorCode.BAD_USER_INPUT;
  }
  if (INTROSPECTION_TOO_DEEP.test(message)) return ErrorCode.QUERY_TOO_DEEP;
  return BAD_VALUE.test(message) ? ErrorCode.BAD_USER_INPUT : undefined;
}

/** The error a GraphQLError wraps, at any depth, stopping at our own errors. */
function rootCause(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && !(e instanceof AppError) && e.originalError) e = e.originalError;
  return e;
}

export type { Logger } from "../module.type";

/**
 * Shapes every error for the client. Our AppErrors and request errors pass through; driver
 * errors are mapped (SERVICE_UNAVAILABLE); anything else is logged with its stack and masked,
 * so database internals never reach clients (only with `exposeDetail`, DEBUG_ERRORS=true,
 * `detail` carries the original message to help development). Never throws.
 */
export function formatError(logger: Logger, exposeDetail: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(unwrapResolverError(error));
    const mapped = mapNeo4jError(original);
    if (mapped instanceof AppError) {
      return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
    }
    const rawCode = formatted.extensions?.code;
    const code = typeof rawCode === "string" ? rawCode : undefined;
    if (code && REQUEST_ERROR_CODES.has(code)) {
      if (code === "GRAPHQL_VALIDATION_FAILED") {
        const refined = validationCode(error, formatted.message);
        if (refined) return { ...formatted, extensions: { ...formatted.extensions, code: refined } };
      }
      if (code === "GRAPHQL_PARSE_FAILED" && TOO_MANY_TOKENS.test(formatted.message)) {
        return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.TOO_MANY_TOKENS } };
      }
      return formatted;
    }
    // Apollo raises some request errors (a malformed persisted query, say) without a code but
    // with a 4xx status: the client's fault, so say so instead of masking them as faults.
    const http = error instanceof GraphQLError ? error.extensions?.http : undefined;
    const status = typeof http === "object" && http !== null && "status" in http && typeof http.status === "number" ? http.status : undefined;
    if (error instanceof GraphQLError && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message.slice(0, 500), locations: formatted.locations, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    logger.error({ err: original }, "unexpected error");
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(exposeDetail && original instanceof Error ? { detail: original.message } : {}) },
    };
  };
}

export interface ServerOptions<C extends BaseContext = BaseContext> {
  schema: GraphQLSchema;
  config: Config;
  logger?: Logger;
  /** The capabilities' own plugins (composition.ts hands them over), after the server's. */
  plugins?: readonly ApolloServerPlugin<C>[];
  /** The data's bounds of unpaged lists (list-bounds.ts); without them the cost model uses COST_LIST_SIZE. */
  listBounds?: { boundOf: ListBoundOf };
}

/**
 * Records the operation name and the error codes of each response in the request's
 * RequestInfo, for the access log.
 */
const requestInfoPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didResolveOperation({ operationName }) {
        if (contextValue.requestInfo && operationName) contextValue.requestInfo.operationName = operationName;
      },
      async willSendResponse({ response }) {
        if (!contextValue.requestInfo || response.body.kind !== "single") return;
        for (const e of response.body.singleResult.errors ?? []) contextValue.requestInfo.errorCodes.push(String(e.extensions?.code ?? "UNKNOWN"));
      },
    };
  },
};

/**
 * The Apollo server, not listening: http.app.ts mounts it, tests call executeOperation.
 * Every limit of config applies: tokens while parsing, depth/aliases/directives/root fields
 * while validating (introspection included), list variables and cost once the variables are known
 * (cost from the data's list bounds when given). Introspection answers are cached per document.
 * Signals are handled by main.ts.
 */
export function createServer<C extends BaseContext>({ schema, config, logger = console, plugins = [], listBounds }: ServerOptions<C>): ApolloServer<C> {
  const boundOf: ListBoundOf | undefined = listBounds ? (type, field) => listBounds.boundOf(type, field) : undefined;
  return new ApolloServer<C>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: queryLimitRules(config),
    formatError: formatError(logger, config.exposeErrorDetail),
    stopOnTerminationSignals: false,
    // Registering documents through automatic persisted queries only when APQ=true (and never with trusted documents only).
    ...(config.apq && config.persistedDocuments !== "only" ? {} : { persistedQueries: false as const }),
    plugins: [
      timeBudgetPlugin,
      requestInfoPlugin,
      variableListsPlugin(config.maxListLength),
      queryCostPlugin(config, boundOf),
      introspectionCachePlugin(),
      httpCachePlugin(config.cacheMaxAgeSeconds),
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
    ],
  });
}
