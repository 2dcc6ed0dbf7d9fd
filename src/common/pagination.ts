import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { BadInputError } from "./errors";

@ObjectType({ description: "Relay cursor-connection page information." })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: "Always false: these connections page forward only." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size, 1 to the server's maximum (100 by default)." })
  first!: number;

  @Field(() => String, { nullable: true, description: "The endCursor of the previous page." })
  after?: string | null;
}

/** A validated page request; `after` is decoded and the key it carries is opaque to callers. */
export interface PageRequest {
  first: number;
  after: unknown[] | null;
}

/** Cursors are base64url JSON of the sort key of the last row on the page. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** Longest cursor accepted, in characters: a key of a long name and an id fits many times over. */
export const MAX_CURSOR_LENGTH = 8_192;
/** Longest string part of a cursor key (names are a few hundred characters at most). */
export const MAX_CURSOR_STRING = 2_000;

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;

/**
 * What one part of a cursor key may be: `string`, `integer` (a safe integer, ≥ 0), or `any`
 * scalar the keys are made of (a bounded string, a finite number within ±2^53, or null).
 */
export type CursorPart = "string" | "integer" | "any";

function isKeyPart(value: unknown, kind: CursorPart): boolean {
  if (kind === "string") return typeof value === "string" && value.length <= MAX_CURSOR_STRING;
  if (kind === "integer") return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
  if (value === null) return true;
  if (typeof value === "string") return value.length <= MAX_CURSOR_STRING;
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/**
 * Decodes a cursor of `shape` (a key length, or the kind of each part). Anything else — too
 * long, not base64url, not JSON, not a flat array of the right length, parts of the wrong kind
 * (nested arrays, objects, 1e21, 2^53 + 1…) — is BAD_USER_INPUT and never reaches the database.
 */
export function decodeCursor(cursor: string, shape: number | readonly CursorPart[]): unknown[] {
  const kinds: readonly CursorPart[] = typeof shape === "number" ? Array.from({ length: shape }, () => "any" as const) : shape;
  if (typeof cursor === "string" && cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)) {
    try {
      const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      if (Array.isArray(value) && value.length === kinds.length && value.every((part, i) => isKeyPart(part, kinds[i]))) return value;
    } catch {
      // fall through to the error below
    }
  }
  throw new BadInputError("`after` is not a cursor returned by this field", "after");
}

/** Checks `first` against the maximum and decodes `after` (a key of `keyShape`: its length or its parts). */
export function toPageRequest(args: PageArgs, maxPageSize: number, keyShape: number | readonly CursorPart[]): PageRequest {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > maxPageSize) {
    throw new BadInputError(`\`first\` must be between 1 and ${maxPageSize}`, "first");
  }
  return { first: args.first, after: args.after ? decodeCursor(args.after, keyShape) : null };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A lazy getter: the count query runs only when the client selects totalCount. */
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from up to `first + 1` rows: the extra row only tells that a next page
 * exists. `keyOf` gives a row's sort key, which becomes its cursor.
 */
export function toConnection<T>(rows: T[], page: PageRequest, keyOf: (row: T) => unknown[], count: number | (() => Promise<number>)): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  const pageInfo = {
    hasNextPage,
    hasPreviousPage: false,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes,
    pageInfo,
    get totalCount() {
      total ??= typeof count === "number" ? Promise.resolve(count) : count();
      return total;
    },
  };
}

/** The same page with each node replaced by `nodes[i]` (the page's nodes shaped for the schema), cursors and lazy totalCount kept. */
export function withNodes<T, U>(connection: Connection<T>, nodes: U[]): Connection<U> {
  return {
    nodes,
    edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })),
    pageInfo: connection.pageInfo,
    get totalCount() {
      return connection.totalCount;
    },
  };
}

/** The connection types declared so far, by name: a type asked for again (a kind's list and a field listing that kind) is declared once. */
const CONNECTIONS = new Map<string, ReturnType<typeof declareConnection>>();

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type, once per name. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | object, name: string) {
  let declared = CONNECTIONS.get(name);
  if (!declared) {
    declared = declareConnection(nodeType, name);
    CONNECTIONS.set(name, declared);
  }
  return declared;
}

function declareConnection<T extends object>(nodeType: ClassType<T> | object, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeClass {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeClass])
    edges!: EdgeClass[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for clients that need no cursors." })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Rows matching the filter across all pages; computed only when selected." })
    totalCount!: number;
  }
  return ConnectionClass;
}
