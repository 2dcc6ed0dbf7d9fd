import { cypherInt } from "../graph/graph.convert";
import { ActivityKind, PlaceLevel, type Role } from "../graph/graph.enums";
import type { GraphExecutor } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { NODE, type NodeRow, provenanceRow, toNode } from "../graph/graph.node";
import { EVENT_CHAIN } from "../graph/graph.rollup";
import { distinct, rowPlace, rowPlaces, WHO_WHAT_WHERE_ORDER, whoWhatWhereMatch, type WhoWhatWhereQuery } from "./who-what-where.cypher";
import type { WhoWhatWhereRow, WhoWhatWhereSummary } from "./who-what-where.type";

type Raw = Record<string, unknown> | null;
interface RawRow {
  organization: Raw;
  role: Role;
  activity: string;
  intervention: Raw;
  event: Raw;
  inferred: boolean;
  inferredReasons: string[];
  model: Raw;
  topics: Raw[];
  place: Raw;
  places: Raw[];
  placePath: Raw[];
  projects: Raw[];
  programs: Raw[];
  sourceId: string | null;
  quote: string | null;
  note: string | null;
  /** The curator's reason when this source's statement of the organization's part is inferred (contract 1), else null. */
  partInferred: string | null;
  outcomes: Raw[];
  total?: number;
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

/** The outcomes stated about the activity `a` (HAS_OUTCOME), each once, by name: a Cypher list of node maps. */
const OUTCOMES_OF = (a: string): string => `[x IN ${distinct(`[(${a})-[:${RelType.HAS_OUTCOME}]->(oc:${Label.Outcome}) | oc]`)} | ${NODE("x")}]`;

/** A place of the map export and what its rows count (placeCounts). */
export interface PlaceCount {
  place: NodeRow;
  /** Distinct activities: interventions and events. */
  activities: number;
  interventions: number;
  events: number;
  organizations: number;
}

/** One bucket of a facet: the key (an id, or a role), its name, and distinct activities. */
type Facet = WhoWhatWhereSummary["organizations"][number];

/**
 * The 3W question: which organization, in which role, ran which model, where, under which
 * project and program, when. A model run gives one row per organization × role × intervention
 * × model × place; any other activity (a training on six topics in four villages) one row per
 * organization × role × intervention, placed at the smallest unit holding all of its places.
 * Filters roll up: an organization includes its units, a model its variants (chicken includes
 * native black chicken), a program its projects, a place everything inside it.
 */
export class WhoWhatWhereRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * One page of rows (`skip`, `limit`) in the order of ORDER, shaped as the GraphQL row; with
   * `withCount` the number of all rows too, from the same statement (null when the page is empty
   * and the count must be asked separately).
   */
  async rows(q: WhoWhatWhereQuery, skip: number, limit: number, withCount = false): Promise<{ rows: WhoWhatWhereRow[]; total: number | null }> {
    const match = whoWhatWhereMatch(q);
    // Rows are sorted on keys only and sliced; the place, its chain, projects and programs and
    // the returned maps are made for the page's rows only.
    const page = withCount
      ? `WITH o, r, i, m, split, places ORDER BY ${ORDER}
       WITH collect([o, r, i, m, split, places]) AS matching
       WITH size(matching) AS total, matching[$skip..$skip + $limit] AS page
       UNWIND page AS x
       WITH total, x[0] AS o, x[1] AS r, x[2] AS i, x[3] AS m, x[4] AS split, x[5] AS places`
      : `WITH o, r, i, m, split, places ORDER BY ${ORDER}
       SKIP $skip LIMIT $limit`;
    const carry = withCount ? "total, " : "";
    const raw = await this.graph.read<RawRow & Record<string, unknown>>(
      `${match.cypher}
       ${page}
       WITH ${carry}o, r, i, m, split, places, head(places) AS first
       WITH ${carry}o, r, i, m, split, ${rowPlace("split", "places", "first")} AS pl, ${rowPlaces("split", "places")} AS places
       WITH ${carry}o, r, i, m, split, pl, places, ${INFERRED} AS inferred
       ORDER BY ${ORDER}
       RETURN ${NODE("o")} AS organization, r.role AS role,
              CASE WHEN i:${Label.Event} THEN '${ActivityKind.EVENT}' ELSE coalesce(i.activity, '${ActivityKind.MODEL_RUN}') END AS activity,
              CASE WHEN i:${Label.Event} THEN null ELSE ${NODE("i")} END AS intervention,
              CASE WHEN i:${Label.Event} THEN ${NODE("i")} ELSE null END AS event,
              CASE WHEN m IS NULL THEN null ELSE ${NODE("m")} END AS model,
              [(i)-[:${RelType.TRAINS_ON}]->(t:${Label.Model}) | ${NODE("t")}] AS topics,
              CASE WHEN pl IS NULL THEN null ELSE ${NODE("pl")} END AS place,
              [x IN places | ${NODE("x")}] AS places,
              CASE WHEN pl IS NULL THEN [] ELSE
                [(pl)-[:${RelType.PART_OF}*0..]->(a:${Label.Place}) | ${NODE("a")}] END AS placePath,
              [x IN ${distinct(projectsOf("i"))} | ${NODE("x")}] AS projects,
              [x IN ${distinct(programsOf("i"))} | ${NODE("x")}] AS programs,
              ${OUTCOMES_OF("i")} AS outcomes,
              size(inferred) > 0 AS inferred,
              ${distinct(`reduce(acc = [], f IN inferred | acc + [v IN f | toString(v)])`)} AS inferredReasons,
              r.sourceId AS sourceId, r.quote AS quote, r.note AS note, r.inferred AS partInferred${withCount ? ", total" : ""}`,
      { ...match.params, skip: cypherInt(skip), limit: cypherInt(limit) },
    );
    return { rows: raw.map(toRow), total: withCount && raw.length ? (raw[0].total ?? 0) : null };
  }

