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

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === length) return value;
  } catch {
    // fall through to the error below
  }
  throw new BadInputError("`after` is not a cursor returned by this field", "after");
}

/** Checks `first` against the maximum and decodes `after` (a key of `keyLength` parts). */
export function toPageRequest(args: PageArgs, maxPageSize: number, keyLength: number): PageRequest {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > maxPageSize) {
    throw new BadInputError(`\`first\` must be between 1 and ${maxPageSize}`, "first");
  }
  return { first: args.first, after: args.after ? decodeCursor(args.after, keyLength) : null };
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
export function toConnection<T>(rows: T[], page: PageRequest, keyOf: (row: T) => unknown[], count: () => Promise<number>): Connection<T> {
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
      total ??= count();
      return total;
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | object, name: string) {
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
