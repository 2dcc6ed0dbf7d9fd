import type { GraphExecutor } from "../graph/graph.executor";
import type { Role } from "../graph/graph.enums";
import { type NodeRow, type ProvenanceRow, provenanceRow, toNode, toProvenance } from "../graph/graph.node";
import type { MetricRow } from "../entities/entities.module";
import type { Metric } from "../types/entity.type";
import {
  anchorCypher,
  type LinkKey,
  modelDetailsCypher,
  type ModelQuery,
  type ModelRuns,
  modelSpreadCypher,
  rankModelsCypher,
  type RankPage,
  similarPlacesCypher,
  TIERS,
  type Tier,
  type Zones,
} from "./replicable-models.cypher";
import type { PlaceClassificationCode } from "./replicable-models.scoring";
import { statedOutcomesCypher } from "./replicable-models.cypher";

type Raw = Record<string, unknown>;
type RawNode = Raw | null;

const node = (raw: RawNode): NodeRow | null => (raw ? toNode(raw) : null);
const nodes = (list: RawNode[] | null | undefined): NodeRow[] => (list ?? []).filter((n): n is Raw => !!n).map(toNode);
const tierOf = (index: unknown): Tier => TIERS[typeof index === "number" && index >= 0 && index < TIERS.length ? index : TIERS.length - 1];
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

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
  code: string;
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
  codes: string[];
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

export interface SpreadDetails {
  runCount: number;
  runs: {
    run: NodeRow;
    applies: NodeRow[];
    places: NodeRow[];
    placeMarks: { place: string; name: string; inferred: string | null }[];
    provinces: NodeRow[];
    actors: Participation[];
  }[];
  learning: LearningDetails[];
  showcased: { event: NodeRow; what: NodeRow; places: NodeRow[]; provenance: ProvenanceRow | null }[];
}

const metricOf = (raw: { metric: Raw; rel: Raw }): MetricRow => ({
  id: String(raw.metric.id),
  value: Number(raw.metric.value),
  unit: String(raw.metric.unit ?? ""),
  label: String(raw.metric.label ?? ""),
  qualifier: (raw.metric.qualifier ?? "EXACT") as Metric["qualifier"],
  provenance: toProvenance(raw.rel) ?? provenanceRow("", "", null, null),
});

const classificationOf = (raw: Raw): ClassificationFact => ({
  code: raw.code as PlaceClassificationCode,
  of: toNode(raw.of as Raw),
  provenance: provenanceRow(String(raw.sourceId ?? ""), raw.quote, raw.note, raw.inferred),
});

function reasonOf(raw: Raw): ReasonFacts {
  const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
  const loc = raw.loc as Raw | null | undefined;
  return {
    code: String(raw.code),
    points: Number(raw.points ?? 0),
    run: node(raw.run as RawNode),
    place: node(raw.place as RawNode),
    via: node(raw.via as RawNode),
    holds: raw.holds === true,
    km: num(raw.km),
    approx: raw.approx !== false,
    count: num(raw.count),
    region: typeof raw.region === "string" ? raw.region : null,
    unitType: typeof raw.unitType === "string" ? raw.unitType : null,
    sources: list<string>(raw.sources),
    places: nodes(list<RawNode>(raw.places)),
    models: nodes(list<RawNode>(raw.models)),
    events: nodes(list<RawNode>(raw.events)),
    figures: list<{ about: Raw; metric: Raw; rel: Raw }>(raw.figures).map((f) => ({ about: toNode(f.about), metric: metricOf(f) })),
    keys: list<number>(raw.keys),
    codes: list<string>(raw.codes),
    facts: list<Raw>(raw.facts).map(classificationOf),
    provenance: [toProvenance(loc)].filter((p): p is ProvenanceRow => !!p),
    inferred: [...new Set(list<unknown>(raw.inferred).filter((x): x is string => typeof x === "string" && x.trim() !== ""))],
    inferredIds: list<string>(raw.inferredIds),
  };
}

/** The `inferred` reason of a relationship's properties (contract 1), or null when a source states it. */
export const inferredOf = (rel: Raw | null | undefined): string | null => (typeof rel?.inferred === "string" && rel.inferred.trim() !== "" ? rel.inferred : null);

const participationOf = (raw: { actor: Raw; rel: Raw }): Participation => ({
  actor: toNode(raw.actor),
  role: raw.rel.role as Role,
  provenance: toProvenance(raw.rel),
  inferred: inferredOf(raw.rel),
});

const learningOf = (raw: Raw): LearningDetails => ({
  learner: toNode(raw.learner as Raw),
  learnerPlaces: nodes(raw.learnerPlaces as RawNode[]),
  from: toNode(raw.from as Raw),
  fromPlaces: nodes(raw.fromPlaces as RawNode[]),
  runs: ((raw.runs as { run: Raw }[] | null) ?? []).map((r) => toNode(r.run)),
  event: node(raw.event as RawNode),
  local: raw.local === true,
  provenance: toProvenance(raw.rel as Raw),
});

