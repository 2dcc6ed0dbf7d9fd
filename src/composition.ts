/**
 * The composition root: the one place that knows every capability. It lists the modules (each
 * capability folder exports one: resolvers, repositories over the one executor, its slice of
 * the request context, optional HTTP routes), derives the request context from their slices,
 * builds the schema from their resolvers, and hands server/ the schema, the per-request context
 * and the routes as plain values. Adding a capability: a folder with its module, and one line
 * in MODULES.
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type ClassType } from "type-graphql";
import { accountsCapability } from "./accounts/accounts.module";
import type { Config } from "./config";
import type { BaseContext, RequestInfo } from "./context.type";
import { curationCapabilityKeeping } from "./curation/curation.module";
import { entitiesModule } from "./entities/entities.module";
import { exportModule } from "./export/export.module";
import type { GraphExecutor } from "./graph/graph.executor";
import { healthModule } from "./health/health.module";
import type { ApolloServerPlugin } from "@apollo/server";
import type { BoundStatement, CapabilityModule, HttpPair, HttpRoute, Logger } from "./module.type";
import { partnersModule } from "./partners/partners.module";
import { placesModule } from "./places/places.module";
import { keepPlaceFacts, replicableModelsModule } from "./replicable-models/replicable-models.module";
import { searchModule } from "./search/search.module";
import { graphBoundStatements } from "./server/list-bounds.cypher";
import { whoWhatWhereModule } from "./who-what-where/who-what-where.module";

/** Every capability of the API. */
const MODULES = [
  accountsCapability,
  // issue #21 (planner facts): publishing and removing a source keep the planners' place facts too.
  curationCapabilityKeeping(keepPlaceFacts),
  entitiesModule,
  partnersModule,
  placesModule,
  searchModule,
  whoWhatWhereModule,
  replicableModelsModule,
  exportModule,
  healthModule,
] as const;

type Module = (typeof MODULES)[number];
/** The intersection of a union's members (A | B → A & B). */
type AllOf<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
type RepositoriesOf<M> = M extends CapabilityModule<infer R, object, never> ? R : never;
type SliceOf<M> = M extends CapabilityModule<object, infer S, never> ? S : never;

/** Every module's repositories: they hold no request state and are shared by all requests. */
export type Repositories = AllOf<RepositoriesOf<Module>>;

/** What every resolver receives: the base context and every module's slice, built once per request. */
export type Context = BaseContext & AllOf<SliceOf<Module>>;

/** Every module's repositories over the one executor. */
export function createRepositories(graph: GraphExecutor, config: Config): Repositories {
  // Each module returns its own keys: merged, they are Repositories.
  return Object.assign({}, ...MODULES.map((m) => m.repositories(graph, config)));
}

/** A request's context: the base and every module's slice, with fresh loaders. Called once per request by the server. */
export function createContext(config: Config, repos: Repositories, requestInfo?: RequestInfo, http?: HttpPair): Context {
  const base: BaseContext = { config, requestInfo };
  return Object.assign(base, ...MODULES.map((m) => m.slice(repos, config, http)));
}

/** A list known to have an item, as buildSchema wants its resolvers. */
function nonEmpty<T>(items: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error("no module declares a resolver");
  return [first, ...rest];
}

/** Every resolver class of every module; generated ones come from the model table. */
export const RESOLVERS: [ClassType, ...ClassType[]] = nonEmpty(MODULES.flatMap((m) => m.resolvers));

/** The cost model's bound statements (server/list-bounds.ts): the model table's lists and every module's own. */
export function boundStatements(): BoundStatement[] {
  return [...graphBoundStatements(), ...MODULES.flatMap((m) => m.listBounds ?? [])];
}

let schemaPromise: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildSchema({ resolvers: RESOLVERS, validate: false });
  return schemaPromise;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The API as server/ takes it: the schema, and once the executor exists, the request context and the routes. */
export const API = {
  schema: getSchema,
  boundStatements,
  over(
    graph: GraphExecutor,
    { config, schema, logger }: { config: Config; schema: GraphQLSchema; logger: Logger },
  ): { context(requestInfo?: RequestInfo, http?: HttpPair): Context; routes: HttpRoute[]; plugins: ApolloServerPlugin<Context>[] } {
    const repos = createRepositories(graph, config);
    const context = (requestInfo?: RequestInfo, http?: HttpPair): Context => createContext(config, repos, requestInfo, http);
    return {
      context,
      routes: MODULES.flatMap((m) => m.routes?.({ config, schema, logger, context }, repos) ?? []),
      plugins: MODULES.flatMap((m): readonly ApolloServerPlugin<Context>[] => m.plugins?.(repos) ?? []),
    };
  },
};
