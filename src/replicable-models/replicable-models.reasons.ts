import { DatePrecision, PlaceLevel, Role } from "../graph/graph.enums";
import { type NodeRow, oncePerKey, type PeriodRow, type ProvenanceRow } from "../graph/graph.node";
import type { MetricRow } from "../graph/graph.statement";
import type {
  Anchor,
  ClassificationFact,
  LearningDetails,
  ModelDetails,
  Participation,
  RankedModel,
  RankedPlace,
  ReasonFacts,
  RunDetails,
  SpreadDetails,
  SpreadRunDetails,
  StatedOutcome,
} from "./replicable-models.rows";
import { CLASSIFICATIONS, Proximity, ReasonCode, SEARCH, TIERS, type Tier, WEIGHTS } from "./replicable-models.scoring";
import {
  type ModelContact,
  type ModelEvent,
  type ModelLearning,
  type ModelOutcome,
  type ModelSpread,
  OutcomeScope,
  type PlaceClassification,
  type ReplicableModel,
  type RunPlace,
  type ScoreReason,
  type SimilarPlace,
  type SpreadRun,
} from "./replicable-models.type";

/**
 * Turns what the statements found into what a planner reads: a sentence per reason (the points
 * come from the ranking statement, never recomputed here), caveats, and the lists of a result
 * (places, contacts, outcomes, events, learning links). Pure functions: no database, no context.
 */

const tierRank = (t: Tier): number => TIERS.indexOf(t);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C", "A, B and 3 others". */
export function listOf(items: string[], max = 3): string {
  const unique = [...new Set(items.filter(Boolean))];
  if (unique.length <= 1) return unique[0] ?? "";
  if (unique.length > max) return `${unique.slice(0, max).join(", ")} and ${plural(unique.length - max, "other")}`;
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** "less than 1 km", "about 2.5 km", "about 147 km". */
const km = (v: number): string => (v < 1 ? "less than 1 km" : `about ${v < 10 ? v.toFixed(1) : Math.round(v)} km`);

/** A period as Vietnamese sources write it: 11–16/3/2024, 11/2021–4/2024, 2021. */
export function formatPeriod(period: PeriodRow | null | undefined): string | null {
  if (!period?.start && !period?.end) return null;
  const part = (date: string | null, precision: DatePrecision | null): { d: string; m: string; y: string; text: string } | null => {
    if (!date) return null;
    const [y, m, d] = date.split("-");
    const dd = String(Number(d));
    const mm = String(Number(m));
    const text = precision === DatePrecision.YEAR ? y : precision === DatePrecision.MONTH ? `${mm}/${y}` : `${dd}/${mm}/${y}`;
    return { d: dd, m: mm, y, text };
  };
  const a = part(period.start, period.startPrecision);
  const b = part(period.end, period.endPrecision);
  if (!a || !b) return (a ?? b)!.text;
  if (a.text === b.text) return a.text;
  const day = period.startPrecision === DatePrecision.DAY && period.endPrecision === DatePrecision.DAY;
  if (day && a.y === b.y && a.m === b.m) return `${a.d}–${b.d}/${a.m}/${a.y}`;
  if (day && a.y === b.y) return `${a.d}/${a.m}–${b.d}/${b.m}/${a.y}`;
  return `${a.text}–${b.text}`;
}

const eventLabel = (e: NodeRow): string => {
  const when = formatPeriod(e.period);
  return when ? `${e.name} (${when})` : e.name;
};

const QUALIFIER: Record<string, string> = { MORE_THAN: "more than ", AT_LEAST: "at least ", APPROXIMATE: "about " };
const figure = (m: MetricRow): string => `${QUALIFIER[m.qualifier] ?? ""}${m.value} ${m.unit}`;
const figures = (list: { metric: MetricRow }[], max = 4): string =>
  `${list
    .slice(0, max)
    .map((f) => figure(f.metric))
    .join(", ")}${list.length > max ? ", …" : ""}`;

/** " (inferred: <reasons>)": how a reason says that a curator inferred what it rests on; with `unpaid`, that this earns no points. */
const inferredClause = (reasons: string[], unpaid = false): string =>
  reasons.length ? ` (inferred: ${[...new Set(reasons.map((x) => x.trim().replace(/\.$/, "")))].join("; ")}${unpaid ? "; no points for an inference" : ""})` : "";
const uniqueBy = <T>(items: T[], key: (t: T) => string): T[] => {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && Boolean(seen.add(key(t))));
};
const byName = (a: NodeRow, b: NodeRow): number => a.name.localeCompare(b.name, "vi") || a.id.localeCompare(b.id);
const nonNull = <T>(v: T | null | undefined): v is T => v != null;

