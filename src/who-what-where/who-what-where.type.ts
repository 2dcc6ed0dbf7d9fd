import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { Label } from "../graph/graph.model";
import type { NodeRow, PeriodRow, ProvenanceRow } from "../graph/graph.node";
import { ActivityKind, Role } from "../types/enums.type";
import { Period, Provenance } from "../types/entity.type";
import { kindType } from "../types/kind.type";

const Organization = kindType(Label.Organization);
const LivelihoodModel = kindType(Label.Model);
const Intervention = kindType(Label.Intervention);
const Place = kindType(Label.Place);
const Project = kindType(Label.Project);
const Program = kindType(Label.Program);
const Outcome = kindType(Label.Outcome);

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
  organization!: NodeRow;

  @Field(() => Role)
  role!: Role;

  @Field(() => ActivityKind, { description: "What the intervention did; only MODEL_RUN rows have a model." })
  activity!: ActivityKind;

  @Field(() => LivelihoodModel, { nullable: true, description: "The model run (MODEL_RUN rows)." })
  model!: NodeRow | null;

  @Field(() => [LivelihoodModel], { description: "Models a training was about: topics, not models run there." })
  topics!: NodeRow[];

  @Field(() => Intervention)
  intervention!: NodeRow;

  @Field(() => Place, {
    nullable: true,
    description: "The most precise place the source gives; for an activity in several places (a training in four villages), the smallest unit holding them all.",
  })
  place!: NodeRow | null;

  @Field(() => [Place], { description: "Every place of the row: one for a model run, all of them for other activities." })
  places!: NodeRow[];

  @Field(() => Place, { nullable: true })
  village!: NodeRow | null;

  @Field(() => Place, { nullable: true })
  commune!: NodeRow | null;

  @Field(() => Place, { nullable: true })
  district!: NodeRow | null;

  @Field(() => Place, { nullable: true })
  province!: NodeRow | null;

  @Field(() => [Project])
  projects!: NodeRow[];

  @Field(() => [Program])
  programs!: NodeRow[];

  @Field(() => Period, { nullable: true })
  period!: PeriodRow | null;

  @Field(() => String, { nullable: true, description: "For whom, in the source's words." })
  forWhom!: string | null;

  @Field(() => Provenance, { nullable: true, description: "Where the organization's part is stated." })
  provenance!: ProvenanceRow | null;

  @Field(() => [Outcome], { description: "What the sources say came of the row's activity (HAS_OUTCOME): results, lessons, changes, next steps." })
  outcomes!: NodeRow[];
}

export const WhoWhatWhereConnection = ConnectionType(WhoWhatWhereRow, "WhoWhatWhere");

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

  @Field(() => [FacetBucket], { description: "By the programs the intervention is part of (through its projects); one under several counts in each." })
  programs!: FacetBucket[];
}
