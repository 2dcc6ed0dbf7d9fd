import { byKey } from "../common/loaders";
import type { GraphExecutor } from "../graph/graph.executor";
import {
  ALL_DETAILS,
  anchorCypher,
  type DetailParts,
  type LinkKey,
  modelDetailsCypher,
  type ModelQuery,
  type ModelRuns,
  modelSpreadCypher,
  modelSpreadRunTotalCypher,
  modelSpreadRunsCypher,
  rankModelsCypher,
  type RankPage,
  similarPlacesCypher,
  type SpreadRunPage,
  statedOutcomesCypher,
} from "./replicable-models.cypher";
import type { Anchor, ClassificationFact, ModelDetails, PagedSpreadRun, RankedModel, RankedPlace, SpreadDetails, StatedOutcome } from "./replicable-models.rows";

export type { Anchor, PagedSpreadRun, SpreadDetails } from "./replicable-models.rows";
export type { SpreadRunPage } from "./replicable-models.cypher";

/**
 * The planners' reads: the asked place's surroundings, models ranked for it with the facts of
 * each reason, the details of the models on a page, places like it, and how models spread.
 * Every statement comes from replicable-models.cypher.ts; rows come back typed, nodes as NodeRow.
 */
export class ReplicableModelsRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * The asked place's surroundings; null when no place has the id. With `toSuccessor`, a unit the
   * 2025 reorganisation merged into one successor is anchored at that successor.
   */
  async anchor(place: string, toSuccessor = false): Promise<Anchor | null> {
    const [row] = await this.graph.run(anchorCypher(place, toSuccessor));
    return row ?? null;
  }

  /**
   * One page of models to bring to the anchored place (NEARBY), or of the best-documented elsewhere
   * (FALLBACK), and apart the models already run there (`here`, at most SEARCH.alreadyHereShown).
   */
  async rankModels(
    q: ModelQuery,
    anchor: Anchor,
    mode: "NEARBY" | "FALLBACK",
    page: RankPage,
  ): Promise<{ total: number; page: RankedModel[]; hereTotal: number; here: RankedModel[] }> {
    const [row] = await this.graph.run(rankModelsCypher(q, anchor.zones, linkKeys(anchor), mode, page));
    return row ?? { total: 0, hereTotal: 0, here: [], page: [] };
  }

  /** The details of each model (by id, with the runs the ranking listed for it) for the anchored place; `parts`: those asked (the others empty). */
  async modelDetails(q: ModelQuery, anchor: Anchor, models: ModelRuns[], parts: DetailParts = ALL_DETAILS): Promise<Map<string, ModelDetails>> {
    if (!models.length) return new Map();
    const rows = await this.graph.run(modelDetailsCypher(q, anchor.zones, models, parts));
    return new Map(rows.map(({ id, ...details }) => [id, details]));
  }

  /** For each model id: the outcomes stated about it, its variants or their runs (empty when none). */
  async statedOutcomes(ids: readonly string[]): Promise<Map<string, StatedOutcome[]>> {
    if (!ids.length) return new Map();
    const rows = await this.graph.run(statedOutcomesCypher(ids));
    return new Map(rows.map((r) => [r.id, r.outcomes]));
  }

  /** One page of places ranked by likeness to the anchored place, and what sources state the place to be. */
  async similarPlaces(anchor: Anchor, page: RankPage): Promise<{ classifications: ClassificationFact[]; total: number; page: RankedPlace[] }> {
    const [row] = await this.graph.run(similarPlacesCypher(anchor.zones, linkKeys(anchor).learned, page));
    return row ?? { classifications: [], total: 0, page: [] };
  }

  /** For each model id (in key order): its runs in time order (the first `runs` of them detailed), learning links and showcases. */
  async spread(ids: readonly string[], runs?: number): Promise<SpreadDetails[]> {
    const rows = await this.graph.run(modelSpreadCypher(ids, runs));
    return byKey(
      ids,
      rows,
      ({ id: _id, ...spread }) => spread,
      () => ({ runCount: 0, runs: [], learning: [], showcased: [] }),
    );
  }

  /** For each model id (in key order): one page of its runs (ModelSpread.runsConnection), in the order of `spread`'s runs. */
  async spreadRuns(ids: readonly string[], page: SpreadRunPage): Promise<PagedSpreadRun[][]> {
    const rows = await this.graph.run(modelSpreadRunsCypher(ids, page));
    return byKey(
      ids,
      rows,
      (r) => r.runs,
      () => [],
    );
  }

  /** For each model id (in key order): how many runs it has (with its variants'). */
  async spreadRunTotal(ids: readonly string[]): Promise<number[]> {
    const rows = await this.graph.run(modelSpreadRunTotalCypher(ids));
    return byKey(
      ids,
      rows,
      (r) => r.total,
      () => 0,
    );
  }
}

/** The anchor's learning and showcase links as the statements take them: ids, numbered by position. */
function linkKeys(anchor: Anchor): { learned: LinkKey[]; showcased: LinkKey[] } {
  return {
    learned: anchor.learned.map((l, key) => ({ key, actor: l.learner.id, target: l.target.id, inferred: l.inferred })),
    showcased: anchor.showcased.map((s, key) => ({ key, actor: s.actor.id, target: s.target.id, inferred: s.inferred })),
  };
}
