import { Role } from "../graph/graph.enums";
import { type NodeRow, type ProvenanceRow, provenanceRow, toProvenance } from "../graph/graph.node";
import {
  columns,
  compact,
  type Decoder,
  fields,
  flag,
  list,
  map,
  mapped,
  metricRow,
  type MetricRow,
  node,
  nodes,
  nullable,
  nullableNode,
  nullableNumber,
  nullableString,
  number,
  oneOf,
  orElse,
  provenance,
  reason,
  boolean,
  string,
  stringList,
  unknownValue,
} from "../graph/graph.statement";
import { PlaceClassificationCode, ReasonCode, TIERS, type Tier } from "./replicable-models.scoring";

/**
 * The rows of the planners' statements (replicable-models.cypher.ts) as the repository returns
 * them, and their decoders, built from the small decoders of graph.statement.ts: a row that is
 * not what its Cypher promises fails loudly (RowShapeError), never passes by cast.
 */

/**
 * The asked place's surroundings as anchorCypher reads them (place ids), passed to the other
 * statements as `$zones`: what counts as here (`roots`: the place, the units merged into it, and
 * its successor when that is only it renamed), the units above it (`holders`), the commune holding
 * it or merged with it in 2025 (`communes`), its districts, its provinces before and after 2025,
 * the nearby provinces, `search` (the roots of the walk: roots, provinces, nearby), its regions,
 * its position (`here`, null without coordinates) and its actors.
 */
export interface Zones {
  place: string;
  roots: string[];
  holders: string[];
  communes: string[];
  districts: string[];
  provinces: string[];
  nearby: string[];
  search: string[];
  regions: string[];
  actors: string[];
  here: { latitude: number; longitude: number } | null;
  hereApprox: boolean;
}

/** A learning link of the asked place's actors, as the anchor reads it. */
export interface LearnedLink {
  learner: NodeRow;
  target: NodeRow;
  event: NodeRow | null;
  provenance: ProvenanceRow | null;
  /** The curator's reason when the link is inferred (contract 1), null when a source states it. */
  inferred: string | null;
}

/** An event one of the asked place's actors took part in, and what of it the event showcased. */
export interface ShowcaseLink {
  actor: NodeRow;
  event: NodeRow;
  target: NodeRow;
  role: Role | null;
  provenance: ProvenanceRow | null;
  /** The curator's reason when the actor's part in the event or the showcase is inferred. */
  inferred: string | null;
}

/** The asked place and its surroundings (anchorCypher). */
export interface Anchor {
  /** The place asked for. */
  asked: NodeRow;
  /** The place anchored at: the asked one, or (for replicableModels) the one 2025 unit it became part of. */
  place: NodeRow;
  zones: Zones;
  homeProvinces: NodeRow[];
  nearby: NodeRow[];
  joined: NodeRow[];
  learned: LearnedLink[];
  showcased: ShowcaseLink[];
}

/** One component of a score as the ranking statement computed it, with the facts it rests on. */
export interface ReasonFacts {
  code: ReasonCode;
  points: number;
  run: NodeRow | null;
  place: NodeRow | null;
  via: NodeRow | null;
  holds: boolean;
  km: number | null;
  approx: boolean;
  count: number | null;
  region: string | null;
  unitType: string | null;
  sources: string[];
  places: NodeRow[];
  models: NodeRow[];
  events: NodeRow[];
  figures: { about: NodeRow; metric: MetricRow }[];
  /** Keys into the anchor's `learned` (LEARNED_*) or `showcased` (SHOWCASED_HERE) lists. */
  keys: number[];
  codes: PlaceClassificationCode[];
  facts: ClassificationFact[];
  provenance: ProvenanceRow[];
  /** The curators' reasons when what earns the points is inferred (empty when sources state it). */
  inferred: string[];
  /** Models (of `models`) counted from inferred placements only. */
  inferredIds: string[];
}

/** A classification a source states of a place. */
export interface ClassificationFact {
  code: PlaceClassificationCode;
  of: NodeRow;
  provenance: ProvenanceRow;
}

