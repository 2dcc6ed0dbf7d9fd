import type { Router } from "express";
import type { GraphQLSchema } from "graphql";
import type { ClassType } from "type-graphql";
import type { Config } from "./config";
import type { BaseContext } from "./context.type";
import type { GraphExecutor } from "./graph/graph.executor";

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
 * fresh loaders); optional HTTP routes. `C` is the context its routes need (BaseContext and the
 * slices they use). A module imports another capability only through that one's exported slice types.
 */
export interface CapabilityModule<Repos extends object, Slice extends object, C extends BaseContext = BaseContext> {
  readonly resolvers: readonly ClassType[];
  repositories(graph: GraphExecutor): Repos;
  slice(repos: Repos, config: Config): Slice;
  routes?(deps: RouteDeps<C>, repos: Repos): readonly HttpRoute[];
}