/** A ranked model as the ranking statement returns it. */
function rankedModelOf(entry: Raw): RankedModel {
  const ev = entry.evidence as Raw;
  return {
    rank: Number(entry.rank),
    id: String(entry.id),
    model: toNode(entry.model as Raw),
    score: Number(entry.score),
    tier: tierOf(entry.tier),
    runIds: (entry.runIds as string[] | null) ?? [],
    reasons: (entry.reasons as Raw[]).map(reasonOf),
    evidence: {
      interventions: Number(ev.interventions ?? 0),
      sourceIds: (ev.sources as string[] | null) ?? [],
      provinces: Number(ev.provinces ?? 0),
      outcomes: Number(ev.outcomes ?? 0),
      sharedFigures: Number(ev.sharedFigures ?? 0),
      projectFigures: Number(ev.projectFigures ?? 0),
      events: Number(ev.events ?? 0),
    },
  };
}

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
    const { cypher, params } = anchorCypher(place, toSuccessor);
    const [row] = await this.graph.read<{
      asked: Raw;
      place: Raw;
      zones: Zones;
      homeProvinces: Raw[];
      nearby: Raw[];
      joined: Raw[];
      learned: { learner: Raw; target: Raw; event: RawNode; rel: Raw }[];
      showcased: { actor: Raw; event: Raw; target: Raw; rel: Raw; showcase: Raw }[];
    }>(cypher, params);
    if (!row) return null;
    return {
      asked: toNode(row.asked),
      place: toNode(row.place),
      zones: row.zones,
      homeProvinces: nodes(row.homeProvinces),
      nearby: nodes(row.nearby),
      joined: nodes(row.joined),
      learned: row.learned.map((l) => ({
        learner: toNode(l.learner),
        target: toNode(l.target),
        event: node(l.event),
        provenance: toProvenance(l.rel),
        inferred: inferredOf(l.rel),
      })),
      showcased: row.showcased.map((s) => ({
        actor: toNode(s.actor),
        event: toNode(s.event),
        target: toNode(s.target),
        role: (s.rel.role as Role | undefined) ?? null,
        provenance: toProvenance(s.showcase),
        inferred: inferredOf(s.rel) ?? inferredOf(s.showcase),
      })),
    };
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
    const { cypher, params } = rankModelsCypher(q, anchor.zones, linkKeys(anchor), mode, page);
    const [row] = await this.graph.read<{ total: number; page: Raw[]; hereTotal: number; here: Raw[] }>(cypher, params);
    return {
      total: row?.total ?? 0,
      hereTotal: row?.hereTotal ?? 0,
      here: (row?.here ?? []).map(rankedModelOf),
      page: (row?.page ?? []).map(rankedModelOf),
    };
  }

  /** The details of each model (by id, with the runs the ranking listed for it) for the anchored place. */
  async modelDetails(q: ModelQuery, anchor: Anchor, models: ModelRuns[]): Promise<Map<string, ModelDetails>> {
    if (!models.length) return new Map();
    const { cypher, params } = modelDetailsCypher(q, anchor.zones, models);
    const rows = await this.graph.read<{ id: string; documented: number; runs: Raw[]; modelEvents: Raw[]; learning: Raw[] }>(cypher, params);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          documented: r.documented,
          runs: r.runs.map((run) => ({
            run: toNode(run.run as Raw),
            tier: tierOf(run.tier),
            places: ((run.places as RawNode[]) ?? [])
              .filter((p): p is Raw => !!p)
              .map((p) => ({
                place: toNode(p.place as Raw),
                tier: tierOf(p.tier),
                via: node(p.via as RawNode),
                holds: p.holds === true,
                km: num(p.km),
                approx: p.approx !== false,
                region: typeof p.region === "string" ? p.region : null,
                sameRegion: p.sameRegion === true,
                provenance: toProvenance(p.loc as Raw),
                inferred: inferredOf(p.loc as Raw),
              })),
            applies: nodes(run.applies as RawNode[]),
            others: nodes(run.others as RawNode[]),
            appliesInferred: allInferredOf((run.appliesRels as Raw[] | null) ?? []),
            actors: (run.actors as { actor: Raw; rel: Raw }[]).map(participationOf),
            projects: nodes(run.projects as RawNode[]),
            programs: nodes(run.programs as RawNode[]),
            metrics: (run.metrics as { metric: Raw; rel: Raw }[]).map(metricOf),
            projectMetrics: (run.projectMetrics as { about: Raw; metric: Raw; rel: Raw }[]).map((m) => ({ about: toNode(m.about), metric: metricOf(m) })),
            showcasedAt: (run.showcasedAt as { event: Raw; rel: Raw; local: Raw[] }[]).map((s) => ({
              event: toNode(s.event),
              provenance: toProvenance(s.rel),
              local: nodes(s.local),
            })),
          })),
          modelEvents: r.modelEvents.map((e) => ({
            event: toNode(e.event as Raw),
            what: toNode(e.what as Raw),
            provenance: toProvenance(e.rel as Raw),
            local: nodes(e.local as Raw[]),
          })),
          learning: r.learning.map(learningOf),
        },
      ]),
    );
  }

  /** For each model id: the outcomes stated about it, its variants or their runs (empty when none). */
  async statedOutcomes(ids: readonly string[]): Promise<Map<string, StatedOutcome[]>> {
    if (!ids.length) return new Map();
    const { cypher, params } = statedOutcomesCypher();
    const rows = await this.graph.read<{ id: string; outcomes: { outcome: Raw; about: Raw[]; sources: string[]; mentions: Raw[] }[] }>(cypher, { ...params, ids });
    return new Map(
      rows.map((r) => [
        r.id,
        r.outcomes.map((o) => ({
          outcome: toNode(o.outcome),
          about: nodes(o.about),
          sourceIds: [...o.sources].sort(),
          provenance: o.mentions.map(toProvenance).filter((p): p is ProvenanceRow => !!p),
        })),
      ]),
    );
  }

  /** One page of places ranked by likeness to the anchored place, and what sources state the place to be. */
  async similarPlaces(anchor: Anchor, page: RankPage): Promise<{ classifications: ClassificationFact[]; total: number; page: RankedPlace[] }> {
    const { cypher, params } = similarPlacesCypher(anchor.zones, linkKeys(anchor).learned, page);
    const [row] = await this.graph.read<{ classifications: Raw[]; total: number; page: { rank: number; entry: Raw }[] }>(cypher, params);
    return {
      classifications: (row?.classifications ?? []).map(classificationOf),
      total: row?.total ?? 0,
      page: (row?.page ?? []).map(({ rank, entry }) => ({
        rank,
        id: String(entry.id),
        place: toNode(entry.place as Raw),
        score: Number(entry.score),
        tier: tierOf(entry.tier),
        km: num(entry.km),
        approx: entry.approx !== false,
        reasons: (entry.reasons as Raw[]).map(reasonOf),
        models: nodes(entry.models as RawNode[]),
        shared: nodes(entry.shared as RawNode[]),
        classifications: (entry.classifications as Raw[]).map(classificationOf),
      })),
    };
  }

  /** For each model id (in key order): its runs in time order, learning links and showcases. */
  async spread(ids: readonly string[]): Promise<SpreadDetails[]> {
    const { cypher, params } = modelSpreadCypher();
    const rows = await this.graph.read<{ id: string; runCount: number; runs: Raw[]; learning: Raw[]; showcased: Raw[] }>(cypher, { ...params, ids });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      if (!r) return { runCount: 0, runs: [], learning: [], showcased: [] };
      return {
        runCount: r.runCount,
        runs: r.runs.map((run) => ({
          run: toNode(run.run as Raw),
          applies: nodes(run.applies as RawNode[]),
          places: nodes(run.places as RawNode[]),
          placeMarks: ((run.placeMarks as Raw[] | null) ?? []).map((m) => ({ place: String(m.place), name: String(m.name), inferred: inferredOf(m) })),
          provinces: nodes(run.provinces as RawNode[]),
          actors: (run.actors as { actor: Raw; rel: Raw }[]).map(participationOf),
        })),
        learning: r.learning.map(learningOf),
        showcased: r.showcased.map((s) => ({
          event: toNode(s.event as Raw),
          what: toNode(s.what as Raw),
          places: nodes(s.places as RawNode[]),
          provenance: toProvenance(s.rel as Raw),
        })),
      };
    });
  }
}

/** The anchor's learning and showcase links as the statements take them: ids, numbered by position. */
function linkKeys(anchor: Anchor): { learned: LinkKey[]; showcased: LinkKey[] } {
  return {
    learned: anchor.learned.map((l, key) => ({ key, actor: l.learner.id, target: l.target.id, inferred: l.inferred })),
    showcased: anchor.showcased.map((s, key) => ({ key, actor: s.actor.id, target: s.target.id, inferred: s.inferred })),
  };
}

/** The first reason when every one of the statements of one fact is inferred (contract 1), else null. */
function allInferredOf(rels: Raw[]): string | null {
  const reasons = rels.map(inferredOf);
  return reasons.length > 0 && reasons.every((r) => r !== null) ? reasons[0] : null;
}
