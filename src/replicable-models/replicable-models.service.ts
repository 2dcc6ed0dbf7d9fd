import type { Config } from "../config";
import { BadInputError, NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { type PageArgs, type PageRequest, toConnection, toPageRequest } from "../common/pagination";
import { ModelCategory } from "../types/enums.type";
import { ALL_DETAILS, type DetailParts, LIVELIHOOD, type ModelQuery, type RankPage } from "./replicable-models.cypher";
import { createReplicableModelLoaders, type ReplicableModelLoaders } from "./replicable-models.loaders";
import { answerCaveats, placeClassification, type ReasonContext, replicableModel, similarCaveats, similarPlace, statedOutcomeReasons } from "./replicable-models.reasons";
import type { Anchor, ReplicableModelsRepository } from "./replicable-models.repository";
import type { ReplicableModel, ReplicableModelConnection, ReplicableModelFilter, SimilarPlace, SimilarPlaceConnection } from "./replicable-models.type";

/** Largest minEvidence accepted: far above any model's documented runs, small enough for Neo4j. */
export const MAX_MIN_EVIDENCE = 100_000;

/** The replicable-models capability's slice of a request's context. */
export interface ReplicableModelsSlice {
  replicableModels: ReplicableModelsService;
}

/**
 * The categories ranked: those asked (`categories`), else the livelihood categories and models
 * without one; `filter.category` narrows either to one (and asks for it: INFRASTRUCTURE there
 * asks for infrastructure works). Runs of INFRASTRUCTURE activity count only when it is asked.
 */
function categoriesOf(categories: ModelCategory[] | null, filter: ReplicableModelFilter | null): Pick<ModelQuery, "categories" | "uncategorised" | "infrastructureRuns"> {
  if (categories && categories.length === 0) throw new BadInputError("`categories` must name at least one category (omit it for livelihood models)", "categories");
  let asked: string[] = categories ? [...new Set(categories)] : [...LIVELIHOOD.categories];
  let uncategorised = !categories;
  if (filter?.category) {
    asked = categories ? asked.filter((c) => c === filter.category) : [filter.category];
    uncategorised = false;
  }
  return { categories: asked, uncategorised, infrastructureRuns: asked.includes(ModelCategory.INFRASTRUCTURE) };
}

function toModelQuery(place: string, categories: ModelCategory[] | null, filter: ReplicableModelFilter | null): ModelQuery {
  const q: ModelQuery = { place: assertId(place, "place"), ...categoriesOf(categories, filter) };
  if (filter?.program != null) q.program = assertId(filter.program, "filter.program");
  if (filter?.minEvidence != null) {
    if (!Number.isInteger(filter.minEvidence) || filter.minEvidence < 0 || filter.minEvidence > MAX_MIN_EVIDENCE) {
      throw new BadInputError(`\`filter.minEvidence\` must be an integer between 0 and ${MAX_MIN_EVIDENCE}`, "filter.minEvidence");
    }
    if (filter.minEvidence > 0) q.minEvidence = filter.minEvidence;
  }
  return q;
}

/**
 * Planners' questions, anchored at the asked place, legacy (vn:…) or 2025 (vn2025:…), and scored
 * by the one table of weights (replicable-models.scoring.ts); every point comes with its reason
 * and the facts it rests on. Built per request: `loaders` are the request's own.
 */
export class ReplicableModelsService {
  constructor(
    private readonly repo: ReplicableModelsRepository,
    private readonly config: Pick<Config, "maxPageSize">,
    readonly loaders: ReplicableModelLoaders = createReplicableModelLoaders(repo),
  ) {}

  /**
   * Models to bring to `place`, in four steps: anchor the place (NOT_FOUND when unknown); rank
   * the models run nearby, or, when none is, the best documented elsewhere (`fallback`); read the
   * details of the shown models and of those already run there; add the outcomes stated in words
   * (0 points) and the answer's caveats. Three or four statements. `parts`: the details the
   * question selects (events, learning); those not asked are answered empty, never read.
   */
  async recommend(
    place: string,
    categories: ModelCategory[] | null,
    filter: ReplicableModelFilter | null,
    pageArgs: PageArgs,
    parts: DetailParts = ALL_DETAILS,
  ): Promise<ReplicableModelConnection> {
    const q = toModelQuery(place, categories, filter);
    const { page, rank } = this.rankPage(pageArgs);
    const anchor = await this.anchorOf(q.place, true);
    let ranking = await this.repo.rankModels(q, anchor, "NEARBY", rank);
    const { here, hereTotal } = ranking;
    const fallback = ranking.total === 0;
    if (fallback) ranking = await this.repo.rankModels(q, anchor, "FALLBACK", rank);
    const shown = [...ranking.page.slice(0, page.first), ...here];
    const listed = ranking.page.slice(0, page.first).map((r) => ({ id: r.id, runs: r.runIds, anywhere: parts.anywhere?.nodes ?? true }));
    const details = await this.repo.modelDetails(q, anchor, [...listed, ...here.map((r) => ({ id: r.id, runs: r.runIds, anywhere: parts.anywhere?.alreadyHere ?? true }))], parts);
    const rc: ReasonContext = { asked: anchor.place, anchor };
    const rows: ReplicableModel[] = ranking.page.map((r) => replicableModel(r, details.get(r.id), rc));
    // Outcomes in words are evidence beside the ranking (0 points), read for the shown models only.
    const outcomes = await this.repo.statedOutcomes(shown.map((r) => r.id));
    for (const row of rows) row.reasons.push(...statedOutcomeReasons(outcomes.get(row.model.id) ?? []));
    const filtered = !!(categories || filter?.category || q.program || q.minEvidence);
    const { edges, nodes, pageInfo } = toConnection(rows, page, (r) => [r.score, r.model.id], ranking.total);
    return {
      edges,
      nodes,
      pageInfo,
      totalCount: ranking.total,
      place: anchor.asked,
      rankedFor: anchor.place,
      alreadyHere: here.map((r) => replicableModel(r, details.get(r.id), rc)),
      alreadyHereCount: hereTotal,
      searched: [...anchor.homeProvinces, ...anchor.nearby],
      fallback,
      caveats: answerCaveats(rc, ranking.total, fallback, filtered, hereTotal),
    };
  }

  /** Places of the asked place's level and side of the 2025 reorganisation, ranked by likeness, each with its reasons. */
  async similarPlaces(place: string, pageArgs: PageArgs): Promise<SimilarPlaceConnection> {
    const id = assertId(place, "place");
    const { page, rank } = this.rankPage(pageArgs);
    const anchor = await this.anchorOf(id);
    const result = await this.repo.similarPlaces(anchor, rank);
    const rc: ReasonContext = { asked: anchor.place, anchor };
    const rows: SimilarPlace[] = result.page.map((p) => similarPlace(p, rc));
    const { edges, nodes, pageInfo } = toConnection(rows, page, (r) => [r.score, r.place.id], result.total);
    return {
      edges,
      nodes,
      pageInfo,
      totalCount: result.total,
      place: anchor.place,
      searched: [...anchor.homeProvinces, ...anchor.nearby],
      classifications: result.classifications.map(placeClassification),
      caveats: similarCaveats(rc, result.classifications),
    };
  }

  /** The ranking's page: `first` checked, `after` decoded as the (score, id) of the last row shown. */
  private rankPage(args: PageArgs): { page: PageRequest; rank: RankPage } {
    const page = toPageRequest(args, this.config.maxPageSize, ["any", "string"]);
    const rank: RankPage = { limit: page.first + 1 };
    if (page.after) {
      const [score, id] = page.after;
      if (typeof score !== "number") throw new BadInputError("`after` is not a cursor returned by this field", "after");
      rank.after = { score, id: String(id) };
    }
    return { page, rank };
  }

  private async anchorOf(place: string, toSuccessor = false): Promise<Anchor> {
    const anchor = await this.repo.anchor(place, toSuccessor);
    if (!anchor) throw new NotFoundError("Place", place);
    return anchor;
  }
}
