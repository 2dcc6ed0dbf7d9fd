import type { CapabilityModule } from "../module.type";
import { PLACE_BOUNDS } from "./place.bounds";
import { createPlaceLoaders, type PlacesSlice } from "./place.loaders";
import { PlaceRepository } from "./place.repository";
import { PlaceHierarchyResolver, PlaceRollupResolver } from "./place.resolver";

export type { PlacesSlice } from "./place.loaders";

export interface PlacesRepositories {
  places: PlaceRepository;
}

/** The place hierarchy (parent, ancestors, descendants) and the roll-up of what is tied to a place or anything inside it. */
export const placesModule: CapabilityModule<PlacesRepositories, PlacesSlice> = {
  resolvers: [PlaceHierarchyResolver, PlaceRollupResolver],
  repositories: (graph) => ({ places: new PlaceRepository(graph) }),
  slice: (repos) => ({ places: { loaders: createPlaceLoaders(repos.places) } }),
  listBounds: PLACE_BOUNDS,
};
