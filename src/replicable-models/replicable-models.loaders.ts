import DataLoader from "dataloader";
import { loaderCache } from "../common/loaders";
import type { PagedSpreadRun, ReplicableModelsRepository, SpreadDetails, SpreadRunPage } from "./replicable-models.repository";

/** Per-request loaders of the replicable-models capability. */
export interface ReplicableModelLoaders {
  /** LivelihoodModel.spread for a batch of models: one statement per request and page; `runs`: whether its runs are detailed (ModelSpread.runs asked). */
  modelSpread(runs: boolean): DataLoader<string, SpreadDetails>;
  /** ModelSpread.runsConnection: one page of runs per model, one statement per request and page asked. */
  spreadRuns(page: SpreadRunPage): DataLoader<string, PagedSpreadRun[]>;
  /** ModelSpread.runsConnection's totalCount: how many runs each model has. */
  spreadRunTotal: DataLoader<string, number>;
}

export function createReplicableModelLoaders(repo: ReplicableModelsRepository): ReplicableModelLoaders {
  const pages = loaderCache<PagedSpreadRun[]>();
  const spreads = loaderCache<SpreadDetails>();
  return {
    modelSpread: (runs) => spreads(String(runs), (ids) => repo.spread(ids, runs ? undefined : 0)),
    spreadRuns: (page) => pages(JSON.stringify(page), (ids) => repo.spreadRuns(ids, page)),
    spreadRunTotal: new DataLoader((ids) => repo.spreadRunTotal(ids)),
  };
}
