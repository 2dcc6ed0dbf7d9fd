import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionType, PageInfo } from "../common/pagination";
import { Label } from "../graph/graph.model";
import type { NodeRow, PeriodRow, ProvenanceRow } from "../graph/graph.node";
import type { MetricRow } from "../entities/entities.module";
import { Actor, Involvement } from "../types/edge.type";
import { Entity, Metric, Period, Provenance } from "../types/entity.type";
import { ModelCategory, Role } from "../types/enums.type";
import { kindType } from "../types/kind.type";
import { PlaceClassificationCode, Proximity, ReasonCode } from "./replicable-models.scoring";

export { ReasonCode };

const Place = kindType(Label.Place);
const LivelihoodModel = kindType(Label.Model);
const Intervention = kindType(Label.Intervention);
const Project = kindType(Label.Project);
const Program = kindType(Label.Program);
const Event = kindType(Label.Event);

registerEnumType(Proximity, {
  name: "Proximity",
  description: "How close a place is to the asked place, across the July 2025 reorganisation.",
  valuesConfig: {
    HERE: { description: "The asked place, inside it, or a unit merged into it." },
    SAME_COMMUNE: { description: "In the commune holding the asked village, or merged with the asked commune into one in 2025." },
    SAME_DISTRICT: { description: "In the same (pre-2025) district." },
    SAME_PROVINCE: { description: "In the same province, before or after the 2025 mergers." },
    NEARBY: { description: "In one of the nearest provinces searched." },
    ELSEWHERE: { description: "Further away." },
  },
});

registerEnumType(ReasonCode, {
  name: "ReasonCode",
  description: "What a score reason pays for; src/replicable-models/README.md gives each weight.",
  valuesConfig: {
    STATED_OUTCOME: { description: "A result, lesson, change or next step a source states about the model or a run of it: evidence to read, 0 points." },
  },
});
registerEnumType(PlaceClassificationCode, { name: "PlaceClassificationCode", description: "A kind of area a source states a place to be." });

export enum OutcomeScope {
  RUN = "RUN",
  SHARED_RUN = "SHARED_RUN",
  PROJECT = "PROJECT",
}
registerEnumType(OutcomeScope, {
  name: "OutcomeScope",
  valuesConfig: {
    RUN: { description: "Stated of a run that applies this model alone (or only its variants): the model's own number." },
    SHARED_RUN: { description: "Stated of a run that applies other models too (14 sub-projects of roads, solar poles and water works together): not of this model alone." },
    PROJECT: { description: "Stated of the whole project the run belongs to, not of this model alone." },
  },
});

@InputType({ description: "Narrows replicableModels; every filter keeps the roll-up rule (a model includes its variants)." })
export class ReplicableModelFilter {
  @Field(() => ModelCategory, {
    nullable: true,
    description: "Only models of this category (within `categories` when both are given; INFRASTRUCTURE or GENDER_EQUALITY here asks for them).",
  })
  category?: ModelCategory | null;

  @Field(() => ID, { nullable: true, description: "Only runs under this program (or its projects), and models with such runs." })
  program?: string | null;

  @Field(() => Int, { nullable: true, description: "Only models with at least this many documented runs (0 by default)." })
  minEvidence?: number | null;
}

@ObjectType({ description: "One reason a result ranks where it does: a sentence, the points it adds, and the graph facts it rests on." })
export class ScoreReason {
  @Field(() => ReasonCode)
  code!: ReasonCode;

  @Field({ description: "For a planner to read." })
  text!: string;

  @Field(() => Float, { description: "Points added to the score (the weights are in src/replicable-models/README.md)." })
  points!: number;

  @Field(() => [Entity], { description: "The runs, places, events and actors the reason rests on." })
  about!: NodeRow[];

  @Field(() => [Provenance], { description: "The sources' words for it." })
  provenance!: ProvenanceRow[];

  @Field({
    description: "True when what earns these points is a curator's inference (a run's place or model, a figure, a learning link), not a source's statement; the text says so.",
  })
  inferred!: boolean;

  @Field(() => [String], { description: "The curators' reasons for what they inferred (empty when sources state it all)." })
  inferredReasons!: string[];
}

@ObjectType({
  description:
    "How much is documented about a model (with its variants). The counts are of its runs considered for the asked place: those in the area " +
    "searched or linked to the place's actors (in the fallback, at most 200 runs of it anywhere); `interventionsAnywhere` counts all.",
})
export class ModelEvidence {
  @Field(() => Int, { description: "Runs considered: interventions applying it or a variant." })
  interventions!: number;

