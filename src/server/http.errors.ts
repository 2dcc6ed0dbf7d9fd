import type { Response } from "express";
import type { ErrorCode } from "../common/errors";

/**
 * A GraphQL-shaped error body, so every client parses failures the same way:
 * `{errors: [{message, extensions: {code, ...extensions}}]}`. Never cached.
 */
export function sendError(res: Response, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  res
    .status(status)
    .set("Cache-Control", "no-store")
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
}