/** What the sentences need besides a reason's own facts. */
export interface ReasonContext {
  asked: NodeRow;
  anchor: Anchor;
}

/** The 2025 unit the asked place's province became, if it became one (for "the same province since 2025"). */
const province2025 = (ctx: ReasonContext): NodeRow | undefined => ctx.anchor.homeProvinces.find((p) => !!p.validFrom && p.id !== ctx.asked.id);
const forWhom = (run: NodeRow | null): string => (typeof run?.forWhom === "string" ? `, for ${run.forWhom}` : "");

/** Where a run (or place) lies relative to the asked place, as a clause: the sentence of a tier. */
function whereClause(tier: Tier, place: NodeRow, via: NodeRow | null, holds: boolean, ctx: ReasonContext): string {
  const asked = ctx.asked.name;
  const v = via ?? place;
  const at = place.id === v.id ? place.name : `${place.name} (${v.name})`;
  switch (tier) {
    case Proximity.HERE:
      if (v.id === ctx.asked.id) return place.id === ctx.asked.id ? `in ${asked} itself` : `in ${place.name}, in ${asked}`;
      if (ctx.asked.validFrom && place.id === v.id && place.name === asked) return `in the former ${place.officialName ?? place.name}, part of ${asked} since July 2025`;
      return ctx.asked.validFrom ? `in ${at}, which became part of ${asked} in July 2025` : `in ${at}, which is ${asked} under another name`;
    case Proximity.SAME_COMMUNE:
      if (holds) return `in ${place.name}, in ${v.name}, the commune ${asked} lies in`;
      if (v.validFrom) return `in ${at}, the commune ${asked} became part of in July 2025`;
      return `in ${at}, merged with ${asked}${ctx.anchor.joined.length ? ` into ${listOf(ctx.anchor.joined.map((j) => j.name))}` : " into one commune"} in July 2025`;
    case Proximity.SAME_DISTRICT:
      return place.id === v.id ? `in ${v.name} district as a whole, which ${asked} is in (the source names no commune)` : `in ${place.name}, in the same district (${v.name})`;
    case Proximity.SAME_PROVINCE: {
      if (holds && place.id === v.id) return `in ${v.name}, the province ${asked} is in (the source names no district or commune)`;
      if (holds) return `in ${place.name}, in the same province (${v.name})`;
      const now = province2025(ctx);
      return `in ${at}, in the same province as ${asked} since the July 2025 mergers${now ? ` (${now.name})` : ""}`;
    }
    case Proximity.NEARBY:
      return `in ${at}, one of the provinces nearest ${asked}`;
    case Proximity.ELSEWHERE:
      return `in ${place.name}`;
  }
}

const TIER_OF_CODE: Partial<Record<string, Tier>> = {
  RAN_HERE: Proximity.HERE,
  RAN_SAME_COMMUNE: Proximity.SAME_COMMUNE,
  RAN_SAME_DISTRICT: Proximity.SAME_DISTRICT,
  RAN_SAME_PROVINCE: Proximity.SAME_PROVINCE,
  RAN_NEARBY_PROVINCE: Proximity.NEARBY,
  SAME_COMMUNE: Proximity.SAME_COMMUNE,
  SAME_DISTRICT: Proximity.SAME_DISTRICT,
  SAME_PROVINCE: Proximity.SAME_PROVINCE,
  NEARBY_PROVINCE: Proximity.NEARBY,
};

/** A reason's sentence builder: its text (with the inferred clause), the entities it is about and their quotes, for the facts `r`. */
const reasonOf =
  (r: ReasonFacts) =>
  (text: string, about: (NodeRow | null)[] = [], provenance: (ProvenanceRow | null)[] = []): ScoreReason => ({
    code: r.code,
    text: `${text}${inferredClause(r.inferred, r.points === 0)}.`,
    points: r.points,
    about: uniqueBy(about.filter(nonNull), (n) => n.id),
    provenance: provenance.filter(nonNull),
    inferred: r.inferred.length > 0,
    inferredReasons: r.inferred,
  });