export interface RankedModel {
  rank: number;
  id: string;
  model: NodeRow;
  score: number;
  tier: Tier;
  reasons: ReasonFacts[];
  evidence: { interventions: number; sourceIds: string[]; provinces: number; outcomes: number; sharedFigures: number; projectFigures: number; events: number };
  /** Its runs considered, the closest first (at most SEARCH.runsShown). */
  runIds: string[];
}

/** A place a run is located in, and how close it is to the asked place. */
export interface RunPlaceFacts {
  place: NodeRow;
  tier: Tier;
  via: NodeRow | null;
  holds: boolean;
  km: number | null;
  approx: boolean;
  region: string | null;
  sameRegion: boolean;
  provenance: ProvenanceRow | null;
  /** The curator's reason when the run's placement here is inferred. */
  inferred: string | null;
}

export interface Participation {
  actor: NodeRow;
  role: Role;
  provenance: ProvenanceRow | null;
  /** The curator's reason when the part is inferred (contract 1). */
  inferred: string | null;
}

export interface RunDetails {
  run: NodeRow;
  tier: Tier;
  places: RunPlaceFacts[];
  applies: NodeRow[];
  /** Models the run applies besides this one and its variants: its numbers are not this model's alone. */
  others: NodeRow[];
  /** The curator's reason when the run's every link to this model (APPLIES) is inferred. */
  appliesInferred: string | null;
  actors: Participation[];
  projects: NodeRow[];
  programs: NodeRow[];
  metrics: MetricRow[];
  projectMetrics: { about: NodeRow; metric: MetricRow }[];
  showcasedAt: { event: NodeRow; provenance: ProvenanceRow | null; local: NodeRow[] }[];
}

export interface LearningDetails {
  learner: NodeRow;
  learnerPlaces: NodeRow[];
  from: NodeRow;
  fromPlaces: NodeRow[];
  runs: NodeRow[];
  event: NodeRow | null;
  local: boolean;
  provenance: ProvenanceRow | null;
}

export interface ModelDetails {
  /** Runs documented anywhere (in the program when filtered). */
  documented: number;
  runs: RunDetails[];
  modelEvents: { event: NodeRow; what: NodeRow; provenance: ProvenanceRow | null; local: NodeRow[] }[];
  learning: LearningDetails[];
}

/** An outcome a source states about a model, a variant or a run of them (statedOutcomesCypher). */
export interface StatedOutcome {
  outcome: NodeRow;
  /** The models and interventions it is stated about. */
  about: NodeRow[];
  /** The sources stating it about them. */
  sourceIds: string[];
  /** Those sources' words for the outcome. */
  provenance: ProvenanceRow[];
}

export interface RankedPlace {
  rank: number;
  id: string;
  place: NodeRow;
  score: number;
  tier: Tier;
  km: number | null;
  approx: boolean;
  reasons: ReasonFacts[];
  models: NodeRow[];
  shared: NodeRow[];
  classifications: ClassificationFact[];
}

/** One run of a model's spread, with what LivelihoodModel.spread shows of it. */
export interface SpreadRunDetails {
  run: NodeRow;
  applies: NodeRow[];
  places: NodeRow[];
  placeMarks: { place: string; name: string; inferred: string | null }[];
  provinces: NodeRow[];
  actors: Participation[];
}

/** A run of a page of ModelSpread.runsConnection, with its sort key: `date` (its start date, else its end date; null when undated), then its id. */
export interface PagedSpreadRun extends SpreadRunDetails {
  date: string | null;
}

export interface SpreadDetails {
  runCount: number;
  runs: SpreadRunDetails[];
  learning: LearningDetails[];
  showcased: { event: NodeRow; what: NodeRow; places: NodeRow[]; provenance: ProvenanceRow | null }[];
}

/** A tier index as the statements compute it (0 = HERE); out of range or absent reads as the last (ELSEWHERE). */
const tier: Decoder<Tier> = (v, path) => {
  const index = nullableNumber(v, path);
  return TIERS[index !== null && index >= 0 && index < TIERS.length ? index : TIERS.length - 1];
};

const role = oneOf(Object.values(Role), "a Role");
const classificationCode = oneOf(Object.values(PlaceClassificationCode), "a PlaceClassificationCode");
/** `approx`: true unless the statement says false. */
const approx = orElse(boolean, true);

