import DataLoader from "dataloader";
import type { NodeValue } from "./entity.mapper";
import type { EntityRepository, RelatedItem } from "./entity.repository";
import type { RelationSpec } from "./entity.relations";

/**
 * Per-request loaders over EntityRepository: one batched Cypher per relationship field per level
 * of the query, however many parents ask. Built in the request context, never shared.
 */
export interface EntityLoaders {
  entityById: DataLoader<string, NodeValue | null>;
  sourceById: DataLoader<string, Record<string, unknown> | null>;
  /** The loader for one relationship spec, created on first use within the request. */
  related(spec: RelationSpec): DataLoader<string, RelatedItem[]>;
}

export function createEntityLoaders(repo: EntityRepository): EntityLoaders {
  const relatedLoaders = new Map<string, DataLoader<string, RelatedItem[]>>();
  return {
    entityById: new DataLoader((ids) => repo.findByIds(ids)),
    sourceById: new DataLoader((ids) => repo.findSourcesByIds(ids)),
    related(spec) {
      let loader = relatedLoaders.get(spec.key);
      if (!loader) {
        loader = new DataLoader((ids) => repo.related(spec, ids));
        relatedLoaders.set(spec.key, loader);
      }
      return loader;
    },
  };
}
