import type { Response } from "express";
import { type ErrorCode, httpStatusOf } from "./errors";

/**
 * A GraphQL-shaped error body, so every client parses failures the same way:
 * `{errors: [{message, extensions: {code, ...extensions}}]}`. Never cached. The status is the
 * code's (httpStatusOf) unless `status` says otherwise (a body parser's own 4xx, say).
 */
export function sendError(res: Response, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}, status = httpStatusOf(code)): void {
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}