  /**
   * Counts for dashboards over the same rows as `rows`: how many rows, distinct activities
   * (interventions and events, and each apart), and per organization, model, province, role and
   * program the number of distinct activities. Rows without a model, place or program count
   * under a null key; an activity under several programs counts in each, an event held in
   * several provinces in each.
   *
   * The rows are folded per activity first (its organizations, roles, models and row places,
   * each once); the province is looked up once per row place, the programs once per activity.
   * An activity counts in the province of each of its places (a programme of two provinces in
   * both), not only in that of the smallest unit holding them all, which may be none.
   */
  async facets(q: WhoWhatWhereQuery): Promise<WhoWhatWhereSummary> {
    const facet = (name: string, list: string, label: string): string =>
      `CALL (xs) {
         UNWIND xs AS x
         UNWIND x.${list} AS k
         WITH k, count(DISTINCT x.i) AS n
         RETURN collect({key: ${label === "" ? "k" : "k.id"}, name: ${label === "" ? "k" : "k.name"}, count: n}) AS ${name}
       }`;
    const match = whoWhatWhereMatch(q);
    const [row] = await this.graph.read<WhoWhatWhereSummary & Record<string, unknown>>(
      `${match.cypher}
       WITH i, places, count(*) AS n, collect(DISTINCT o) AS orgs, collect(DISTINCT r.role) AS roles,
            collect(DISTINCT m) AS models, collect(DISTINCT split) AS splits
       WITH i, n, orgs, roles,
            CASE WHEN size(models) = 0 THEN [null] ELSE models END AS models,
            CASE WHEN size(splits) > 0 THEN splits WHEN size(places) > 0 THEN places ELSE [null] END AS places,
            ${programsOf("i")} AS programs
       WITH collect({i: i, n: n, orgs: orgs, roles: roles, models: models, places: places,
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
                   ELSE head([(pl)-[:${RelType.PART_OF}*0..]->(p:${Label.Place} {level: 'PROVINCE'}) | p]) END AS k, interventions
         UNWIND interventions AS i
         WITH k, count(DISTINCT i) AS n
         RETURN collect({key: k.id, name: k.name, count: n}) AS provinces
       }
       ${facet("roles", "roles", "")}
       ${facet("programs", "programs", "node")}
       RETURN rows, activities, interventions, events, organizations, models, provinces, roles, programs`,
      match.params,
    );
    // Largest first, then by name, then by key (buckets of the same size and name, e.g. two
    // offices with one name, in a stable order).
    const byCount = (a: Facet, b: Facet): number =>
      b.count - a.count || String(a.name ?? "").localeCompare(String(b.name ?? "")) || String(a.key ?? "").localeCompare(String(b.key ?? ""));
    return {
      rows: row?.rows ?? 0,
      activities: row?.activities ?? 0,
      interventions: row?.interventions ?? 0,
      events: row?.events ?? 0,
      organizations: (row?.organizations ?? []).sort(byCount),
      models: (row?.models ?? []).sort(byCount),
      provinces: (row?.provinces ?? []).sort(byCount),
      roles: (row?.roles ?? []).sort(byCount),
      programs: (row?.programs ?? []).sort(byCount),
    };
  }

