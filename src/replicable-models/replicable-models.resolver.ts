import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, type ClassType, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import type { BaseContext } from "../context.type";
import type { EntitiesSlice } from "../entities/entities.module";
import { BadInputError } from "../common/errors";
import { type Connection, PageArgs, toConnection, toPageRequest, withNodes } from "../common/pagination";
import { Label } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import { Source } from "../types/entity.type";
import { idOnlyFields, selectsPath } from "../types/selection.projection";
import { ModelCategory } from "../types/enums.type";
import { kindType } from "../types/kind.type";
import type { SpreadDetails } from "./replicable-models.repository";
import { modelSpread, spreadRun } from "./replicable-models.reasons";
import type { ReplicableModelsSlice } from "./replicable-models.service";
import {
  ModelEvidence,
  ModelSpread,
  ReplicableModelConnection,
  ReplicableModelFilter,
  SimilarPlaceConnection,
  type SpreadRun,
  SpreadRunConnection,
} from "./replicable-models.type";

type Context = BaseContext & ReplicableModelsSlice & EntitiesSlice;

/**
 * Planners' questions: which livelihood models would work in a place, why, and whom to call
 * (replicableModels); which places are like it (similarPlaces). Both are anchored at the asked
 * place, legacy (vn:…) or 2025 (vn2025:…); the service (replicable-models.service.ts) runs the
 * steps, scoring by the one table of weights, every point with its reason and the facts it rests on.
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
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReplicableModelConnection> {
    // Only the details asked are read (issue 21): a model's events and learning links are the costliest.
    const asks = (field: string): boolean => [["nodes"], ["edges", "node"], ["alreadyHere"]].some((path) => selectsPath(info, [...path, field]));
    const events = asks("events");
    // The runs documented anywhere show only in caveats and evidence.interventionsAnywhere.
    const anywhere = (paths: string[][]): boolean =>
      paths.some((path) => selectsPath(info, [...path, "caveats"]) || selectsPath(info, [...path, "evidence", "interventionsAnywhere"]));
    return ctx.replicableModels.recommend(place, categories, filter, pageArgs, {
      events,
      learning: events || asks("learnedBy"),
      anywhere: { nodes: anywhere([["nodes"], ["edges", "node"]]), alreadyHere: anywhere([["alreadyHere"]]) },
    });
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
    return ctx.replicableModels.similarPlaces(place, pageArgs);
  }
}

@Resolver(() => ModelEvidence)
export class ModelEvidenceResolver {
  @FieldResolver(() => [Source], { description: "The sources documenting its runs." })
  async sources(@Root() evidence: ModelEvidence, @Ctx() ctx: Context): Promise<Source[]> {
    const sources = await ctx.entities.loaders.sourceById.loadMany(evidence.sourceIds);
    return sources.filter((s): s is Source => !!s && !(s instanceof Error));
  }
}

idOnlyFields("spread");

/** The fields of ModelSpread read by the whole-spread statement (modelSpreadCypher); runsConnection pages on its own. */
const WHOLE_SPREAD = ["runCount", "runs", "showcased", "learning"];
const NO_SPREAD: SpreadDetails = { runCount: 0, runs: [], learning: [], showcased: [] };

/** LivelihoodModel.spread: a field of the generated model type, batched per request. */
@Resolver(() => kindType(Label.Model))
export class ModelSpreadResolver {
  @FieldResolver(() => ModelSpread, {
    description: "Where and when it ran (with its variants), in time order; where it was showcased; and who learned it from whom, where, at which event.",
  })
  async spread(@Root() model: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ModelSpread> {
    // Asked only for runsConnection, the whole spread (every run, learning links, showcases) is not read.
    const whole = WHOLE_SPREAD.some((field) => selectsPath(info, [field]));
    // Without `runs`, the runs are counted but not detailed.
    return modelSpread(model.id, whole ? await ctx.replicableModels.loaders.modelSpread(selectsPath(info, ["runs"])).load(model.id) : NO_SPREAD);
  }
}

/** ModelSpread.runsConnection: a page of the runs, in the order of `runs`, keyed (date, id). */
@Resolver(() => ModelSpread)
export class SpreadRunsResolver {
  @FieldResolver(() => SpreadRunConnection, {
    description: "Its runs (and its variants'), by start date (else end date), undated last, then id, as `runs` lists them: a page of them. " + "totalCount equals runCount.",
  })
  async runsConnection(@Root() spread: ModelSpread, @Args(() => PageArgs) pageArgs: PageArgs, @Ctx() ctx: Context): Promise<Connection<SpreadRun>> {
    const page = toPageRequest(pageArgs, ctx.config.maxPageSize, ["any", "string"]);
    const after = page.after ? afterKey(page.after) : null;
    const rows = await ctx.replicableModels.loaders.spreadRuns({ after, limit: page.first + 1 }).load(spread.modelId);
    const keyed = toConnection(
      rows,
      page,
      (r) => [r.date, r.run.id],
      () => ctx.replicableModels.loaders.spreadRunTotal.load(spread.modelId),
    );
    return withNodes(keyed, keyed.nodes.map(spreadRun));
  }
}

/** A calendar date YYYY-MM-DD (what the graph's dates read back as). */
const isDay = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);

/** A decoded runsConnection cursor: a date (YYYY-MM-DD, or null in the undated tail) and an id; anything else never reaches the database. */
function afterKey([date, id]: unknown[]): [string | null, string] {
  if ((date === null || (typeof date === "string" && isDay(date))) && typeof id === "string") return [date, id];
  throw new BadInputError("`after` is not a cursor returned by this field", "after");
}

export const REPLICABLE_MODEL_RESOLVERS: readonly ClassType[] = [ReplicableModelsResolver, ModelEvidenceResolver, ModelSpreadResolver, SpreadRunsResolver];
