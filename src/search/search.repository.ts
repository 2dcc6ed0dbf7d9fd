import { cypherInt } from "../graph/graph.convert";
import type { GraphExecutor } from "../graph/graph.executor";
import type { Label } from "../graph/graph.model";
import { SEARCH_INDEX } from "../graph/graph.schema";
import { NODE } from "../entity/entity.repository";
import { type NodeValue, toNode } from "../entity/entity.mapper";

export interface SearchHitRow {
  node: NodeValue;
  score: number;
}

export class SearchRepository {
  constructor(private readonly graph: GraphExecutor) {}

  /**
   * Full-text search over names and aliases. `words` must already be folded to [a-z0-9]
   * (foldDiacritics), which also keeps Lucene syntax out of the query. Every word must match,
   * exactly or as a prefix; exact matches score higher.
   */
  async search(words: string[], labels: Label[] | null, limit: number): Promise<SearchHitRow[]> {
    const query = words.map((w) => `+(${w} ${w}*)`).join(" ");
    const rows = await this.graph.read<{ node: Record<string, unknown>; score: number }>(
      `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score
       WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
       RETURN ${NODE("node")} AS node, score ORDER BY score DESC, node.name LIMIT $limit`,
      { query, labels, limit: cypherInt(limit) },
    );
    return rows.map((r) => ({ node: toNode(r.node), score: r.score }));
  }
}