  async count(q: WhoWhatWhereQuery): Promise<number> {
    const match = whoWhatWhereMatch(q);
    const [row] = await this.graph.read<{ total: number }>(`${match.cypher}\nRETURN count(*) AS total`, match.params);
    return row?.total ?? 0;
  }

  /**
   * For maps: every place with coordinates that holds some of the rows, with the distinct
   * activities (and of them interventions and events) and organizations of the rows inside it,
   * rolled up the way the place filter rolls up (graph.rollup.ts placeWithin, walked upwards): a
   * place counts what lies in it and in the units merged into it. A row counts at its own places
   * (a model run's or an event row's place, another activity's places). Ordered by id.
   */
  async placeCounts(q: WhoWhatWhereQuery): Promise<PlaceCount[]> {
    const match = whoWhatWhereMatch(q);
    const raw = await this.graph.read<{ place: Record<string, unknown> } & Omit<PlaceCount, "place">>(
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
    );
    return raw.map((r) => ({ place: toNode(r.place), activities: r.activities, interventions: r.interventions, events: r.events, organizations: r.organizations }));
  }
}

const nodes = (list: Raw[]): NodeRow[] => list.filter((n): n is Record<string, unknown> => !!n).map(toNode);
const node = (raw: Raw): NodeRow | null => (raw ? toNode(raw) : null);

/**
 * A raw row as the GraphQL WhoWhatWhereRow: a stable id, the place at each level, provenance.
 * The id is `organization|role|activity|model|place`, the activity being the intervention or
 * the event (so the ids of intervention rows are those they had before events were rows).
 */
function toRow(r: RawRow): WhoWhatWhereRow {
  const organization = toNode(r.organization ?? {});
  const intervention = node(r.intervention);
  const event = node(r.event);
  const dated = intervention ?? event;
  const model = node(r.model);
  const place = node(r.place);
  const path = nodes(r.placePath);
  const atLevel = (level: PlaceLevel): NodeRow | null => path.find((p) => p.level === level) ?? null;
  const activity = Object.values(ActivityKind).find((a) => a === r.activity) ?? ActivityKind.MODEL_RUN;
  return {
    id: [organization.id, r.role, dated?.id ?? "", model?.id ?? "", place?.id ?? ""].join("|"),
    organization,
    role: r.role,
    activity,
    model,
    topics: nodes(r.topics),
    intervention,
    event,
    place,
    places: nodes(r.places),
    village: atLevel(PlaceLevel.VILLAGE),
    commune: atLevel(PlaceLevel.COMMUNE),
    district: atLevel(PlaceLevel.DISTRICT),
    province: atLevel(PlaceLevel.PROVINCE),
    projects: nodes(r.projects),
    programs: nodes(r.programs),
    period: dated?.period ?? null,
    forWhom: typeof intervention?.forWhom === "string" ? intervention.forWhom : null,
    inferred: r.inferred === true,
    inferredReasons: r.inferredReasons ?? [],
    provenance: r.sourceId ? provenanceRow(r.sourceId, r.quote, r.note, r.partInferred) : null,
    outcomes: nodes(r.outcomes ?? []).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