/** The sentence, entities and quotes of one reason of a model's score. */
export function modelReason(r: ReasonFacts, ctx: ReasonContext): ScoreReason {
  const reason = reasonOf(r);
  const tier = TIER_OF_CODE[r.code];
  if (tier && r.place) {
    const lead = tier === Proximity.HERE ? "Already run here" : "Ran";
    const distance = tier === Proximity.NEARBY && r.km != null && !r.approx ? ` (${km(r.km)} away)` : "";
    return reason(`${lead} ${whereClause(tier, r.place, r.via, r.holds, ctx)}${distance}${forWhom(r.run)}`, [r.run, r.place, r.via], r.provenance);
  }
  switch (r.code) {
    case "SAME_REGION":
      return reason(`Ran in ${r.place?.name ?? "a province"}${r.via && r.via.id !== r.place?.id ? ` (${r.via.name})` : ""}, in the same region as ${ctx.asked.name}: ${r.region}`, [
        r.run,
        r.place,
      ]);
    case "NEAR_RUN":
      return reason(`Its nearest run, in ${r.place?.name}, is ${km(r.km ?? 0)} away`, [r.run, r.place], r.provenance);
    case "MORE_RUNS_NEAR":
      return reason(`${plural(r.count ?? 0, "more run")} in ${ctx.asked.name}'s province or closer`);
    case "LEARNED_HERE": {
      const links = r.keys.map((k) => ctx.anchor.learned[k]).filter(nonNull);
      const events = uniqueBy(links.map((l) => l.event).filter(nonNull), (e) => e.id);
      const at = events.length ? ` at ${listOf(events.map(eventLabel), 2)}` : "";
      return reason(
        `${listOf(
          links.map((l) => l.learner.name),
          2,
        )} learned it from ${listOf(
          links.map((l) => l.target.name),
          2,
        )}${at}`,
        [...links.map((l) => l.learner), ...links.map((l) => l.target), ...events],
        links.map((l) => l.provenance),
      );
    }
    case "SHOWCASED_HERE": {
      const links = r.keys.map((k) => ctx.anchor.showcased[k]).filter(nonNull);
      const events = uniqueBy(
        links.map((l) => l.event),
        (e) => e.id,
      );
      return reason(
        `${listOf(
          links.map((l) => l.actor.name),
          2,
        )} took part in ${listOf(events.map(eventLabel), 2)}, which showcased it`,
        [...links.map((l) => l.actor), ...events, ...links.map((l) => l.target)],
        links.map((l) => l.provenance),
      );
    }
    case "RUNS":
      return reason(plural(r.count ?? 0, "documented run"));
    case "SOURCES":
      return reason(`Documented by ${plural(r.count ?? 0, "source")} (${r.sources.join(", ")})`);
    case "PROVINCES":
      return reason(
        `Run in ${plural(r.count ?? 0, "province")}: ${listOf(
          r.places.map((p) => p.name),
          4,
        )}`,
        r.places,
      );
    case "OUTCOMES_STATED":
      return reason(
        `Numbers stated for its runs: ${figures(r.figures)}`,
        r.figures.map((f) => f.about),
        r.figures.map((f) => f.metric.provenance),
      );
    case "SHARED_RUN_FIGURES": {
      const runs = uniqueBy(
        r.figures.map((f) => f.about),
        (p) => p.id,
      );
      return reason(
        `Numbers stated for ${runs.length === 1 ? "a run" : "runs"} of several models (${listOf(
          runs.map((p) => p.name),
          2,
        )}), not for this model alone: ${figures(r.figures)}`,
        runs,
        r.figures.map((f) => f.metric.provenance),
      );
    }
    case "PROJECT_FIGURES": {
      const projects = uniqueBy(
        r.figures.map((f) => f.about),
        (p) => p.id,
      );
      return reason(
        `Numbers stated for its ${projects.length === 1 ? "project" : "projects"} (${listOf(
          projects.map((p) => p.name),
          2,
        )}), not for this model alone: ${figures(r.figures)}`,
        projects,
        r.figures.map((f) => f.metric.provenance),
      );
    }
    case "EVENTS":
      return reason(`Showcased at ${plural(r.count ?? 0, "event")}: ${listOf(r.events.map(eventLabel), 2)}`, r.events);
    default:
      return reason(r.code);
  }
}

const LABEL = new Map(CLASSIFICATIONS.map((c) => [c.code, c.label]));

/** "; Trồng rau only where a curator placed its run": which of a reason's models count from inferred placements only. */
const placedByInference = (r: ReasonFacts, where: string): string => {
  const names = r.models.filter((m) => r.inferredIds.includes(m.id)).map((m) => m.name);
  return names.length ? `; no points for ${listOf(names, 4)}, placed ${where} only by a curator's inference` : "";
};

const classification = (f: ClassificationFact): PlaceClassification => ({ code: f.code, label: LABEL.get(f.code) ?? f.code, of: f.of, provenance: f.provenance });

