import { BadInputError } from "./errors";

const ID_SHAPE = /^[a-z][a-z0-9]*(?::[a-z0-9][a-z0-9-]*)+(?:#[a-z0-9-]+)?$/;

/** Longest id accepted; the longest in the graph is well under 100 characters. */
export const MAX_ID_LENGTH = 200;

/**
 * A short, printable echo of a client's value for an error message: at most `max` code points,
 * control characters and lone surrogates shown as \u escapes.
 */
export function echo(value: unknown, max = 60): string {
  const chars = Array.from(String(value));
  const shown = chars
    .slice(0, max)
    // One code unit in the surrogate range is a lone surrogate (a pair is one 2-unit element).
    // eslint-disable-next-line no-control-regex -- control characters are what this escapes
    .map((c) => (/^[\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff]$/.test(c) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c))
    .join("");
  return chars.length > max ? `${shown}…` : shown;
}

/**
 * Ids are lower-case `prefix:slug[:slug…]` (e.g. "org:dwc", "vn:lai-chau:than-uyen").
 * A malformed id is the caller's mistake and gets BAD_USER_INPUT, not NOT_FOUND.
 */
export function assertId(id: string, argumentName = "id"): string {
  if (typeof id !== "string" || id.length > MAX_ID_LENGTH || !ID_SHAPE.test(id)) {
    throw new BadInputError(`\`${argumentName}\` "${echo(id)}" is not a valid id: ids look like "org:dwc" or "vn:lai-chau:than-uyen"`, argumentName);
  }
  return id;
}
