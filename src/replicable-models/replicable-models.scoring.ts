import { ModelCategory } from "../graph/graph.enums";

/**
 * The scoring of replicableModels and similarPlaces, in one table: every point a result gets
 * comes from one of these weights, and each weight is named by the reason it pays for
 * (src/replicable-models/README.md explains them). The Cypher builders receive the table as
 * the `$weights` parameter, so the ranking in Cypher and the reasons shown agree by
 * construction. No embeddings, no learned parameters: a planner can recompute every score by
 * hand from the reasons listed with it.
 */
export const WEIGHTS = {
  model: {
    // Where it ran, relative to the asked place: the closest run counts, once.
    /** A run in the asked place, inside it, or in a unit merged into it in 2025. */
    ranHere: 10,
    /** A run in the same commune: the commune holding the asked village, or one merged with the asked commune in 2025. */
    ranSameCommune: 7,
    /** A run in the same (pre-2025) district. */
    ranSameDistrict: 5,
    /** A run in the same province, before or after the 2025 mergers (including runs placed in the province as a whole). */
    ranSameProvince: 4,
    /** A run in one of the nearest provinces searched (SEARCH.nearbyKm). */
    ranNearbyProvince: 2,
    /** A run in the asked place's socio-economic region (Place.region), when none is in its province or closer. */
    sameRegion: 1,
    /** The nearest run outside the asked place lies within 25 km (or 75 km), by the gazetteer's coordinates. */
    within25Km: 2,
    within75Km: 1,
    /** Each further run in the asked place's province or closer, for at most `moreRunsNearCap` runs. */
    moreRunsNear: 0.5,
    moreRunsNearCap: 4,
    // Learning: what the place's own actors already learned or saw (one of the two counts).
    /** An actor of the asked place learned it (LEARNED_FROM a run, its runner or its place), e.g. on a study tour. */
    learnedHere: 8,
    /** An actor of the asked place took part in an event that showcased it (and no LEARNED_FROM says more). */
    showcasedHere: 3,
    // Evidence, wherever it ran.
    /** Each documented run (intervention applying it or a variant), for at most `runsCap` runs. */
    perRun: 0.5,
    runsCap: 4,
    /** Each source documenting its runs, for at most `sourcesCap` sources. */
    perSource: 1,
    sourcesCap: 3,
    /** Each province its runs are placed in, for at most `provincesCap` provinces. */
    perProvince: 0.5,
    provincesCap: 4,
    /** A source states a number (Metric) about one of its runs. */
    outcomeStated: 2,
    /** Otherwise: only runs that apply other models too state numbers (of the whole run, not of this model alone). */
    sharedRunFiguresOnly: 1,
    /** Only the projects its runs belong to state numbers (not the runs themselves). */
    projectFiguresOnly: 1,
    /** Each event that showcased it, a variant or a run, for at most `eventsCap` events. */
    perEvent: 0.5,
    eventsCap: 2,
  },
  place: {
    /** The asked place itself, or inside it (a run's place only: similarPlaces never lists these). */
    here: 10,
    /** The same commune after the 2025 mergers, or the commune holding the asked village. */
    sameCommune: 7,
    sameDistrict: 5,
    /** The same province, before or after the 2025 mergers. */
    sameProvince: 4,
    /** One of the nearest provinces searched. */
    nearbyProvince: 2,
    /** The same socio-economic region (Place.region), when not the same province. */
    sameRegion: 1,
    /** Within 25 km (or 75 km) of the asked place, by the gazetteer's coordinates. */
    within25Km: 2,
    within75Km: 1,
    /** The same unit type (Xã, Phường, Thị trấn…). */
    sameUnitType: 0.5,
    /** Each model run both there and in the asked place (roll-up: a variant counts for its broader model), at most `sharedModelsCap`. */
    perSharedModel: 1,
    sharedModelsCap: 5,
    /** Each model documented there, at most `modelsThereCap`: experience to learn from. */
    perModelThere: 0.5,
    modelsThereCap: 4,
    /** Each classification (mountainous, ethnic-minority area…) a source states of both places, at most `sharedClassificationsCap`. */
    perSharedClassification: 1,
    sharedClassificationsCap: 3,
    /** An actor of the asked place learned from it, or from a run or organization there. */
    learnedFrom: 3,
  },
} as const;

/** How far the search goes from the asked place; bounded, so that a request never walks the whole country. */
export const SEARCH = {
  /** Provinces (besides the asked place's own) searched: those whose centre lies within this many km of the asked place… */
  nearbyKm: 120,
  /** …and at most this many of them, the nearest first (pre- and post-2025 units each count). */
  nearbyProvinces: 8,
  /** When nothing is found near the place, at most this many of the best-documented models elsewhere, each with its caveats. */
  fallbackModels: 5,
  /** Runs listed per model (the closest first). */
  runsShown: 25,
  /** In the fallback, the runs of each model considered (by id): its evidence is counted over these. */
  fallbackRuns: 200,
  /** Runs LivelihoodModel.spread lists (in time order); `runCount` counts them all. */
  spreadRuns: 200,
  /** Models already run in the asked place listed apart (`alreadyHere`, the best first); `alreadyHereCount` counts them all. */
  alreadyHereShown: 50,
} as const;

/**
 * The model categories replicableModels (and similarPlaces' model counts) take by default:
 * livelihood models, the ways people earn a living (raising, growing, processing, working
 * abroad, skills, community production, market access). Infrastructure works (roads, water
 * works, solar poles) and gender-equality activities (trainings, clubs, village events) are
 * not livelihood models: they are ranked only when asked for (`categories`); runs whose activity
 * is INFRASTRUCTURE count only when INFRASTRUCTURE is asked. Models without a category count by
 * default too.
 */
