import { cypherInt } from "../graph/graph.convert";
import type { GraphExecutor } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { inProgram, inProject, modelWithin, orgWithin, placeWithin } from "../graph/graph.rollup";
import { NODE } from "../entity/entity.repository";
import { type NodeValue, toNode } from "../entity/entity.mapper";

export interface WhoWhatWhereQuery {
  organization?: string;
  model?: string;
  program?: string;
  project?: string;
  place?: string;
  roles?: string[];
  from?: string;
  to?: string;
}

export interface WhoWhatWhereRow {
  organization: NodeValue;
  role: string;
  intervention: NodeValue;
  model: NodeValue | null;
  place: NodeValue | null;
  /** The place and the places above it, nearest first. */
  placePath: NodeValue[];
  projects: NodeValue[];
  programs: NodeValue[];
  sourceId: string | null;
  quote: string | null;
  note: string | null;
}

/** One bucket of a facet: the key (an id, or a role), its name, and distinct interventions. */
export interface Facet {
  key: string | null;
  name: string | null;
  count: number;
}

export interface WhoWhatWhereFacets {
  rows: number;
  interventions: number;
  organizations: Facet[];
  models: Facet[];
  provinces: Facet[];
  roles: Facet[];
}

/**
 * The 3W question: which organization, in which role, ran which model, where, under which
 * project and program, when. One row per organization × role × intervention × model × place.
 * Filters roll up: an organization includes its units, a model its variants (chicken includes
 * native black chicken), a program its projects, a place everything inside it.
 */
export class WhoWhatWhereRepository {
  constructor(private readonly graph: GraphExecutor) {}

  async rows(q: WhoWhatWhereQuery, skip: number, limit: number): Promise<WhoWhatWhereRow[]> {
    const rows = await this.graph.read<Record<string, unknown>>(
      `${MATCH_ROWS}
       OPTIONAL MATCH (i)-[:${RelType.PART_OF}]->(pr:${Label.Project})
       WITH o, r, i, m, pl, collect(DISTINCT pr) AS projects
       OPTIONAL MATCH (i)-[:${RelType.PART_OF}*1..4]->(pg:${Label.Program})
       WITH o, r, i, m, pl, projects, collect(DISTINCT pg) AS programs
       ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, pl.name, pl.id, r.role
       SKIP $skip LIMIT $limit
       RETURN ${NODE("o")} AS organization, r.role AS role, ${NODE("i")} AS intervention,
              CASE WHEN m IS NULL THEN null ELSE ${NODE("m")} END AS model,
              CASE WHEN pl IS NULL THEN null ELSE ${NODE("pl")} END AS place,
              CASE WHEN pl IS NULL THEN [] ELSE
                [(pl)-[:${RelType.PART_OF}*0..]->(a:${Label.Place}) | ${NODE("a")}] END AS placePath,
              [x IN projects | ${NODE("x")}] AS projects,
              [x IN programs | ${NODE("x")}] AS programs,
              r.sourceId AS sourceId, r.quote AS quote, r.note AS note`,
      { ...params(q), skip: cypherInt(skip), limit: cypherInt(limit) },
    );
    const nodes = (v: unknown): NodeValue[] => (v as Record<string, unknown>[]).map(toNode);
    const node = (v: unknown): NodeValue | null => (v ? toNode(v as Record<string, unknown>) : null);
    return rows.map((r) => ({
      organization: toNode(r.organization as Record<string, unknown>),
      role: r.role as string,
      intervention: toNode(r.intervention as Record<string, unknown>),
      model: node(r.model),
      place: node(r.place),
      placePath: nodes(r.placePath),
      projects: nodes(r.projects),
      programs: nodes(r.programs),
      sourceId: (r.sourceId as string | null) ?? null,
      quote: (r.quote as string | null) ?? null,
      note: (r.note as string | null) ?? null,
    }));
  }

  /**
   * Counts for dashboards over the same rows as `rows`: how many rows and distinct
   * interventions, and per organization, model, province and role the number of distinct
   * interventions. Rows without a model or place count under a null key.
   */
  async facets(q: WhoWhatWhereQuery): Promise<WhoWhatWhereFacets> {
    const facet = (name: string, key: string, label: string): string =>
      `CALL (rows) {
         UNWIND rows AS x
         WITH ${key} AS k, count(DISTINCT x.i) AS n
         RETURN collect({key: ${label === "" ? "k" : "k.id"}, name: ${label === "" ? "k" : "k.name"}, count: n}) AS ${name}
       }`;
    const [row] = await this.graph.read<WhoWhatWhereFacets & Record<string, unknown>>(
      `${MATCH_ROWS}
       WITH o, r, i, m,
            CASE WHEN pl IS NULL THEN null
                 ELSE head([(pl)-[:${RelType.PART_OF}*0..]->(p:${Label.Place} {level: 'PROVINCE'}) | p]) END AS province
       WITH collect({o: o, role: r.role, i: i, m: m, province: province}) AS rows
       CALL (rows) { UNWIND rows AS x RETURN count(DISTINCT x.i) AS interventions }
       ${facet("organizations", "x.o", "node")}
       ${facet("models", "x.m", "node")}
       ${facet("provinces", "x.province", "node")}
       ${facet("roles", "x.role", "")}
       RETURN size(rows) AS rows, interventions, organizations, models, provinces, roles`,
      params(q),
    );
    const byCount = (a: Facet, b: Facet): number => b.count - a.count || String(a.name ?? "").localeCompare(String(b.name ?? ""));
    return {
      rows: row?.rows ?? 0,
      interventions: row?.interventions ?? 0,
      organizations: (row?.organizations ?? []).sort(byCount),
      models: (row?.models ?? []).sort(byCount),
      provinces: (row?.provinces ?? []).sort(byCount),
      roles: (row?.roles ?? []).sort(byCount),
    };
  }

  async count(q: WhoWhatWhereQuery): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>(`${MATCH_ROWS} RETURN count(*) AS total`, params(q));
    return row?.total ?? 0;
  }
}

function params(q: WhoWhatWhereQuery): Record<string, unknown> {
  return {
    organization: q.organization ?? null,
    model: q.model ?? null,
    program: q.program ?? null,
    project: q.project ?? null,
    place: q.place ?? null,
    roles: q.roles?.length ? q.roles : null,
    from: q.from ?? null,
    to: q.to ?? null,
  };
}

/** Binds o, r, i, m, pl for every row that passes the filters. */
const MATCH_ROWS = `
  MATCH (o:${Label.Organization})-[r:${RelType.INVOLVED_IN}]->(i:${Label.Intervention})
  WHERE ($organization IS NULL OR ${orgWithin("o", "$organization")})
    AND ($roles IS NULL OR r.role IN $roles)
    AND ($from IS NULL OR i.endDate IS NULL OR i.endDate >= date($from))
    AND ($to IS NULL OR i.startDate IS NULL OR i.startDate <= date($to))
    AND ($program IS NULL OR ${inProgram("i", "$program")})
    AND ($project IS NULL OR ${inProject("i", "$project")})
  OPTIONAL MATCH (i)-[:${RelType.APPLIES}]->(m:${Label.Model})
  WITH o, r, i, m
  WHERE $model IS NULL OR (m IS NOT NULL AND ${modelWithin("m", "$model")})
  OPTIONAL MATCH (i)-[:${RelType.LOCATED_IN}]->(pl:${Label.Place})
  WITH o, r, i, m, pl
  WHERE $place IS NULL OR (pl IS NOT NULL AND ${placeWithin("pl", "$place")})`;
