import type { ApolloServerPlugin } from "@apollo/server";
import type { Request, Response, Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { ClassType } from "type-graphql";
import type { Config } from "./config";
import type { BaseContext } from "./context.type";
import type { GraphExecutor } from "./graph/graph.executor";
import type { Label } from "./graph/graph.model";

/** The logging the server and the modules' routes need; pino's logger and `console` both fit. */
export interface Logger {
  error(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
}

/** HTTP routes a module adds, mounted under BASE_PATH after the rate limit, beside /graphql. */
export interface HttpRoute {
  /** Where the router is mounted ("/export"; "/" for a router that names its own paths). */
  path: string;
  router: Router;
  /** Cross-origin reads allowed from CORS_ORIGINS, as for /graphql. */
  crossOrigin?: boolean;
  /** A response still running after this many ms is cut, so that a shutdown's drain has a known end. */
  timeoutMs?: number;
  /**
   * Mounted before the server's own routes (the IDE, the dashboard, /graphql): middleware every
   * request passes through first (sign-in state, a request's bookmarks), in the modules' order.
   */
  before?: boolean;
}

/** A request and its response, as the HTTP layer hands them to a module's slice; absent outside HTTP (tests' executeOperation, scripts). */
export interface HttpPair {
  req: Request;
  res: Response;
}

/**
 * How the data bounds one or more unpaged lists of the schema, for the cost model: for each list
 * field (`Type.field`), the batch statement its resolver's loader runs (over `$ids`, one row per
 * id), and the Cypher expression over that row giving how many items the field lists for that
 * parent. Running the statement over every node of `label` and taking the maximum gives the
 * field's real bound (server/list-bounds.ts); the statements are the loaders' own, so the bound
 * is what the field returns, not a guess. Lists without one (computed answers: planners, 3W
 * rows…) keep COST_LIST_SIZE.
 */
export interface BoundStatement {
  /** Parents: every node of this label, by `id`. */
  readonly label: Label;
  /** The loader's batch statement for `$ids`; or, `whole`, one statement over the whole graph returning `b0`. */
  readonly cypher: string;
  /** `Type.field` → the size of that field's list in one row of `cypher` (in `b0, b1…` order). */
  readonly sizes: Readonly<Record<string, string>>;
  /** `cypher` reads the maximum itself in one statement (a degree count): no batches of ids. */
  readonly whole?: boolean;
  /** Only the parents `n` matching this condition can hold the largest list (the rest hold subsets). */
  readonly parents?: string;
}

/** What a module's routes are built with, once per process; `context()` builds a request's context as a resolver gets it. */
export interface RouteDeps<C extends BaseContext> {
  config: Config;
  schema: GraphQLSchema;
  logger: Logger;
  context(): C;
}

/**
 * One capability (entities, places, the 3W rows, …), as the composition root (composition.ts)
 * takes it: the resolvers it adds to the schema; its repositories over the one executor, shared
 * by every request; its slice of each request's context, under its own key (its services and
 * fresh loaders); optional HTTP routes; the bound statements of the unpaged lists its own
 * loaders read (the cost model's, BoundStatement). `C` is the context its routes need (BaseContext and the
 * slices they use). A module imports another capability only through that one's exported slice types.
 */
export interface CapabilityModule<Repos extends object, Slice extends object, C extends BaseContext = BaseContext> {
  readonly resolvers: readonly ClassType[];
  /** What the module shares between requests, built once per process: its repositories (and services over them, when they hold settings read at start). */
  repositories(graph: GraphExecutor, config: Config): Repos;
  /** Its slice of one request's context; `http` is the request when there is one (a slice that needs who is asking reads it here). */
  slice(repos: Repos, config: Config, http?: HttpPair): Slice;
  routes?(deps: RouteDeps<C>, repos: Repos): readonly HttpRoute[];
  /** Apollo plugins the module adds (checks over a whole operation, response headers), built once per process. */
  plugins?(repos: Repos): readonly ApolloServerPlugin<C>[];
  readonly listBounds?: readonly BoundStatement[];
}
