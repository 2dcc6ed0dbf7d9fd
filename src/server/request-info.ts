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

export function newRequestInfo(): RequestInfo {
  return { errorCodes: [] };
}
