import DataLoader from "dataloader";
import { ALL_PROPERTIES, type Projection, projectionKey } from "../graph/graph.node";
import type { Partnership } from "../types/edge.type";
import type { PartnerRepository } from "./partner.repository";

/** Per-request loaders of the partners capability: one per projection, created on first use. */
export interface PartnerLoaders {
  partners(projection?: Projection, provenance?: boolean): DataLoader<string, Partnership[]>;
}

export function createPartnerLoaders(repo: PartnerRepository): PartnerLoaders {
  const loaders = new Map<string, DataLoader<string, Partnership[]>>();
  return {
    partners(projection = ALL_PROPERTIES, provenance = true) {
      const key = `${projectionKey(projection)}|${provenance}`;
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => repo.partners(ids, projection, provenance));
        loaders.set(key, loader);
      }
      return loader;
    },
  };
}
