/**
 * The composition root: the one place that knows every capability. It wires the executor into
 * repositories, builds each request's loaders and context, and lists the resolvers the schema
 * is built from.
 */
import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type ClassType } from "type-graphql";
import { ACCOUNTS_RESOLVERS, accountsModule } from "./accounts/accounts.module"; // issue #20 (curation wiring)
import { AccountsRepository } from "./accounts/accounts.repository"; // issue #20 (curation wiring)
import type { Config } from "./config";
import { CURATION_RESOLVERS, curationModule } from "./curation/curation.module"; // issue #20 (curation wiring)
import { CurationRepository } from "./curation/curation.repository"; // issue #20 (curation wiring)
import type { Context, Loaders, Repositories } from "./context.type";
import { createEntityLoaders } from "./entities/entity.loaders";
import { EntityRepository } from "./entities/entity.repository";
import { ExportRepository } from "./export/export.repository";
import { EntityResolver, MetricResolver, ProvenanceResolver, SourceResolver } from "./entities/entity.resolver";
import { KIND_QUERY_RESOLVERS } from "./entities/entity-queries.resolver";
import { RELATION_FIELD_RESOLVERS } from "./entities/relation-fields.resolver";
import type { GraphExecutor } from "./graph/graph.executor";
import { createPartnerLoaders } from "./partners/partner.loaders";
import { PartnerRepository } from "./partners/partner.repository";
import { PARTNER_RESOLVERS } from "./partners/partner.resolver";
import { createPlaceLoaders } from "./places/place.loaders";
import { PlaceRepository } from "./places/place.repository";
import { PlaceHierarchyResolver, PlaceRollupResolver } from "./places/place.resolver";
import { createReplicableModelLoaders } from "./replicable-models/replicable-models.loaders";
import { ReplicableModelsRepository } from "./replicable-models/replicable-models.repository";
import { REPLICABLE_MODEL_RESOLVERS } from "./replicable-models/replicable-models.resolver";
import { SearchRepository } from "./search/search.repository";
import { SearchResolver } from "./search/search.resolver";
import { HealthResolver } from "./server/health.resolver";
import type { RequestInfo } from "./server/request-info";
import { WhoWhatWhereRepository } from "./who-what-where/who-what-where.repository";
import { WhoWhatWhereResolver } from "./who-what-where/who-what-where.resolver";

export function createRepositories(graph: GraphExecutor): Repositories {
  return {
    entities: new EntityRepository(graph),
    partners: new PartnerRepository(graph),
    places: new PlaceRepository(graph),
    search: new SearchRepository(graph),
    whoWhatWhere: new WhoWhatWhereRepository(graph),
    replicableModels: new ReplicableModelsRepository(graph),
    exports: new ExportRepository(graph),
  };
}

// issue #20 (curation wiring): accounts and curation as modules (resolvers' services, context slice, routes, plugins) on the executor.
export function createCurationModules(graph: GraphExecutor, config: Config) {
  return {
    accounts: accountsModule(new AccountsRepository(graph), { basePath: config.basePath }),
    curation: curationModule(graph, new CurationRepository(graph), { maxBodyBytes: config.maxBodyBytes }),
  };
}

/** Builds a request's loaders: their caches live exactly as long as the request. */
export function createLoaders(repos: Repositories): Loaders {
  return {
    ...createEntityLoaders(repos.entities),
    ...createPlaceLoaders(repos.places),
    ...createPartnerLoaders(repos.partners),
    ...createReplicableModelLoaders(repos.replicableModels),
  };
}

/** Called once per request by the server. */
export function createContext(config: Config, repos: Repositories, requestInfo?: RequestInfo): Context {
  return { config, repos, loaders: createLoaders(repos), requestInfo };
}

/** Every resolver class; generated ones come from the model table. */
export const RESOLVERS: [ClassType, ...ClassType[]] = [
  EntityResolver,
  ProvenanceResolver,
  MetricResolver,
  SourceResolver,
  ...KIND_QUERY_RESOLVERS,
  ...RELATION_FIELD_RESOLVERS,
  ...PARTNER_RESOLVERS,
  PlaceHierarchyResolver,
  PlaceRollupResolver,
  SearchResolver,
  WhoWhatWhereResolver,
  ...REPLICABLE_MODEL_RESOLVERS,
  HealthResolver,
  ...ACCOUNTS_RESOLVERS, // issue #20 (curation wiring)
  ...CURATION_RESOLVERS, // issue #20 (curation wiring)
];

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
