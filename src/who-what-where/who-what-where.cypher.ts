import { ActivityKind } from "../graph/graph.enums";
import { type CypherStatement, type Param, statementParams } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { periodOverlap } from "../graph/graph.period";
import { EVENT_CHAIN, eventInProgram, eventInProject, inProgram, inProject, modelWithin, orgWithin, placesUnder } from "../graph/graph.rollup";

/** The 3W filters, validated: ids are well-formed, dates are ISO days, lists are de-duplicated. */
export interface WhoWhatWhereQuery {
  organization?: string;
  model?: string;
  program?: string;
  project?: string;
  place?: string;
  roles?: string[];
  activities?: string[];
  from?: string;
  to?: string;
  /** With from/to: keep activities (interventions, events) that have no date at all (excluded otherwise). */
  includeUndated?: boolean;
}

/** How specific a place level is, to pick the smallest unit holding several places. */
const levelRank = (v: string): string => `CASE ${v}.level WHEN 'VILLAGE' THEN 4 WHEN 'COMMUNE' THEN 3 WHEN 'DISTRICT' THEN 2 WHEN 'PROVINCE' THEN 1 ELSE 0 END`;

/**
 * The place of a row: for a model run or an event its own place (`split`); otherwise the smallest unit
 * holding all of `places`, walked up from `first` (head(places), bound by the caller). A Cypher
 * expression over the variables `split`, `places` and `first`.
 */
export const rowPlace = (split: string, places: string, first: string): string =>
  [
    `CASE WHEN ${split} IS NOT NULL THEN ${split}`,
    `     WHEN size(${places}) <= 1 THEN ${first}`,
    `     ELSE reduce(best = null, a IN [(${first})-[:${RelType.PART_OF}*0..]->(x:${Label.Place})`,
    `                                    WHERE all(p IN ${places} WHERE EXISTS { MATCH (p)-[:${RelType.PART_OF}*0..]->(x) }) | x] |`,
    `            CASE WHEN best IS NULL OR ${levelRank("a")} > ${levelRank("best")} THEN a ELSE best END)`,
    `END`,
  ].join("\n");

/** The places of a row: a model run's or an event row's own place, or all of the intervention's places. */
export const rowPlaces = (split: string, places: string): string => `CASE WHEN ${split} IS NULL THEN ${places} ELSE [${split}] END`;

/**
 * The 3W rows in a row order: `ORDER BY` keys equal to ordering by the row's place (see
 * whoWhatWhereMatch: `split` orders like the row's place, since rows that differ only in their
 * place are model runs or event rows). The sort reads keys only.
 */
export const WHO_WHAT_WHERE_ORDER = "o.name, o.id, i.name, i.id, m.name, m.id, split.name, split.id, r.role";

/** A Cypher list without repeats, in first-seen order (as collect(DISTINCT …) gives it). */
export const distinct = (list: string): string => `reduce(seen = [], x IN ${list} | CASE WHEN x IN seen THEN seen ELSE seen + x END)`;

/** Whether the rows of interventions, and those of events, can pass the filters at all. */
function branches(q: WhoWhatWhereQuery): { interventions: boolean; events: boolean } {
  const activities = q.activities ?? [];
  return {
    interventions: !activities.length || activities.some((a) => a !== ActivityKind.EVENT),
    // An event runs no model: a model filter keeps none of its rows.
    events: (!activities.length || activities.includes(ActivityKind.EVENT)) && !q.model,
  };
}