  @Field(() => Int, { description: "Runs documented anywhere in the graph (in the program, when filtered)." })
  interventionsAnywhere!: number;

  @Field(() => Int, { description: "Sources documenting its runs considered (listed in `sources`)." })
  sourceCount!: number;

  /** Resolved to `sources` (ReplicableModelFieldsResolver). */
  sourceIds!: string[];

  @Field(() => Int, { description: "Provinces its runs are placed in (as the sources place them, before or after 2025)." })
  provinces!: number;

  @Field(() => Int, { description: "Numbers stated about its runs that apply it alone (or only its variants): its own numbers." })
  outcomes!: number;

  @Field(() => Int, { description: "Numbers stated about runs that apply other models too: not of this model alone." })
  sharedFigures!: number;

  @Field(() => Int, { description: "Numbers stated about the projects its runs belong to." })
  projectFigures!: number;

  @Field(() => Int, { description: "Events that showcased it, a variant or a run." })
  events!: number;
}

@ObjectType({ description: "A place where a model ran, and how like the asked place it is." })
export class RunPlace {
  @Field(() => Place)
  place!: NodeRow;

  @Field(() => Proximity)
  proximity!: Proximity;

  @Field(() => Float, { description: "Similarity points by the place weights (proximity, region, distance, unit type)." })
  similarity!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Distance from the asked place, from the gazetteer's coordinates; null when either has none, or when either position is borrowed " +
      "(`distanceApproximate`): two communes merged into one in 2025 share their successor's position, which gives no distance.",
  })
  distanceKm!: number | null;

  @Field({ description: "True when a position is borrowed (a legacy unit's 2025 successor, a village's commune): no distance is given or scored." })
  distanceApproximate!: boolean;

  @Field(() => [String], { description: "The curators' reasons when the runs are placed here by inference (empty when a source places them)." })
  inferredReasons!: string[];

  @Field(() => [String], { description: "Why it is (or is not) like the asked place." })
  why!: string[];

  @Field(() => [Intervention], { description: "The runs there." })
  runs!: NodeRow[];

  @Field(() => [Provenance], { description: "Where the sources place the runs there." })
  provenance!: ProvenanceRow[];
}

@ObjectType({ description: "Whom to call: an organization or person that took part in the model's runs, and in which roles." })
export class ModelContact {
  @Field(() => Actor)
  actor!: NodeRow;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [Intervention])
  runs!: NodeRow[];

  @Field(() => Proximity, { description: "How close its closest run is to the asked place." })
  proximity!: Proximity;

  @Field({
    description:
      "True when no source states its part in these runs: each involvement is marked inferred by the curators, or the quote cited for it does not " +
      "name it (DWC's part in a sub-project, cited by a sentence about all the sub-projects).",
  })
  inferred!: boolean;

  @Field(() => [String], { description: "Why its part counts as inferred: the curators' reasons, or that the quote cited does not name it." })
  inferredReasons!: string[];

  @Field(() => [Provenance])
  provenance!: ProvenanceRow[];
}

@ObjectType({ description: "A number a source states about a run of the model (its own, or of a run of several models) or about its project." })
export class ModelOutcome {
  @Field(() => Metric)
  metric!: MetricRow;

  @Field(() => Entity, { description: "The run or project it is stated of." })
  about!: NodeRow;

  @Field(() => OutcomeScope)
  scope!: OutcomeScope;
}

@ObjectType({ description: "An event where the model was showcased or learned from." })
export class ModelEvent {
  @Field(() => Event)
  event!: NodeRow;

  @Field(() => [Entity], { description: "What of the model it showcased: the model, a variant or a run." })
  showcased!: NodeRow[];

  @Field(() => [Entity], { description: "Who learned from its runs (or their organizations or places) there (LEARNED_FROM with this eventId)." })
  learners!: NodeRow[];

  @Field(() => [Entity], { description: "Actors of the asked place who took part in it." })
  localParticipants!: NodeRow[];

  @Field(() => [Provenance])
  provenance!: ProvenanceRow[];
}

@ObjectType({ description: "An actor learned from a run of the model, from an organization that ran one, or from a place where one ran." })
export class ModelLearning {
  @Field(() => Entity)
  learner!: NodeRow;

  @Field(() => [Place], { description: "Where the learner is." })
  learnerPlaces!: NodeRow[];

  @Field(() => Entity, { description: "What it learned from: a run, an organization or a place." })
  from!: NodeRow;

  @Field(() => [Place], { description: "Where that is." })
  fromPlaces!: NodeRow[];