export const LIVELIHOOD_CATEGORIES: readonly ModelCategory[] = Object.values(ModelCategory).filter(
  (c) => c !== ModelCategory.INFRASTRUCTURE && c !== ModelCategory.GENDER_EQUALITY,
);

/** Kinds of area a source may state a place to be, each found by a pattern in the source's own words. */
export enum PlaceClassificationCode {
  MOUNTAINOUS = "MOUNTAINOUS",
  ETHNIC_MINORITY_AREA = "ETHNIC_MINORITY_AREA",
  EXTREMELY_DIFFICULT = "EXTREMELY_DIFFICULT",
  BORDER = "BORDER",
  COASTAL = "COASTAL",
  REGION_I = "REGION_I",
  REGION_II = "REGION_II",
  REGION_III = "REGION_III",
}

/**
 * The classifications and the words (a Java regular expression, matched case-insensitively) that
 * state them in a quote about a place: the place's own MENTIONED_IN quote or the quote of a COVERS
 * link to it, with the place named before the words. Only what a source writes counts; nothing is
 * inferred from names, coordinates or regions.
 */
export const CLASSIFICATIONS: readonly { code: PlaceClassificationCode; label: string; words: string }[] = [
  { code: PlaceClassificationCode.MOUNTAINOUS, label: "mountainous (miền núi, vùng cao)", words: "(miền núi|vùng núi|vùng cao)" },
  { code: PlaceClassificationCode.ETHNIC_MINORITY_AREA, label: "ethnic-minority area (vùng đồng bào dân tộc thiểu số)", words: "vùng (đồng bào )?(dân tộc thiểu số|dtts)" },
  { code: PlaceClassificationCode.EXTREMELY_DIFFICULT, label: "extremely difficult (đặc biệt khó khăn)", words: "đặc biệt khó khăn" },
  { code: PlaceClassificationCode.BORDER, label: "border area (biên giới)", words: "(xã|vùng|khu vực|huyện) biên giới" },
  { code: PlaceClassificationCode.COASTAL, label: "coastal (bãi ngang, ven biển)", words: "(bãi ngang|ven biển)" },
  { code: PlaceClassificationCode.REGION_III, label: "region III (khu vực III)", words: "khu vực (III|3)(?![I\\d])" },
  { code: PlaceClassificationCode.REGION_II, label: "region II (khu vực II)", words: "khu vực (II|2)(?![I\\d])" },
  { code: PlaceClassificationCode.REGION_I, label: "region I (khu vực I)", words: "khu vực (I|1)(?![I\\d])" },
];

/**
 * How close a place is to the asked place, best first (GraphQL `Proximity`, registered in
 * replicable-models.type.ts): the `tier` the statements compute is the index into TIERS.
 */
export enum Proximity {
  HERE = "HERE",
  SAME_COMMUNE = "SAME_COMMUNE",
  SAME_DISTRICT = "SAME_DISTRICT",
  SAME_PROVINCE = "SAME_PROVINCE",
  NEARBY = "NEARBY",
  ELSEWHERE = "ELSEWHERE",
}

/** The tiers in their order, best first: declared once, as Proximity. */
export const TIERS: readonly Proximity[] = Object.values(Proximity);
export type Tier = Proximity;

/**
 * Why a result scores what it does: one code per weight of WEIGHTS, declared once (GraphQL
 * `ReasonCode`, registered in replicable-models.type.ts; the statements write these codes).
 */
export enum ReasonCode {
  RAN_HERE = "RAN_HERE",
  RAN_SAME_COMMUNE = "RAN_SAME_COMMUNE",
  RAN_SAME_DISTRICT = "RAN_SAME_DISTRICT",
  RAN_SAME_PROVINCE = "RAN_SAME_PROVINCE",
  RAN_NEARBY_PROVINCE = "RAN_NEARBY_PROVINCE",
  SAME_REGION = "SAME_REGION",
  NEAR_RUN = "NEAR_RUN",
  MORE_RUNS_NEAR = "MORE_RUNS_NEAR",
  LEARNED_HERE = "LEARNED_HERE",
  SHOWCASED_HERE = "SHOWCASED_HERE",
  RUNS = "RUNS",
  SOURCES = "SOURCES",
  PROVINCES = "PROVINCES",
  OUTCOMES_STATED = "OUTCOMES_STATED",
  /** An outcome in words (Outcome) a source states about the model or a run of it: evidence, 0 points. */
  STATED_OUTCOME = "STATED_OUTCOME",
  PROJECT_FIGURES = "PROJECT_FIGURES",
  SHARED_RUN_FIGURES = "SHARED_RUN_FIGURES",
  EVENTS = "EVENTS",
  SAME_COMMUNE = "SAME_COMMUNE",
  SAME_DISTRICT = "SAME_DISTRICT",
  SAME_PROVINCE = "SAME_PROVINCE",
  NEARBY_PROVINCE = "NEARBY_PROVINCE",
  DISTANCE = "DISTANCE",
  SAME_UNIT_TYPE = "SAME_UNIT_TYPE",
  SHARED_MODELS = "SHARED_MODELS",
  MODELS_THERE = "MODELS_THERE",
  SHARED_CLASSIFICATION = "SHARED_CLASSIFICATION",
  LEARNED_FROM = "LEARNED_FROM",
}