/**
 * The MATCH part of every 3W statement, built for the filters actually given: it binds
 * `o` (organization), `r` (its INVOLVED_IN), `i` (the activity: an intervention or an event),
 * `m` (model run, or null), `split` (a model run's or an event row's own place, else null) and
 * `places` (all of the activity's places within the place filter) for every row that passes
 * them, each row once.
 *
 * Interventions and events are matched apart (intervention rows first, then event rows, in one
 * `CALL { … UNION ALL … }` when both can pass the filters; the activities filter and a model
 * filter leave one of them out). Each starts from the most selective anchor given and walks
 * from there: a place filter starts at the place (and the units merged into it) and walks down
 * to the places inside, then to the activities there; otherwise a project, an organization (and
 * its units), a model (and its variants) or a program. Filters not given add no clause and no
 * parameter. Every value is a $parameter; the roll-up rule is graph.rollup.ts's.
 *
 * Work is done per activity before it multiplies into rows: its places once, then its model
 * runs, its organizations and roles, and last one row per place for a model run or an event.
 *
 * Rows: a model run is one row per place; an event one row per place of the event where the
 * organization took part: at the event's places that hold the organization's own place (a
 * province's department hosting a study tour through four provinces hosted it in its own
 * province), else at every place of the event. Any other activity is one row for all of its
 * places, placed at the smallest unit that holds them all (rowPlace, computed by the caller
 * for the rows it needs: `split` orders rows like that place does, since within one
 * organization, activity and model only a model run's or an event's rows differ in their
 * place; rowPlaces gives a row's places). Dates: an activity counts for [from, to] when its
 * known dates overlap it; one with no date at all only with includeUndated.
 */
export function whoWhatWhereMatch(q: WhoWhatWhereQuery): CypherStatement {
  const { params, param } = statementParams();
  const { interventions, events } = branches(q);
  const parts: string[][] = [];
  if (interventions) parts.push(interventionRows(q, param));
  if (events) parts.push(eventRows(q, param));
  if (parts.length === 1) return { cypher: parts[0].join("\n"), params };
  // Both: one statement whose rows are the intervention rows, then the event rows.
  const returned = "RETURN o, r, i, m, split, places";
  return { cypher: ["CALL () {", ...parts[0], returned, "UNION ALL", ...parts[1], returned, "}"].join("\n"), params };
}

const where = (filters: string[]): string[] => (filters.length ? [`WHERE ${filters.join("\n  AND ")}`] : []);

