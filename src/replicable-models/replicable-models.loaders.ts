import DataLoader from "dataloader";
import type { ReplicableModelsRepository, SpreadDetails } from "./replicable-models.repository";

/** Per-request loaders of the replicable-models capability. */
export interface ReplicableModelLoaders {
  /** LivelihoodModel.spread for a batch of models: one statement per request and page. */
  modelSpread: DataLoader<string, SpreadDetails>;
}

export function createReplicableModelLoaders(repo: ReplicableModelsRepository): ReplicableModelLoaders {
  return { modelSpread: new DataLoader((ids) => repo.spread(ids)) };
}