/** The sentence, entities and quotes of one reason of a place's score. */
export function placeReason(r: ReasonFacts, ctx: ReasonContext): ScoreReason {
  const reason = reasonOf(r);
  const asked = ctx.asked.name;
  switch (r.code) {
    case "SAME_COMMUNE":
      return r.holds || !ctx.anchor.joined.length
        ? reason(`In the same commune as ${asked}${r.via ? ` (${r.via.name})` : ""}`, [r.via])
        : reason(`Merged with ${asked} into ${listOf(ctx.anchor.joined.map((j) => j.name))} in July 2025`, [...ctx.anchor.joined]);
    case "SAME_DISTRICT":
      return reason(`In the same district (${r.via?.name})`, [r.via]);
    case "SAME_PROVINCE": {
      if (r.holds) return reason(`In the same province (${r.via?.name})`, [r.via]);
      const now = province2025(ctx);
      return reason(`In the same province as ${asked} since the July 2025 mergers${now ? ` (${now.name})` : ""}`, [r.via, now ?? null]);
    }
    case "NEARBY_PROVINCE":
      return reason(`In ${r.via?.name}, one of the provinces nearest ${asked}`, [r.via]);
    case "SAME_REGION":
      return reason(`In the same region: ${r.region}`);
    case "DISTANCE":
      return reason(`${capitalize(km(r.km ?? 0))} from ${asked}`);
    case "SAME_UNIT_TYPE":
      return reason(`The same kind of unit (${r.unitType})`);
    case "SHARED_MODELS":
      return reason(
        `${plural(r.count ?? 0, "model")} documented both there and in ${asked}: ${listOf(
          r.models.map((m) => m.name),
          4,
        )}${placedByInference(r, "there or here")}`,
        r.models,
      );
    case "MODELS_THERE":
      return reason(
        `${plural(r.count ?? 0, "model")} documented there: ${listOf(
          r.models.map((m) => m.name),
          4,
        )}${placedByInference(r, "there")}`,
        r.models,
      );
    case "SHARED_CLASSIFICATION":
      return reason(
        `Both are stated to be ${listOf(r.codes.map((c) => LABEL.get(c) ?? c))} (this one: ${r.facts
          .map((f) => `"${f.provenance.quote}"`)
          .slice(0, 1)
          .join("")})`,
        r.facts.map((f) => f.of),
        r.facts.map((f) => f.provenance),
      );
    case "LEARNED_FROM": {
      const links = r.keys.map((k) => ctx.anchor.learned[k]).filter(nonNull);
      const events = uniqueBy(links.map((l) => l.event).filter(nonNull), (e) => e.id);
      return reason(
        `${listOf(
          links.map((l) => l.learner.name),
          2,
        )} learned from ${listOf(
          links.map((l) => l.target.name),
          2,
        )} here${events.length ? ` at ${listOf(events.map(eventLabel), 2)}` : ""}`,
        [...links.map((l) => l.learner), ...links.map((l) => l.target), ...events],
        links.map((l) => l.provenance),
      );
    }
    default:
      return reason(r.code);
  }
}

const TIER_WORDS: Record<Tier, string> = {
  HERE: "Here",
  SAME_COMMUNE: "The same commune, or merged into one in 2025",
  SAME_DISTRICT: "The same district",
  SAME_PROVINCE: "The same province",
  NEARBY: "One of the nearest provinces",
  ELSEWHERE: "Elsewhere",
};

/** Similarity points of a run's place by the place weights: where it is, its region, distance, unit type. */
function runPlaceSimilarity(p: ModelDetails["runs"][number]["places"][number], asked: NodeRow): { points: number; why: string[] } {
  const w = WEIGHTS.place;
  const tierPoints: Record<Tier, number> = {
    HERE: w.here,
    SAME_COMMUNE: w.sameCommune,
    SAME_DISTRICT: w.sameDistrict,
    SAME_PROVINCE: w.sameProvince,
    NEARBY: w.nearbyProvince,
    ELSEWHERE: 0,
  };
  let points = tierPoints[p.tier];
  const why: string[] = [];
  if (p.tier === Proximity.HERE) why.push(`In ${asked.name} (+${w.here}).`);
  else if (p.tier !== Proximity.ELSEWHERE) why.push(`${TIER_WORDS[p.tier]}${p.via ? ` (${p.via.name})` : ""} (+${tierPoints[p.tier]}).`);
  else why.push(`Not in ${asked.name}'s province or the nearest provinces searched (+0).`);
  if (tierRank(p.tier) >= tierRank(Proximity.NEARBY) && p.sameRegion) {
    points += w.sameRegion;
    why.push(`Same region: ${p.region} (+${w.sameRegion}).`);
  }
  if (p.tier !== Proximity.HERE && p.km != null && !p.approx) {
    const add = p.km <= 25 ? w.within25Km : p.km <= 75 ? w.within75Km : 0;
    points += add;
    why.push(`${capitalize(km(p.km))} away (+${add}).`);
  } else if (p.tier !== Proximity.HERE && p.km != null) {
    why.push("No distance: one of the two positions is borrowed from another unit (+0).");
  }
  if (p.inferred) why.push(`Placed here by inference: ${p.inferred.trim().replace(/\.$/, "")}.`);
  if (p.place.unitType && p.place.unitType === asked.unitType) {
    points += w.sameUnitType;
    why.push(`Same kind of unit (${p.place.unitType}) (+${w.sameUnitType}).`);
  }
  return { points, why };
}

