import DataLoader from "dataloader";
import { ALL_PROPERTIES, type Projection, projectionKey } from "../graph/graph.node";
import type { Partnership } from "../types/edge.type";
import type { PartnerRepository } from "./partner.repository";

/** Per-request loaders of the partners capability: one per projection, created on first use. */
export interface PartnerLoaders {
  partners(projection?: Projection): DataLoader<string, Partnership[]>;
}

export function createPartnerLoaders(repo: PartnerRepository): PartnerLoaders {
  const loaders = new Map<string, DataLoader<string, Partnership[]>>();
  return {
    partners(projection = ALL_PROPERTIES) {
      const key = projectionKey(projection);
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => repo.partners(ids, projection));
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