/** The rows of interventions (whoWhatWhereMatch): lines binding o, r, i, m, split, places. */
function interventionRows(q: WhoWhatWhereQuery, param: Param): string[] {
  const lines: string[] = [];
  // The filters on the intervention, and those on the organization and its role.
  const onIntervention: string[] = [];
  const onOrganization: string[] = [];
  if (q.project && q.place) onIntervention.push(inProject("i", param("project", q.project)));
  if (q.organization && (q.place || q.project)) onOrganization.push(orgWithin("o", param("organization", q.organization)));
  if (q.program && (q.place || q.project || q.organization || q.model)) onIntervention.push(inProgram("i", param("program", q.program)));
  if (q.roles?.length) onOrganization.push(`r.role IN ${param("roles", q.roles)}`);
  if (q.activities?.length) onIntervention.push(`coalesce(i.activity, '${ActivityKind.MODEL_RUN}') IN ${param("activities", q.activities)}`);
  const period = periodOverlap("i", q.from ? param("from", q.from) : null, q.to ? param("to", q.to) : null, !!q.includeUndated);
  if (period) onIntervention.push(period);
  const orgAnchor = !!q.organization && !q.place && !q.project;
  const modelAnchor = !!q.model && !q.place && !q.project && !q.organization;
  const placesOf = (carry: string): string[] => [`OPTIONAL MATCH (i)-[:${RelType.LOCATED_IN}]->(p0:${Label.Place})`, `WITH i, ${carry}collect(p0) AS places`];

  // 1. The anchor, and each intervention reached from it once, with its places.
  if (q.place) {
    lines.push(
      `MATCH (anchor:${Label.Place} {id: ${param("place", q.place)}})`,
      ...placesUnder("anchor", "p0"),
      `MATCH (i:${Label.Intervention})-[:${RelType.LOCATED_IN}]->(p0)`,
      ...where(onIntervention),
      `WITH i, collect(p0) AS places`,
    );
  } else if (q.project) {
    lines.push(
      `MATCH (i:${Label.Intervention})-[:${RelType.PART_OF}*1..3]->(:${Label.Project} {id: ${param("project", q.project)}})`,
      ...where(onIntervention),
      `WITH DISTINCT i`,
      ...placesOf(""),
    );
  } else if (orgAnchor) {
    lines.push(
      `MATCH (o:${Label.Organization})-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: ${param("organization", q.organization)}})`,
      `WITH DISTINCT o`,
      `MATCH (o)-[r:${RelType.INVOLVED_IN}]->(i:${Label.Intervention})`,
      ...where([...onIntervention, ...onOrganization]),
      `WITH i, collect([o, r]) AS actors`,
      ...placesOf("actors, "),
    );
  } else if (modelAnchor) {
    lines.push(
      `MATCH (m:${Label.Model})-[:${RelType.PART_OF}*0..]->(:${Label.Model} {id: ${param("model", q.model)}})`,
      `WITH DISTINCT m`,
      `MATCH (i:${Label.Intervention})-[:${RelType.APPLIES}]->(m)`,
      ...where(onIntervention),
      `WITH i, collect(DISTINCT m) AS models`,
      ...placesOf("models, "),
    );
  } else if (q.program) {
    lines.push(
      `MATCH (i:${Label.Intervention})-[:${RelType.PART_OF}*1..4]->(:${Label.Program} {id: ${param("program", q.program)}})`,
      ...where(onIntervention),
      `WITH DISTINCT i`,
      ...placesOf(""),
    );
  } else {
    lines.push(`MATCH (i:${Label.Intervention})`, ...where(onIntervention), ...placesOf(""));
  }

  // 2. The model run: required and rolled up when filtered on, optional otherwise.
  if (modelAnchor) {
    lines.push(`UNWIND models AS m`);
  } else if (q.model) {
    lines.push(`MATCH (i)-[:${RelType.APPLIES}]->(m:${Label.Model})`, `WHERE ${modelWithin("m", param("model", q.model))}`);
  } else {
    lines.push(`OPTIONAL MATCH (i)-[:${RelType.APPLIES}]->(m:${Label.Model})`);
  }

  // 3. Its organizations and their roles (the anchor's, or those passing the filters).
  if (orgAnchor) {
    lines.push(`UNWIND actors AS actor`, `WITH actor[0] AS o, actor[1] AS r, i, m, places`);
  } else {
    lines.push(`MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i)`, ...where(onOrganization));
  }

  // 4. Rows: one per place for a model run, one for all places otherwise: those where the
  // organization took part (ownPlaces), and none when they all lie outside the place filter.
  const run = `coalesce(i.activity, '${ActivityKind.MODEL_RUN}') = '${ActivityKind.MODEL_RUN}'`;
  lines.push(
    `WITH o, r, i, m, places, CASE WHEN ${run} THEN [] ELSE ${ownPlaces(q.place ? everyPlace : "places")} END AS own`,
    `WITH o, r, i, m, CASE WHEN size(own) > 0 THEN [p IN own WHERE p IN places] ELSE places END AS places, own`,
    `WHERE size(own) = 0 OR size(places) > 0`,
    `UNWIND CASE WHEN ${run} AND size(places) > 0 THEN places ELSE [null] END AS split`,
  );
  return lines;
}

/** All of the places of the activity `i`, each once (the place filter's `places` holds those within it only). */
const everyPlace = distinct(`[(i)-[:${RelType.LOCATED_IN}]->(x:${Label.Place}) | x]`);

/**
 * Of the places `all` of the activity `i`, those holding the organization `o`'s own place
 * (LOCATED_IN, at it or inside it): where a provincial department took part in a programme or a
 * study tour of several provinces. Empty when none does: the organization counts at all of them.
 */
const ownPlaces = (all: string): string => `[p IN ${all} WHERE EXISTS { MATCH (o)-[:${RelType.LOCATED_IN}]->(:${Label.Place})-[:${RelType.PART_OF}*0..]->(p) }]`;

