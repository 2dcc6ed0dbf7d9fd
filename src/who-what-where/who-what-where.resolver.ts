import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { ActivityKind, Role } from "../common/enums.type";
import { BadInputError } from "../common/errors";
import { assertId } from "../common/ids";
import { toDateRange } from "../common/input";
import { ConnectionType, PageArgs, toConnection, toPageRequest, type Connection } from "../common/pagination";
import type { NodeValue } from "../entity/entity.mapper";
import { Period, Provenance } from "../entity/entity.type";
import { Intervention } from "../intervention/intervention.type";
import { LivelihoodModel } from "../livelihood-model/livelihood-model.type";
import { Organization } from "../organization/organization.type";
import { PlaceLevel } from "../graph/graph.model";
import { Place } from "../place/place.type";
import { Program } from "../program/program.type";
import { Project } from "../project/project.type";
import type { WhoWhatWhereQuery } from "./who-what-where.repository";

@InputType({ description: "Every filter rolls up: units of an organization, variants of a model, places inside a place." })
export class WhoWhatWhereFilter {
  @Field(() => ID, { nullable: true })
  organization?: string | null;

  @Field(() => ID, { nullable: true })
  model?: string | null;

  @Field(() => ID, { nullable: true })
  program?: string | null;

  @Field(() => ID, { nullable: true })
  project?: string | null;

  @Field(() => ID, { nullable: true })
  place?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => [ActivityKind], { nullable: true, description: "Only these kinds of activity, e.g. [MODEL_RUN] for where models ran." })
  activities?: ActivityKind[] | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Interventions still running on or after this day (by their end date, else start date)." })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Interventions started on or before this day (by their start date, else end date)." })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "With from/to: also keep interventions the sources give no date for." })
  includeUndated?: boolean | null;
}

@ObjectType({ description: "One 3W row: who (organization, role) did what (model, intervention) where, when, under which project and program." })
export class WhoWhatWhereRow {
  @Field(() => ID, { description: "Stable id of the row: organization|role|intervention|model|place." })
  id!: string;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => Role)
  role!: Role;

  @Field(() => ActivityKind, { description: "What the intervention did; only MODEL_RUN rows have a model." })
  activity!: ActivityKind;

  @Field(() => LivelihoodModel, { nullable: true, description: "The model run (MODEL_RUN rows)." })
  model!: LivelihoodModel | null;

  @Field(() => [LivelihoodModel], { description: "Models a training was about: topics, not models run there." })
  topics!: LivelihoodModel[];

  @Field(() => Intervention)
  intervention!: Intervention;

  @Field(() => Place, {
    nullable: true,
    description: "The most precise place the source gives; for an activity in several places (a training in four villages), the smallest unit holding them all.",
  })
  place!: Place | null;

  @Field(() => [Place], { description: "Every place of the row: one for a model run, all of them for other activities." })
  places!: Place[];

  @Field(() => Place, { nullable: true })
  village!: Place | null;

  @Field(() => Place, { nullable: true })
  commune!: Place | null;

  @Field(() => Place, { nullable: true })
  district!: Place | null;

  @Field(() => Place, { nullable: true })
  province!: Place | null;

  @Field(() => [Project])
  projects!: Project[];

  @Field(() => [Program])
  programs!: Program[];

  @Field(() => Period, { nullable: true })
  period!: Period | null;

  @Field(() => String, { nullable: true, description: "For whom, in the source's words." })
  forWhom!: string | null;

  @Field(() => Provenance, { nullable: true, description: "Where the organization's part is stated." })
  provenance!: Provenance | null;
}

const WhoWhatWhereConnection = ConnectionType(WhoWhatWhereRow, "WhoWhatWhere");

@ObjectType({ description: "One bucket of a facet." })
export class FacetBucket {
  @Field(() => String, { nullable: true, description: "An entity id, or a role; null for rows without one (no model or place given)." })
  key!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int, { description: "Distinct interventions in the bucket." })
  count!: number;
}

@ObjectType({ description: "Counts over the rows of whoWhatWhere with the same filter, for dashboards." })
export class WhoWhatWhereSummary {
  @Field(() => Int)
  rows!: number;

  @Field(() => Int, { description: "Distinct interventions among the rows." })
  interventions!: number;

  @Field(() => [FacetBucket], { description: "Largest first." })
  organizations!: FacetBucket[];

