import { cypherInt } from "../graph/graph.convert";
import { ActivityKind, PlaceLevel, Role } from "../graph/graph.enums";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection, provenanceRow, toPeriod } from "../graph/graph.node";
import {
  boolean,
  columns,
  type CypherPart,
  type Decoder,
  type Fields,
  fields,
  flag,
  list,
  mapped,
  node,
  nodes,
  nullableNode,
  nullableString,
  number,
  oneOf,
  orElse,
  type Param,
  type Statement,
  statement,
  statementParams,
  string,
  stringList,
  unknownValue,
} from "../graph/graph.statement";
import { kindOfLabel, Label, RelType, SUMMARY_LABEL } from "../graph/graph.model";
import type { WhoWhatWhereRow } from "./who-what-where.type";
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

/**
 * How specific a place level is, to pick the smallest unit holding several places: PlaceLevel's
 * order, broadest first, ranked from 1 (0: no level); the most specific is tested first.
 */
const LEVEL_RANKS = Object.values(PlaceLevel)
  .map((level, i) => `WHEN '${level}' THEN ${i + 1}`)
  .reverse()
  .join(" ");
const levelRank = (v: string): string => `CASE ${v}.level ${LEVEL_RANKS} ELSE 0 END`;

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
export function whoWhatWhereMatch(q: WhoWhatWhereQuery, home?: HomeBucket, organizations?: string[]): CypherPart {
  const { params, param } = statementParams();
  const { interventions, events } = branches(q);
  const parts: string[][] = [];
  const set = organizations ? organizationSet(q, organizations) : undefined;
  if (interventions) parts.push(interventionRows(q, param, home, set));
  if (events) parts.push(eventRows(q, param, home, set));
  if (parts.length === 1) return { cypher: parts[0].join("\n"), params };
  // Both: one statement whose rows are the intervention rows, then the event rows.
  const returned = "RETURN o, r, i, m, split, places";
  return { cypher: ["CALL () {", ...parts[0], returned, "UNION ALL", ...parts[1], returned, "}"].join("\n"), params };
}

const where = (filters: string[]): string[] => (filters.length ? [`WHERE ${filters.join("\n  AND ")}`] : []);

/**
 * The export's keyset chunk (whoWhatWhereMatch's `organizations`): the rows of exactly these
 * organizations (ids, not rolled up to their units), anchored on them. Only for filters that
 * name no place, project or organization (those anchor on their own; exportKeysetApplies).
 */
function organizationSet(q: WhoWhatWhereQuery, organizations: string[]): string[] {
  if (!exportKeysetApplies(q)) throw new Error("an organization set anchors only filters without a place, project or organization");
  return organizations;
}

/**
 * Whether the export reads `q`'s rows by keyset, one chunk of organizations at a time
 * (organizationRowsStatement), rather than SKIP/LIMIT pages (rowsStatement): filters without a
 * place, project, organization, model or program, the whole country above all, whose match
 * re-run per page would read the whole graph each time. Anchored filters keep their pages: their
 * rows are few and their anchor is cheaper than a pass over every organization.
 */
export const exportKeysetApplies = (q: WhoWhatWhereQuery): boolean => !q.place && !q.project && !q.organization && !q.model && !q.program;

/**
 * A home bucket of the whole-country summary aggregates (who-what-where.aggregates.ts): the
 * activities whose home province (ACTIVITY_HOME) is `province`, or that have none (null). Every
 * activity has exactly one home, so the buckets' counts add up to the whole country's.
 */
export interface HomeBucket {
  province: string | null;
}

/**
 * The home province of the activity `i`: the least id of the provinces its places lie in (PART_OF
 * upwards), or null. Any function of the activity alone would do; this one is found again from
 * the province, walking down.
 */
export const ACTIVITY_HOME = (i: string): string =>
  `head(COLLECT { MATCH (${i})-[:${RelType.LOCATED_IN}]->(:${Label.Place})-[:${RelType.PART_OF}*0..]->(hp:${Label.Place} {level: '${PlaceLevel.PROVINCE}'}) RETURN hp.id AS id ORDER BY id LIMIT 1 })`;

/** The activities of `label` in a home bucket (no other filter applies): lines binding `i`, one row each. */
function homeAnchor(label: Label.Intervention | Label.Event, home: HomeBucket, param: Param): string[] {
  if (home.province === null) {
    // Those with no place, and those at places in no province (a country, a region), checked.
    return [
      `CALL () {`,
      `  MATCH (i:${label}) WHERE NOT EXISTS { MATCH (i)-[:${RelType.LOCATED_IN}]->(:${Label.Place}) } RETURN i`,
      `  UNION`,
      `  MATCH (p:${Label.Place}) WHERE NOT EXISTS { MATCH (p)-[:${RelType.PART_OF}*0..]->(:${Label.Place} {level: '${PlaceLevel.PROVINCE}'}) }`,
      `  MATCH (i:${label})-[:${RelType.LOCATED_IN}]->(p)`,
      `  RETURN i`,
      `}`,
      `WITH DISTINCT i`,
      `WHERE ${ACTIVITY_HOME("i")} IS NULL`,
    ];
  }
  const id = param("home", home.province);
  return [
    `MATCH (:${Label.Place} {id: ${id}})<-[:${RelType.PART_OF}*0..]-(:${Label.Place})<-[:${RelType.LOCATED_IN}]-(i:${label})`,
    `WITH DISTINCT i`,
    `WHERE ${ACTIVITY_HOME("i")} = ${id}`,
  ];
}

