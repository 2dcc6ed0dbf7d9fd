import { cypherInt } from "../graph/graph.convert";
import type { GraphExecutor } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { NODE, PLACE_WITHIN } from "../entity/entity.repository";
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
       OPTIONAL MATCH (i)-[:${RelType.PART_OF}*1..3]->(pg:${Label.Program})
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
  WHERE ($organization IS NULL OR EXISTS { MATCH (o)-[:${RelType.PART_OF}*0..]->(:${Label.Organization} {id: $organization}) })
    AND ($roles IS NULL OR r.role IN $roles)
    AND ($from IS NULL OR i.endDate IS NULL OR i.endDate >= date($from))
    AND ($to IS NULL OR i.startDate IS NULL OR i.startDate <= date($to))
    AND ($program IS NULL OR EXISTS { MATCH (i)-[:${RelType.PART_OF}*1..4]->(:${Label.Program} {id: $program}) })
    AND ($project IS NULL OR EXISTS { MATCH (i)-[:${RelType.PART_OF}*1..3]->(:${Label.Project} {id: $project}) })
  OPTIONAL MATCH (i)-[:${RelType.APPLIES}]->(m:${Label.Model})
  WITH o, r, i, m
  WHERE $model IS NULL OR (m IS NOT NULL AND EXISTS { MATCH (m)-[:${RelType.PART_OF}*0..]->(:${Label.Model} {id: $model}) })
  OPTIONAL MATCH (i)-[:${RelType.LOCATED_IN}]->(pl:${Label.Place})
  WITH o, r, i, m, pl
  WHERE $place IS NULL OR (pl IS NOT NULL AND ${PLACE_WITHIN("pl", "$place")})`;
