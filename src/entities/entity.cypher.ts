import { cypherInt } from "../graph/graph.convert";
import { type CypherStatement, statementParams } from "../graph/graph.executor";
import { type KindSpec, Label } from "../graph/graph.model";
import { ALL_PROPERTIES, NODE, type Projection } from "../graph/graph.node";
import { periodOverlap } from "../graph/graph.period";
import { placeReach, placesUnder, placeWithin } from "../graph/graph.rollup";

/** Filters a list may apply; property names in `equals` come from the model table, never from clients. */
export interface ListFilter {
  /** Already folded with foldDiacritics: every word must occur in a name or alias. */
  words?: string[];
  equals?: Record<string, string>;
  /** Entities tied to this place or anything inside it (or its 2025 predecessors), by the kind's placeTie. */
  place?: string;
  /** Places inside this one (Place lists only). */
  within?: string;
  /** Overlap with [from, to], ISO dates (graph.period.ts); entities without dates only with includeUndated. */
  from?: string;
  to?: string;
  includeUndated?: boolean;
}

/** A keyset page: rows after the (name, id) key, `limit` of them. */
export interface ListPage {
  after: readonly [string, string] | null;
  limit: number;
}

/**
 * One page of entities of `kind` matching `filter`, by name then id, and with `withCount` the
 * number of all matching entities, in one statement: `RETURN nodes[, total]`. Only the filters
 * given add clauses and parameters. A place filter starts at the place (and the units merged
 * into it), walks down to the places inside, then to the entities tied to them. `projection`:
 * which properties of the page's nodes (all by default).
 */
export function listCypher(kind: KindSpec, filter: ListFilter, page: ListPage, withCount: boolean, projection: Projection = ALL_PROPERTIES): CypherStatement {
  const { params, param } = statementParams();
  const lines: string[] = [];
  const where: string[] = [];
  if (filter.place) {
    lines.push(
      `MATCH (anchor:${Label.Place} {id: ${param("place", filter.place)}})`,
      ...placesUnder("anchor", "p"),
      `MATCH ${placeReach(kind, "n", "p")}`,
      `WHERE n:${kind.label}`,
      "WITH DISTINCT n",
    );
  } else {
    lines.push(`MATCH (n:${kind.label})`);
  }
  if (filter.words?.length) where.push(`all(w IN ${param("words", filter.words)} WHERE n.searchText CONTAINS w)`);
  for (const [i, [prop, value]] of Object.entries(filter.equals ?? {}).entries()) {
    if (!(prop in kind.props)) throw new Error(`${prop} is not a property of ${kind.label}`);
    where.push(`n.${prop} = ${param(`eq${i}`, value)}`);
  }
  if (filter.within) where.push(placeWithin("n", param("within", filter.within)));
  const period = periodOverlap("n", filter.from ? param("from", filter.from) : null, filter.to ? param("to", filter.to) : null, !!filter.includeUndated);
  if (period) where.push(period);
  if (where.length) lines.push(`WHERE ${where.join("\n  AND ")}`);

  const after = page.after ? `WHERE n.name > ${param("afterName", page.after[0])} OR (n.name = $afterName AND n.id > ${param("afterId", page.after[1])})` : "";
  const limit = param("limit", cypherInt(page.limit));
  if (withCount) {
    lines.push(
      "WITH collect(n) AS matching",
      "CALL (matching) {",
      "  UNWIND matching AS n",
      ...(after ? [`  WITH n ${after}`] : []),
      `  WITH n ORDER BY n.name, n.id LIMIT ${limit}`,
      `  RETURN collect(${NODE("n", projection, [kind.label])}) AS nodes`,
      "}",
      "RETURN nodes, size(matching) AS total",
    );
  } else {
    lines.push(...(after ? [`WITH n ${after}`] : []), `WITH n ORDER BY n.name, n.id LIMIT ${limit}`, `RETURN collect(${NODE("n", projection, [kind.label])}) AS nodes`);
  }
  return { cypher: lines.join("\n"), params };
}
