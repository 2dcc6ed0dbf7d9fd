import { BadInputError } from "./errors";

const ID_SHAPE = /^[a-z][a-z0-9]*(?::[a-z0-9][a-z0-9-]*)+(?:#[a-z0-9-]+)?$/;

/**
 * Ids are lower-case `prefix:slug[:slug…]` (e.g. "org:dwc", "vn:lai-chau:than-uyen").
 * A malformed id is the caller's mistake and gets BAD_USER_INPUT, not NOT_FOUND.
 */
export function assertId(id: string, argumentName = "id"): string {
  if (typeof id !== "string" || id.length > 200 || !ID_SHAPE.test(id)) {
    throw new BadInputError(
      `\`${argumentName}\` "${String(id).slice(0, 60)}" is not a valid id: ids look like "org:dwc" or "vn:lai-chau:than-uyen"`,
      argumentName,
    );
  }
  return id;
}
