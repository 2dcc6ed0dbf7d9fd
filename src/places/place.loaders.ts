import DataLoader from "dataloader";
import type { KindSpec } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import type { PlaceRepository } from "./place.repository";

/** Per-request loaders of the places capability. */
export interface PlaceLoaders {
  placeDescendants: DataLoader<string, NodeRow[]>;
  placeAncestors: DataLoader<string, NodeRow[]>;
  /** The roll-up loader for one kind tied to places, created on first use within the request. */
  within(kind: KindSpec): DataLoader<string, NodeRow[]>;
}

export function createPlaceLoaders(repo: PlaceRepository): PlaceLoaders {
  const withinLoaders = new Map<string, DataLoader<string, NodeRow[]>>();
  return {
    placeDescendants: new DataLoader((ids) => repo.descendants(ids)),
    placeAncestors: new DataLoader((ids) => repo.ancestors(ids)),
    within(kind) {
      let loader = withinLoaders.get(kind.label);
      if (!loader) {
        loader = new DataLoader((ids) => repo.within(kind, ids));
        withinLoaders.set(kind.label, loader);
      }
      return loader;
    },
  };
}
