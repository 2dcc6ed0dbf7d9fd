import type { GraphExecutor } from "../graph/graph.executor";
import { type KindSpec, Label, RelType } from "../graph/graph.model";
import { NODE, type NodeRow, toNode } from "../graph/graph.node";
import { placeReach, placeWithin } from "../graph/graph.rollup";

/** The place hierarchy and the place roll-up: what lies in a place or anything inside it. */
export class PlaceRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** For each place id: the places inside it at any depth (districts, communes, villages), by level then name. */
  async descendants(ids: readonly string[]): Promise<NodeRow[][]> {
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
  async ancestors(ids: readonly string[]): Promise<NodeRow[][]> {
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
   * For each place id: the entities of `kind` tied to it or to anything inside it (by the kind's
   * placeTie), including units the July 2025 reorganisation merged into it. This is the place roll-up.
   */
  async within(kind: KindSpec, ids: readonly string[]): Promise<NodeRow[][]> {
    const rows = await this.graph.read<{ id: string; nodes: Record<string, unknown>[] }>(
      `UNWIND $ids AS id
       CALL (id) {
         MATCH ${placeReach(kind, "n", "p")}
         WHERE n:${kind.label} AND ${placeWithin("p", "id")}
         RETURN DISTINCT n
       }
       WITH id, n ORDER BY n.name
       RETURN id, collect(${NODE("n")}) AS nodes`,
      { ids },
    );
    return inKeyOrder(ids, rows);
  }
}

function inKeyOrder(ids: readonly string[], rows: { id: string; nodes: Record<string, unknown>[] }[]): NodeRow[][] {
  const byId = new Map(rows.map((r) => [r.id, r.nodes]));
  return ids.map((id) => (byId.get(id) ?? []).map(toNode));
}
