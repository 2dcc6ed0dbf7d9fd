import { ActivityKind, PlaceLevel } from "../graph/graph.enums";
import { cypherInt } from "../graph/graph.convert";
import { boolean, columns, statement, string, stringList, type Statement } from "../graph/graph.statement";
import { Label, PLACE_FACTS_LABEL, RelType } from "../graph/graph.model";
import { Rollup } from "../graph/graph.model";
import { NODE } from "../graph/graph.node";
import { inProgram, placesUnder } from "../graph/graph.rollup";
import { rollupStart } from "../graph/graph.rollup";
import {
  anchorRow,
  modelDetailsRow,
  rankedModelsRow,
  similarPlacesRow,
  spreadRow,
  spreadRunTotalRow,
  spreadRunsRow,
  statedOutcomesRow,
  type Zones,
} from "./replicable-models.rows";
import { CLASSIFICATIONS, LIVELIHOOD_CATEGORIES, ReasonCode, SEARCH, WEIGHTS } from "./replicable-models.scoring";

/**
 * The planners' statements: which models would work in a place, similar places, and how a model
 * spread. Each is anchored at what the request names and walks from there, so that its cost
 * follows the neighbourhood searched, not the size of the graph: first `anchorCypher` reads the
 * asked place's surroundings once (its units before and after the 2025 reorganisation, its
 * province, at most SEARCH.nearbyProvinces provinces around it, its actors and what they learned),
 * then the ranking and detail statements take those as the `$zones` parameter. Every value is a
 * $parameter (the weights too: `$weights`); labels, types and levels come from the model table.
 * Snapshot-tested in test/cypher/replicable-models.cypher.test.ts.
 */

/** replicableModels' filters, validated (ids well-formed, minEvidence ≥ 0). */
export interface ModelQuery {
  place: string;
  /** The model categories ranked: the livelihood categories by default (LIVELIHOOD_CATEGORIES), or those asked. */
  categories: string[];
  /** Whether models without a category are ranked too (by default yes; not when categories are asked). */
  uncategorised: boolean;
  /** Whether runs whose activity is INFRASTRUCTURE count: only when INFRASTRUCTURE is among the categories asked. */
  infrastructureRuns: boolean;
  program?: string;
  /** Only models with at least this many documented runs. */
  minEvidence?: number;
}

/** A page of a ranking: the sort key (score, id) of the last row of the previous page, and the size. */
export interface RankPage {
  after?: { score: number; id: string };
  limit: number;
}

/** What the asked place's actors learned from (`learner` and `target` ids), numbered by `key`; `inferred`: the curator's reason when the link is inferred. */
export interface LinkKey {
  key: number;
  actor: string;
  target: string;
  inferred: string | null;
}