  @Field(() => [FacetBucket])
  models!: FacetBucket[];

  @Field(() => [FacetBucket], { description: "By the province the intervention's place lies in." })
  provinces!: FacetBucket[];

  @Field(() => [FacetBucket])
  roles!: FacetBucket[];
}

/** Largest offset a whoWhatWhere cursor may carry. */
export const MAX_OFFSET = 1_000_000;

function toQuery(filter: WhoWhatWhereFilter | null): WhoWhatWhereQuery {
  if (!filter) return {};
  const q: WhoWhatWhereQuery = {};
  for (const key of ["organization", "model", "program", "project", "place"] as const) {
    const value = filter[key];
    if (value != null) q[key] = assertId(value, `filter.${key}`);
  }
  if (filter.roles?.length) q.roles = [...new Set(filter.roles)];
  if (filter.activities?.length) q.activities = [...new Set(filter.activities)];
  if (filter.includeUndated) q.includeUndated = true;
  return { ...q, ...toDateRange(filter.from, filter.to, "filter") };
}

@Resolver()
export class WhoWhatWhereResolver {
  @Query(() => WhoWhatWhereConnection, {
    description: "Who did what where: organizations × roles × models × places × projects/programs × periods, with sources.",
  })
  async whoWhatWhere(
    @Arg("filter", () => WhoWhatWhereFilter, { nullable: true }) filter: WhoWhatWhereFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<WhoWhatWhereRow>> {
    const q = toQuery(filter);
    // The cursor is the offset of the page's last row: a safe integer, and no further than
    // MAX_OFFSET (the 3W rows are far fewer), so Neo4j's SKIP never sees 1e21 or 2^53 + 1.
    const page = toPageRequest(pageArgs, ctx.config.maxPageSize, ["integer"]);
    const skip = page.after ? (page.after[0] as number) : 0;
    if (!Number.isSafeInteger(skip) || skip < 0 || skip > MAX_OFFSET) throw new BadInputError("`after` is not a cursor returned by this field", "after");
    const rows = await ctx.repos.whoWhatWhere.rows(q, skip, page.first + 1);
    const shaped = rows.map((r, i) => ({ ...toRow(r), offset: skip + i + 1 }));
    return toConnection(shaped, page, (r) => [r.offset], () => ctx.repos.whoWhatWhere.count(q));
  }

  @Query(() => WhoWhatWhereSummary, { description: "Counts per organization, model, province and role over the 3W rows the filter selects." })
  whoWhatWhereSummary(
    @Arg("filter", () => WhoWhatWhereFilter, { nullable: true }) filter: WhoWhatWhereFilter | null,
    @Ctx() ctx: Context,
  ): Promise<WhoWhatWhereSummary> {
    return ctx.repos.whoWhatWhere.facets(toQuery(filter));
  }
}

function toRow(r: Awaited<ReturnType<Context["repos"]["whoWhatWhere"]["rows"]>>[number]): WhoWhatWhereRow {
  const atLevel = (level: PlaceLevel): NodeValue | null => r.placePath.find((p) => p.level === level) ?? null;
  const cast = <T>(n: NodeValue | null): T => n as unknown as T;
  return {
    id: [r.organization.id, r.role, r.intervention.id, r.model?.id ?? "", r.place?.id ?? ""].join("|"),
    organization: cast(r.organization),
    role: r.role as Role,
    activity: (r.intervention.activity as ActivityKind | undefined) ?? ActivityKind.MODEL_RUN,
    model: cast(r.model),
    topics: r.topics as unknown as LivelihoodModel[],
    intervention: cast(r.intervention),
    place: cast(r.place),
    places: r.places as unknown as Place[],
    village: cast(atLevel(PlaceLevel.VILLAGE)),
    commune: cast(atLevel(PlaceLevel.COMMUNE)),
    district: cast(atLevel(PlaceLevel.DISTRICT)),
    province: cast(atLevel(PlaceLevel.PROVINCE)),
    projects: r.projects as unknown as Project[],
    programs: r.programs as unknown as Program[],
    period: (r.intervention.period as Period | undefined) ?? null,
    forWhom: (r.intervention.forWhom as string | undefined) ?? null,
    provenance: r.sourceId ? { sourceId: r.sourceId, quote: r.quote ?? "", note: r.note } : null,
  };
}
