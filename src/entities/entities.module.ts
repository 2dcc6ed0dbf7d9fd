import type { CapabilityModule } from "../module.type";
import { KIND_QUERY_RESOLVERS } from "./entity-queries.resolver";
import { EntityRepository } from "./entity.repository";
import { EntityResolver, MetricResolver, ProvenanceResolver, SourceResolver } from "./entity.resolver";
import { type EntitiesSlice, EntityService } from "./entity.service";
import { RELATION_FIELD_RESOLVERS } from "./relation-fields.resolver";

export type { EntitiesSlice, EntityService } from "./entity.service";
export type { EntityLoaders } from "./entity.loaders";
export type { MetricRow, RelatedItem } from "./entity.repository";
export type { PagedRead } from "./entity-pages.cypher";
export type { NestedRead } from "./entity-nested.cypher";

export interface EntitiesRepositories {
  entities: EntityRepository;
}

/**
 * Every kind of the model table: lookups and lists by kind, `entity` and `source`, provenance,
 * metrics, claims, relations, and the relationship fields derived from the table. Its loaders
 * (`ctx.entities.loaders`) are the ones other capabilities read nodes and sources through.
 */
export const entitiesModule: CapabilityModule<EntitiesRepositories, EntitiesSlice> = {
  resolvers: [EntityResolver, ProvenanceResolver, MetricResolver, SourceResolver, ...KIND_QUERY_RESOLVERS, ...RELATION_FIELD_RESOLVERS],
  repositories: (graph) => ({ entities: new EntityRepository(graph) }),
  slice: (repos, config) => ({ entities: new EntityService(repos.entities, config) }),
};
