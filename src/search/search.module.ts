import type { CapabilityModule } from "../module.type";
import { SearchRepository } from "./search.repository";
import { SearchResolver } from "./search.resolver";
import { SearchService, type SearchSlice } from "./search.service";

export type { SearchSlice } from "./search.service";

export interface SearchRepositories {
  search: SearchRepository;
}

/** `search(text, kinds, first)`: full-text search over every entity's names and aliases. */
export const searchModule: CapabilityModule<SearchRepositories, SearchSlice> = {
  resolvers: [SearchResolver],
  repositories: (graph) => ({ search: new SearchRepository(graph) }),
  slice: (repos, config) => ({ search: new SearchService(repos.search, config) }),
};