const P = Label.Place;
const I = Label.Intervention;
const M = Label.Model;
const { PART_OF, SUCCEEDED_BY: SB, LOCATED_IN, APPLIES, INVOLVED_IN, LEARNED_FROM, SHOWCASED, MENTIONED_IN, HAS_METRIC, COVERS } = RelType;
const lvl = (level: PlaceLevel): string => `{level: '${level}'}`;
const nodeOrNull = (v: string): string => `CASE WHEN ${v} IS NULL THEN null ELSE ${NODE(v)} END`;
/** `CASE WHEN a < b THEN a ELSE b END`, Cypher having no scalar min. */
const least = (a: string, b: string): string => `CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;
const indent = (lines: string[], by = "  "): string[] => lines.map((l) => `${by}${l}`);

/** Whether model `m` is among the categories asked (`$categories`; without a category only when `$uncategorised`). */
const inCategories = (m: string): string => `(${m}.category IN $categories OR (${m}.category IS NULL AND $uncategorised))`;
/** Whether run `i` counts: runs whose activity is INFRASTRUCTURE only when INFRASTRUCTURE is asked (`$infrastructureRuns`). */
const runCounts = (i: string): string => `($infrastructureRuns OR ${i}.activity IS NULL OR ${i}.activity <> $infrastructureActivity)`;
/**
 * The curator's reason when a fact is inferred (contract 1: the relationship property `inferred`;
 * absent = stated) and every one of `marks` (the collected `inferred` of the `n` statements of
 * one fact, nulls dropped by collect) is: a fact counts as inferred only when no source states it.
 */
const allInferred = (marks: string, n: string): string => `CASE WHEN size(${marks}) > 0 AND size(${marks}) = ${n} THEN ${marks}[0] END`;

/** The parameters the categories of a query give its statements (livelihood models by default). */
function categoryParams(q: Pick<ModelQuery, "categories" | "uncategorised" | "infrastructureRuns"> = LIVELIHOOD): Record<string, unknown> {
  return { categories: q.categories, uncategorised: q.uncategorised, infrastructureRuns: q.infrastructureRuns, infrastructureActivity: ActivityKind.INFRASTRUCTURE };
}

/** The categories ranked when none are asked: livelihood models (and uncategorised ones), no infrastructure runs. */
export const LIVELIHOOD: Pick<ModelQuery, "categories" | "uncategorised" | "infrastructureRuns"> = {
  categories: [...LIVELIHOOD_CATEGORIES],
  uncategorised: true,
  infrastructureRuns: false,
};

/** The parameters the ranking statements take from the scoring table (numbers as sent; LIMITs use toInteger). */
function scoringParams(): Record<string, unknown> {
  return {
    weights: WEIGHTS,
    runsShown: SEARCH.runsShown,
    fallbackModels: SEARCH.fallbackModels,
    fallbackRuns: SEARCH.fallbackRuns,
    classes: CLASSIFICATIONS.map(({ code, words }) => ({ code, words })),
  };
}

/**
 * The asked place's surroundings, one row (none when no place has the id `$place`): the place,
 * `zones` (see Zones), the provinces searched (`homeProvinces`, `nearby`), the 2025 communes it
 * became (`joined`), and what its actors learned from (`learned`: LEARNED_FROM, with the event
 * named by `eventId`) or saw showcased at events they took part in (`showcased`), by date.
 * Actors are the organizations and people located in the place, inside it or in the units above
 * it, and the units of those organizations.
 */
export function anchorCypher(place: string, toSuccessor = false): Statement<ReturnType<typeof anchorRow>> {
  const lines = [
    `MATCH (asked:${P} {id: $place})`,
    ...(toSuccessor
      ? [
          // A unit the 2025 reorganisation merged into one successor is anchored at that successor.
          `CALL (asked) {`,
          `  OPTIONAL MATCH (asked)-[:${SB}]->(s:${P})`,
          `  WITH asked, collect(s) AS next`,
          `  RETURN CASE WHEN size(next) = 1 THEN next[0] ELSE asked END AS a`,
          `}`,
        ]
      : [`WITH asked, asked AS a`]),
    `CALL (a) {`,
    `  OPTIONAL MATCH (pre:${P})-[:${SB}]->(a)`,
    `  WITH a, collect(DISTINCT pre) AS pres`,
    `  OPTIONAL MATCH (a)-[:${SB}]->(same:${P})`,
    `  WHERE COUNT { (a)-[:${SB}]->(:${P}) } = 1 AND COUNT { (:${P})-[:${SB}]->(same) } = 1`,
    `  WITH a, pres, collect(same) AS renamed`,
    `  RETURN [a] + pres + renamed AS roots`,
    `}`,
    `CALL (roots) {`,
    `  UNWIND roots AS r`,
    `  MATCH (r)-[:${PART_OF}*1..]->(h:${P})`,
    `  WITH DISTINCT h WHERE NOT h IN roots`,
    `  RETURN collect(h) AS holders`,
    `}`,
    `CALL (roots) {`,
    `  UNWIND roots AS r`,
    `  MATCH (r)-[:${PART_OF}*0..]->(:${P} ${lvl(PlaceLevel.COMMUNE)})-[:${SB}]->(j:${P})`,
    `  WITH DISTINCT j WHERE NOT j IN roots`,
    `  RETURN collect(j) AS joined`,
    `}`,
    `CALL (roots) {`,
    `  UNWIND roots AS r`,
    `  MATCH (r)-[:${PART_OF}*0..]->(c:${P} ${lvl(PlaceLevel.COMMUNE)})`,
    `  CALL (c) {`,
    `    RETURN c AS x`,
    `    UNION`,
    `    MATCH (c)-[:${SB}]->(x:${P}) RETURN x`,
    `    UNION`,
    `    MATCH (c)-[:${SB}]->(:${P})<-[:${SB}]-(x:${P}) RETURN x`,
    `    UNION`,
    `    MATCH (x:${P})-[:${SB}]->(c) RETURN x`,
    `  }`,
    `  WITH DISTINCT x WHERE NOT x IN roots`,
    `  RETURN collect(x) AS communes`,
    `}`,
    `CALL (roots, communes) {`,
    `  UNWIND roots + communes AS r`,
    `  MATCH (r)-[:${PART_OF}*0..]->(p0:${P} ${lvl(PlaceLevel.PROVINCE)})`,
    `  CALL (p0) {`,
    `    RETURN p0 AS x`,
    `    UNION`,
    `    MATCH (p0)-[:${SB}]->(x:${P}) RETURN x`,
    `    UNION`,
    `    MATCH (p0)-[:${SB}]->(:${P})<-[:${SB}]-(x:${P}) RETURN x`,
    `    UNION`,
    `    MATCH (x:${P})-[:${SB}]->(p0) RETURN x`,
    `  }`,
    `  WITH DISTINCT x WHERE NOT x IN roots`,
    `  RETURN collect(x) AS provinces`,
    `}`,
    `CALL (a) {`,
    `  MATCH path = (a)-[:${PART_OF}*0..]->(x:${P})`,
    `  WHERE x.latitude IS NOT NULL AND x.longitude IS NOT NULL`,
    `  WITH x, length(path) AS depth ORDER BY depth`,
    `  RETURN head(collect(x)) AS located`,
    `}`,
    `CALL (located, roots, provinces) {`,
    `  MATCH (q:${P} ${lvl(PlaceLevel.PROVINCE)})`,
    `  WHERE located IS NOT NULL AND q.latitude IS NOT NULL AND q.longitude IS NOT NULL AND NOT q IN roots AND NOT q IN provinces`,
    `  WITH q, point.distance(point({latitude: located.latitude, longitude: located.longitude}), point({latitude: q.latitude, longitude: q.longitude})) AS metres`,
    `  WHERE metres <= $nearbyKm * 1000`,
    `  WITH q ORDER BY metres, q.id LIMIT toInteger($nearbyProvinces)`,
    `  RETURN collect(q) AS nearby`,
    `}`,
    `CALL (roots) {`,
    `  UNWIND roots AS r`,
    `  CALL (r) {`,
    `    MATCH (x:${P})-[:${PART_OF}*0..]->(r) RETURN x`,
    `    UNION`,
    `    MATCH (r)-[:${PART_OF}*1..]->(x:${P}) RETURN x`,
    `  }`,
    `  WITH DISTINCT x`,
    `  MATCH (actor)-[:${LOCATED_IN}]->(x) WHERE actor:${Label.Organization} OR actor:${Label.Person}`,
    `  CALL (actor) {`,
    `    RETURN actor AS y`,
    `    UNION`,
    `    MATCH (y:${Label.Organization})-[:${PART_OF}*1..]->(actor) RETURN y`,
    `  }`,
    `  WITH DISTINCT y ORDER BY y.id`,
    `  RETURN collect(y) AS actors`,
    `}`,
    `CALL (actors) {`,
    `  UNWIND actors AS x`,
    `  MATCH (x)-[l:${LEARNED_FROM}]->(t)`,
    `  OPTIONAL MATCH (e:${Label.Event} {id: l.eventId})`,
    `  WITH x, l, t, e ORDER BY e.startDate, e.id, x.id, t.id, l.sourceId`,
    `  RETURN collect({learner: ${NODE("x")}, target: ${NODE("t")}, event: ${nodeOrNull("e")}, rel: properties(l)}) AS learned`,
    `}`,
    `CALL (actors) {`,
    `  UNWIND actors AS x`,
    `  MATCH (x)-[r:${INVOLVED_IN}]->(e:${Label.Event})-[s:${SHOWCASED}]->(t)`,
    `  WITH x, r, e, s, t ORDER BY e.startDate, e.id, x.id, t.id`,
    `  RETURN collect({actor: ${NODE("x")}, event: ${NODE("e")}, target: ${NODE("t")}, rel: properties(r), showcase: properties(s)}) AS showcased`,
    `}`,
    `WITH asked, a, roots, holders, joined, communes, provinces, nearby, located, actors, learned, showcased,`,
    `     [x IN holders WHERE x.level = '${PlaceLevel.DISTRICT}'] AS districts,`,
    `     [x IN roots + provinces WHERE x.level = '${PlaceLevel.PROVINCE}'] AS homeProvinces`,
    `RETURN ${NODE("asked")} AS asked, ${NODE("a")} AS place,`,
    `       {place: a.id, roots: [x IN roots | x.id], holders: [x IN holders | x.id], communes: [x IN communes | x.id],`,
    `        districts: [x IN districts | x.id], provinces: [x IN provinces | x.id], nearby: [x IN nearby | x.id],`,
    `        search: [x IN roots + provinces + nearby | x.id],`,
    `        regions: reduce(rs = [], x IN homeProvinces | CASE WHEN x.region IS NULL OR x.region IN rs THEN rs ELSE rs + [x.region] END),`,
    `        actors: [x IN actors | x.id],`,
    `        here: CASE WHEN located IS NULL THEN null ELSE {latitude: located.latitude, longitude: located.longitude} END,`,
    `        hereApprox: located IS NULL OR located <> a OR coalesce(located.coordinatesApproximate, false)} AS zones,`,
    `       [x IN homeProvinces | ${NODE("x")}] AS homeProvinces, [x IN nearby | ${NODE("x")}] AS nearby,`,
    `       [x IN joined | ${NODE("x")}] AS joined, learned, showcased`,
  ];
  return statement(lines.join("\n"), { place, nearbyKm: SEARCH.nearbyKm, nearbyProvinces: SEARCH.nearbyProvinces }, anchorRow);
}

/**
 * For a place `p` bound with `chain` (p and the places above it, nearest first): its `tier`
 * (index into TIERS), `via` (the unit it shares with the asked place) and whether that `holds` the
 * asked place, `province`, and its position's distance from the asked place in `km` (only when
 * the asked place has a position: `here`) and whether that is `approx`imate. Lines of WITHs
 * carrying `keep` and `chain` besides.
 */
function placeTierLines(keep: string, here: boolean): string[] {
  // Each id on the chain is read once (`ids`), not once per zone tested (issue 21).
  const inZone = (zone: keyof Zones): string => `any(x IN ids WHERE x IN $zones.${zone})`;
  const firstIn = (zone: keyof Zones): string => `head([k IN range(0, size(ids) - 1) WHERE ids[k] IN $zones.${zone} | chain[k]])`;
  const distance = here
    ? [
        `     CASE WHEN pos IS NULL THEN null`,
        `          ELSE round(point.distance(point($zones.here), point({latitude: pos.latitude, longitude: pos.longitude})) / 1000.0, 1) END AS km,`,
        `     $zones.hereApprox OR pos IS NULL OR NOT pos IN chain[0..1] OR coalesce(pos.coordinatesApproximate, false) AS approx`,
      ]
    : [`     null AS km, true AS approx`];
  return [
    `WITH ${keep}, chain, [x IN chain | x.id] AS ids`,
    `WITH ${keep}, chain, ids,`,
    `     CASE WHEN ${inZone("roots")} THEN 0 WHEN ${inZone("communes")} THEN 1 WHEN ${inZone("districts")} THEN 2`,
    `          WHEN ${inZone("provinces")} THEN 3 WHEN ${inZone("nearby")} THEN 4 ELSE 5 END AS tier,`,
    `     head([x IN chain WHERE x.latitude IS NOT NULL AND x.longitude IS NOT NULL]) AS pos,`,
    `     head([x IN chain WHERE x.level = '${PlaceLevel.PROVINCE}']) AS province`,
    `WITH ${keep}, chain, ids, tier, province,`,
    `     CASE tier WHEN 0 THEN ${firstIn("roots")} WHEN 1 THEN ${firstIn("communes")} WHEN 2 THEN ${firstIn("districts")}`,
    `          WHEN 3 THEN ${firstIn("provinces")} WHEN 4 THEN ${firstIn("nearby")} END AS via,`,
    ...distance,
    `WITH ${keep}, chain, ids, tier, province, via, km, approx, via.id IN $zones.holders AS holds`,
  ];
}

/**
 * The runs of `m`: interventions applying it or one of its variants (the roll-up rule), in
 * `$program` when filtered; with `counted`, only runs that count for the categories asked
 * (runs of INFRASTRUCTURE activity only when asked: `$infrastructureRuns`).
 */
function runsOf(m: string, i: string, program: boolean, counted = false): string[] {
  const where = [...(counted ? [runCounts(i)] : []), ...(program ? [inProgram(i, "$program")] : [])];
  // APPLIES leaves only interventions (the graph's model): no label to test on every run (issue 21).
  return [`MATCH (v:${M})-[:${PART_OF}*0..]->(${m})`, `MATCH (${i})-[:${APPLIES}]->(v)`, ...(where.length ? [`WHERE ${where.join(" AND ")}`] : [])];
}

/** A node (or null) of any expression, projected as NODE() projects a variable. */
const nodeOf = (expr: string): string => `head([n IN [${expr}] WHERE n IS NOT NULL | ${NODE("n")}])`;

/**
 * What a run tells of the place's links (issue 21: read once per run, never per model × link):
 * `own`, the link actors (`$linkActors`) who took part in it; `learnedKeys`, the learning links
 * that lead to it (the run itself, an organization it ran under, or a unit above one of its
 * places: `chainIds`); `showKeys`, the showcase links whose target is the run.
 */
interface LinkUse {
  learned: boolean;
  showcased: boolean;
}

/**
 * Light rows of the runs `i` bound (one per place): what placeTierLines gives, the run's links
 * (LinkUse), the ids of the sources mentioning it (`srcs`) and the showcases of it (`shows`: event
 * and relationship), then each model the run counts for. A run's relationships are read in one
 * pass (issue 21: each typed expansion of a run walks all its relationships again; the graph's
 * model gives every type read here one kind of node at the other end: LOCATED_IN a Place, APPLIES
 * a Model, MENTIONED_IN a Source, SHOWCASED from an Event).
 */
function runRowLines(here: boolean, links: LinkUse): string[] {
  const any = links.learned || links.showcased;
  const linkFields = ["own", "learnedKeys", "showKeys"];
  const of = (type: RelType, out: boolean, value: string): string => `[e IN rels WHERE e.t = '${type}' AND e.out = ${out} | ${value}]`;
  return [
    `WITH i WHERE ${runCounts("i")}`,
    // Only what is used is kept of each relationship (a relationship value holds its properties: quotes).
    `WITH i, [(i)-[r]-(x) | {t: type(r), out: startNode(r) = i, x: x, r: CASE WHEN type(r) = '${LOCATED_IN}' THEN r END,`,
    `                        inferred: CASE WHEN type(r) IN ['${APPLIES}', '${RelType.SHOWCASED}'] THEN r.inferred END}] AS rels`,
    `WITH i, ${of(MENTIONED_IN, true, "e.x.id")} AS srcs, ${of(RelType.SHOWCASED, false, "{e: e.x, inferred: e.inferred}")} AS shows, ${of(APPLIES, true, "{inferred: e.inferred, x: e.x}")} AS applies,`,
    `     ${of(LOCATED_IN, true, "{r: e.r, x: e.x}")} AS locs${any ? `, ${of(INVOLVED_IN, false, "e.x")} AS involved` : ""}`,
    ...(any
      ? [
          `WITH i, srcs, shows, applies, locs, i.id AS iid, [x IN involved WHERE x.id IN $linkActors | x.id] AS own,`,
          links.learned
            ? `     reduce(s = [], o IN [x IN involved WHERE x:${Label.Organization}] | s + [(o)-[:${PART_OF}*0..]->(u:${Label.Organization}) | u.id]) AS orgIds`
            : `     [] AS orgIds`,
        ]
      : []),
    `UNWIND CASE WHEN size(locs) = 0 THEN [null] ELSE locs END AS located`,
    `WITH i, srcs, shows, applies, located.r AS loc, located.x AS p${any ? ", iid, own, orgIds" : ""}`,
    // Each place's chain and tier are worked out once, for all the runs placed there (issue 21).
    `WITH p, collect({i: i, loc: loc, applies: applies, srcs: srcs, shows: shows${any ? ", iid: iid, own: own, orgIds: orgIds" : ""}}) AS at`,
    `WITH p, at, CASE WHEN p IS NULL THEN [] ELSE [(p)-[:${PART_OF}*0..]->(x:${P}) | x] END AS chain`,
    ...placeTierLines("p, at", here),
    `UNWIND at AS r`,
    `WITH r.i AS i, r.applies AS applies, r.srcs AS srcs, r.shows AS shows, p, r.loc AS loc, tier, via, holds, province, km, approx${any ? ", ids, r.iid AS iid, r.own AS own, r.orgIds AS orgIds" : ""}`,
    ...(any
      ? [
          `WITH i, applies, srcs, shows, p, loc, tier, via, holds, province, km, approx, own,`,
          links.learned ? `     [k IN $learned WHERE k.target = iid OR k.target IN orgIds OR k.target IN ids | k.key] AS learnedKeys,` : `     [] AS learnedKeys,`,
          links.showcased ? `     [k IN $showcased WHERE k.target = iid | k.key] AS showKeys` : `     [] AS showKeys`,
        ]
      : []),
    `UNWIND applies AS applied`,
    `WITH i, srcs, shows, p, loc, tier, via, holds, province, km, approx, ${any ? "own, learnedKeys, showKeys, " : ""}applied.inferred AS apInferred, applied.x AS v`,
    `MATCH (v)-[:${PART_OF}*0..]->(m:${M})`,
    `WITH m, i, srcs, shows, p, loc, tier, via, holds, province, km, approx, ${any ? "own, learnedKeys, showKeys, " : ""}collect(apInferred) AS apMarks, count(*) AS apCount`,
    `RETURN m, i, srcs, shows, p, loc, tier, via, holds, province, km, approx, ${allInferred("apMarks", "apCount")} AS appliesInferred, ` +
      (any ? "own, learnedKeys, showKeys" : linkFields.map((x) => `[] AS ${x}`).join(", ")),
  ];
}

/**
 * The runs considered near the asked place, each with the models it counts for (its model and
 * the broader models that one is a variant of): runs located in the area searched (`$zones.search`
 * walked down), runs its actors learned from (`$learned`: a run, the runs of an organization, the
 * runs in a place), runs shown at events they took part in (`$showcased`); and, with no run,
 * models shown at those events. Binds `m` and one light row per run and place.
 */
function nearbyRuns(q: ModelQuery, here: boolean, links: LinkUse): string[] {
  const inProg = q.program ? [`  WITH i WHERE ${inProgram("i", "$program")}`] : [];
  return [
    `CALL () {`,
    `  CALL () {`,
    `    UNWIND $zones.search AS zid`,
    `    MATCH (zone:${P} {id: zid})`,
    `    MATCH (p:${P})-[:${PART_OF}*0..]->(zone)`,
    `    MATCH (i:${I})-[:${LOCATED_IN}]->(p)`,
    `    RETURN i`,
    `    UNION`,
    `    UNWIND $learned AS k`,
    `    MATCH (t:${Label.Entity} {id: k.target})`,
    `    CALL (t) {`,
    `      MATCH (t:${I}) RETURN t AS i`,
    `      UNION`,
    `      MATCH (t:${Label.Organization})<-[:${PART_OF}*0..]-(:${Label.Organization})-[:${INVOLVED_IN}]->(i:${I}) RETURN i`,
    `      UNION`,
    `      MATCH (t:${P})<-[:${PART_OF}*0..]-(:${P})<-[:${LOCATED_IN}]-(i:${I}) RETURN i`,
    `    }`,
    `    RETURN i`,
    `    UNION`,
    `    UNWIND $showcased AS k`,
    `    MATCH (i:${I} {id: k.target})`,
    `    RETURN i`,
    `  }`,
    `  WITH DISTINCT i`,
    ...inProg,
    ...indent(runRowLines(here, links)),
    `  UNION`,
    `  UNWIND $showcased AS k`,
    `  MATCH (:${M} {id: k.target})-[:${PART_OF}*0..]->(m:${M})`,
    `  RETURN m, null AS i, [] AS srcs, [] AS shows, null AS p, null AS loc, 5 AS tier, null AS via, false AS holds, null AS province, null AS km, true AS approx, null AS appliesInferred,`,
    `         [] AS own, [] AS learnedKeys, [] AS showKeys`,
    `}`,
  ];
}

/**
 * Fallback: the $fallbackModels models with the most documented runs anywhere, and at most
 * $fallbackRuns of the runs of each (by id). Binds `m` and one light row per run and place.
 */
function fallbackRuns(q: ModelQuery, here: boolean, links: LinkUse): string[] {
  const inProg = ` WHERE ${runCounts("i")}${q.program ? ` AND ${inProgram("i", "$program")}` : ""}`;
  return [
    // APPLIES leaves only interventions: no label test on each run (issue 21).
    `CALL () {`,
    `  MATCH (top:${M}) WHERE ${inCategories("top")}`,
    `  CALL (top) {`,
    `    MATCH (i)-[:${APPLIES}]->(:${M})-[:${PART_OF}*0..]->(top)${inProg}`,
    `    RETURN count(DISTINCT i) AS documented`,
    `  }`,
    `  WITH top, documented WHERE documented > 0`,
    `  ORDER BY documented DESC, top.id LIMIT toInteger($fallbackModels)`,
    `  CALL (top) {`,
    `    MATCH (i)-[:${APPLIES}]->(:${M})-[:${PART_OF}*0..]->(top)${inProg}`,
    `    WITH DISTINCT i ORDER BY i.id LIMIT toInteger($fallbackRuns)`,
    ...indent(runRowLines(here, links), "    "),
    `  }`,
    `  WITH m, i, srcs, shows, p, loc, tier, via, holds, province, km, approx, appliesInferred, own, learnedKeys, showKeys WHERE m = top`,
    `  RETURN m, i, srcs, shows, p, loc, tier, via, holds, province, km, approx, appliesInferred, own, learnedKeys, showKeys`,
    `}`,
  ];
}

/**
 * The ranking of models for the asked place (replicableModels), one row: the models to bring
 * (`total` of them, and the `page`, each entry with its 1-based `rank` and `runIds`: its runs
 * considered, the closest first, at most $runsShown) and, apart, the models already run here
 * (`hereTotal`, and the first $hereShown in `here`, ranked among themselves): a model whose
 * closest run is in the asked place is not something to bring there. A candidate is scored from
 * its runs considered (WEIGHTS.model): how close the closest is (tier, region, distance: never
 * from approximate positions), further runs near (placed as a source states), what the place's
 * actors learned or saw of it (`learned`/`showcased`: keys into the anchor's lists), and the
 * evidence of those runs (runs, sources, provinces as sources place them, figures, events).
 * Figures: a number stated of a run is the model's own only when every model the run applies
 * rolls up to it (OUTCOMES_STATED); a number of a run of several models is shared
 * (SHARED_RUN_FIGURES), as is a project's (PROJECT_FIGURES). Only categories asked
 * (`$categories`) are candidates, and runs of INFRASTRUCTURE activity count only when asked.
 * Each reason carries `inferred`: the curators' reasons when what earns its points is inferred
 * (a run's place or its model, a figure), so that no inferred fact adds points silently.
 * NEARBY considers the runs in the area searched and those linked to the place's actors;
 * FALLBACK (used when NEARBY finds nothing to bring) the best-documented models anywhere. Rows
 * stay node references until the page is cut: only the listed models are projected.
 */
export function rankModelsCypher(
  q: ModelQuery,
  zones: Zones,
  links: { learned: LinkKey[]; showcased: LinkKey[] },
  mode: "NEARBY" | "FALLBACK",
  page: RankPage,
): Statement<ReturnType<typeof rankedModelsRow>> {
  const w = (name: keyof typeof WEIGHTS.model): string => `$weights.model.${name}`;
  const capped = (n: string, per: keyof typeof WEIGHTS.model, cap: keyof typeof WEIGHTS.model): string => `${w(per)} * ${least(n, w(cap))}`;
  const marks = (r: string): string => `[x IN [${r}.placeInferred, ${r}.appliesInferred] WHERE x IS NOT NULL]`;
  // The proximity points come from the closest run a source places and ties to the model
  // (`stated`); a closer run placed or tied only by inference (`best`) is shown with no points.
  const tierCodes: [number, ReasonCode, keyof typeof WEIGHTS.model][] = [
    [0, ReasonCode.RAN_HERE, "ranHere"],
    [1, ReasonCode.RAN_SAME_COMMUNE, "ranSameCommune"],
    [2, ReasonCode.RAN_SAME_DISTRICT, "ranSameDistrict"],
    [3, ReasonCode.RAN_SAME_PROVINCE, "ranSameProvince"],
    [4, ReasonCode.RAN_NEARBY_PROVINCE, "ranNearbyProvince"],
  ];
  const tierReasons = (row: string, scored: boolean): string[] => [
    `    CASE ${row}.tier`,
    ...tierCodes.map(
      ([tier, code, weight]) =>
        `      WHEN ${tier} THEN {code: '${code}', points: ${scored ? w(weight) : "0.0"}, run: ${row}.run, place: ${row}.place, via: ${row}.via, holds: ${row}.holds, ` +
        `loc: ${row}.loc, inferred: ${marks(row)}${tier === 4 ? `, km: CASE WHEN ${row}.approx THEN null ELSE ${row}.km END, approx: ${row}.approx` : ""}}`,
    ),
    `    END,`,
  ];
  const uses: LinkUse = { learned: links.learned.length > 0, showcased: links.showcased.length > 0 };
  const after = page.after ? " WHERE x.entry.score < $afterScore OR (x.entry.score = $afterScore AND x.entry.id > $afterId)" : "";
  const figureInferred = (list: string): string => `CASE WHEN all(f IN ${list} WHERE f.rel.inferred IS NOT NULL) THEN [f IN ${list} | f.rel.inferred] ELSE [] END`;
  const project = (x: string): string =>
    [
      `{rank: ${x}.rank, id: ${x}.entry.id, score: ${x}.entry.score, tier: ${x}.entry.tier, evidence: ${x}.entry.evidence, runIds: ${x}.entry.runIds,`,
      `  model: ${nodeOf(`${x}.entry.m`)},`,
      `  reasons: [r IN ${x}.entry.reasons | r{.*, run: ${nodeOf("r.run")}, place: ${nodeOf("r.place")}, via: ${nodeOf("r.via")},`,
      `    loc: CASE WHEN r.loc IS NULL THEN null ELSE properties(r.loc) END,`,
      `    places: [y IN coalesce(r.places, []) | ${NODE("y")}], events: [y IN coalesce(r.events, []) | ${NODE("y")}],`,
      `    figures: [f IN coalesce(r.figures, []) | {about: ${nodeOf("f.about")}, metric: properties(f.metric), rel: properties(f.rel)}]}]}`,
    ].join("\n");
  const lines = [
    // Figures are few: read from the metrics, once, never from every run of every model (issue 21).
    `CALL () {`,
    `  MATCH (x:${Label.Metric})<-[r:${HAS_METRIC}]-(i:${I})`,
    `  WITH i, x, r ORDER BY i.id, x.id`,
    `  RETURN collect({about: i, metric: x, rel: r}) AS runFigures`,
    `}`,
    `CALL () {`,
    `  MATCH (pr:${Label.Project})-[r:${HAS_METRIC}]->(x:${Label.Metric})`,
    `  MATCH (j:${I})-[:${PART_OF}*1..3]->(pr)`,
    `  WITH pr, x, r, collect(DISTINCT j) AS runs ORDER BY pr.id, x.id`,
    `  RETURN collect({about: pr, metric: x, rel: r, runs: runs}) AS projectFigureRuns`,
    `}`,
    // The models the showcase links show (with the broader models they are variants of), read once.
    ...(uses.showcased
      ? [
          `CALL () {`,
          `  UNWIND $showcased AS k`,
          `  MATCH (:${M} {id: k.target})-[:${PART_OF}*0..]->(mm:${M})`,
          `  WITH mm.id AS model, collect(k.key) AS keys`,
          `  RETURN collect({model: model, keys: keys}) AS shownModels`,
          `}`,
        ]
      : [`WITH *, [] AS shownModels`]),
    ...(mode === "NEARBY" ? nearbyRuns(q, !!zones.here, uses) : fallbackRuns(q, !!zones.here, uses)),
    `WITH runFigures, projectFigureRuns, shownModels, m, i, srcs, shows, p, loc, tier, via, holds, province, km, approx, appliesInferred, own, learnedKeys, showKeys WHERE ${inCategories("m")}`,
    // The closest run first; at the same distance, a place and a model the sources state before inferred ones.
    `ORDER BY tier, loc.inferred IS NOT NULL, appliesInferred IS NOT NULL, km, i.id, p.id`,
    `WITH runFigures, projectFigureRuns, shownModels, m, collect(CASE WHEN i IS NULL THEN null ELSE {run: i, place: p, loc: loc, tier: tier, via: via, holds: holds, province: province, km: km, approx: approx,`,
    `                 placeInferred: loc.inferred, appliesInferred: appliesInferred, srcs: srcs, shows: shows} END) AS rows,`,
    `     collect(own) AS owns, collect(learnedKeys) AS learnedLists, collect(showKeys) AS showLists`,
    // What the place's own actors learned or saw of it, from what its runs told (runRowLines); an actor who ran it does not count.
    `WITH runFigures, projectFigureRuns, m, rows, reduce(s = [], r IN rows | CASE WHEN r.run IN s THEN s ELSE s + [r.run] END) AS runs,`,
    `     reduce(s = [], l IN owns | s + l) AS ownActors, reduce(s = [], l IN learnedLists | s + l) AS learnedHit,`,
    `     reduce(s = [], l IN showLists | s + l) + reduce(s = [], x IN shownModels | CASE WHEN x.model = m.id THEN s + x.keys ELSE s END) AS showHit`,
    // With a program, only models run under it (minEvidence ≥ 1 implies as much).
    ...(q.minEvidence ? [`WHERE size(runs) >= $minEvidence`] : q.program ? [`WHERE size(runs) >= 1`] : []),
    // The evidence of its runs considered.
    // From what each run's one pass read (runRowLines), never from the runs again.
    `CALL (rows) {`,
    `  UNWIND rows AS r`,
    `  UNWIND r.srcs AS s`,
    `  WITH DISTINCT s ORDER BY s`,
    `  RETURN collect(s) AS sources`,
    `}`,
    // A run's numbers are the model's own only when every model the run applies rolls up to it.
    `CALL (m, runs, runFigures) {`,
    `  UNWIND [f IN runFigures WHERE f.about IN runs] AS f`,
    `  WITH f, f.about AS i`,
    `  WITH f, all(v IN [(i)-[:${APPLIES}]->(v:${M}) | v] WHERE EXISTS { MATCH (v)-[:${PART_OF}*0..]->(m) }) AS own`,
    `  WITH collect({about: f.about, metric: f.metric, rel: f.rel, own: own}) AS all`,
    `  RETURN [f IN all WHERE f.own | f{.about, .metric, .rel}] AS outcomes, [f IN all WHERE NOT f.own | f{.about, .metric, .rel}] AS sharedFigures`,
    `}`,
    `WITH *, [f IN projectFigureRuns WHERE any(j IN f.runs WHERE j IN runs) | f{.about, .metric, .rel}] AS projectFigures`,
    // Events that showcased it, a variant or a run; an event whose every showcase of it is inferred is named in the reason.
    `CALL (m) {`,
    `  MATCH (v:${M})-[:${PART_OF}*0..]->(m)`,
    `  MATCH (e:${Label.Event})-[s:${SHOWCASED}]->(v)`,
    `  RETURN collect({e: e, inferred: s.inferred}) AS modelShows`,
    `}`,
    // No UNION here: its de-duplication would key every row on the imported lists too (a gigabyte at S3).
    `CALL (modelShows, rows) {`,
    `  UNWIND [modelShows] + [r IN rows | r.shows] AS xs`,
    `  UNWIND xs AS x`,
    // One row per event and mark: all its showcases of it are inferred exactly when no row is stated.
    `  WITH DISTINCT x.e AS e, x.inferred AS inferred`,
    `  WITH e, collect(inferred) AS marks, count(*) AS n`,
    `  WITH e, ${allInferred("marks", "n")} AS why ORDER BY e.startDate, e.id`,
    `  RETURN collect(e) AS events, [x IN collect(why) WHERE x IS NOT NULL] AS eventMarks`,
    `}`,
    `WITH *, [k IN $learned WHERE k.key IN learnedHit AND NOT k.actor IN ownActors] AS learnedLinks,`,
    `     [k IN $showcased WHERE k.key IN showHit AND NOT k.actor IN ownActors] AS showLinks`,
    `WITH *, [k IN learnedLinks | k.key] AS learned, [k IN learnedLinks WHERE k.inferred IS NOT NULL | k.inferred] AS learnedMarks,`,
    `     [k IN showLinks | k.key] AS showcased, [k IN showLinks WHERE k.inferred IS NOT NULL | k.inferred] AS showcasedMarks`,
    `WITH m, rows, runs, sources, outcomes, sharedFigures, projectFigures, events, eventMarks, learned, learnedMarks, showcased, showcasedMarks,`,
    `     head(rows) AS best, head([r IN rows WHERE r.placeInferred IS NULL AND r.appliesInferred IS NULL]) AS stated,`,
    // Distances only between positions of the places themselves, never borrowed ones (coordinatesApproximate).
    `     reduce(n = null, r IN rows | CASE WHEN r.tier > 0 AND r.km IS NOT NULL AND NOT r.approx AND r.placeInferred IS NULL AND r.appliesInferred IS NULL`,
    `       AND (n IS NULL OR r.km < n.km) THEN r ELSE n END) AS nearest,`,
    // Further runs near and provinces count only where a source places the run and states its model.
    `     size(reduce(s = [], r IN rows | CASE WHEN r.tier <= 3 AND r.placeInferred IS NULL AND r.appliesInferred IS NULL AND NOT r.run IN s THEN s + [r.run] ELSE s END)) AS nearRuns,`,
    `     reduce(s = [], r IN rows | CASE WHEN r.province IS NULL OR r.placeInferred IS NOT NULL OR r.province IN s THEN s ELSE s + [r.province] END) AS provinceList`,
    `WITH m, runs, sources, outcomes, sharedFigures, projectFigures, events, eventMarks, learned, learnedMarks, showcased, showcasedMarks, best, stated, nearest, nearRuns, provinceList,`,
    `     CASE WHEN best IS NULL OR best.tier < 4 THEN null ELSE head([r IN rows WHERE r.province.region IN $zones.regions AND r.placeInferred IS NULL]) END AS regional`,
    `WITH m, best, stated, runs, sources, outcomes, sharedFigures, projectFigures, events, eventMarks, provinceList, learned, learnedMarks, showcased, showcasedMarks,`,
    `     nearest, nearRuns, regional, CASE WHEN best IS NOT NULL AND (stated IS NULL OR best.tier < stated.tier) THEN best END AS closerInferred`,
    `WITH m, best, runs, sources, outcomes, sharedFigures, projectFigures, events, eventMarks, provinceList, learned, learnedMarks, showcased, showcasedMarks, [c IN [`,
    ...tierReasons("closerInferred", false),
    ...tierReasons("stated", true),
    `    CASE WHEN regional IS NOT NULL THEN {code: '${ReasonCode.SAME_REGION}', points: ${w("sameRegion")}, run: regional.run, place: regional.place, via: regional.province,`,
    `         region: regional.province.region, inferred: ${marks("regional")}} END,`,
    `    CASE WHEN best.tier = 0 OR nearest IS NULL THEN null`,
    `         WHEN nearest.km <= 25 THEN {code: '${ReasonCode.NEAR_RUN}', points: ${w("within25Km")}, run: nearest.run, place: nearest.place, km: nearest.km, approx: false, inferred: ${marks("nearest")}}`,
    `         WHEN nearest.km <= 75 THEN {code: '${ReasonCode.NEAR_RUN}', points: ${w("within75Km")}, run: nearest.run, place: nearest.place, km: nearest.km, approx: false, inferred: ${marks("nearest")}} END,`,
    `    CASE WHEN nearRuns > 1 THEN {code: '${ReasonCode.MORE_RUNS_NEAR}', points: ${capped("(nearRuns - 1)", "moreRunsNear", "moreRunsNearCap")}, count: nearRuns - 1} END,`,
    `    CASE WHEN size(learned) > 0 THEN {code: '${ReasonCode.LEARNED_HERE}', points: ${w("learnedHere")}, keys: learned,`,
    `              inferred: [x IN [${allInferred("learnedMarks", "size(learned)")}] WHERE x IS NOT NULL]}`,
    `         WHEN size(showcased) > 0 THEN {code: '${ReasonCode.SHOWCASED_HERE}', points: ${w("showcasedHere")}, keys: showcased,`,
    `              inferred: [x IN [${allInferred("showcasedMarks", "size(showcased)")}] WHERE x IS NOT NULL]} END,`,
    `    CASE WHEN size(runs) > 0 THEN {code: '${ReasonCode.RUNS}', points: ${capped("size(runs)", "perRun", "runsCap")}, count: size(runs)} END,`,
    `    CASE WHEN size(sources) > 0 THEN {code: '${ReasonCode.SOURCES}', points: ${capped("size(sources)", "perSource", "sourcesCap")}, count: size(sources), sources: sources} END,`,
    `    CASE WHEN size(provinceList) > 0 THEN {code: '${ReasonCode.PROVINCES}', points: ${capped("size(provinceList)", "perProvince", "provincesCap")},`,
    `         count: size(provinceList), places: provinceList} END,`,
    `    CASE WHEN size(outcomes) > 0 THEN {code: '${ReasonCode.OUTCOMES_STATED}', points: ${w("outcomeStated")}, count: size(outcomes), figures: outcomes, inferred: ${figureInferred("outcomes")}}`,
    `         WHEN size(sharedFigures) > 0 THEN {code: '${ReasonCode.SHARED_RUN_FIGURES}', points: ${w("sharedRunFiguresOnly")}, count: size(sharedFigures), figures: sharedFigures,`,
    `              inferred: ${figureInferred("sharedFigures")}}`,
    `         WHEN size(projectFigures) > 0 THEN {code: '${ReasonCode.PROJECT_FIGURES}', points: ${w("projectFiguresOnly")}, count: size(projectFigures), figures: projectFigures,`,
    `              inferred: ${figureInferred("projectFigures")}} END,`,
    `    CASE WHEN size(events) > 0 THEN {code: '${ReasonCode.EVENTS}', points: ${capped("size(events)", "perEvent", "eventsCap")}, count: size(events), events: events, inferred: eventMarks} END`,
    `  ] WHERE c IS NOT NULL] AS reasons`,
    `WITH m, best, runs, reasons, reduce(total = 0.0, c IN reasons | total + c.points) AS score,`,
    `     {interventions: size(runs), sources: sources, provinces: size(provinceList), outcomes: size(outcomes), sharedFigures: size(sharedFigures),`,
    `      projectFigures: size(projectFigures), events: size(events)} AS evidence`,
    `ORDER BY score DESC, m.id`,
    `WITH collect({id: m.id, m: m, score: score, tier: coalesce(best.tier, 5), reasons: reasons, evidence: evidence,`,
    `              runIds: [r IN runs[..toInteger($runsShown)] | r.id]}) AS ranked`,
    // What already runs here is listed apart: it is not something to bring.
    `WITH [x IN ranked WHERE x.tier > 0] AS bring, [x IN ranked WHERE x.tier = 0] AS here`,
    `WITH size(bring) AS total, size(here) AS hereTotal,`,
    `     [x IN [k IN range(0, size(bring) - 1) | {rank: k + 1, entry: bring[k]}]${after}][..toInteger($limit)] AS page,`,
    `     [k IN range(0, size(here) - 1) | {rank: k + 1, entry: here[k]}][..toInteger($hereShown)] AS herePage`,
    `RETURN total, hereTotal, [x IN page | ${project("x")}] AS page,`,
    `       [x IN herePage | ${project("x")}] AS here`,
  ];
  const params: Record<string, unknown> = {
    ...scoringParams(),
    ...categoryParams(q),
    zones,
    learned: links.learned,
    showcased: links.showcased,
    linkActors: [...new Set([...links.learned, ...links.showcased].map((k) => k.actor))],
    limit: page.limit,
    hereShown: SEARCH.alreadyHereShown,
  };
  if (q.program) params.program = q.program;
  if (q.minEvidence) params.minEvidence = q.minEvidence;
  if (page.after) Object.assign(params, { afterScore: page.after.score, afterId: page.after.id });
  return statement(lines.join("\n"), params, rankedModelsRow);
}

/**
 * The parts of a model's details a question selects (issue 21: read only what is asked): `events`
 * (ReplicableModel.events: the events that showcased it or its runs, and who learned there),
 * `learning` (learnedBy, and the learners at those events) and `anywhere` (the runs documented
 * anywhere, which only `caveats` and `evidence.interventionsAnywhere` show: for the page's models,
 * `nodes`, and for those already there, `alreadyHere`; both when absent).
 */
export interface DetailParts {
  events: boolean;
  learning: boolean;
  anywhere?: { nodes: boolean; alreadyHere: boolean };
}

/** Every part of the details (the default). */
export const ALL_DETAILS: DetailParts = { events: true, learning: true };

/** A page model and the runs the ranking listed for it (`runIds`, the closest first). */
export interface ModelRuns {
  id: string;
  runs: string[];
  /** Whether to count its runs documented anywhere (`documented`; 0 when not: the question shows no field that uses it). Yes when absent. */
  anywhere?: boolean;
}

/**
 * What a planner needs to know of each `$models` model for the asked place, from the runs the
 * ranking listed for it: each run with its places and how close each is, who took part and in
 * which role, projects, programs, figures stated, events that showcased it (with the asked place's
 * actors who took part); the events that showcased the model or a variant; every learning link to
 * those runs (see learningLines); and how many runs are documented anywhere (`documented`, in the
 * program when filtered). One row per model found.
 */
export function modelDetailsCypher(q: ModelQuery, zones: Zones, models: ModelRuns[], parts: DetailParts = ALL_DETAILS): Statement<ReturnType<typeof modelDetailsRow>> {
  const local = (e: string): string => `[(x)-[:${INVOLVED_IN}]->(${e}) WHERE x.id IN $zones.actors | ${NODE("x")}]`;
  const lines = [
    `UNWIND $models AS entry`,
    `MATCH (m:${M} {id: entry.id})`,
    `CALL (m, entry) {`,
    `  UNWIND entry.runs AS runId`,
    `  MATCH (i:${I} {id: runId})`,
    `  OPTIONAL MATCH (i)-[loc:${LOCATED_IN}]->(p:${P})`,
    `  WITH i, p, loc, CASE WHEN p IS NULL THEN [] ELSE [(p)-[:${PART_OF}*0..]->(x:${P}) | x] END AS chain`,
    ...indent(placeTierLines("i, p, loc", !!zones.here)),
    `  ORDER BY tier, km, p.id`,
    `  WITH i, min(tier) AS best, min(km) AS nearest,`,
    `       collect(CASE WHEN p IS NULL THEN null ELSE {place: ${NODE("p")}, tier: tier, via: ${nodeOrNull("via")}, holds: holds, km: km, approx: approx,`,
    `               region: province.region, sameRegion: province.region IN $zones.regions, loc: properties(loc)} END) AS places`,
    `  ORDER BY best, nearest, i.id`,
    `  RETURN collect({`,
    `    run: ${NODE("i")}, tier: best, places: places,`,
    `    applies: [(i)-[:${APPLIES}]->(v:${M}) WHERE EXISTS { MATCH (v)-[:${PART_OF}*0..]->(m) } | ${NODE("v")}],`,
    `    others: [(i)-[:${APPLIES}]->(v:${M}) WHERE NOT EXISTS { MATCH (v)-[:${PART_OF}*0..]->(m) } | ${NODE("v")}],`,
    `    appliesRels: [(i)-[r:${APPLIES}]->(v:${M}) WHERE EXISTS { MATCH (v)-[:${PART_OF}*0..]->(m) } | properties(r)],`,
    `    actors: [(x)-[r:${INVOLVED_IN}]->(i) | {actor: ${NODE("x")}, rel: properties(r)}],`,
    `    projects: [(i)-[:${PART_OF}*1..3]->(pr:${Label.Project}) | ${NODE("pr")}],`,
    `    programs: [(i)-[:${PART_OF}*1..4]->(pg:${Label.Program}) | ${NODE("pg")}],`,
    `    metrics: [(i)-[r:${HAS_METRIC}]->(x:${Label.Metric}) | {metric: properties(x), rel: properties(r)}],`,
    `    projectMetrics: [(i)-[:${PART_OF}*1..3]->(pr:${Label.Project})-[r:${HAS_METRIC}]->(x:${Label.Metric}) | {about: ${NODE("pr")}, metric: properties(x), rel: properties(r)}],`,
    parts.events ? `    showcasedAt: [(e:${Label.Event})-[r:${SHOWCASED}]->(i) | {event: ${NODE("e")}, rel: properties(r), local: ${local("e")}}]` : `    showcasedAt: []`,
    `  }) AS runs`,
    `}`,
    // Counted only when the question shows it (issue 21: a model's runs anywhere are its costliest read).
    `CALL (m, entry) {`,
    `  WITH m WHERE coalesce(entry.anywhere, true)`,
    ...indent(runsOf("m", "i", !!q.program, true)),
    `  RETURN count(DISTINCT i) AS documented`,
    `}`,
    ...(parts.events
      ? [
          `CALL (m) {`,
          `  MATCH (v:${M})-[:${PART_OF}*0..]->(m)`,
          `  MATCH (e:${Label.Event})-[r:${SHOWCASED}]->(v)`,
          `  WITH e, v, r ORDER BY e.startDate, e.id, v.id`,
          `  RETURN collect({event: ${NODE("e")}, what: ${NODE("v")}, rel: properties(r), local: ${local("e")}}) AS modelEvents`,
          `}`,
        ]
      : []),
    ...(parts.learning ? learningLines([`UNWIND entry.runs AS runId`, `MATCH (j:${I} {id: runId})`], "m, entry", true) : []),
    `RETURN m.id AS id, documented, runs, ${parts.events ? "modelEvents" : "[] AS modelEvents"}, ${parts.learning ? "learning" : "[] AS learning"}`,
  ];
  const params: Record<string, unknown> = { ...scoringParams(), ...categoryParams(q), zones, models };
  if (q.program) params.program = q.program;
  return statement(lines.join("\n"), params, modelDetailsRow);
}

/**
 * Binds `learning`: every LEARNED_FROM link to a run `j` (bound by `runs`), to an organization
 * (or a unit of it) that took part in one, or to a place holding one: the learner and where it
 * is, what it learned from and where that is, the runs that tie it to the model and their
 * places, the event (`eventId`), and with `local` whether the learner is one of the asked place's
 * actors. By the event's date, then learner and target.
 */
function learningLines(runs: string[], imports: string, local: boolean): string[] {
  return [
    `CALL (${imports}) {`,
    ...indent(runs),
    // Each organization and place above the runs is walked, and asked for LEARNED_FROM, once (issue 21).
    `  WITH collect(DISTINCT j) AS js`,
    `  CALL (js) {`,
    `    UNWIND js AS j`,
    `    MATCH (x)-[l:${LEARNED_FROM}]->(j) RETURN x, l, j AS t, j`,
    `    UNION`,
    `    UNWIND js AS j`,
    `    MATCH (j)<-[:${INVOLVED_IN}]-(o:${Label.Organization})`,
    `    WITH o, collect(DISTINCT j) AS oj`,
    `    MATCH (o)-[:${PART_OF}*0..]->(t:${Label.Organization})`,
    `    UNWIND oj AS j`,
    `    WITH t, collect(DISTINCT j) AS tj`,
    `    MATCH (t)<-[l:${LEARNED_FROM}]-(x)`,
    `    UNWIND tj AS j`,
    `    RETURN x, l, t, j`,
    `    UNION`,
    `    UNWIND js AS j`,
    `    MATCH (j)-[:${LOCATED_IN}]->(p:${P})`,
    `    WITH p, collect(DISTINCT j) AS pj`,
    `    MATCH (p)-[:${PART_OF}*0..]->(t:${P})`,
    `    UNWIND pj AS j`,
    `    WITH t, collect(DISTINCT j) AS tj`,
    `    MATCH (t)<-[l:${LEARNED_FROM}]-(x)`,
    `    UNWIND tj AS j`,
    `    RETURN x, l, t, j`,
    `  }`,
    ...learningTail(local),
  ];
}

/** The end of learningLines (and spreadLearningLines): rows `x, l, t, j` made into `learning`, by the event's date, then learner and target. */
function learningTail(local: boolean): string[] {
  return [
    `  WITH x, l, t, j ORDER BY j.id`,
    `  WITH x, l, t, collect({run: ${NODE("j")}, places: [(j)-[:${LOCATED_IN}]->(q:${P}) | ${NODE("q")}]}) AS runs`,
    `  OPTIONAL MATCH (e:${Label.Event} {id: l.eventId})`,
    `  WITH x, l, t, e, runs ORDER BY e.startDate, e.id, x.id, t.id, l.sourceId`,
    `  RETURN collect({learner: ${NODE("x")}, learnerPlaces: [(x)-[:${LOCATED_IN}]->(q:${P}) | ${NODE("q")}], from: ${NODE("t")},`,
    `                  fromPlaces: CASE WHEN t:${P} THEN [${NODE("t")}] ELSE [(t)-[:${LOCATED_IN}]->(q:${P}) | ${NODE("q")}] END,`,
    `                  runs: runs, event: ${nodeOrNull("e")}, rel: properties(l), local: ${local ? "x.id IN $zones.actors" : "false"}}) AS learning`,
    `}`,
  ];
}

/**
 * learningLines(runsOf(m, "j"), m, false) for the spread, found from the other end (issue #21,
 * bench Q11): each LEARNED_FROM link of the graph is asked whether what it points at is a run of
 * the model `m`, an organization above one that took part in one, or a place above one's place.
 * The same rows `x, l, t, j`; its cost follows the learning links and what lies under their
 * targets, not the model's runs (the most-run model has 9,262 at S3, each of whose organizations
 * and places learningLines walks up and asks for links; the graph holds 14 links).
 */
function spreadLearningLines(m: string): string[] {
  const isRun = (j: string): string => `${j}:${I} AND EXISTS { MATCH (${j})-[:${APPLIES}]->(:${M})-[:${PART_OF}*0..]->(${m}) }`;
  return [
    `CALL (${m}) {`,
    `  MATCH (x)-[l:${LEARNED_FROM}]->(t)`,
    `  CALL (${m}, t) {`,
    `    WITH t AS j WHERE ${isRun("j")}`,
    `    RETURN j`,
    `    UNION`,
    `    MATCH (t:${Label.Organization})<-[:${PART_OF}*0..]-(:${Label.Organization})-[:${INVOLVED_IN}]->(j:${I}) WHERE ${isRun("j")}`,
    `    RETURN j`,
    `    UNION`,
    `    MATCH (t:${P})<-[:${PART_OF}*0..]-(:${P})<-[:${LOCATED_IN}]-(j:${I}) WHERE ${isRun("j")}`,
    `    RETURN j`,
    `  }`,
    ...learningTail(false),
  ];
}

/** The fields of run `i` of model `m` that LivelihoodModel.spread shows (inside a map literal). */
function spreadRunFields(m: string, i: string): string[] {
  return [
    `run: ${NODE(i)},`,
    `applies: [(${i})-[:${APPLIES}]->(v:${M}) WHERE EXISTS { MATCH (v)-[:${PART_OF}*0..]->(${m}) } | ${NODE("v")}],`,
    `places: [(${i})-[:${LOCATED_IN}]->(p:${P}) | ${NODE("p")}],`,
    `placeMarks: [(${i})-[r:${LOCATED_IN}]->(p:${P}) | {place: p.id, name: p.name, inferred: r.inferred}],`,
    `provinces: [(${i})-[:${LOCATED_IN}]->(:${P})-[:${PART_OF}*0..]->(q:${P} ${lvl(PlaceLevel.PROVINCE)}) | ${NODE("q")}],`,
    `actors: [(x)-[r:${INVOLVED_IN}]->(${i}) | {actor: ${NODE("x")}, rel: properties(r)}]`,
  ];
}

/** A page of ModelSpread.runsConnection: the sort key (date as YYYY-MM-DD, id) of the last run of the previous page (date null: in the undated tail), and the size. */
export interface SpreadRunPage {
  after: readonly [string | null, string] | null;
  limit: number;
}

/**
 * One page of each `$ids` model's runs (ModelSpread.runsConnection), in the order of
 * modelSpreadCypher's `runs`: by `date` (the start date, else the end date), undated last, then
 * id. Paged by keyset in the statement: after a dated key come the later dates, the same date
 * with a greater id, then the undated; after an undated key only undated runs with a greater id.
 * Dates are stored as Neo4j dates: the cursor's is compared as `date($afterDate)`. Rows `id, runs`,
 * each run with its `date` (the cursor's first part, read back as YYYY-MM-DD).
 */
export function modelSpreadRunsCypher(ids: readonly string[], page: SpreadRunPage): Statement<ReturnType<typeof spreadRunsRow>> {
  const params: Record<string, unknown> = { ids, limit: cypherInt(page.limit) };
  let after: string | null = null;
  if (page.after) {
    const [date, id] = page.after;
    params.afterId = id;
    if (date === null) {
      after = `date IS NULL AND i.id > $afterId`;
    } else {
      params.afterDate = date;
      after = `date IS NULL OR date > date($afterDate) OR (date = date($afterDate) AND i.id > $afterId)`;
    }
  }
  const cypher = [
    `UNWIND $ids AS id`,
    `MATCH (m:${M} {id: id})`,
    `CALL (m) {`,
    ...indent(runsOf("m", "i", false)),
    `  WITH DISTINCT i, coalesce(i.startDate, i.endDate) AS date`,
    ...(after ? [`  WHERE ${after}`] : []),
    `  WITH i, date ORDER BY date, i.id LIMIT $limit`,
    `  RETURN collect({`,
    `    date: date,`,
    ...indent(spreadRunFields("m", "i"), "    "),
    `  }) AS runs`,
    `}`,
    `RETURN id, runs`,
  ].join("\n");
  return statement(cypher, params, spreadRunsRow);
}

/** How many runs each `$ids` model has (with its variants'): what modelSpreadCypher's runCount counts, alone. Rows `id, total`. */
export function modelSpreadRunTotalCypher(ids: readonly string[]): Statement<ReturnType<typeof spreadRunTotalRow>> {
  const cypher = [
    `UNWIND $ids AS id`,
    `MATCH (m:${M} {id: id})`,
    `CALL (m) {`,
    ...indent(runsOf("m", "i", false)),
    `  RETURN count(DISTINCT i) AS total`,
    `}`,
    `RETURN id, total`,
  ].join("\n");
  return statement(cypher, { ids }, spreadRunTotalRow);
}

/**
 * How each `$ids` model spread: its runs (with its variants') in time order (undated last, at
 * most $spreadRuns of them; `runCount` says how many there are), each with the models it applied,
 * its places and provinces and who took part; the learning links to any of its runs (a delegation
 * from X learned it in Y at event Z); and the events that showcased the model, a variant or a
 * run, in time order. Rows `id, runCount, runs, learning, showcased`. `runs`: how many runs to
 * detail (0 when `runs` is not asked: runsConnection pages them).
 */
export function modelSpreadCypher(ids: readonly string[], runs: number = SEARCH.spreadRuns): Statement<ReturnType<typeof spreadRow>> {
  const cypher = [
    `UNWIND $ids AS id`,
    `MATCH (m:${M} {id: id})`,
    `CALL (m) {`,
    ...indent(runsOf("m", "i", false)),
    `  WITH DISTINCT i ORDER BY coalesce(i.startDate, i.endDate), i.id`,
    `  WITH collect(i) AS ordered`,
    `  RETURN ordered, size(ordered) AS runCount, [i IN ordered[..toInteger($spreadRuns)] | {`,
    ...indent(spreadRunFields("m", "i"), "    "),
    `  }] AS runs`,
    `}`,
    ...spreadLearningLines("m"),
    // The runs found above (`ordered`), not found again (issue #21, bench Q11).
    `CALL (m, ordered) {`,
    `  CALL (m, ordered) {`,
    `    MATCH (v:${M})-[:${PART_OF}*0..]->(m)`,
    `    MATCH (e:${Label.Event})-[r:${SHOWCASED}]->(v)`,
    `    RETURN e, v AS what, r`,
    `    UNION`,
    `    UNWIND ordered AS i`,
    `    MATCH (e:${Label.Event})-[r:${SHOWCASED}]->(i)`,
    `    RETURN e, i AS what, r`,
    `  }`,
    `  WITH e, what, r ORDER BY e.startDate, e.id, what.id`,
    `  RETURN collect({event: ${NODE("e")}, what: ${NODE("what")}, places: [(e)-[:${LOCATED_IN}]->(q:${P}) | ${NODE("q")}], rel: properties(r)}) AS showcased`,
    `}`,
    `RETURN id, runCount, runs, learning, showcased`,
  ].join("\n");
  return statement(cypher, { spreadRuns: runs, ids }, spreadRow);
}

/**
 * Places like the asked one (similarPlaces), one row: the asked place's `classifications`,
 * `total` and the `page`. Candidates are the units of the asked place's level (and of its side of
 * the 2025 reorganisation) in the area searched and where its actors learned (`$learned`); each
 * scored by WEIGHTS.place: how close (tier, region, distance), the same unit type, the models run
 * both there and here (roll-up: a variant counts for its broader models), models run there,
 * classifications a source states of both (CLASSIFICATIONS, as `$classes`), learning links
 * (keys into the anchor's list).
 */
export function similarPlacesCypher(zones: Zones, learned: LinkKey[], page: RankPage): Statement<ReturnType<typeof similarPlacesRow>> {
  const w = (name: keyof typeof WEIGHTS.place): string => `$weights.place.${name}`;
  const capped = (n: string, per: keyof typeof WEIGHTS.place, cap: keyof typeof WEIGHTS.place): string => `${w(per)} * ${least(n, w(cap))}`;
  const tierReason = (tier: number, code: ReasonCode, weight: keyof typeof WEIGHTS.place): string =>
    `      WHEN ${tier} THEN {code: '${code}', points: ${w(weight)}, via: via, holds: cand.holds}`;
  const after = page.after ? " WHERE x.entry.score < $afterScore OR (x.entry.score = $afterScore AND x.entry.id > $afterId)" : "";
  const lines = [
    `MATCH (a:${P} {id: $zones.place})`,
    // The livelihood models run here (roll-up: a variant counts for its broader models), and those only placed here by inference.
    `CALL () {`,
    `  UNWIND $zones.roots AS rid`,
    `  MATCH (r:${P} {id: rid})`,
    `  MATCH (p:${P})-[:${PART_OF}*0..]->(r)`,
    ...indent(modelsAt("p", "homeNodes", "homeInferred")),
    `}`,
    // Model ids from here on (the kept facts hold ids); the page's models are read by id at the end.
    `WITH a, [x IN homeNodes | x.id] AS homeModels, homeInferred`,
    `OPTIONAL MATCH (marker:${PLACE_FACTS_LABEL} {key: ''})`,
    `WITH a, homeModels, homeInferred, marker IS NOT NULL AS kept`,
    // What sources state the asked place (or a unit holding it) to be.
    `CALL (a) {`,
    `  MATCH (a)-[:${PART_OF}*0..]->(x:${P})`,
    `  WITH DISTINCT x`,
    ...indent(classificationLines("x")),
    `}`,
    `WITH a, homeModels, homeInferred, kept, classified AS askedFacts`,
    // Where the actors learned: each place learned from (or holding what was learned from), and the units above.
    `CALL () {`,
    `  UNWIND $learned AS k`,
    `  MATCH (t:${Label.Entity} {id: k.target})`,
    `  CALL (t) {`,
    `    MATCH (t:${P}) RETURN t AS q`,
    `    UNION`,
    `    MATCH (t)-[:${LOCATED_IN}]->(q:${P}) RETURN q`,
    `  }`,
    `  MATCH (q)-[:${PART_OF}*0..]->(up:${P})`,
    `  WITH DISTINCT up, k.key AS key ORDER BY key`,
    `  RETURN collect({at: up, key: key}) AS learnedAt`,
    `}`,
    `CALL (a, homeModels, homeInferred, askedFacts, learnedAt, kept) {`,
    `  CALL (a, learnedAt) {`,
    `    UNWIND $zones.search AS zid`,
    `    MATCH (zone:${P} {id: zid})`,
    `    MATCH (c:${P})-[:${PART_OF}*0..]->(zone)`,
    `    WHERE c.level = a.level`,
    `    RETURN c`,
    `    UNION`,
    `    UNWIND learnedAt AS k`,
    `    WITH a, k.at AS c WHERE c.level = a.level`,
    `    RETURN c`,
    `  }`,
    `  WITH DISTINCT c, a, homeModels, homeInferred, askedFacts, learnedAt, kept`,
    `  WHERE NOT c.id IN $zones.roots AND CASE WHEN a.validFrom IS NOT NULL THEN c.validTo IS NULL ELSE c.validFrom IS NULL END`,
    `  WITH c, a, homeModels, homeInferred, askedFacts, learnedAt, kept, [(c)-[:${PART_OF}*0..]->(x:${P}) | x] AS chain`,
    ...indent(placeTierLines("c, a, homeModels, homeInferred, askedFacts, learnedAt, kept", !!zones.here)),
    // The models run there: the facts the write path keeps (replicable-models.facts.ts), else counted now (a graph loaded without them).
    `  CALL (c, kept) {`,
    `    WITH c WHERE kept`,
    `    OPTIONAL MATCH (f:${PLACE_FACTS_LABEL} {key: c.id})`,
    `    RETURN head(collect(f)) AS facts`,
    `  }`,
    `  CALL (c, kept) {`,
    `    WITH c WHERE NOT kept`,
    ...indent(placesUnder("c", "y"), "    "),
    ...indent(modelsAt("y", "liveModels", "liveInferred"), "    "),
    `  }`,
    `  WITH c, a, homeModels, homeInferred, askedFacts, learnedAt, chain, tier, via, holds, province, km, approx,`,
    `       CASE WHEN kept THEN coalesce(facts.models, []) ELSE [x IN liveModels | x.id] END AS models,`,
    `       CASE WHEN kept THEN [k IN range(0, size(coalesce(facts.inferredIds, [])) - 1) | {id: facts.inferredIds[k], inferred: facts.inferredReasons[k]}] ELSE liveInferred END AS modelsInferred`,
    `  WITH a, askedFacts, homeInferred, collect({c: c, chain: chain, tier: tier, via: via, holds: holds, province: province, km: km, approx: approx,`,
    `       models: models, modelsInferred: modelsInferred, shared: [x IN models WHERE x IN homeModels], learned: [k IN learnedAt WHERE k.at = c | k.key]}) AS candidates`,
    // Classifications of the candidates: each unit on their chains is read once.
    `  CALL (candidates) {`,
    `    UNWIND candidates AS cand`,
    `    UNWIND cand.chain AS x`,
    `    WITH DISTINCT x`,
    ...indent(classificationLines("x"), "    "),
    `  }`,
    `  UNWIND candidates AS cand`,
    `  WITH a, homeInferred, cand, cand.c AS c, cand.via AS via, [f IN classified WHERE f.node IN cand.chain] AS facts, [f IN askedFacts | f.code] AS askedCodes`,
    `  WITH a, homeInferred, cand, c, via, facts, reduce(s = [], f IN facts | CASE WHEN f.code IN askedCodes AND NOT f.code IN s THEN s + [f.code] ELSE s END) AS sharedCodes`,
    // Models placed here or there only by inference are listed, with no points, and the reason says so.
    `  WITH a, cand, c, via, facts, sharedCodes, [y IN homeInferred + cand.modelsInferred WHERE y.id IN cand.shared] AS sharedInferred`,
    `  WITH a, cand, c, via, facts, sharedCodes, sharedInferred,`,
    `       size([x IN cand.shared WHERE NOT x IN [y IN sharedInferred | y.id]]) AS sharedStated,`,
    `       size([x IN cand.models WHERE NOT x IN [y IN cand.modelsInferred | y.id]]) AS modelsStated`,
    `  WITH cand, c, facts, [r IN [`,
    `    CASE cand.tier`,
    tierReason(1, ReasonCode.SAME_COMMUNE, "sameCommune"),
    tierReason(2, ReasonCode.SAME_DISTRICT, "sameDistrict"),
    tierReason(3, ReasonCode.SAME_PROVINCE, "sameProvince"),
    tierReason(4, ReasonCode.NEARBY_PROVINCE, "nearbyProvince"),
    `    END,`,
    `    CASE WHEN cand.tier >= 4 AND cand.province.region IN $zones.regions THEN {code: '${ReasonCode.SAME_REGION}', points: ${w("sameRegion")}, region: cand.province.region} END,`,
    // No distance from approximate positions (a legacy unit borrows its successor's, a village its commune's).
    `    CASE WHEN cand.approx OR cand.km IS NULL THEN null`,
    `         WHEN cand.km <= 25 THEN {code: '${ReasonCode.DISTANCE}', points: ${w("within25Km")}, km: cand.km, approx: cand.approx}`,
    `         WHEN cand.km <= 75 THEN {code: '${ReasonCode.DISTANCE}', points: ${w("within75Km")}, km: cand.km, approx: cand.approx}`,
    `         WHEN cand.km IS NOT NULL THEN {code: '${ReasonCode.DISTANCE}', points: 0.0, km: cand.km, approx: cand.approx} END,`,
    `    CASE WHEN c.unitType IS NOT NULL AND c.unitType = a.unitType THEN {code: '${ReasonCode.SAME_UNIT_TYPE}', points: ${w("sameUnitType")}, unitType: a.unitType} END,`,
    `    CASE WHEN size(cand.shared) > 0 THEN {code: '${ReasonCode.SHARED_MODELS}', points: ${capped("sharedStated", "perSharedModel", "sharedModelsCap")},`,
    `         count: size(cand.shared), models: cand.shared, inferredIds: [y IN sharedInferred | y.id], inferred: [y IN sharedInferred | y.inferred]} END,`,
    `    CASE WHEN size(cand.models) > 0 THEN {code: '${ReasonCode.MODELS_THERE}', points: ${capped("modelsStated", "perModelThere", "modelsThereCap")},`,
    `         count: size(cand.models), models: cand.models, inferredIds: [y IN cand.modelsInferred | y.id],`,
    `         inferred: [y IN cand.modelsInferred | y.inferred]} END,`,
    `    CASE WHEN size(sharedCodes) > 0 THEN {code: '${ReasonCode.SHARED_CLASSIFICATION}', points: ${capped("size(sharedCodes)", "perSharedClassification", "sharedClassificationsCap")},`,
    `         count: size(sharedCodes), codes: sharedCodes, facts: [f IN facts WHERE f.code IN sharedCodes | f{.*, node: null}]} END,`,
    `    CASE WHEN size(cand.learned) > 0 THEN {code: '${ReasonCode.LEARNED_FROM}', points: ${w("learnedFrom")}, keys: cand.learned} END`,
    `  ] WHERE r IS NOT NULL] AS reasons`,
    `  WITH cand, c, facts, reasons, reduce(total = 0.0, r IN reasons | total + r.points) AS score`,
    `  ORDER BY score DESC, c.id`,
    // Node references until the page is cut: only the page's places and models are projected (issue 21).
    `  RETURN collect({id: c.id, place: c, score: score, tier: cand.tier, km: cand.km, approx: cand.approx, reasons: reasons,`,
    `                  models: cand.models, shared: cand.shared, classifications: [f IN facts | f{.*, node: null}]}) AS ranked`,
    `}`,
    `WITH askedFacts, ranked, [k IN range(0, size(ranked) - 1) | {rank: k + 1, entry: ranked[k]}] AS numbered`,
    `WITH askedFacts, ranked, [x IN numbered${after}][..toInteger($limit)] AS page`,
    // The page's models, read once by id (every model list of an entry is among its `models`).
    `CALL (page) {`,
    `  UNWIND page AS x`,
    `  UNWIND x.entry.models AS mid`,
    `  WITH DISTINCT mid`,
    `  MATCH (y:${M} {id: mid})`,
    `  RETURN collect(${NODE("y")}) AS modelNodes`,
    `}`,
    `RETURN [f IN askedFacts | f{.*, node: null}] AS classifications, size(ranked) AS total,`,
    `       [x IN page | {rank: x.rank, entry: head([e IN [x.entry] | e{.*, place: ${nodeOf("e.place")}, models: [id IN e.models | head([y IN modelNodes WHERE y.id = id])],`,
    `         shared: [id IN e.shared | head([y IN modelNodes WHERE y.id = id])],`,
    `         reasons: [r IN e.reasons | r{.*, via: ${nodeOf("r.via")}, models: CASE WHEN r.models IS NULL THEN null ELSE [id IN r.models | head([y IN modelNodes WHERE y.id = id])] END}]}])}] AS page`,
  ];
  const params: Record<string, unknown> = { ...scoringParams(), ...categoryParams(), zones, learned, limit: page.limit };
  if (page.after) Object.assign(params, { afterScore: page.after.score, afterId: page.after.id });
  return statement(lines.join("\n"), params, similarPlacesRow);
}

// ---------------------------------------------------------------------------------------------
// The planners' kept place facts (replicable-models.facts.ts says when each statement runs).

/**
 * Takes the write lock every refresh of the kept place facts takes first (on the marker, key ''):
 * one row when they are kept, none when the graph has none (then they are counted live).
 */
export const placeFactsLockStatement = (): Statement<{ key: string }> =>
  statement(`MATCH (k:${PLACE_FACTS_LABEL} {key: ''}) SET k.lockedAt = timestamp() RETURN k.key AS key`, {}, columns({ key: string }));

/**
 * The places whose kept facts the statements of the sources `ids` can change: every place above
 * (PART_OF, and the units they were merged into: placesUnder walked upwards) a place of a run they
 * mention, of a run of a model only they mention (created or deleted with them), or a place they
 * mention; `all` when a place only they mention, or a relationship between places they state, can
 * change the tree of places. A model other sources mention too (a common one: thousands of runs)
 * is not walked: `models` gives the state the facts depend on (category, broader models) of every
 * model they mention or the write states (`entities`), and a write that changes one recounts
 * every place (keepPlaceFacts compares them before and after).
 */
export const placeFactsTouchedStatement = (ids: string[], entities: string[] = []): Statement<{ all: boolean; places: string[]; models: string[] }> =>
  statement(
    [
      `CALL () {`,
      `  UNWIND $ids AS sid`,
      `  MATCH (n:${Label.Entity})-[:${MENTIONED_IN}]->(:${Label.Source} {id: sid})`,
      `  RETURN collect(DISTINCT n) AS mentioned`,
      `}`,
      `CALL (mentioned) {`,
      `  UNWIND mentioned AS n`,
      `  CALL (n) {`,
      `    MATCH (n:${I})-[:${LOCATED_IN}]->(y:${P}) RETURN y`,
      `    UNION`,
      `    MATCH (n:${M}) WHERE NOT EXISTS { MATCH (n)-[:${MENTIONED_IN}]->(o:${Label.Source}) WHERE NOT o.id IN $ids }`,
      `    MATCH (n)<-[:${PART_OF}*0..]-(:${M})<-[:${APPLIES}]-(:${I})-[:${LOCATED_IN}]->(y:${P}) RETURN y`,
      `    UNION`,
      `    MATCH (n:${P}) RETURN n AS y`,
      `  }`,
      `  WITH DISTINCT y`,
      `  MATCH (y)-[:${PART_OF}*0..]->(root:${P})`,
      `  UNWIND [root] + [(root)-[:${SB}]->(s:${P}) | s] AS c`,
      `  WITH DISTINCT c ORDER BY c.id`,
      `  RETURN collect(c.id) AS places`,
      `}`,
      `CALL (mentioned) {`,
      `  CALL () { UNWIND $entities AS eid MATCH (m:${M} {id: eid}) RETURN collect(m) AS stated }`,
      `  UNWIND mentioned + stated AS m`,
      `  WITH DISTINCT m WHERE m:${M}`,
      `  WITH m, COLLECT { MATCH (m)-[:${PART_OF}]->(b:${M}) RETURN b.id AS id ORDER BY id } AS broader ORDER BY m.id`,
      `  RETURN collect(m.id + '|' + coalesce(m.category, '') + '|' + reduce(acc = '', b IN broader | acc + b + ',')) AS models`,
      `}`,
      `CALL () {`,
      `  UNWIND $ids AS sid`,
      `  MATCH (s:${Label.Source} {id: sid})`,
      `  UNWIND coalesce(s.statedRelationships, []) AS uid`,
      `  WITH split(uid, '|') AS x WHERE x[1] IN ['${PART_OF}', '${SB}']`,
      `  MATCH (:${P} {id: x[0]}), (:${P} {id: x[3]})`,
      `  RETURN count(*) > 0 AS tree`,
      `}`,
      `RETURN tree OR any(n IN mentioned WHERE n:${P} AND NOT EXISTS { MATCH (n)-[:${MENTIONED_IN}]->(o:${Label.Source}) WHERE NOT o.id IN $ids }) AS all, places, models`,
    ].join("\n"),
    { ids, entities },
    columns({ all: boolean, places: stringList, models: stringList }),
  );

/**
 * Counts the kept facts of the places `ids` again (every place when null: their facts are
 * deleted first), as similarPlaces would count them live (placesUnder, modelsAt: livelihood
 * models, no INFRASTRUCTURE runs): `models`, the ids in order, and `inferredIds` /
 * `inferredReasons`, those only placed there by inference with the curator's reason. A place with
 * none keeps no node; the marker (key '') says the facts are kept.
 */
export function placeFactsRefreshStatement(ids: string[] | null): Statement<null> {
  const lines = [
    ...(ids
      ? [`UNWIND $ids AS id`, `OPTIONAL MATCH (old:${PLACE_FACTS_LABEL} {key: id})`, `DELETE old`, `WITH DISTINCT id`, `MATCH (c:${P} {id: id})`]
      : [`OPTIONAL MATCH (old:${PLACE_FACTS_LABEL}) WHERE old.key <> ''`, `DELETE old`, `WITH count(*) AS dropped`, `MATCH (c:${P})`]),
    `CALL (c) {`,
    ...indent(placesUnder("c", "y")),
    ...indent(modelsAt("y", "models", "inferred")),
    `}`,
    `WITH c, models, inferred WHERE size(models) > 0`,
    `CREATE (f:${PLACE_FACTS_LABEL} {key: c.id})`,
    `SET f.models = [x IN models | x.id], f.inferredIds = [x IN inferred | x.id], f.inferredReasons = [x IN inferred | x.inferred]`,
    `WITH count(*) AS written`,
    `MERGE (k:${PLACE_FACTS_LABEL} {key: ''})`,
    `SET k.refreshedAt = timestamp()`,
  ];
  return statement(lines.join("\n"), { ...categoryParams(), ...(ids ? { ids } : {}) }, () => null);
}

/** Every place's facts counted now, as placeFactsRefreshStatement counts them (for comparing with the kept ones): in key order. */
export const placeFactsCountStatement = (): Statement<{ key: string; models: string[]; inferredIds: string[]; inferredReasons: string[] }> =>
  statement(
    [
      `MATCH (c:${P})`,
      `CALL (c) {`,
      ...indent(placesUnder("c", "y")),
      ...indent(modelsAt("y", "models", "inferred")),
      `}`,
      `WITH c, models, inferred WHERE size(models) > 0`,
      `RETURN c.id AS key, [x IN models | x.id] AS models, [x IN inferred | x.id] AS inferredIds, [x IN inferred | x.inferred] AS inferredReasons ORDER BY key`,
    ].join("\n"),
    categoryParams(),
    columns({ key: string, models: stringList, inferredIds: stringList, inferredReasons: stringList }),
  );

/** The kept facts of every place, for comparing with a count now: `[key, models, inferredIds, inferredReasons]` in key order (the marker left out). */
export const placeFactsReadStatement = (): Statement<{ key: string; models: string[]; inferredIds: string[]; inferredReasons: string[] }> =>
  statement(
    `MATCH (f:${PLACE_FACTS_LABEL}) WHERE f.key <> '' RETURN f.key AS key, f.models AS models, f.inferredIds AS inferredIds, f.inferredReasons AS inferredReasons ORDER BY key`,
    {},
    columns({ key: string, models: stringList, inferredIds: stringList, inferredReasons: stringList }),
  );

/**
 * Binds `models` (`list`: the livelihood models of the runs located in the places `p` binds,
 * with the broader models of their variants, by id; runs of INFRASTRUCTURE activity left out) and
 * `inferred` (`{id, inferred}` of those whose every placement there is inferred, with the reason).
 */
function modelsAt(p: string, list: string, inferred: string): string[] {
  return [
    `MATCH (i:${I})-[loc:${LOCATED_IN}]->(${p})`,
    `WHERE ${runCounts("i")}`,
    `MATCH (i)-[:${APPLIES}]->(:${M})-[:${PART_OF}*0..]->(mm:${M})`,
    `WHERE ${inCategories("mm")}`,
    `WITH mm, collect(loc.inferred) AS marks, count(loc) AS n`,
    `WITH mm, ${allInferred("marks", "n")} AS why ORDER BY mm.id`,
    `RETURN collect(mm) AS ${list}, [x IN collect({id: mm.id, inferred: why}) WHERE x.inferred IS NOT NULL] AS ${inferred}`,
  ];
}

/**
 * Binds `classified`: for each `x` (a place), the classifications (`$classes`: code and the
 * regular expression of its words) a source states of it: in its own MENTIONED_IN quotes or the
 * quotes of COVERS links to it, the place named before the words ("Xã Tiến Xuân là 1 trong 14 xã
 * … miền núi"), so that "14 xã … miền núi của Thủ đô Hà Nội" does not make Hà Nội mountainous.
 * Each fact keeps the node (for matching), the place (`of`), the quote and its source.
 */
function classificationLines(x: string): string[] {
  return [
    `CALL (${x}) {`,
    `  MATCH (${x})-[r:${MENTIONED_IN}]->(s:${Label.Source}) RETURN r.quote AS quote, s.id AS sourceId, null AS note, r.inferred AS inferred`,
    `  UNION`,
    `  MATCH (:${Label.Entity})-[r:${COVERS}]->(${x}) RETURN r.quote AS quote, r.sourceId AS sourceId, r.note AS note, r.inferred AS inferred`,
    `}`,
    `UNWIND $classes AS k`,
    `WITH ${x}, quote, sourceId, note, inferred, k WHERE quote =~ ('(?isu).*\\\\Q' + ${x}.name + '\\\\E.*' + k.words + '.*')`,
    `WITH DISTINCT ${x}, k.code AS code, quote, sourceId, note, inferred ORDER BY code, ${x}.id, sourceId, quote`,
    `RETURN collect({code: code, node: ${x}, of: ${NODE(x)}, quote: quote, sourceId: sourceId, note: note, inferred: inferred}) AS classified`,
  ];
}

/**
 * For each model of `$ids`: the outcomes (results, lessons, changes, next steps) a source states
 * about the model or one of its variants, or about an intervention running them (the roll-up of
 * LivelihoodModel.outcomes), each once with what it is about, the sources stating that, and the
 * outcome's own provenance (the source's words). Evidence to read, not scored: the ranking
 * statement does not see it. Ordered by outcome name, then id.
 */
export function statedOutcomesCypher(ids: readonly string[]): Statement<ReturnType<typeof statedOutcomesRow>> {
  const cypher = [
    `UNWIND $ids AS id`,
    `MATCH (m:${M} {id: id})`,
    // From the outcomes (few) to what they are about, never from the model to all its runs (issue 21).
    `MATCH (o:${Label.Outcome})<-[h:${RelType.HAS_OUTCOME}]-(s)`,
    `WHERE EXISTS { MATCH ${rollupStart(Rollup.VARIANTS, "m", "s")} } OR EXISTS { MATCH ${rollupStart(Rollup.VARIANT_RUNS, "m", "s")} }`,
    `WITH id, o, collect(DISTINCT s) AS about, collect(DISTINCT h.sourceId) AS sources`,
    `WITH id, o, about, sources ORDER BY o.name, o.id`,
    `RETURN id, collect({`,
    `  outcome: ${NODE("o")},`,
    `  about: [a IN about | ${NODE("a")}],`,
    `  sources: sources,`,
    `  mentions: [(o)-[r:${MENTIONED_IN}]->(src:${Label.Source}) WHERE src.id IN sources | r {.*, sourceId: src.id}]`,
    `}) AS outcomes`,
  ].join("\n");
  return statement(cypher, { ids }, statedOutcomesRow);
}