/** A metric `{about, metric, rel}`: the node it is about, the metric with its HAS_METRIC provenance. */
const aboutMetric: Decoder<{ about: NodeRow; metric: MetricRow }> = (v, path) => ({ about: node(map(v, path).about, `${path}.about`), metric: metricRow(v, path) });

const classification: Decoder<ClassificationFact> = mapped(
  fields({ code: classificationCode, of: node, sourceId: orElse(string, ""), quote: unknownValue, note: unknownValue, inferred: unknownValue }),
  (f) => ({ code: f.code, of: f.of, provenance: provenanceRow(f.sourceId, f.quote, f.note, f.inferred) }),
);

/** One reason of a score with its facts; what a reason does not carry reads empty. */
const reasonFacts: Decoder<ReasonFacts> = mapped(
  fields({
    code: oneOf(Object.values(ReasonCode), "a ReasonCode"),
    points: orElse(number, 0),
    run: nullableNode,
    place: nullableNode,
    via: nullableNode,
    holds: flag,
    km: nullableNumber,
    approx,
    count: nullableNumber,
    region: nullableString,
    unitType: nullableString,
    sources: stringList,
    places: nodes,
    models: nodes,
    events: nodes,
    figures: list(aboutMetric),
    keys: list(number),
    codes: list(classificationCode),
    facts: list(classification),
    loc: provenance,
    inferred: list(reason),
    inferredIds: stringList,
  }),
  ({ loc, inferred, ...f }) => ({ ...f, provenance: loc ? [loc] : [], inferred: [...new Set(inferred.filter((x): x is string => x !== null))] }),
);

const participation: Decoder<Participation> = mapped(fields({ actor: node, rel: map }), ({ actor, rel }) => ({
  actor,
  role: role(rel.role, "participation.rel.role"),
  provenance: toProvenance(rel),
  inferred: inferredOf(rel),
}));

const learning: Decoder<LearningDetails> = mapped(
  fields({
    learner: node,
    learnerPlaces: nodes,
    from: node,
    fromPlaces: nodes,
    runs: list(fields({ run: node })),
    event: nullableNode,
    local: flag,
    rel: provenance,
  }),
  ({ runs, rel, ...f }) => ({ ...f, runs: runs.map((r) => r.run), provenance: rel }),
);

const rankedModel: Decoder<RankedModel> = mapped(
  fields({
    rank: number,
    id: string,
    model: node,
    score: number,
    tier,
    runIds: stringList,
    reasons: list(reasonFacts),
    evidence: fields({
      interventions: orElse(number, 0),
      sources: stringList,
      provinces: orElse(number, 0),
      outcomes: orElse(number, 0),
      sharedFigures: orElse(number, 0),
      projectFigures: orElse(number, 0),
      events: orElse(number, 0),
    }),
  }),
  ({ evidence: { sources, ...counts }, ...f }) => ({ ...f, evidence: { ...counts, sourceIds: sources } }),
);

const zones: Decoder<Zones> = fields({
  place: string,
  roots: stringList,
  holders: stringList,
  communes: stringList,
  districts: stringList,
  provinces: stringList,
  nearby: stringList,
  search: stringList,
  regions: stringList,
  actors: stringList,
  here: nullable(fields({ latitude: number, longitude: number })),
  hereApprox: flag,
});

/** anchorCypher's row. */
export const anchorRow = columns({
  asked: node,
  place: node,
  zones,
  homeProvinces: nodes,
  nearby: nodes,
  joined: nodes,
  learned: list(
    mapped(fields({ learner: node, target: node, event: nullableNode, rel: map }), ({ rel, ...l }): LearnedLink => ({
      ...l,
      provenance: toProvenance(rel),
      inferred: inferredOf(rel),
    })),
  ),
  showcased: list(
    mapped(fields({ actor: node, event: node, target: node, rel: map, showcase: nullable(map) }), ({ rel, showcase, ...s }): ShowcaseLink => ({
      ...s,
      role: rel.role == null ? null : role(rel.role, "row.showcased.rel.role"),
      provenance: toProvenance(showcase),
      inferred: inferredOf(rel) ?? inferredOf(showcase),
    })),
  ),
});

