import type { GraphExecutor } from "../graph/graph.executor";
import type { KindSpec } from "../graph/graph.model";
import { Label } from "../graph/graph.model";
import { ALL_PROPERTIES, type NodeRow, type Projection, toNodeOf } from "../graph/graph.node";
import { ancestorsCypher, descendantsCypher, withinCypher } from "./place.cypher";

type Rows = { id: string; nodes: Record<string, unknown>[] };

/** The place hierarchy and the place roll-up: what lies in a place or anything inside it. */
export class PlaceRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** For each place id: the places inside it at any depth (districts, communes, villages), by level then name. */
  async descendants(ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return inKeyOrder(ids, await this.graph.read<Rows>(descendantsCypher(projection), { ids }), Label.Place);
  }

  /** For each place id: the places above it, nearest first (commune → district → province). */
  async ancestors(ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return inKeyOrder(ids, await this.graph.read<Rows>(ancestorsCypher(projection), { ids }), Label.Place);
  }

  /**
   * For each place id: the entities of `kind` tied to it or to anything inside it (by the kind's
   * placeTie), including units the July 2025 reorganisation merged into it. This is the place roll-up.
   */
  async within(kind: KindSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return inKeyOrder(ids, await this.graph.read<Rows>(withinCypher(kind, projection), { ids }), kind.label);
  }
}

function inKeyOrder(ids: readonly string[], rows: Rows[], kind: Label): NodeRow[][] {
  const byId = new Map(rows.map((r) => [r.id, r.nodes]));
  const shape = toNodeOf([kind]);
  return ids.map((id) => (byId.get(id) ?? []).map(shape));
}
