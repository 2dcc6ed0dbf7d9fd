import { ActivityKind, PlaceLevel } from "../graph/graph.enums";
import { byCount, readSummary } from "./who-what-where.aggregates";
import type { GraphExecutor } from "../graph/graph.executor";
import { type NodeRow, provenanceRow } from "../graph/graph.node";
import {
  countStatement,
  exportKeysetApplies,
  exportOrganizationsStatement,
  facetsStatement,
  organizationRowsStatement,
  type PlaceCount,
  placeCountsStatement,
  type RawWhoWhatWhereRow,
  rowsStatement,
  type WhoWhatWhereQuery,
} from "./who-what-where.cypher";
import type { WhoWhatWhereRow, WhoWhatWhereSummary } from "./who-what-where.type";

export type { PlaceCount } from "./who-what-where.cypher";

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
    const raw = await this.graph.run(rowsStatement(q, skip, limit, withCount));
    return { rows: raw.map(toRow), total: withCount && raw.length ? (raw[0].total ?? 0) : null };
  }

  /**
   * The organizations that can have rows of `q`, in the rows' order, with an estimate of their
   * rows (exportOrganizationsStatement); null, and no statement, for a filter exportKeysetApplies
   * refuses (its rows are read in pages).
   */
  async exportOrganizations(q: WhoWhatWhereQuery): Promise<{ id: string; involvements: number }[] | null> {
    return exportKeysetApplies(q) ? this.graph.run(exportOrganizationsStatement(q)) : null;
  }

  /**
   * Every row of `q` whose organization is one of `organizations`, in the order of ORDER, with
   * the values the downloads' columns read only (organizationRowsStatement: no descriptions,
   * aliases or `places`): for the export, not for GraphQL.
   */
  async organizationRows(q: WhoWhatWhereQuery, organizations: string[]): Promise<WhoWhatWhereRow[]> {
    if (!organizations.length) return [];
    return this.graph.run(organizationRowsStatement(q, organizations));
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
    // No filter, or a province alone: the counts the write path keeps (who-what-where.aggregates.ts), else counted now.
    const row = (await readSummary(this.graph, q)) ?? (await this.graph.run(facetsStatement(q)))[0];
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
    const [row] = await this.graph.run(countStatement(q));
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
    return this.graph.run(placeCountsStatement(q));
  }
}

/**
 * A raw row as the GraphQL WhoWhatWhereRow: a stable id, the place at each level, provenance.
 * The id is `organization|role|activity|model|place`, the activity being the intervention or
 * the event (so the ids of intervention rows are those they had before events were rows).
 */
function toRow(r: RawWhoWhatWhereRow): WhoWhatWhereRow {
  const { organization, intervention, event, model, place } = r;
  const dated = intervention ?? event;
  const path = r.placePath;
  const atLevel = (level: PlaceLevel): NodeRow | null => path.find((p) => p.level === level) ?? null;
  const activity = Object.values(ActivityKind).find((a) => a === r.activity) ?? ActivityKind.MODEL_RUN;
  return {
    id: [organization.id, r.role, dated?.id ?? "", model?.id ?? "", place?.id ?? ""].join("|"),
    organization,
    role: r.role,
    activity,
    model,
    topics: r.topics,
    intervention,
    event,
    place,
    places: r.places,
    village: atLevel(PlaceLevel.VILLAGE),
    commune: atLevel(PlaceLevel.COMMUNE),
    district: atLevel(PlaceLevel.DISTRICT),
    province: atLevel(PlaceLevel.PROVINCE),
    projects: r.projects,
    programs: r.programs,
    period: dated?.period ?? null,
    forWhom: typeof intervention?.forWhom === "string" ? intervention.forWhom : null,
    inferred: r.inferred,
    inferredReasons: r.inferredReasons,
    provenance: r.sourceId ? provenanceRow(r.sourceId, r.quote, r.note, r.partInferred) : null,
    outcomes: [...r.outcomes].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
  };
}