  @Field(() => [Intervention], { description: "The runs that tie the link to the model." })
  runs!: NodeRow[];

  @Field(() => Event, { nullable: true, description: "The event (study tour) it was learned at." })
  event!: NodeRow | null;

  @Field({ description: "True when the learner is one of the asked place's actors (located in it, inside it or above it)." })
  local!: boolean;

  @Field(() => Provenance, { nullable: true })
  provenance!: ProvenanceRow | null;
}

@ObjectType({ description: "A livelihood model ranked for a place: where it ran and how like the place that is, who ran it, what it achieved, and why it ranks here." })
export class ReplicableModel {
  @Field(() => LivelihoodModel)
  model!: NodeRow;

  @Field(() => Int, { description: "1-based position in its list: the models to bring, or (apart) the models already run here." })
  rank!: number;

  @Field(() => Float, { description: "The sum of the reasons' points." })
  score!: number;

  @Field(() => Proximity, { description: "How close its closest run is to the asked place." })
  proximity!: Proximity;

  @Field({
    description:
      "It already runs in the asked place (inside it, or in a unit merged with it into one in 2025): such models are listed apart " +
      "(`ReplicableModelConnection.alreadyHere`), never among the models to bring (`nodes`), where this is always false.",
  })
  alreadyHere!: boolean;

  @Field({ description: "It runs in the same commune (2025) or district, or here." })
  nearby!: boolean;

  @Field(() => [ScoreReason], { description: "Every point of the score, each with the facts it rests on." })
  reasons!: ScoreReason[];

  @Field(() => [String], { description: "What a planner should know before trusting it: thin evidence, no outcome stated, places not named…" })
  caveats!: string[];

  @Field(() => ModelEvidence)
  evidence!: ModelEvidence;

  @Field(() => [RunPlace], { description: "Where it ran, the most similar to the asked place first (of its runs listed: the 25 closest considered)." })
  places!: RunPlace[];

  @Field(() => [ModelContact], { description: "Who ran it and in which roles: whom to call, the closest first." })
  contacts!: ModelContact[];

  @Field(() => [Project], { description: "Projects of the runs listed." })
  projects!: NodeRow[];

  @Field(() => [Program], { description: "Programs of the runs listed." })
  programs!: NodeRow[];

  @Field(() => [ModelOutcome], { description: "Numbers the sources state about the runs listed, or their projects." })
  outcomes!: ModelOutcome[];

  @Field(() => [ModelEvent], { description: "Events that showcased it, a variant or a run, or where it was learned; by date." })
  events!: ModelEvent[];

  @Field(() => [ModelLearning], { description: "Who learned it, from which run, organization or place, at which event." })
  learnedBy!: ModelLearning[];
}

@ObjectType("ReplicableModelEdge")
export class ReplicableModelEdge {
  @Field()
  cursor!: string;

  @Field(() => ReplicableModel)
  node!: ReplicableModel;
}

@ObjectType("ReplicableModelConnection", {
  description:
    "Models to bring to a place, best first (score, then id), with the area searched; what already runs there is listed apart (`alreadyHere`). " +
    "A legacy unit merged into one 2025 unit is ranked as that unit (`rankedFor`), from the same evidence.",
})
export class ReplicableModelConnection {
  @Field(() => [ReplicableModelEdge])
  edges!: ReplicableModelEdge[];

  @Field(() => [ReplicableModel], { description: "The nodes of `edges`, for clients that need no cursors." })
  nodes!: ReplicableModel[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Models to bring, across all pages (what already runs here is not counted: `alreadyHereCount`)." })
  totalCount!: number;

  @Field(() => Place, { description: "The asked place." })
  place!: NodeRow;

  @Field(() => Place, {
    description: "The place ranked for: the asked place, or the one 2025 unit a legacy unit became part of (Pha Mu → Mường Kim), so that both rank alike.",
  })
  rankedFor!: NodeRow;

  @Field(() => [ReplicableModel], {
    description: "Models already run in the place ranked for (inside it, or in a unit merged into it), best first: not to bring, but whom to ask there. At most 50.",
  })
  alreadyHere!: ReplicableModel[];

  @Field(() => Int, { description: "Models already run there (all of them; `alreadyHere` lists the first 50)." })
  alreadyHereCount!: number;

  @Field(() => [Place], { description: "The provinces searched: the asked place's own (before and after 2025) and the nearest ones." })
  searched!: NodeRow[];

  @Field({ description: "True when nothing was found near the place and the list shows the best-documented models elsewhere." })
  fallback!: boolean;

  @Field(() => [String], { description: "What the whole answer rests on, and its limits." })
  caveats!: string[];
}

@ObjectType({ description: "A classification a source states of a place (mountainous, ethnic-minority area, region III…), in its own words." })
export class PlaceClassification {
  @Field(() => PlaceClassificationCode)
  code!: PlaceClassificationCode;