const ROLE_ORDER: readonly Role[] = [
  Role.OWNER,
  Role.IMPLEMENTER,
  Role.CO_IMPLEMENTER,
  Role.FUNDER,
  Role.COORDINATOR,
  Role.PARTNER,
  Role.TRAINER,
  Role.ORGANIZER,
  Role.CO_ORGANIZER,
  Role.HOST,
  Role.SPEAKER,
  Role.EXHIBITOR,
  Role.PARTICIPANT,
  Role.BENEFICIARY,
  Role.DELEGATION_HEAD,
  Role.REPORTER,
];
const roleRank = (r: Role): number => (ROLE_ORDER.includes(r) ? ROLE_ORDER.indexOf(r) : ROLE_ORDER.length);

/** Lower case, accents kept, spaces and dashes folded: to find a name in a quote. */
const fold = (text: string): string =>
  text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[–—-]/g, "-");

/** The names a quote may use for an actor: its name, acronym and aliases. */
const namesOf = (actor: NodeRow): string[] =>
  [actor.name, actor.acronym, ...(Array.isArray(actor.aliases) ? actor.aliases : [])].filter((n): n is string => typeof n === "string" && n.trim().length > 1).map(fold);

/**
 * Why an actor's part in a run counts as inferred, or null when a source states it: the curators
 * marked it inferred (contract 1), or the quote cited for it does not name the actor (DWC's part in
 * a sub-project cited by a sentence about all the sub-projects).
 */
export function participationInferred(p: Participation): string | null {
  if (p.inferred) return p.inferred;
  if (!p.provenance) return null;
  const quote = fold(p.provenance.quote);
  return namesOf(p.actor).some((n) => quote.includes(n)) ? null : `the quote cited for its part does not name ${p.actor.name}`;
}

function contactsOf(runs: RunDetails[]): ModelContact[] {
  const byActor = new Map<string, ModelContact>();
  for (const run of runs) {
    for (const p of run.actors) {
      let c = byActor.get(p.actor.id);
      if (!c) {
        c = { actor: p.actor, roles: [], runs: [], proximity: run.tier, inferred: true, inferredReasons: [], provenance: [] };
        byActor.set(p.actor.id, c);
      }
      if (!c.roles.includes(p.role)) c.roles.push(p.role);
      if (!c.runs.some((r) => r.id === run.run.id)) c.runs.push(run.run);
      if (tierRank(run.tier) < tierRank(c.proximity)) c.proximity = run.tier;
      const why = participationInferred(p);
      c.inferred &&= why !== null;
      if (why && !c.inferredReasons.includes(why)) c.inferredReasons.push(why);
      if (p.provenance) c.provenance.push(p.provenance);
    }
  }
  for (const c of byActor.values()) if (!c.inferred) c.inferredReasons = [];
  const best = (c: ModelContact): number => Math.min(...c.roles.map(roleRank));
  return [...byActor.values()]
    .map((c) => ({ ...c, roles: [...c.roles].sort((a, b) => roleRank(a) - roleRank(b)) }))
    .sort((a, b) => tierRank(a.proximity) - tierRank(b.proximity) || best(a) - best(b) || byName(a.actor, b.actor));
}

