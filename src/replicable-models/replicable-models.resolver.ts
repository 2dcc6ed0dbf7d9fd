import { Arg, Args, type ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.type";
import { BadInputError, NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { encodeCursor, PageArgs, type PageRequest, toPageRequest } from "../common/pagination";
import { Label } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import { Source } from "../types/entity.type";
import { kindType } from "../types/kind.type";
import { idOnlyFields } from "../types/selection.projection";
import type { ModelQuery, RankPage } from "./replicable-models.cypher";
import { ModelCategory } from "../types/enums.type";
import { LIVELIHOOD } from "./replicable-models.cypher";
import { answerCaveats, modelSpread, placeClassification, type ReasonContext, replicableModel, similarCaveats, similarPlace } from "./replicable-models.reasons";
import { statedOutcomeReasons } from "./replicable-models.reasons";
import type { Anchor } from "./replicable-models.repository";
import {
  ModelEvidence,
  ModelSpread,
  type ReplicableModel,
  ReplicableModelConnection,
  ReplicableModelFilter,
  type SimilarPlace,
  SimilarPlaceConnection,
} from "./replicable-models.type";

/** Largest minEvidence accepted: far above any model's documented runs, small enough for Neo4j. */
export const MAX_MIN_EVIDENCE = 100_000;

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

/** The ranking's page: `first` checked, `after` decoded as the (score, id) of the last row shown. */
function toRankPage(args: PageArgs, ctx: Context): { page: PageRequest; rank: RankPage } {
  const page = toPageRequest(args, ctx.config.maxPageSize, ["any", "string"]);
  const rank: RankPage = { limit: page.first + 1 };
  if (page.after) {
    const [score, id] = page.after;
    if (typeof score !== "number") throw new BadInputError("`after` is not a cursor returned by this field", "after");
    rank.after = { score, id: String(id) };
  }
  return { page, rank };
}

async function anchorOf(ctx: Context, place: string, toSuccessor = false): Promise<Anchor> {
  const anchor = await ctx.repos.replicableModels.anchor(place, toSuccessor);
  if (!anchor) throw new NotFoundError("Place", place);
  return anchor;
}

/** Edges and page info of a ranking page fetched with one extra row. */
function paged<T extends { score: number }>(rows: T[], keyOf: (row: T) => string, page: PageRequest) {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.score, keyOf(node)]) }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}

/**
 * Planners' questions: which livelihood models would work in a place, why, and whom to call
 * (replicableModels); which places are like it (similarPlaces). Both are anchored at the asked
 * place, legacy (vn:…) or 2025 (vn2025:…), and score by the one table of weights
 * (replicable-models.scoring.ts); every point comes with its reason and the facts it rests on.
 */