/**
 * The rows of events (whoWhatWhereMatch): lines binding o, r, i (the event), m (null), split
 * (the row's place) and places, with the same anchors as interventionRows. An event belongs to
 * a project or program through PART_OF / BASED_ON chains (eventInProject, eventInProgram).
 */
function eventRows(q: WhoWhatWhereQuery, param: Param): string[] {
  const lines: string[] = [];
  const onEvent: string[] = [];
  const onOrganization: string[] = [];
  if (q.project && q.place) onEvent.push(eventInProject("i", param("project", q.project)));
  if (q.organization && (q.place || q.project)) onOrganization.push(orgWithin("o", param("organization", q.organization)));
  if (q.program && (q.place || q.project || q.organization)) onEvent.push(eventInProgram("i", param("program", q.program)));
  if (q.roles?.length) onOrganization.push(`r.role IN ${param("roles", q.roles)}`);
  const period = periodOverlap("i", q.from ? param("from", q.from) : null, q.to ? param("to", q.to) : null, !!q.includeUndated);
  if (period) onEvent.push(period);
  const orgAnchor = !!q.organization && !q.place && !q.project;
  const placesOf = (carry: string): string[] => [`OPTIONAL MATCH (i)-[:${RelType.LOCATED_IN}]->(p0:${Label.Place})`, `WITH i, ${carry}collect(DISTINCT p0) AS places`];

  // 1. The anchor, and each event reached from it once, with its places (within the place filter).
  if (q.place) {
    lines.push(
      `MATCH (anchor:${Label.Place} {id: ${param("place", q.place)}})`,
      ...placesUnder("anchor", "p0"),
      `MATCH (i:${Label.Event})-[:${RelType.LOCATED_IN}]->(p0)`,
      ...where(onEvent),
      `WITH i, collect(DISTINCT p0) AS places`,
    );
  } else if (q.project) {
    lines.push(`MATCH (i:${Label.Event})-[:${EVENT_CHAIN}*1..3]->(:${Label.Project} {id: ${param("project", q.project)}})`, ...where(onEvent), `WITH DISTINCT i`, ...placesOf(""));
  } else if (orgAnchor) {
    lines.push(
      `MATCH (o:${Label.Organization})-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: ${param("organization", q.organization)}})`,
      `WITH DISTINCT o`,
      `MATCH (o)-[r:${RelType.INVOLVED_IN}]->(i:${Label.Event})`,
      ...where([...onEvent, ...onOrganization]),
      `WITH i, collect([o, r]) AS actors`,
      ...placesOf("actors, "),
    );
  } else if (q.program) {
    lines.push(`MATCH (i:${Label.Event})-[:${EVENT_CHAIN}*1..4]->(:${Label.Program} {id: ${param("program", q.program)}})`, ...where(onEvent), `WITH DISTINCT i`, ...placesOf(""));
  } else {
    lines.push(`MATCH (i:${Label.Event})`, ...where(onEvent), ...placesOf(""));
  }

  // 2. Its organizations and their roles (the anchor's, or those passing the filters).
  if (orgAnchor) lines.push(`UNWIND actors AS actor`, `WITH actor[0] AS o, actor[1] AS r, i, places`);
  else lines.push(`MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i)`, ...where(onOrganization));

  // 3. Rows: one per place of the event where the organization took part (ownPlaces, else all),
  // among the places within the place filter; one without a place if the event has none.
  lines.push(
    `WITH o, r, i, places, ${ownPlaces(q.place ? everyPlace : "places")} AS own`,
    `WITH o, r, i, CASE WHEN size(own) > 0 THEN [p IN own WHERE p IN places] ELSE places END AS places, own`,
    `WHERE size(own) = 0 OR size(places) > 0`,
    `UNWIND CASE WHEN size(places) = 0 THEN [null] ELSE places END AS split`,
    `WITH o, r, i, null AS m, split, CASE WHEN split IS NULL THEN [] ELSE [split] END AS places`,
  );
  return lines;
}
