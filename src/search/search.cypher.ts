import { cypherInt } from "../graph/graph.convert";
import { columns, node, number, type Statement, statement } from "../graph/graph.statement";
import type { Label } from "../graph/graph.model";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection } from "../graph/graph.node";
import { SEARCH_INDEX } from "../graph/graph.schema";

/** A search hit: the node and how well it matched. */
export interface SearchHitRow {
  node: NodeRow;
  score: number;
}

/**
 * Full-text search over names and aliases. `words` must already be folded to [a-z0-9]
 * (foldDiacritics), which also keeps Lucene syntax out of the query. Every word must match,
 * exactly or as a prefix; exact matches score higher. The kind filter is added only when given.
 * `projection`: which properties of the hits (all by default).
 */
export function searchCypher(words: readonly string[], labels: readonly Label[] | null, limit: number, projection: Projection = ALL_PROPERTIES): Statement<SearchHitRow> {
  const params: Record<string, unknown> = { query: words.map((w) => `+(${w} ${w}*)`).join(" "), limit: cypherInt(limit) };
  const lines = [`CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node, score`];
  if (labels?.length) {
    params.labels = labels;
    lines.push("WHERE any(l IN labels(node) WHERE l IN $labels)");
  }
  // Sort and cut first: only the hits returned are projected, not every node the index matched.
  lines.push("WITH node, score ORDER BY score DESC, node.name LIMIT $limit", `RETURN ${NODE("node", projection)} AS node, score`);
  return statement(lines.join("\n"), params, columns({ node, score: number }));
}
