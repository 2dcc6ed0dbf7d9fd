import type { GraphExecutor } from "../graph/graph.executor";
import { Label, RelType } from "../graph/graph.model";
import { placeReach, placeWithin } from "../graph/graph.rollup";
import { NODE } from "../entity/entity.repository";
import { type NodeValue, toNode } from "../entity/entity.mapper";

/** What a place roll-up may list: a label, tied to places as graph.rollup.ts placeReach says. */
export interface WithinSpec {
  readonly key: string;
  readonly label: Label;
}

export const Within = {
  interventions: { key: "interventions", label: Label.Intervention },
  events: { key: "events", label: Label.Event },
  organizations: { key: "organizations", label: Label.Organization },
  products: { key: "products", label: Label.Product },
  /** Projects covering a place here, or whose sub-projects or interventions are here. */
  projects: { key: "projects", label: Label.Project },
  /** Programs covering a place here, or whose projects or interventions are here. */
  programs: { key: "programs", label: Label.Program },
} as const satisfies Record<string, WithinSpec>;

export class PlaceRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** For each place id: the places inside it at any depth (districts, communes, villages), by level then name. */
  async descendants(ids: readonly string[]): Promise<NodeValue[][]> {
    const rows = await this.graph.read<{ id: string; nodes: Record<string, unknown>[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (:${Label.Place} {id: id})<-[:${RelType.PART_OF}*1..]-(d:${Label.Place})
       WITH id, d ORDER BY d.level, d.name
       RETURN id, collect(DISTINCT ${NODE("d")}) AS nodes`,
      { ids },
    );
    return inKeyOrder(ids, rows);
  }

  /** For each place id: the places above it, nearest first (commune → district → province). */
  async ancestors(ids: readonly string[]): Promise<NodeValue[][]> {
    const rows = await this.graph.read<{ id: string; nodes: Record<string, unknown>[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH path = (:${Label.Place} {id: id})-[:${RelType.PART_OF}*1..]->(a:${Label.Place})
       WITH id, a, length(path) AS depth ORDER BY depth
       RETURN id, collect(${NODE("a")}) AS nodes`,
      { ids },
    );
    return inKeyOrder(ids, rows);
  }

  /**
   * For each place id: the entities of `spec` tied to it or to anything inside it, including
   * units the July 2025 reorganisation merged into it. This is the place roll-up.
   */
  async within(spec: WithinSpec, ids: readonly string[]): Promise<NodeValue[][]> {
    const rows = await this.graph.read<{ id: string; nodes: Record<string, unknown>[] }>(
      `UNWIND $ids AS id
       CALL (id) {
         MATCH ${placeReach(spec.label, "n", "p")}
         WHERE n:${spec.label} AND ${placeWithin("p", "id")}
         RETURN DISTINCT n
       }
       WITH id, n ORDER BY n.name
       RETURN id, collect(${NODE("n")}) AS nodes`,
      { ids },
    );
    return inKeyOrder(ids, rows);
  }
}

function inKeyOrder(ids: readonly string[], rows: { id: string; nodes: Record<string, unknown>[] }[]): NodeValue[][] {
  const byId = new Map(rows.map((r) => [r.id, r.nodes]));
  return ids.map((id) => (byId.get(id) ?? []).map(toNode));
}