function placesOf(runs: RunDetails[], asked: NodeRow): RunPlace[] {
  const byPlace = new Map<string, { facts: RunDetails["places"][number]; runs: NodeRow[]; provenance: ProvenanceRow[]; marks: (string | null)[] }>();
  for (const run of runs) {
    for (const p of run.places) {
      let entry = byPlace.get(p.place.id);
      if (!entry) {
        entry = { facts: p, runs: [], provenance: [], marks: [] };
        byPlace.set(p.place.id, entry);
      }
      entry.runs.push(run.run);
      entry.marks.push(p.inferred);
      if (p.provenance) entry.provenance.push(p.provenance);
    }
  }
  return [...byPlace.values()]
    .map(({ facts: first, runs: placeRuns, provenance, marks }) => {
      // Placed here by inference only when no source places any of its runs here.
      const stated = marks.filter((m): m is string => m !== null);
      const reasons = stated.length === marks.length ? [...new Set(stated)] : [];
      const facts = { ...first, inferred: reasons[0] ?? null };
      const { points, why } = runPlaceSimilarity(facts, asked);
      return {
        place: facts.place,
        proximity: facts.tier,
        similarity: points,
        distanceKm: facts.approx ? null : facts.km,
        distanceApproximate: facts.approx,
        inferredReasons: reasons,
        why,
        runs: uniqueBy(placeRuns, (r) => r.id),
        provenance,
      };
    })
    .sort((a, b) => b.similarity - a.similarity || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || byName(a.place, b.place));
}

function eventsOf(details: ModelDetails): ModelEvent[] {
  const byEvent = new Map<string, ModelEvent>();
  const entry = (e: NodeRow): ModelEvent => {
    let ev = byEvent.get(e.id);
    if (!ev) {
      ev = { event: e, showcased: [], learners: [], localParticipants: [], provenance: [] };
      byEvent.set(e.id, ev);
    }
    return ev;
  };
  for (const m of details.modelEvents) {
    const ev = entry(m.event);
    ev.showcased.push(m.what);
    ev.localParticipants.push(...m.local);
    if (m.provenance) ev.provenance.push(m.provenance);
  }
  for (const run of details.runs) {
    for (const s of run.showcasedAt) {
      const ev = entry(s.event);
      ev.showcased.push(run.run);
      ev.localParticipants.push(...s.local);
      if (s.provenance) ev.provenance.push(s.provenance);
    }
  }
  for (const l of details.learning) {
    if (!l.event) continue;
    const ev = entry(l.event);
    ev.learners.push(l.learner);
    if (l.provenance) ev.provenance.push(l.provenance);
  }
  const start = (e: NodeRow): string => e.period?.start ?? "9999";
  return [...byEvent.values()]
    .map((e) => ({
      ...e,
      showcased: uniqueBy(e.showcased, (n) => n.id),
      learners: uniqueBy(e.learners, (n) => n.id),
      localParticipants: uniqueBy(e.localParticipants, (n) => n.id),
      provenance: uniqueBy(e.provenance, (p) => `${p.sourceId}|${p.quote}`),
    }))
    .sort((a, b) => start(a.event).localeCompare(start(b.event)) || a.event.id.localeCompare(b.event.id));
}

const learningOf = (l: LearningDetails): ModelLearning => ({ ...l });

/** What a planner should know before trusting a model's place in the ranking. */
export function modelCaveats(ranked: RankedModel, details: ModelDetails | undefined, ctx: ReasonContext): string[] {
  const caveats: string[] = [];
  const ev = ranked.evidence;
  const runs = details?.runs ?? [];
  if (ev.interventions === 0) caveats.push("No run is documented: it was only presented at events.");
  if (ev.sourceIds.length === 1) caveats.push(`Only one source documents it (${ev.sourceIds[0]}).`);
  if (ev.interventions > 0 && ev.outcomes === 0) {
    caveats.push(
      ev.sharedFigures > 0
        ? "No number is stated for its own runs, only for runs of several models together."
        : ev.projectFigures > 0
          ? "No number is stated for its own runs, only for the whole project."
          : "No outcome (number) is stated for it.",
    );
  }
  if (ranked.tier === Proximity.ELSEWHERE && ev.interventions > 0) {
    const nearest = runs
      .flatMap((r) => r.places)
      .filter((p) => p.km != null && !p.approx)
      .sort((a, b) => (a.km ?? 0) - (b.km ?? 0))[0];
    caveats.push(
      `It has not run in ${ctx.asked.name}'s province or the nearest provinces searched${nearest ? `; its nearest run, in ${nearest.place.name}, is ${km(nearest.km ?? 0)} away` : ""}.`,
    );
  }
  const vague = runs.filter((r) => r.places.length > 0 && r.places.every((p) => p.place.level === PlaceLevel.PROVINCE || p.place.level === PlaceLevel.DISTRICT));
  if (vague.length) {
    caveats.push(
      `The source names no commune for ${plural(vague.length, "run")}: placed in ${listOf(
        uniqueBy(
          vague.flatMap((r) => r.places.map((p) => p.place)),
          (p) => p.id,
        ).map((p) => p.name),
      )} as a whole.`,
    );
  }
  if (runs.length && runs.every((r) => !r.run.period?.start && !r.run.period?.end)) caveats.push("No dates are stated for its runs.");
  if (runs.some((r) => r.appliesInferred || r.actors.some((a) => participationInferred(a) !== null) || r.places.some((p) => p.inferred))) {
    caveats.push("Some of who ran it, where or what it applied is the curators' inference rather than the sources' words (see `inferred` on its reasons, places and contacts).");
  }
  if (ev.interventions > runs.length && runs.length > 0) caveats.push(`${plural(ev.interventions, "run")} considered; the ${runs.length} closest are listed.`);
  const anywhere = details?.documented ?? 0;
  if (anywhere > ev.interventions)
    caveats.push(`${plural(anywhere, "run")} documented anywhere; the score counts the ${ev.interventions} in the area searched or linked to ${ctx.asked.name}.`);
  return caveats;
}