/**
 * The organization anchor: lines binding `o`, each once: the organization filter's organization
 * and its units, or the export chunk's organizations (exactly those).
 */
function organizationAnchor(q: WhoWhatWhereQuery, param: Param, organizations?: string[]): string[] {
  if (organizations) return [`MATCH (o:${Label.Organization}) WHERE o.id IN ${param("organizations", organizations)}`, `WITH DISTINCT o`];
  return [`MATCH (o:${Label.Organization})-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: ${param("organization", q.organization)}})`, `WITH DISTINCT o`];
}

/** The rows of interventions (whoWhatWhereMatch): lines binding o, r, i, m, split, places. */
function interventionRows(q: WhoWhatWhereQuery, param: Param, home?: HomeBucket, organizations?: string[]): string[] {
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
  const orgAnchor = (!!q.organization || !!organizations) && !q.place && !q.project;
  const modelAnchor = !!q.model && !q.place && !q.project && !q.organization && !organizations;
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
      ...organizationAnchor(q, param, organizations),
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
  } else if (home) {
    lines.push(...homeAnchor(Label.Intervention, home, param), ...placesOf(""));
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
function eventRows(q: WhoWhatWhereQuery, param: Param, home?: HomeBucket, organizations?: string[]): string[] {
  const lines: string[] = [];
  const onEvent: string[] = [];
  const onOrganization: string[] = [];
  if (q.project && q.place) onEvent.push(eventInProject("i", param("project", q.project)));
  if (q.organization && (q.place || q.project)) onOrganization.push(orgWithin("o", param("organization", q.organization)));
  if (q.program && (q.place || q.project || q.organization)) onEvent.push(eventInProgram("i", param("program", q.program)));
  if (q.roles?.length) onOrganization.push(`r.role IN ${param("roles", q.roles)}`);
  const period = periodOverlap("i", q.from ? param("from", q.from) : null, q.to ? param("to", q.to) : null, !!q.includeUndated);
  if (period) onEvent.push(period);
  const orgAnchor = (!!q.organization || !!organizations) && !q.place && !q.project;
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
      ...organizationAnchor(q, param, organizations),
      `MATCH (o)-[r:${RelType.INVOLVED_IN}]->(i:${Label.Event})`,
      ...where([...onEvent, ...onOrganization]),
      `WITH i, collect([o, r]) AS actors`,
      ...placesOf("actors, "),
    );
  } else if (q.program) {
    lines.push(`MATCH (i:${Label.Event})-[:${EVENT_CHAIN}*1..4]->(:${Label.Program} {id: ${param("program", q.program)}})`, ...where(onEvent), `WITH DISTINCT i`, ...placesOf(""));
  } else if (home) {
    lines.push(...homeAnchor(Label.Event, home, param), ...placesOf(""));
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

/** The row order: by organization, intervention, model, place (name, then id) and role. */
const ORDER = WHO_WHAT_WHERE_ORDER;

/** The projects of the activity `i`: an intervention's own (PART_OF), an event's through its PART_OF / BASED_ON chain. */
const projectsOf = (i: string): string =>
  `CASE WHEN ${i}:${Label.Event} THEN [(${i})-[:${EVENT_CHAIN}*1..3]->(pr:${Label.Project}) | pr] ELSE [(${i})-[:${RelType.PART_OF}]->(pr:${Label.Project}) | pr] END`;

/** The programs of the activity `i` (the roll-up of graph.rollup.ts inProgram and eventInProgram). */
const programsOf = (i: string): string =>
  `CASE WHEN ${i}:${Label.Event} THEN [(${i})-[:${EVENT_CHAIN}*1..4]->(pg:${Label.Program}) | pg] ELSE [(${i})-[:${RelType.PART_OF}*1..4]->(pg:${Label.Program}) | pg] END`;

/**
 * The facts a row rests on, each as the list of its sources' `inferred` marks (null where a
 * source states it): the organization's part in its role (INVOLVED_IN), the activity's place for
 * each of the row's places (LOCATED_IN) and the model it ran (APPLIES). A fact is inferred when
 * every source stating it marks it inferred (contract 1 of issue #17); the row is inferred when
 * any of its facts is, and gives the reasons of those. Variables: o, r, i, m, places (the row's).
 */
const INFERRED = `[f IN [[(o)-[x:${RelType.INVOLVED_IN}]->(i) WHERE x.role = r.role | x.inferred]]
                         + [pl IN places | [(i)-[y:${RelType.LOCATED_IN}]->(pl) | y.inferred]]
                         + CASE WHEN m IS NULL THEN [] ELSE [[(i)-[z:${RelType.APPLIES}]->(m) | z.inferred]] END
                    WHERE size(f) > 0 AND all(v IN f WHERE v IS NOT NULL)]`;

/**
 * INFERRED for a row whose activity's places and models, with their sources' marks, were read
 * once per activity: `located` ([place, mark] per LOCATED_IN of `i`) and `applied` ([model,
 * mark] per APPLIES), and `parts` ([organization, role, relationship, mark] per INVOLVED_IN of
 * the activity's rows: every one from the organization in that role, since the filters that keep
 * a row test the activity and the role only). The same facts. Variables: o, r, m, places, parts, located, applied.
 */
const INFERRED_KNOWN = `[f IN [[x IN parts WHERE x[0] = o AND x[1] = r.role | x[3]]]
                         + [pl IN places | [e IN located WHERE e[0] = pl | e[1]]]
                         + CASE WHEN m IS NULL THEN [] ELSE [[e IN applied WHERE e[0] = m | e[1]]] END
                    WHERE size(f) > 0 AND all(v IN f WHERE v IS NOT NULL)]`;

/** The outcomes stated about the activity `a` (HAS_OUTCOME), each once, by name: a Cypher list of node maps. */
const OUTCOMES_OF = (a: string, projection: Projection = ALL_PROPERTIES): string =>
  `[x IN ${distinct(`[(${a})-[:${RelType.HAS_OUTCOME}]->(oc:${Label.Outcome}) | oc]`)} | ${NODE("x", projection)}]`;

/** The properties a row's nodes are returned with (NODE's projections; id and name always). */
interface RowProjections {
  organization: Projection;
  /** The intervention or the event. */
  activity: Projection;
  /** The row's place, its places and the chain of places above it. */
  place: Projection;
  /** The model, topics, projects, programs and outcomes. */
  named: Projection;
}

/** Every property: the GraphQL rows, whose selection may ask for any field. */
const WHOLE_ROWS: RowProjections = { organization: ALL_PROPERTIES, activity: ALL_PROPERTIES, place: ALL_PROPERTIES, named: ALL_PROPERTIES };

/** A 3W row as rowsStatement returns it, before it is shaped (who-what-where.repository.ts). */
export interface RawWhoWhatWhereRow {
  organization: NodeRow;
  role: Role;
  activity: string;
  intervention: NodeRow | null;
  event: NodeRow | null;
  inferred: boolean;
  inferredReasons: string[];
  model: NodeRow | null;
  topics: NodeRow[];
  place: NodeRow | null;
  places: NodeRow[];
  placePath: NodeRow[];
  projects: NodeRow[];
  programs: NodeRow[];
  sourceId: string | null;
  quote: string | null;
  note: string | null;
  /** The curator's reason when this source's statement of the organization's part is inferred (contract 1), else null. */
  partInferred: unknown;
  outcomes: NodeRow[];
}

const RAW_ROW: Fields<RawWhoWhatWhereRow> = {
  organization: node,
  role: oneOf(Object.values(Role), "a Role"),
  activity: string,
  intervention: nullableNode,
  event: nullableNode,
  inferred: flag,
  inferredReasons: stringList,
  model: nullableNode,
  topics: nodes,
  place: nullableNode,
  places: nodes,
  placePath: nodes,
  projects: nodes,
  programs: nodes,
  sourceId: nullableString,
  quote: nullableString,
  note: nullableString,
  partInferred: unknownValue,
  outcomes: nodes,
};

/** A facet bucket: the key (an id, or a role; null for rows without one), its name, and distinct activities. */
const facetBucket: Decoder<FacetRow> = fields({ key: nullableString, name: nullableString, count: number });

/** The dashboard counts of facetsStatement: totals, and per facet its buckets (in no order). */
export interface FacetsRow {
  rows: number;
  activities: number;
  interventions: number;
  events: number;
  organizations: FacetRow[];
  models: FacetRow[];
  provinces: FacetRow[];
  roles: FacetRow[];
  programs: FacetRow[];
}

/** One facet bucket (GraphQL FacetBucket). */
export interface FacetRow {
  key: string | null;
  name: string | null;
  count: number;
}

/**
 * One page of 3W rows (`skip`, `limit`) in the order of ORDER; with `withCount` each row carries
 * the number of all rows (`total`), from the same statement. Rows are sorted on keys only and
 * sliced; the place, its chain, projects and programs and the returned maps are made for the
 * page's rows only.
 */
export function rowsStatement(q: WhoWhatWhereQuery, skip: number, limit: number, withCount: boolean): Statement<RawWhoWhatWhereRow & { total: number | null }> {
  const match = whoWhatWhereMatch(q);
  const page = withCount
    ? `WITH o, r, i, m, split, places ORDER BY ${ORDER}
       WITH collect([o, r, i, m, split, places]) AS matching
       WITH size(matching) AS total, matching[$skip..$skip + $limit] AS page
       UNWIND page AS x
       WITH total, x[0] AS o, x[1] AS r, x[2] AS i, x[3] AS m, x[4] AS split, x[5] AS places`
    : `WITH o, r, i, m, split, places ORDER BY ${ORDER}
       SKIP $skip LIMIT $limit`;
  return statement(
    `${match.cypher}
       ${page}
       ${rowsReturned(withCount)}`,
    { ...match.params, skip: cypherInt(skip), limit: cypherInt(limit) },
    columns({ ...RAW_ROW, total: withCount ? number : () => null }),
  );
}

/**
 * What rowsStatement and organizationRowsStatement return for the rows bound (o, r, i, m, split,
 * places; `total` too `withCount`): the row's place, its chain, projects and programs, the
 * returned maps, in the order of ORDER.
 */
function rowsReturned(withCount: boolean): string {
  const carry = withCount ? "total, " : "";
  const { organization, activity, place, named } = WHOLE_ROWS;
  return `WITH ${carry}o, r, i, m, split, places, head(places) AS first
       WITH ${carry}o, r, i, m, split, ${rowPlace("split", "places", "first")} AS pl, ${rowPlaces("split", "places")} AS places
       WITH ${carry}o, r, i, m, split, pl, places, ${INFERRED} AS inferred
       ORDER BY ${ORDER}
       RETURN ${NODE("o", organization)} AS organization, r.role AS role,
              CASE WHEN i:${Label.Event} THEN '${ActivityKind.EVENT}' ELSE coalesce(i.activity, '${ActivityKind.MODEL_RUN}') END AS activity,
              CASE WHEN i:${Label.Event} THEN null ELSE ${NODE("i", activity)} END AS intervention,
              CASE WHEN i:${Label.Event} THEN ${NODE("i", activity)} ELSE null END AS event,
              CASE WHEN m IS NULL THEN null ELSE ${NODE("m", named)} END AS model,
              [(i)-[:${RelType.TRAINS_ON}]->(t:${Label.Model}) | ${NODE("t", named)}] AS topics,
              CASE WHEN pl IS NULL THEN null ELSE ${NODE("pl", place)} END AS place,
              [x IN places | ${NODE("x", place)}] AS places,
              CASE WHEN pl IS NULL THEN [] ELSE
                [(pl)-[:${RelType.PART_OF}*0..]->(a:${Label.Place}) | ${NODE("a", place)}] END AS placePath,
              [x IN ${distinct(projectsOf("i"))} | ${NODE("x", named)}] AS projects,
              [x IN ${distinct(programsOf("i"))} | ${NODE("x", named)}] AS programs,
              ${OUTCOMES_OF("i", named)} AS outcomes,
              size(inferred) > 0 AS inferred,
              ${distinct(`reduce(acc = [], f IN inferred | acc + [v IN f | toString(v)])`)} AS inferredReasons,
              r.sourceId AS sourceId, r.quote AS quote, r.note AS note, r.inferred AS partInferred${withCount ? ", total" : ""}`;
}

/**
 * The export's keyset chunks (exportKeysetApplies): the organizations that can have rows of `q`,
 * in the rows' order (ORDER begins with o.name, o.id), each with `involvements`, its
 * INVOLVED_IN relationships that pass the roles filter: an estimate of its rows (a model run
 * has one row per place, a filter on activities or dates keeps fewer). Without a roles filter
 * that is the degree store's count, no relationship read.
 */
export function exportOrganizationsStatement(q: WhoWhatWhereQuery): Statement<{ id: string; involvements: number }> {
  const roles = q.roles?.length ? " WHERE r.role IN $roles" : "";
  return statement(
    `MATCH (o:${Label.Organization})
     WITH o, COUNT { (o)-[r:${RelType.INVOLVED_IN}]->()${roles} } AS involvements
     WHERE involvements > 0
     RETURN o.id AS id, involvements
     ORDER BY o.name, o.id`,
    q.roles?.length ? { roles: q.roles } : {},
    columns({ id: string, involvements: number }),
  );
}

/**
 * Every row of `q` whose organization is one of `organizations` (ids, as exportOrganizationsStatement
 * lists them), in the order of ORDER: one keyset chunk of the export. The match starts at those
 * organizations, so a chunk reads their part of the graph only; the chunks of consecutive
 * organizations, read one after the other, give exactly rowsStatement's rows in its order. Rows
 * come back as flat scalar columns (ExportChunkRow), what the downloads' columns read
 * (src/export/export.columns.ts) and nothing more, shaped by toExportRow: no node maps to build,
 * send and decode per row (at S3 they were a third of a chunk's bytes and most of the API's CPU).
 */
export function organizationRowsStatement(q: WhoWhatWhereQuery, organizations: string[]): Statement<WhoWhatWhereRow> {
  const match = whoWhatWhereMatch(q, undefined, organizations);
  const decode = columns(EXPORT_CHUNK_ROW);
  return statement(
    `${match.cypher}
       ${exportRowsReturned()}`,
    match.params,
    (row) => toExportRow(decode(row)),
  );
}

/** One row of organizationRowsStatement: scalars and lists of scalars only (names are `coalesce(name, id)`, as NodeRow's). */
interface ExportChunkRow {
  organizationId: string;
  organizationName: string;
  organizationType: unknown;
  role: Role;
  activity: string;
  isEvent: boolean;
  /** The intervention's or the event's. */
  activityId: string;
  activityName: string;
  forWhom: unknown;
  eventType: unknown;
  startDate: unknown;
  endDate: unknown;
  startDatePrecision: unknown;
  endDatePrecision: unknown;
  modelId: string | null;
  modelName: string | null;
  topicNames: string[];
  placeId: string | null;
  provinceName: string | null;
  provinceCode: unknown;
  districtName: string | null;
  districtCode: unknown;
  communeName: string | null;
  communeCode: unknown;
  villageName: string | null;
  villageCode: unknown;
  projectIds: string[];
  projectNames: string[];
  programIds: string[];
  programNames: string[];
  outcomeIds: string[];
  outcomeNames: string[];
  inferred: boolean;
  inferredReasons: string[];
  sourceId: string | null;
  quote: string | null;
  note: string | null;
  partInferred: unknown;
}

const EXPORT_CHUNK_ROW: Fields<ExportChunkRow> = {
  organizationId: string,
  organizationName: string,
  organizationType: unknownValue,
  role: oneOf(Object.values(Role), "a Role"),
  activity: string,
  isEvent: flag,
  activityId: string,
  activityName: string,
  forWhom: unknownValue,
  eventType: unknownValue,
  startDate: unknownValue,
  endDate: unknownValue,
  startDatePrecision: unknownValue,
  endDatePrecision: unknownValue,
  modelId: nullableString,
  modelName: nullableString,
  topicNames: stringList,
  placeId: nullableString,
  provinceName: nullableString,
  provinceCode: unknownValue,
  districtName: nullableString,
  districtCode: unknownValue,
  communeName: nullableString,
  communeCode: unknownValue,
  villageName: nullableString,
  villageCode: unknownValue,
  projectIds: stringList,
  projectNames: stringList,
  programIds: stringList,
  programNames: stringList,
  outcomeIds: stringList,
  outcomeNames: stringList,
  inferred: flag,
  inferredReasons: stringList,
  sourceId: nullableString,
  quote: nullableString,
  note: nullableString,
  partInferred: unknownValue,
};

const typeNameOf = (label: Label): string => kindOfLabel(label)?.typeName ?? Label.Entity;
const TYPE_NAMES = {
  organization: typeNameOf(Label.Organization),
  intervention: typeNameOf(Label.Intervention),
  event: typeNameOf(Label.Event),
  model: typeNameOf(Label.Model),
  place: typeNameOf(Label.Place),
  project: typeNameOf(Label.Project),
  program: typeNameOf(Label.Program),
  outcome: typeNameOf(Label.Outcome),
};

/** A node of an export row: id, name and the properties a column reads (`props`). */
const exportNode = (typeName: string, id: string, name: string, props: Record<string, unknown> = {}): NodeRow => ({ ...props, __typename: typeName, id, name, aliases: [] });

/** Parallel lists of ids and names as nodes. */
const exportNodes = (typeName: string, ids: string[], names: string[]): NodeRow[] => ids.map((id, k) => exportNode(typeName, id, names[k] ?? id));

/** A place of the row's chain at one level (name and code), or null. */
const chainPlace = (name: string | null, code: unknown): NodeRow | null => (name === null ? null : exportNode(TYPE_NAMES.place, "", name, { code }));

/**
 * An ExportChunkRow as the 3W row the downloads write: every value a column of
 * src/export/export.columns.ts reads, as the GraphQL row (who-what-where.repository.ts toRow)
 * has it; what no column reads (descriptions, aliases, the row's places, the chain's ids) is left out.
 */
function toExportRow(r: ExportChunkRow): WhoWhatWhereRow {
  const dates = { startDate: r.startDate, endDate: r.endDate, startDatePrecision: r.startDatePrecision, endDatePrecision: r.endDatePrecision };
  const period = r.startDate != null || r.endDate != null ? toPeriod(dates) : null;
  const dated = exportNode(r.isEvent ? TYPE_NAMES.event : TYPE_NAMES.intervention, r.activityId, r.activityName, r.isEvent ? { eventType: r.eventType } : { forWhom: r.forWhom });
  if (period) dated.period = period;
  const model = r.modelId === null ? null : exportNode(TYPE_NAMES.model, r.modelId, r.modelName ?? r.modelId);
  const place = r.placeId === null ? null : exportNode(TYPE_NAMES.place, r.placeId, "");
  const outcomes = exportNodes(TYPE_NAMES.outcome, r.outcomeIds, r.outcomeNames);
  return {
    id: [r.organizationId, r.role, r.activityId, r.modelId ?? "", r.placeId ?? ""].join("|"),
    organization: exportNode(TYPE_NAMES.organization, r.organizationId, r.organizationName, { orgType: r.organizationType }),
    role: r.role,
    activity: Object.values(ActivityKind).find((a) => a === r.activity) ?? ActivityKind.MODEL_RUN,
    model,
    topics: r.topicNames.map((name) => exportNode(TYPE_NAMES.model, "", name)),
    intervention: r.isEvent ? null : dated,
    event: r.isEvent ? dated : null,
    place,
    places: [],
    village: chainPlace(r.villageName, r.villageCode),
    commune: chainPlace(r.communeName, r.communeCode),
    district: chainPlace(r.districtName, r.districtCode),
    province: chainPlace(r.provinceName, r.provinceCode),
    projects: exportNodes(TYPE_NAMES.project, r.projectIds, r.projectNames),
    programs: exportNodes(TYPE_NAMES.program, r.programIds, r.programNames),
    period,
    forWhom: !r.isEvent && typeof r.forWhom === "string" ? r.forWhom : null,
    inferred: r.inferred,
    inferredReasons: r.inferredReasons,
    provenance: r.sourceId ? provenanceRow(r.sourceId, r.quote, r.note, r.partInferred) : null,
    outcomes: outcomes.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}

/**
 * What organizationRowsStatement returns for the rows bound (o, r, i, m, split, places): the
 * values of rowsReturned that the downloads' columns read, as flat scalar columns, built with
 * less work. What depends on the activity alone (its values, topics, projects, programs,
 * outcomes, and the inferred marks of its places and models) is read once per activity of the
 * chunk, not once per row; the rows are sorted on keys before the row's place, its chain and its
 * inferred facts are built, row by row. The chain gives each level's first place, as toRow's
 * atLevel does. Dates come as their ISO text (toString), as toPlain would give them, without the
 * driver's Date and Integer objects to build and convert per row.
 */
function exportRowsReturned(): string {
  const out = (type: RelType, label: Label, value: string): string => `[e IN out WHERE e[0] = '${type}' AND e[1]:${label} | ${value}]`;
  const marked: string = [RelType.LOCATED_IN, RelType.APPLIES].map((t) => `'${t}'`).join(", ");
  const level = (name: string, l: PlaceLevel): string => `head([c IN chain WHERE c[0] = '${l}'])[1] AS ${name}Name, head([c IN chain WHERE c[0] = '${l}'])[2] AS ${name}Code`;
  return `WITH i, collect([o, r, m, split, places]) AS rows, collect(DISTINCT [o, r.role, r, r.inferred]) AS parts
       WITH i, rows, parts, i:${Label.Event} AS isEvent,
            [(i)-[e:${RelType.LOCATED_IN}|${RelType.APPLIES}|${RelType.TRAINS_ON}|${RelType.HAS_OUTCOME}]->(n) |
               [type(e), n, CASE WHEN type(e) IN [${marked}] THEN e.inferred END]] AS out
       WITH i, rows, parts, isEvent,
            ${out(RelType.LOCATED_IN, Label.Place, "[e[1], e[2]]")} AS located,
            ${out(RelType.APPLIES, Label.Model, "[e[1], e[2]]")} AS applied,
            CASE WHEN isEvent THEN '${ActivityKind.EVENT}' ELSE coalesce(i.activity, '${ActivityKind.MODEL_RUN}') END AS activity,
            [i.id, coalesce(i.name, i.id), CASE WHEN isEvent THEN null ELSE i.forWhom END, CASE WHEN isEvent THEN i.eventType END,
             toString(i.startDate), toString(i.endDate), i.startDatePrecision, i.endDatePrecision] AS act,
            [t IN ${out(RelType.TRAINS_ON, Label.Model, "e[1]")} | coalesce(t.name, t.id)] AS topics,
            [x IN ${distinct(projectsOf("i"))} | [x.id, coalesce(x.name, x.id)]] AS projects,
            [x IN ${distinct(programsOf("i"))} | [x.id, coalesce(x.name, x.id)]] AS programs,
            [x IN ${distinct(out(RelType.HAS_OUTCOME, Label.Outcome, "e[1]"))} | [x.id, coalesce(x.name, x.id)]] AS outcomes
       UNWIND rows AS row
       WITH row[0] AS o, row[1] AS r, i, row[2] AS m, row[3] AS split, row[4] AS places,
            parts, isEvent, located, applied, activity, act, topics, projects, programs, outcomes
       ORDER BY ${ORDER}
       WITH o, r, i, m, split, places, head(places) AS first, parts, isEvent, located, applied, activity, act, topics, projects, programs, outcomes
       WITH o, r, m, ${rowPlace("split", "places", "first")} AS pl, ${rowPlaces("split", "places")} AS places,
            parts, isEvent, located, applied, activity, act, topics, projects, programs, outcomes
       WITH o, r, m, pl, isEvent, activity, act, topics, projects, programs, outcomes,
            ${INFERRED_KNOWN} AS inferred,
            CASE WHEN pl IS NULL THEN [] ELSE
              [(pl)-[:${RelType.PART_OF}*0..]->(a:${Label.Place}) | [a.level, coalesce(a.name, a.id), a.code]] END AS chain
       RETURN o.id AS organizationId, coalesce(o.name, o.id) AS organizationName, o.orgType AS organizationType, r.role AS role, activity, isEvent,
              act[0] AS activityId, act[1] AS activityName, act[2] AS forWhom, act[3] AS eventType,
              act[4] AS startDate, act[5] AS endDate, act[6] AS startDatePrecision, act[7] AS endDatePrecision,
              m.id AS modelId, coalesce(m.name, m.id) AS modelName, topics AS topicNames, pl.id AS placeId,
              ${level("province", PlaceLevel.PROVINCE)}, ${level("district", PlaceLevel.DISTRICT)},
              ${level("commune", PlaceLevel.COMMUNE)}, ${level("village", PlaceLevel.VILLAGE)},
              [x IN projects | x[0]] AS projectIds, [x IN projects | x[1]] AS projectNames,
              [x IN programs | x[0]] AS programIds, [x IN programs | x[1]] AS programNames,
              [x IN outcomes | x[0]] AS outcomeIds, [x IN outcomes | x[1]] AS outcomeNames,
              size(inferred) > 0 AS inferred,
              ${distinct(`reduce(acc = [], f IN inferred | acc + [v IN f | toString(v)])`)} AS inferredReasons,
              r.sourceId AS sourceId, r.quote AS quote, r.note AS note, r.inferred AS partInferred`;
}

/** The dashboard counts over the rows of `q` (WhoWhatWhereRepository.facets says what each counts), one row. */
export function facetsStatement(q: WhoWhatWhereQuery, home?: HomeBucket): Statement<FacetsRow> {
  return facets(q, home, false);
}

/**
 * The whole country's counts per home bucket (HomeBucket), one row each with its `home` ('' for
 * none): all buckets in one pass, for a refresh of every aggregate.
 */
export function facetsByHomeStatement(): Statement<FacetsRow & { home: string }> {
  return facets({}, undefined, true);
}

function facets(q: WhoWhatWhereQuery, home: HomeBucket | undefined, byHome: false): Statement<FacetsRow>;
function facets(q: WhoWhatWhereQuery, home: HomeBucket | undefined, byHome: true): Statement<FacetsRow & { home: string }>;
function facets(q: WhoWhatWhereQuery, home: HomeBucket | undefined, byHome: boolean): Statement<FacetsRow & { home?: string }> {
  const facet = (name: string, list: string, label: string): string =>
    `CALL (xs) {
         UNWIND xs AS x
         UNWIND x.${list} AS k
         WITH k, count(DISTINCT x.i) AS n
         RETURN collect({key: ${label === "" ? "k" : "k.id"}, name: ${label === "" ? "k" : "k.name"}, count: n}) AS ${name}
       }`;
  const match = whoWhatWhereMatch(q, home);
  return statement(
    `${match.cypher}
       WITH i, places, count(*) AS n, collect(DISTINCT o) AS orgs, collect(DISTINCT r.role) AS roles,
            collect(DISTINCT m) AS models, collect(DISTINCT split) AS splits
       WITH i, n, orgs, roles,
            CASE WHEN size(models) = 0 THEN [null] ELSE models END AS models,
            CASE WHEN size(splits) > 0 THEN splits WHEN size(places) > 0 THEN places ELSE [null] END AS places,
            ${programsOf("i")} AS programs${byHome ? `, coalesce(${ACTIVITY_HOME("i")}, '') AS home` : ""}
       WITH ${byHome ? "home, " : ""}collect({i: i, n: n, orgs: orgs, roles: roles, models: models, places: places,
                     programs: CASE WHEN size(programs) = 0 THEN [null] ELSE programs END}) AS xs
       CALL (xs) {
         UNWIND xs AS x
         RETURN sum(x.n) AS rows, count(DISTINCT x.i) AS activities,
                count(DISTINCT CASE WHEN x.i:${Label.Intervention} THEN x.i END) AS interventions,
                count(DISTINCT CASE WHEN x.i:${Label.Event} THEN x.i END) AS events
       }
       ${facet("organizations", "orgs", "node")}
       ${facet("models", "models", "node")}
       CALL (xs) {
         UNWIND xs AS x
         UNWIND x.places AS pl
         WITH pl, collect(x.i) AS interventions
         WITH CASE WHEN pl IS NULL THEN null
                   ELSE head([(pl)-[:${RelType.PART_OF}*0..]->(p:${Label.Place} {level: '${PlaceLevel.PROVINCE}'}) | p]) END AS k, interventions
         UNWIND interventions AS i
         WITH k, count(DISTINCT i) AS n
         RETURN collect({key: k.id, name: k.name, count: n}) AS provinces
       }
       ${facet("roles", "roles", "")}
       ${facet("programs", "programs", "node")}
       RETURN ${byHome ? "home, " : ""}rows, activities, interventions, events, organizations, models, provinces, roles, programs`,
    match.params,
    columns({
      ...(byHome ? { home: string } : {}),
      rows: orElse(number, 0),
      activities: orElse(number, 0),
      interventions: orElse(number, 0),
      events: orElse(number, 0),
      organizations: list(facetBucket),
      models: list(facetBucket),
      provinces: list(facetBucket),
      roles: list(facetBucket),
      programs: list(facetBucket),
    }),
  );
}

/** How many rows `q` has, one row. */
export function countStatement(q: WhoWhatWhereQuery): Statement<{ total: number }> {
  const match = whoWhatWhereMatch(q);
  return statement(`${match.cypher}\nRETURN count(*) AS total`, match.params, columns({ total: number }));
}

/** The places of the map export and what their rows count (WhoWhatWhereRepository.placeCounts), by place id. */
export function placeCountsStatement(q: WhoWhatWhereQuery): Statement<PlaceCount> {
  const match = whoWhatWhereMatch(q);
  return statement(
    `${match.cypher}
       WITH i, ${rowPlaces("split", "places")} AS places, collect(DISTINCT o) AS orgs
       UNWIND places AS p
       MATCH (p)-[:${RelType.PART_OF}*0..]->(a:${Label.Place})
       UNWIND [a] + [(a)-[:${RelType.SUCCEEDED_BY}]->(s:${Label.Place}) | s] AS c
       WITH c, i, orgs
       WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL
       UNWIND orgs AS o
       WITH c, count(DISTINCT i) AS activities, count(DISTINCT CASE WHEN i:${Label.Intervention} THEN i END) AS interventions,
            count(DISTINCT CASE WHEN i:${Label.Event} THEN i END) AS events, count(DISTINCT o) AS organizations
       ORDER BY c.id
       RETURN ${NODE("c")} AS place, activities, interventions, events, organizations`,
    match.params,
    columns({ place: node, activities: number, interventions: number, events: number, organizations: number }),
  );
}

/** A place of the map export and what its rows count (placeCounts). */
export interface PlaceCount {
  place: NodeRow;
  /** Distinct activities: interventions and events. */
  activities: number;
  interventions: number;
  events: number;
  organizations: number;
}

// ---------------------------------------------------------------------------------------------
// Summary aggregates (who-what-where.aggregates.ts says when each statement runs).

/**
 * The summary aggregates (SUMMARY_LABEL, graph.model.ts; unique keys, graph.schema.ts), one node per key: `country` (the whole country's counts, also the lock every
 * refresh takes), `home:<province id>` / `home:` (the counts of the activities whose home is
 * that province / none), `place:<province id>` (the counts of the place filter on that province).
 * `facets` holds a FacetsRow as JSON, without names (read with the counts, since a rename
 * touches no count).
 */

/** Takes the write lock every refresh takes first (on the `country` node); no row when there are no aggregates. */
export const summaryLockStatement = (key: string): Statement<{ key: string }> =>
  statement(`MATCH (c:${SUMMARY_LABEL} {key: $key}) SET c.lockedAt = timestamp() RETURN c.key AS key`, { key }, columns({ key: string }));

/** The stored counts under `key` (JSON), no row when there are none. */
export const summaryReadStatement = (key: string): Statement<{ facets: string }> =>
  statement(`MATCH (s:${SUMMARY_LABEL} {key: $key}) RETURN s.facets AS facets`, { key }, columns({ facets: string }));

/** The stored counts of every key starting with `prefix`. */
export const summariesStatement = (prefix: string): Statement<{ key: string; facets: string }> =>
  statement(`MATCH (s:${SUMMARY_LABEL}) WHERE s.key STARTS WITH $prefix RETURN s.key AS key, s.facets AS facets`, { prefix }, columns({ key: string, facets: string }));

/** Stores counts (`$rows`: `{key, facets}`), replacing those under the same key. */
export const summaryWriteStatement = (rows: { key: string; facets: string }[]): Statement<null> =>
  statement(`UNWIND $rows AS row MERGE (s:${SUMMARY_LABEL} {key: row.key}) SET s.facets = row.facets, s.refreshedAt = timestamp()`, { rows }, () => null);

/** Deletes the aggregates whose key is not in `$keys`. */
export const summaryPruneStatement = (keys: string[]): Statement<null> => statement(`MATCH (s:${SUMMARY_LABEL}) WHERE NOT s.key IN $keys DELETE s`, { keys }, () => null);

/** The ids of the provinces, in order. */
export const provinceIdsStatement = (): Statement<string> =>
  statement(`MATCH (p:${Label.Place} {level: $level}) RETURN p.id AS id ORDER BY id`, { level: PlaceLevel.PROVINCE }, (row) => string(row.id, "row.id"));

/** The names of the entities `ids` (the facets' keys) as `[id, name]` pairs, in one row: thousands of ids in one record, not one each. */
export const entityNamesStatement = (ids: string[]): Statement<{ names: [string, string | null][] }> =>
  statement(
    `UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id}) RETURN collect([id, n.name]) AS names`,
    { ids },
    columns({ names: list(mapped(list(nullableString), (pair): [string, string | null] => [pair[0] ?? "", pair[1] ?? null])) }),
  );

/** The ends of the relationships the sources `ids` state (from their uids), with their labels. */
export const statedEndsStatement = (ids: string[]): Statement<{ type: string; from: string; fromLabels: string[]; to: string; toLabels: string[] }> =>
  statement(
    `UNWIND $ids AS sid
     MATCH (s:${Label.Source} {id: sid})
     UNWIND coalesce(s.statedRelationships, []) AS uid
     WITH split(uid, '|') AS x
     OPTIONAL MATCH (a:${Label.Entity} {id: x[0]})
     OPTIONAL MATCH (b:${Label.Entity} {id: x[3]})
     RETURN x[1] AS type, x[0] AS from, coalesce(labels(a), []) AS fromLabels, x[3] AS to, coalesce(labels(b), []) AS toLabels`,
    { ids },
    columns({ type: string, from: string, fromLabels: stringList, to: string, toLabels: stringList }),
  );

/** The entities the sources `ids` mention, with their labels and how many other sources mention them. */
export const mentionedStatement = (ids: string[]): Statement<{ id: string; labels: string[]; others: number }> =>
  statement(
    `UNWIND $ids AS sid
     MATCH (n:${Label.Entity})-[:${RelType.MENTIONED_IN}]->(:${Label.Source} {id: sid})
     WITH DISTINCT n
     RETURN n.id AS id, labels(n) AS labels, COUNT { (n)-[:${RelType.MENTIONED_IN}]->(o:${Label.Source}) WHERE NOT o.id IN $ids } AS others`,
    { ids },
    columns({ id: string, labels: stringList, others: number }),
  );

/** What of the entities `ids` the summary shows: `id|level|name` (level for places; a change moves rows between provinces), in order. */
export const entityStatesStatement = (ids: string[]): Statement<{ state: string; place: boolean }> =>
  statement(
    `UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id})
     RETURN n.id + '|' + CASE WHEN n:${Label.Place} THEN coalesce(n.level, '') ELSE '' END + '|' + coalesce(n.name, '') AS state, n:${Label.Place} AS place
     ORDER BY state`,
    { ids },
    columns({ state: string, place: boolean }),
  );

/** What a write can change the summary of: activities, and the activities of organizations, of models, and under projects or programs (PART_OF / BASED_ON). */
export interface TouchedEntities {
  activities: string[];
  organizations: string[];
  models: string[];
  chains: string[];
}

/**
 * The summary aggregates those touched activities count in: their homes ('' for none) and the
 * provinces whose place filter holds some of their places (graph.rollup.ts placesUnder, walked
 * upwards: a place's ancestors and the units they were merged into).
 */
export const touchedBucketsStatement = (t: TouchedEntities): Statement<{ homes: string[]; provinces: string[] }> =>
  statement(
    `CALL () {
       UNWIND $activities AS id MATCH (i:${Label.Entity} {id: id}) WHERE i:${Label.Intervention} OR i:${Label.Event} RETURN i
       UNION
       UNWIND $organizations AS id MATCH (:${Label.Organization} {id: id})-[:${RelType.INVOLVED_IN}]->(i) WHERE i:${Label.Intervention} OR i:${Label.Event} RETURN i
       UNION
       UNWIND $models AS id MATCH (:${Label.Model} {id: id})<-[:${RelType.APPLIES}]-(i:${Label.Intervention}) RETURN i
       UNION
       UNWIND $chains AS id MATCH (:${Label.Entity} {id: id})<-[:${EVENT_CHAIN}*1..3]-(i) WHERE i:${Label.Intervention} OR i:${Label.Event} RETURN i
     }
     WITH DISTINCT i
     WITH coalesce(${ACTIVITY_HOME("i")}, '') AS home,
          COLLECT {
            MATCH (i)-[:${RelType.LOCATED_IN}]->(:${Label.Place})-[:${RelType.PART_OF}*0..]->(root:${Label.Place})
            UNWIND [root] + [(root)-[:${RelType.SUCCEEDED_BY}]->(s:${Label.Place}) | s] AS a
            WITH DISTINCT a WHERE a.level = $level
            RETURN a.id
          } AS provinces
     UNWIND CASE WHEN size(provinces) = 0 THEN [null] ELSE provinces END AS province
     RETURN collect(DISTINCT home) AS homes, collect(DISTINCT province) AS provinces`,
    { ...t, level: PlaceLevel.PROVINCE },
    columns({ homes: stringList, provinces: stringList }),
  );
