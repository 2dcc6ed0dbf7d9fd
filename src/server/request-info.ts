import type { Response } from "express";
import type { RequestInfo } from "../context.type";

function isRequestInfo(value: unknown): value is RequestInfo {
  return typeof value === "object" && value !== null && "errorCodes" in value && Array.isArray(value.errorCodes);
}

/** The access-log record kept on a response's `locals`, if the request has one yet. */
export function foundRequestInfo(res: object): RequestInfo | undefined {
  const locals = "locals" in res ? res.locals : undefined;
  const info = typeof locals === "object" && locals !== null && "requestInfo" in locals ? locals.requestInfo : undefined;
  return isRequestInfo(info) ? info : undefined;
}

/** The request's access-log record (context.type.ts), kept on `res.locals`: created on first use. */
export function requestInfoOf(res: Response): RequestInfo {
  const found = foundRequestInfo(res);
  if (found) return found;
  const info: RequestInfo = { errorCodes: [] };
  res.locals.requestInfo = info;
  return info;
}