  @Field()
  label!: string;

  @Field(() => Place, { description: "The place it is stated of: the place itself or a unit holding it." })
  of!: NodeRow;

  @Field(() => Provenance)
  provenance!: ProvenanceRow;
}

@ObjectType({ description: "A place like the asked one, with the reasons." })
export class SimilarPlace {
  @Field(() => Place)
  place!: NodeRow;

  @Field(() => Int)
  rank!: number;

  @Field(() => Float)
  score!: number;

  @Field(() => Proximity)
  proximity!: Proximity;

  @Field(() => Float, { nullable: true, description: "Distance from the asked place; null without coordinates or when either position is borrowed (`distanceApproximate`)." })
  distanceKm!: number | null;

  @Field({ description: "True when a position is borrowed (a legacy unit's 2025 successor, a village's commune): no distance is given or scored." })
  distanceApproximate!: boolean;

  @Field(() => [ScoreReason])
  reasons!: ScoreReason[];

  @Field(() => [LivelihoodModel], { description: "Models run there (or inside it), with the broader models of their variants." })
  models!: NodeRow[];

  @Field(() => [LivelihoodModel], { description: "Models run both there and in the asked place." })
  sharedModels!: NodeRow[];

  @Field(() => [PlaceClassification])
  classifications!: PlaceClassification[];
}

@ObjectType("SimilarPlaceEdge")
export class SimilarPlaceEdge {
  @Field()
  cursor!: string;

  @Field(() => SimilarPlace)
  node!: SimilarPlace;
}

@ObjectType("SimilarPlaceConnection", { description: "Places ranked by likeness to a place, best first (score, then id)." })
export class SimilarPlaceConnection {
  @Field(() => [SimilarPlaceEdge])
  edges!: SimilarPlaceEdge[];

  @Field(() => [SimilarPlace])
  nodes!: SimilarPlace[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;

  @Field(() => Place)
  place!: NodeRow;

  @Field(() => [Place])
  searched!: NodeRow[];

  @Field(() => [PlaceClassification], { description: "What sources state the asked place (or a unit holding it) to be." })
  classifications!: PlaceClassification[];

  @Field(() => [String])
  caveats!: string[];
}

@ObjectType({ description: "One run of the model, in time order." })
export class SpreadRun {
  @Field(() => Intervention)
  intervention!: NodeRow;

  @Field(() => [LivelihoodModel], { description: "The model or variants it applied." })
  models!: NodeRow[];

  @Field(() => Period, { nullable: true })
  period!: PeriodRow | null;

  @Field(() => [Place])
  places!: NodeRow[];

  @Field(() => [Place])
  provinces!: NodeRow[];

  @Field(() => [Involvement], { description: "Who took part, in which role." })
  participants!: Involvement[];

  @Field(() => [String], { description: "Where its places are inferred, not stated: the place and the curators' reason (empty when sources place it)." })
  inferredReasons!: string[];
}

@ObjectType({ description: "An event that showcased the model, a variant or a run." })
export class SpreadShowcase {
  @Field(() => Event)
  event!: NodeRow;

  @Field(() => Entity)
  showcased!: NodeRow;

  @Field(() => [Place])
  places!: NodeRow[];

  @Field(() => Period, { nullable: true })
  period!: PeriodRow | null;

  @Field(() => Provenance, { nullable: true })
  provenance!: ProvenanceRow | null;
}

export const SpreadRunConnection = ConnectionType(SpreadRun, "SpreadRun");

@ObjectType({ description: "How a model spread: where and when it ran, where it was shown, and who learned it from whom." })
export class ModelSpread {
  /** The model's id, for runsConnection (not a GraphQL field). */
  modelId!: string;

  @Field(() => Int, { description: "Its runs (and its variants') documented." })
  runCount!: number;

  @Field(() => [SpreadRun], { description: "Its runs (and its variants'), by start date, undated last: the first 200 (runsConnection pages through all of them)." })
  runs!: SpreadRun[];

  @Field(() => [SpreadShowcase], { description: "Events that showcased it, by date." })
  showcased!: SpreadShowcase[];

  @Field(() => [ModelLearning], { description: "Learning links: a delegation from X learned it in Y at event Z; by date." })
  learning!: ModelLearning[];
}