/** rankModelsCypher's row. */
export const rankedModelsRow = columns({ total: orElse(number, 0), hereTotal: orElse(number, 0), page: list(rankedModel), here: list(rankedModel) });

const runPlace: Decoder<RunPlaceFacts> = mapped(
  fields({ place: node, tier, via: nullableNode, holds: flag, km: nullableNumber, approx, region: nullableString, sameRegion: flag, loc: nullable(map) }),
  ({ loc, ...p }) => ({ ...p, provenance: toProvenance(loc), inferred: inferredOf(loc) }),
);

const runDetails: Decoder<RunDetails> = mapped(
  fields({
    run: node,
    tier,
    places: compact(runPlace),
    applies: nodes,
    others: nodes,
    appliesRels: list(map),
    actors: list(participation),
    projects: nodes,
    programs: nodes,
    metrics: list(metricRow),
    projectMetrics: list(aboutMetric),
    showcasedAt: list(fields({ event: node, rel: provenance, local: nodes })),
  }),
  ({ appliesRels, showcasedAt, ...r }) => ({
    ...r,
    appliesInferred: allInferredOf(appliesRels),
    showcasedAt: showcasedAt.map(({ rel, ...s }) => ({ ...s, provenance: rel })),
  }),
);

/** modelDetailsCypher's rows: one per model. */
export const modelDetailsRow = columns({
  id: string,
  documented: number,
  runs: list(runDetails),
  modelEvents: list(mapped(fields({ event: node, what: node, rel: provenance, local: nodes }), ({ rel, ...e }) => ({ ...e, provenance: rel }))),
  learning: list(learning),
});

/** statedOutcomesCypher's rows: one per model with outcomes. */
export const statedOutcomesRow = columns({
  id: string,
  outcomes: list(
    mapped(fields({ outcome: node, about: nodes, sources: stringList, mentions: list(provenance) }), ({ sources, mentions, ...o }): StatedOutcome => ({
      ...o,
      sourceIds: [...sources].sort(),
      provenance: mentions.filter((p): p is ProvenanceRow => !!p),
    })),
  ),
});

/** similarPlacesCypher's row. */
export const similarPlacesRow = columns({
  classifications: list(classification),
  total: orElse(number, 0),
  page: list(
    mapped(
      fields({
        rank: number,
        entry: fields({
          id: string,
          place: node,
          score: number,
          tier,
          km: nullableNumber,
          approx,
          reasons: list(reasonFacts),
          models: nodes,
          shared: nodes,
          classifications: list(classification),
        }),
      }),
      ({ rank, entry }): RankedPlace => ({ rank, ...entry }),
    ),
  ),
});

/** modelSpreadCypher's rows: one per model found. */
const SPREAD_RUN = {
  run: node,
  applies: nodes,
  places: nodes,
  placeMarks: list(fields({ place: string, name: string, inferred: reason })),
  provinces: nodes,
  actors: list(participation),
};

export const spreadRow = columns({
  id: string,
  runCount: number,
  runs: list(fields(SPREAD_RUN)),
  learning: list(learning),
  showcased: list(mapped(fields({ event: node, what: node, places: nodes, rel: provenance }), ({ rel, ...s }) => ({ ...s, provenance: rel }))),
});

/** modelSpreadRunsCypher's rows: one per model found, its page of runs. */
export const spreadRunsRow = columns({ id: string, runs: list(fields({ ...SPREAD_RUN, date: nullableString })) });

/** modelSpreadRunTotalCypher's rows: one per model found. */
export const spreadRunTotalRow = columns({ id: string, total: orElse(number, 0) });

/** The `inferred` reason of a relationship's properties (contract 1), or null when a source states it. */
export const inferredOf = (rel: Record<string, unknown> | null | undefined): string | null =>
  typeof rel?.inferred === "string" && rel.inferred.trim() !== "" ? rel.inferred : null;

/** The first reason when every one of the statements of one fact is inferred (contract 1), else null. */
function allInferredOf(rels: Record<string, unknown>[]): string | null {
  const reasons = rels.map(inferredOf);
  return reasons.length > 0 && reasons.every((r) => r !== null) ? reasons[0] : null;
}