@Resolver()
export class ReplicableModelsResolver {
  @Query(() => ReplicableModelConnection, {
    description:
      "Livelihood models to bring to a place, ranked: where each ran and how like the place that is, who ran it in which role, programs and projects, " +
      "outcomes stated, events where it was shown or learned, evidence and caveats, and every reason with its points. What already runs there is " +
      "listed apart (`alreadyHere`), not ranked among them. Only livelihood models by default (infrastructure works when asked: `categories`); " +
      "numbers count only for the model they are stated of; no distance from borrowed coordinates; a legacy unit merged into one 2025 unit is " +
      "ranked as that unit. Every point an inferred fact earns says so. A place with nothing to bring documented nearby gets the best-documented " +
      "models elsewhere (`fallback`), each with its caveats.",
  })
  async replicableModels(
    @Arg("place", () => ID, { description: "A place id, before (vn:…) or after (vn2025:…) the July 2025 reorganisation." }) place: string,
    @Arg("filter", () => ReplicableModelFilter, { nullable: true }) filter: ReplicableModelFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
    @Arg("categories", () => [ModelCategory], {
      nullable: true,
      description:
        "The model categories to rank. By default the livelihood categories (all but INFRASTRUCTURE and GENDER_EQUALITY) and models without a category; " +
        "ask for INFRASTRUCTURE to see infrastructure works (and count runs whose activity is INFRASTRUCTURE).",
    })
    categories: ModelCategory[] | null,
  ): Promise<ReplicableModelConnection> {
    const q = toModelQuery(place, categories, filter);
    const { page, rank } = toRankPage(pageArgs, ctx);
    const anchor = await anchorOf(ctx, q.place, true);
    const repo = ctx.repos.replicableModels;
    let ranking = await repo.rankModels(q, anchor, "NEARBY", rank);
    const { here, hereTotal } = ranking;
    const fallback = ranking.total === 0;
    if (fallback) ranking = await repo.rankModels(q, anchor, "FALLBACK", rank);
    const shown = [...ranking.page.slice(0, page.first), ...here];
    const details = await repo.modelDetails(
      q,
      anchor,
      shown.map((r) => ({ id: r.id, runs: r.runIds })),
    );
    const rc: ReasonContext = { asked: anchor.place, anchor };
    const rows: ReplicableModel[] = ranking.page.map((r) => replicableModel(r, details.get(r.id), rc));
    // Outcomes in words are evidence beside the ranking (0 points), read for the shown models only.
    const outcomes = await repo.statedOutcomes(shown.map((r) => r.id));
    for (const row of rows) row.reasons.push(...statedOutcomeReasons(outcomes.get(row.model.id) ?? []));
    const filtered = !!(categories || filter?.category || q.program || q.minEvidence);
    return {
      ...paged(rows, (r) => r.model.id, page),
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

  @Query(() => SimilarPlaceConnection, {
    description:
      "Places ranked by likeness to a place (units of its level, on its side of the July 2025 reorganisation), each with its reasons: " +
      "the same commune, district, province or region, distance, unit type, models run in both, classifications a source states of both, learning links.",
  })
  async similarPlaces(
    @Arg("place", () => ID, { description: "A place id, before (vn:…) or after (vn2025:…) the July 2025 reorganisation." }) place: string,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<SimilarPlaceConnection> {
    const id = assertId(place, "place");
    const { page, rank } = toRankPage(pageArgs, ctx);
    const anchor = await anchorOf(ctx, id);
    const result = await ctx.repos.replicableModels.similarPlaces(anchor, rank);
    const rc: ReasonContext = { asked: anchor.place, anchor };
    const rows: SimilarPlace[] = result.page.map((p) => similarPlace(p, rc));
    return {
      ...paged(rows, (r) => r.place.id, page),
      totalCount: result.total,
      place: anchor.place,
      searched: [...anchor.homeProvinces, ...anchor.nearby],
      classifications: result.classifications.map(placeClassification),
      caveats: similarCaveats(rc, result.classifications),
    };
  }
}

@Resolver(() => ModelEvidence)
export class ModelEvidenceResolver {
  @FieldResolver(() => [Source], { description: "The sources documenting its runs." })
  async sources(@Root() evidence: ModelEvidence, @Ctx() ctx: Context): Promise<Source[]> {
    const sources = await ctx.loaders.sourceById.loadMany(evidence.sourceIds);
    return sources.filter((s): s is Source => !!s && !(s instanceof Error));
  }
}

idOnlyFields("spread");

/** LivelihoodModel.spread: a field of the generated model type, batched per request. */
@Resolver(() => kindType(Label.Model))
export class ModelSpreadResolver {
  @FieldResolver(() => ModelSpread, {
    description: "Where and when it ran (with its variants), in time order; where it was showcased; and who learned it from whom, where, at which event.",
  })
  async spread(@Root() model: NodeRow, @Ctx() ctx: Context): Promise<ModelSpread> {
    return modelSpread(await ctx.loaders.modelSpread.load(model.id));
  }
}

export const REPLICABLE_MODEL_RESOLVERS: readonly ClassType[] = [ReplicableModelsResolver, ModelEvidenceResolver, ModelSpreadResolver];
