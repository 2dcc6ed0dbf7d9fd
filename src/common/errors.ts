import { GraphQLError } from "graphql";

/** Every code this API puts in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
  /** The request itself is malformed: not JSON, no query, an operation type the API lacks. */
  BAD_REQUEST = "BAD_REQUEST",
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  /** The operation's estimated cost (list sizes multiplied down the tree) is over MAX_QUERY_COST. */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  TOO_MANY_ALIASES = "TOO_MANY_ALIASES",
  TOO_MANY_ROOT_FIELDS = "TOO_MANY_ROOT_FIELDS",
  TOO_MANY_DIRECTIVES = "TOO_MANY_DIRECTIVES",
  TOO_MANY_TOKENS = "TOO_MANY_TOKENS",
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  RATE_LIMITED = "RATE_LIMITED",
  /** A write based on a stale version of what it changes (a draft edited meanwhile): read it again and retry. Issue #20. */
  CONFLICT = "CONFLICT",
  /** A documentId (or persisted-query hash) the server's manifest of trusted documents lacks. */
  PERSISTED_DOCUMENT_NOT_FOUND = "PERSISTED_DOCUMENT_NOT_FOUND",
  /** PERSISTED_DOCUMENTS=only and the request sent query text instead of a documentId. */
  PERSISTED_DOCUMENTS_ONLY = "PERSISTED_DOCUMENTS_ONLY",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/**
 * The HTTP status of a response refused with a code: the one table the server, the exports and
 * the health checks read (a new code must get its status here). Errors raised while a GraphQL
 * operation runs (a resolver's BAD_USER_INPUT, NOT_FOUND…) still answer 200 with `errors`, as
 * GraphQL over HTTP has it; this is the status when the request itself is refused.
 */
const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.QUERY_TOO_DEEP]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.TOO_MANY_ALIASES]: 400,
  [ErrorCode.TOO_MANY_ROOT_FIELDS]: 400,
  [ErrorCode.TOO_MANY_DIRECTIVES]: 400,
  [ErrorCode.TOO_MANY_TOKENS]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND]: 400,
  [ErrorCode.PERSISTED_DOCUMENTS_ONLY]: 400,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/** The HTTP status of a request refused with `code` (see HTTP_STATUS). */
export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/** An error meant for the client: its message and code are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, argumentName?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argumentName ? { argumentName } : {});
  }
}

export class NotFoundError extends AppError {
  constructor(kind: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${kind} "${id}" not found`, { kind, id });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = "The graph database is unavailable; try again shortly", extensions: Record<string, unknown> = {}) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, extensions);
  }
}
