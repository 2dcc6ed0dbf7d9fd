import { cypherInt } from "../graph/graph.convert";
import type { GraphExecutor } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { NODE } from "../entity/entity.repository";
import { type NodeValue, toNode } from "../entity/entity.mapper";
import { whoWhatWhereMatch, type WhoWhatWhereQuery } from "./who-what-where.cypher";

export type { WhoWhatWhereQuery } from "./who-what-where.cypher";

export interface WhoWhatWhereRow {
  organization: NodeValue;
  role: string;
  intervention: NodeValue;
  model: NodeValue | null;
  /** Models a training was about (TRAINS_ON); empty for other activities. */
  topics: NodeValue[];
  /** The row's place: its one place, or for an activity other than MODEL_RUN the smallest unit holding all of its places. */
  place: NodeValue | null;
  /** Every place of the row (MODEL_RUN rows have one). */
  places: NodeValue[];
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
 * project and program, when. A model run gives one row per organization × role × intervention
 * × model × place; any other activity (a training on six topics in four villages) one row per
 * organization × role × intervention, placed at the smallest unit holding all of its places.
 * Filters roll up: an organization includes its units, a model its variants (chicken includes
 * native black chicken), a program its projects, a place everything inside it.
 */
export class WhoWhatWhereRepository {
  constructor(private readonly graph: GraphExecutor) {}

  async rows(q: WhoWhatWhereQuery, skip: number, limit: number): Promise<WhoWhatWhereRow[]> {
    const match = whoWhatWhereMatch(q);
    const rows = await this.graph.read<Record<string, unknown>>(
      `${match.cypher}
       WITH o, r, i, m, pl, places
       ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, pl.name, pl.id, r.role
       SKIP $skip LIMIT $limit
       OPTIONAL MATCH (i)-[:${RelType.PART_OF}]->(pr:${Label.Project})
       WITH o, r, i, m, pl, places, collect(DISTINCT pr) AS projects
       OPTIONAL MATCH (i)-[:${RelType.PART_OF}*1..4]->(pg:${Label.Program})
       WITH o, r, i, m, pl, places, projects, collect(DISTINCT pg) AS programs
       ORDER BY o.name, o.id, i.name, i.id, m.name, m.id, pl.name, pl.id, r.role
       RETURN ${NODE("o")} AS organization, r.role AS role, ${NODE("i")} AS intervention,
              CASE WHEN m IS NULL THEN null ELSE ${NODE("m")} END AS model,
              [(i)-[:${RelType.TRAINS_ON}]->(t:${Label.Model}) | ${NODE("t")}] AS topics,
              CASE WHEN pl IS NULL THEN null ELSE ${NODE("pl")} END AS place,
              [x IN places | ${NODE("x")}] AS places,
              CASE WHEN pl IS NULL THEN [] ELSE
                [(pl)-[:${RelType.PART_OF}*0..]->(a:${Label.Place}) | ${NODE("a")}] END AS placePath,
              [x IN projects | ${NODE("x")}] AS projects,
              [x IN programs | ${NODE("x")}] AS programs,
              r.sourceId AS sourceId, r.quote AS quote, r.note AS note`,
      { ...match.params, skip: cypherInt(skip), limit: cypherInt(limit) },
    );
    const nodes = (v: unknown): NodeValue[] => (v as Record<string, unknown>[]).map(toNode);
    const node = (v: unknown): NodeValue | null => (v ? toNode(v as Record<string, unknown>) : null);
    return rows.map((r) => ({
      organization: toNode(r.organization as Record<string, unknown>),
      role: r.role as string,
      intervention: toNode(r.intervention as Record<string, unknown>),
      model: node(r.model),
      topics: nodes(r.topics),
      place: node(r.place),
      places: nodes(r.places),
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
    const match = whoWhatWhereMatch(q);
    const [row] = await this.graph.read<WhoWhatWhereFacets & Record<string, unknown>>(
      `${match.cypher}
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
      match.params,
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
    const match = whoWhatWhereMatch(q);
    const [row] = await this.graph.read<{ total: number }>(`${match.cypher}\nRETURN count(*) AS total`, match.params);
    return row?.total ?? 0;
  }
}
