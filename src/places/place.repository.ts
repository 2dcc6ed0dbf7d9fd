import { inKeyOrder } from "../common/loaders";
import type { GraphExecutor } from "../graph/graph.executor";
import type { KindSpec } from "../graph/graph.model";
import { ALL_PROPERTIES, type NodeRow, type Projection } from "../graph/graph.node";
import { ancestorsStatement, descendantsStatement, type PlaceNodeRow, type PlaceNodesRow, withinStatement } from "./place.cypher";

/** The place hierarchy and the place roll-up: what lies in a place or anything inside it. */
export class PlaceRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** For each place id: the places inside it at any depth (districts, communes, villages), by level then name. */
  async descendants(ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return nodeRowsInKeyOrder(ids, await this.graph.run(descendantsStatement(ids, projection)));
  }

  /** For each place id: the places above it, nearest first (commune → district → province). */
  async ancestors(ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return nodesInKeyOrder(ids, await this.graph.run(ancestorsStatement(ids, projection)));
  }

  /**
   * For each place id: the entities of `kind` tied to it or to anything inside it (by the kind's
   * placeTie), including units the July 2025 reorganisation merged into it. This is the place roll-up.
   */
  async within(kind: KindSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Promise<NodeRow[][]> {
    return nodeRowsInKeyOrder(ids, await this.graph.run(withinStatement(kind, ids, projection)));
  }
}

/** A place read's nodes for each id, in key order. */
function nodesInKeyOrder(ids: readonly string[], rows: PlaceNodesRow[]): NodeRow[][] {
  return inKeyOrder(
    ids,
    rows.map((r) => ({ id: r.id, items: r.nodes })),
    (n) => n,
  );
}

/** A row-per-node read's nodes for each id, in key order, each id's in the order of its rows. */
function nodeRowsInKeyOrder(ids: readonly string[], rows: PlaceNodeRow[]): NodeRow[][] {
  const byId = new Map<string, NodeRow[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.id)?.push(row.node);
  return ids.map((id) => byId.get(id) ?? []);
}
