import { inKeyOrder } from "../common/loaders";
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
    return inKeyOrder(ids, itemsOf(await this.graph.read<Rows>(descendantsCypher(projection), { ids })), toNodeOf([Label.Place]));
  }

  /** For each place id: the places above it, nearest first (commune → district → province). */
  async ancestors(ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return inKeyOrder(ids, itemsOf(await this.graph.read<Rows>(ancestorsCypher(projection), { ids })), toNodeOf([Label.Place]));
  }

  /**
   * For each place id: the entities of `kind` tied to it or to anything inside it (by the kind's
   * placeTie), including units the July 2025 reorganisation merged into it. This is the place roll-up.
   */
  async within(kind: KindSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return inKeyOrder(ids, itemsOf(await this.graph.read<Rows>(withinCypher(kind, projection), { ids })), toNodeOf([kind.label]));
  }
}

/** A place query's rows as inKeyOrder's: each id with its nodes. */
function itemsOf(rows: Rows[]): { id: string; items: Record<string, unknown>[] }[] {
  return rows.map((r) => ({ id: r.id, items: r.nodes }));
}
