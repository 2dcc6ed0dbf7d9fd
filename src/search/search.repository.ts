import type { GraphExecutor } from "../graph/graph.executor";
import type { Label } from "../graph/graph.model";
import { ALL_PROPERTIES, type NodeRow, type Projection, toNode } from "../graph/graph.node";
import { searchCypher } from "./search.cypher";

export interface SearchHitRow {
  node: NodeRow;
  score: number;
}

export class SearchRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /** Search hits, best first (see searchCypher for the matching rules). */
  async search(words: string[], labels: Label[] | null, limit: number, projection: Projection = ALL_PROPERTIES): Promise<SearchHitRow[]> {
    const { cypher, params } = searchCypher(words, labels, limit, projection);
    const rows = await this.graph.read<{ node: Record<string, unknown>; score: number }>(cypher, params);
    return rows.map((r) => ({ node: toNode(r.node), score: r.score }));
  }
}