/** A ranked model as GraphQL returns it, from its ranking facts and details. */
export function replicableModel(ranked: RankedModel, details: ModelDetails | undefined, ctx: ReasonContext): ReplicableModel {
  const runs = details?.runs ?? [];
  const outcomes: ModelOutcome[] = uniqueBy(
    [
      // A run's number is the model's own only when the run applies no other model (OutcomeScope.SHARED_RUN otherwise).
      ...runs.flatMap((r) => r.metrics.map((metric) => ({ metric, about: r.run, scope: r.others.length ? OutcomeScope.SHARED_RUN : OutcomeScope.RUN }))),
      ...runs.flatMap((r) => r.projectMetrics.map((m) => ({ metric: m.metric, about: m.about, scope: OutcomeScope.PROJECT }))),
    ],
    (o) => o.metric.id,
  );
  return {
    model: ranked.model,
    rank: ranked.rank,
    score: ranked.score,
    proximity: ranked.tier,
    alreadyHere: ranked.tier === Proximity.HERE,
    nearby: tierRank(ranked.tier) <= tierRank(Proximity.SAME_DISTRICT),
    reasons: ranked.reasons.map((r) => modelReason(r, ctx)),
    caveats: modelCaveats(ranked, details, ctx),
    evidence: { ...ranked.evidence, sourceCount: ranked.evidence.sourceIds.length, interventionsAnywhere: details?.documented ?? ranked.evidence.interventions },
    places: placesOf(runs, ctx.asked),
    contacts: contactsOf(runs),
    projects: uniqueBy(
      runs.flatMap((r) => r.projects),
      (p) => p.id,
    ).sort(byName),
    programs: uniqueBy(
      runs.flatMap((r) => r.programs),
      (p) => p.id,
    ).sort(byName),
    outcomes,
    events: details ? eventsOf(details) : [],
    learnedBy: (details?.learning ?? []).map(learningOf),
  };
}

/** What the whole replicableModels answer rests on. */
export function answerCaveats(ctx: ReasonContext, total: number, fallback: boolean, filtered: boolean, hereTotal = 0): string[] {
  const { asked, anchor } = ctx;
  const caveats: string[] = [];
  if (anchor.asked.id !== asked.id) {
    caveats.push(
      `${anchor.asked.name} became part of ${asked.name} in July 2025: ranked for ${asked.name}, from the same evidence as asking for it; ` +
        `runs anywhere in ${asked.name} count as already there.`,
    );
  }
  if (!anchor.zones.here) caveats.push(`${asked.name} has no coordinates (nor the units above it): only its own province was searched, without distances.`);
  else if (anchor.zones.hereApprox) caveats.push(`${asked.name}'s position is borrowed from another unit: no distance from it is given or scored.`);
  if (anchor.joined.length && !asked.validFrom) {
    caveats.push(`${asked.name} became part of ${listOf(anchor.joined.map((j) => j.name))} in July 2025: runs in the units merged with it count as the same commune.`);
  }
  if (hereTotal > 0)
    caveats.push(`${plural(hereTotal, "model")} already ${hereTotal === 1 ? "runs" : "run"} in ${asked.name}: listed apart (alreadyHere), not ranked among the models to bring.`);
  if (fallback && total === 0) {
    caveats.push(
      `No documented run${filtered ? " matches the filters" : " of any model is in the graph"}${hereTotal > 0 ? " besides what already runs there" : ""}, near ${asked.name} or anywhere else: nothing to rank.`,
    );
  } else if (fallback) {
    caveats.push(
      `Nothing${filtered ? " matching the filters" : ""} ${hereTotal > 0 ? "to bring " : ""}is documented in ${asked.name}'s province or the ${plural(anchor.nearby.length, "nearest province")} searched, and its actors learned of nothing: ` +
        `these are the ${SEARCH.fallbackModels} best-documented models elsewhere, ranked by their evidence only.`,
    );
  } else if (total > 0 && total <= 2) {
    caveats.push(`Only ${plural(total, "model")} to bring documented near ${asked.name}: read each one's caveats before relying on it.`);
  }
  return caveats;
}

