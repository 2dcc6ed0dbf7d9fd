import DataLoader from "dataloader";
import type { NodeRow } from "../graph/graph.node";
import type { RelationSpec } from "../graph/graph.relations";
import type { Source } from "../types/entity.type";
import type { ClaimRow, EntityRepository, MetricRow, RelatedItem } from "./entity.repository";

/**
 * Per-request loaders over EntityRepository: one batched Cypher per relationship field per level
 * of the query, however many parents ask. Built in the request context, never shared.
 */
export interface EntityLoaders {
  entityById: DataLoader<string, NodeRow | null>;
  sourceById: DataLoader<string, Source | null>;
  metrics: DataLoader<string, MetricRow[]>;
  claims: DataLoader<string, ClaimRow[]>;
  /** The relationships of one spec with their properties, created on first use within the request. */
  related(spec: RelationSpec): DataLoader<string, RelatedItem[]>;
  /** The nodes related through one spec (what relationship fields list), created on first use. */
  relatedNodes(spec: RelationSpec): DataLoader<string, NodeRow[]>;
}

export function createEntityLoaders(repo: EntityRepository): EntityLoaders {
  const relatedLoaders = new Map<string, DataLoader<string, RelatedItem[]>>();
  const nodeLoaders = new Map<string, DataLoader<string, NodeRow[]>>();
  return {
    entityById: new DataLoader((ids) => repo.findByIds(ids)),
    sourceById: new DataLoader((ids) => repo.findSourcesByIds(ids)),
    metrics: new DataLoader((ids) => repo.metrics(ids)),
    claims: new DataLoader((ids) => repo.claims(ids)),
    related(spec) {
      let loader = relatedLoaders.get(spec.key);
      if (!loader) {
        loader = new DataLoader((ids) => repo.related(spec, ids));
        relatedLoaders.set(spec.key, loader);
      }
      return loader;
    },
    relatedNodes(spec) {
      let loader = nodeLoaders.get(spec.key);
      if (!loader) {
        loader = new DataLoader((ids) => repo.relatedNodes(spec, ids));
        nodeLoaders.set(spec.key, loader);
      }
      return loader;
    },
  };
}
