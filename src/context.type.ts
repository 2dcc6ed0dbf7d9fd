import type { Config } from "./config";

/**
 * What the access log says of one request, filled in as the request goes: the Apollo plugins
 * add the operation, its cost and the error codes; the HTTP layer adds status and duration.
 */
export interface RequestInfo {
  operationName?: string;
  /** Estimated cost (query-cost.ts); absent when the request never got that far. */
  cost?: number;
  /** extensions.code of every error in the response, in order. */
  errorCodes: string[];
}

/**
 * The part of every request's context that belongs to no capability: plain data. The whole
 * context is this plus each capability module's slice (its services and loaders, under its own
 * key); composition.ts derives that type and builds it once per request. A resolver's context
 * type names the base and the slices it uses, nothing else.
 */
export interface BaseContext {
  config: Config;
  /** What the access log will say of this request; absent outside HTTP (tests, scripts). */
  requestInfo?: RequestInfo;
}
