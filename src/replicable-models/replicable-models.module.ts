import type { CapabilityModule } from "../module.type";
import { ReplicableModelsRepository } from "./replicable-models.repository";
import { REPLICABLE_MODEL_RESOLVERS } from "./replicable-models.resolver";
import { ReplicableModelsService, type ReplicableModelsSlice } from "./replicable-models.service";

export type { ReplicableModelsSlice } from "./replicable-models.service";
/** The write path's side of the planners' kept place facts (issue #21): the seed loader's entry points, curation and the benchmark's generator keep them. */
export { keepPlaceFacts, refreshAllPlaceFacts } from "./replicable-models.facts";

export interface ReplicableModelsRepositories {
  replicableModels: ReplicableModelsRepository;
}

/** Planners' questions: `replicableModels`, `similarPlaces`, and LivelihoodModel.spread. */
export const replicableModelsModule: CapabilityModule<ReplicableModelsRepositories, ReplicableModelsSlice> = {
  resolvers: REPLICABLE_MODEL_RESOLVERS,
  repositories: (graph) => ({ replicableModels: new ReplicableModelsRepository(graph) }),
  slice: (repos, config) => ({ replicableModels: new ReplicableModelsService(repos.replicableModels, config) }),
};
