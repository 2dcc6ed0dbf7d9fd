import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { GraphQLError, Kind, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { Config } from "../config";
import type { Context } from "../context";
import { AppError, ErrorCode } from "../common/errors";
import { mapNeo4jError } from "../graph/graph.errors";
import { depthLimit } from "./depth-limit";

/** Codes graphql-js and Apollo give to errors about the request itself; shown as they are. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ErrorCode.QUERY_TOO_DEEP,
]);

/** Literal argument values of the wrong shape are bad input, whichever phase caught them. */
const BAD_VALUE =
  /^(Expected value of type|Int cannot represent|Float cannot represent|String cannot represent|Value is not a valid|Enum ".*" cannot represent|Invalid value|Value ".*" does not exist in ".*" enum)/;

/** AST kinds of literal values: a validation error located on one is about an argument value. */
const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/**
 * Apollo files every validation error under GRAPHQL_VALIDATION_FAILED. Two kinds deserve a
 * sharper code: our depth rule's QUERY_TOO_DEEP, and argument values that a scalar or enum
 * rejected, which are bad input like any other.
 */
function validationCode(error: unknown, message: string): string | undefined {
  for (let e: unknown = error; e instanceof GraphQLError; e = e.originalError) {
    if (e.extensions?.code === ErrorCode.QUERY_TOO_DEEP) return ErrorCode.QUERY_TOO_DEEP;
    if (e.nodes?.some((node) => VALUE_KINDS.has(node.kind))) return ErrorCode.BAD_USER_INPUT;
  }
  return BAD_VALUE.test(message) ? ErrorCode.BAD_USER_INPUT : undefined;
}

/** The error a GraphQLError wraps, at any depth, stopping at our own errors. */
function rootCause(error: unknown): unknown {
  let e = error;
  while (e instanceof GraphQLError && !(e instanceof AppError) && e.originalError) e = e.originalError;
  return e;
}

export type Logger = Pick<Console, "error" | "warn" | "info">;

/**
 * Shapes every error for the client. Our AppErrors and request errors pass through; driver
 * errors are mapped (SERVICE_UNAVAILABLE); anything else is logged with its stack and masked,
 * so database internals never reach clients (outside production, `detail` carries the original
 * message to help development). Never throws.
 */
export function formatError(logger: Logger, exposeDetail: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(unwrapResolverError(error));
    const mapped = mapNeo4jError(original);
    if (mapped instanceof AppError) {
      return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && REQUEST_ERROR_CODES.has(code)) {
      if (code === "GRAPHQL_VALIDATION_FAILED") {
        const refined = validationCode(error, formatted.message);
        if (refined) return { ...formatted, extensions: { ...formatted.extensions, code: refined } };
      }
      return formatted;
    }
    logger.error("unexpected error:", original instanceof Error ? original.stack ?? original.message : original);
    return {
      message: "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(exposeDetail && original instanceof Error ? { detail: original.message } : {}) },
    };
  };
}

export interface ServerOptions {
  schema: GraphQLSchema;
  config: Config;
  logger?: Logger;
  plugins?: ApolloServerPlugin<Context>[];
}

/** The Apollo server, not listening: main.ts starts it on a port, tests call executeOperation. */
export function createServer({ schema, config, logger = console, plugins = [] }: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.maxQueryDepth)],
    formatError: formatError(logger, !config.production),
    plugins: [ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }), ...plugins],
  });
}
