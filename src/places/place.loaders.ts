import type DataLoader from "dataloader";
import { loaderCache } from "../common/loaders";
import type { KindSpec } from "../graph/graph.model";
import { ALL_PROPERTIES, type NodeRow, type Projection, projectionKey } from "../graph/graph.node";
import type { PlaceRepository } from "./place.repository";

/**
 * Per-request loaders of the places capability, each created on first use and one per
 * projection (graph.node.ts), so a lean read never answers a selection that needs more.
 */
export interface PlaceLoaders {
  placeDescendants(projection?: Projection): DataLoader<string, NodeRow[]>;
  placeAncestors(projection?: Projection): DataLoader<string, NodeRow[]>;
  /** The roll-up loader for one kind tied to places. */
  within(kind: KindSpec, projection?: Projection): DataLoader<string, NodeRow[]>;
}

/** The places capability's slice of a request's context: its loaders, fresh per request. */
export interface PlacesSlice {
  places: { loaders: PlaceLoaders };
}

export function createPlaceLoaders(repo: PlaceRepository): PlaceLoaders {
  const loaders = loaderCache<NodeRow[]>();
  const loader = (key: string, projection: Projection, batch: (ids: readonly string[]) => Promise<NodeRow[][]>): DataLoader<string, NodeRow[]> =>
    loaders(`${key}|${projectionKey(projection)}`, batch);
  return {
    placeDescendants: (projection = ALL_PROPERTIES) => loader("descendants", projection, (ids) => repo.descendants(ids, projection)),
    placeAncestors: (projection = ALL_PROPERTIES) => loader("ancestors", projection, (ids) => repo.ancestors(ids, projection)),
    within: (kind, projection = ALL_PROPERTIES) => loader(`within.${kind.label}`, projection, (ids) => repo.within(kind, ids, projection)),
  };
}