/** A ranked place as GraphQL returns it. */
export function similarPlace(p: RankedPlace, ctx: ReasonContext): SimilarPlace {
  return {
    place: p.place,
    rank: p.rank,
    score: p.score,
    proximity: p.tier,
    distanceKm: p.approx ? null : p.km,
    distanceApproximate: p.approx,
    reasons: p.reasons.map((r) => placeReason(r, ctx)),
    models: p.models,
    sharedModels: p.shared,
    classifications: p.classifications.map(classification),
  };
}

export { classification as placeClassification };

/** What the whole similarPlaces answer rests on. */
export function similarCaveats(ctx: ReasonContext, classified: ClassificationFact[]): string[] {
  const caveats: string[] = [];
  if (!ctx.anchor.zones.here) caveats.push(`${ctx.asked.name} has no coordinates (nor the units above it): only its own province was searched, without distances.`);
  if (!classified.length) {
    caveats.push(`No source states what kind of area ${ctx.asked.name} is (mountainous, ethnic-minority area, region I–III…): no classification is compared.`);
  }
  return caveats;
}

/** "Pha Mu: <reason>" for each place of a run only a curator's inference puts it in (every statement of it marked inferred). */
function inferredPlacements(marks: SpreadDetails["runs"][number]["placeMarks"]): string[] {
  const byPlace = new Map<string, { name: string; reasons: (string | null)[] }>();
  for (const m of marks) {
    const entry = byPlace.get(m.place) ?? { name: m.name, reasons: [] };
    entry.reasons.push(m.inferred);
    byPlace.set(m.place, entry);
  }
  return [...byPlace.values()].filter((e) => e.reasons.every((r) => r !== null)).map((e) => `${e.name}: ${e.reasons[0]!.trim()}`);
}

/** One run of a model's spread, as GraphQL returns it (ModelSpread.runs and runsConnection). */
export function spreadRun(r: SpreadRunDetails): SpreadRun {
  return {
    intervention: r.run,
    models: r.applies,
    period: r.run.period ?? null,
    places: r.places,
    provinces: uniqueBy(r.provinces, (p) => p.id),
    // Once per actor and role, with every source that states it.
    participants: oncePerKey(
      r.actors.map((a) => ({ role: a.role, actor: a.actor, activity: r.run, provenance: a.provenance })),
      (p) => `${p.actor.id}|${p.role}`,
    ),
    inferredReasons: inferredPlacements(r.placeMarks),
  };
}

/** How model `modelId` spread, as GraphQL returns it. */
export function modelSpread(modelId: string, d: SpreadDetails): ModelSpread {
  return {
    modelId,
    runCount: d.runCount,
    runs: d.runs.map(spreadRun),
    showcased: d.showcased.map((s) => ({ event: s.event, showcased: s.what, places: s.places, period: s.event.period ?? null, provenance: s.provenance })),
    learning: d.learning.map(learningOf),
  };
}

/**
 * One reason per outcome a source states about the model or a run of it: "Outcome stated: <name>
 * (<sources>)", about the outcome and what it is about, with the sources' words. Worth 0 points:
 * the ranking does not see outcomes in words, so a score stays the sum of its reasons' points.
 */
export function statedOutcomeReasons(outcomes: readonly StatedOutcome[]): ScoreReason[] {
  return outcomes.map((o) => ({
    code: ReasonCode.STATED_OUTCOME,
    text: `Outcome stated: ${o.outcome.name} (${o.sourceIds.join(", ")}).`,
    points: 0,
    about: uniqueBy([o.outcome, ...o.about], (n) => n.id),
    provenance: o.provenance,
    inferred: o.provenance.length > 0 && o.provenance.every((p) => p.inferred),
    inferredReasons: [...new Set(o.provenance.flatMap((p) => (p.inferred && p.inferredReason ? [p.inferredReason] : [])))],
  }));
}
