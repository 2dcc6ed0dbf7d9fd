import { ENTITY_LABELS, Label, RelType } from "../graph/graph.model";
import type { RelationSpec } from "../graph/graph.relations";
import { rollupStart } from "../graph/graph.rollup";
import { cypherInt } from "../graph/graph.convert";
import { NODE, type NodeRow, type Projection } from "../graph/graph.node";
import { columns, list, nodeOf, number, orElse, type Statement, statement, string } from "../graph/graph.statement";

/**
 * A list field's paged read (issue #21: lists that can reach thousands page with first/after):
 * for each parent id, the distinct nodes `m` its `body` binds, ordered by `order` (stored
 * properties of `m`, the last one `id`, all non-null strings), paged by keyset in the statement:
 * the nodes after the cursor's key, `limit` of them. The count is a statement of its own,
 * run only when totalCount is selected. Snapshot-tested in test/cypher.
 */
export interface PagedRead {
  /** Unique per read: the request's loaders are keyed by it. */
  readonly key: string;
  /** The labels the nodes may have (the node's kind is told as cheaply as they allow). */
  readonly kinds: readonly Label[];
  /** Sort key, by stored properties of `m`, ending with `id`. */
  readonly order: readonly string[];
  /** Cypher lines binding `m` from the parent's `id` (may bind it more than once: nodes are made distinct). */
  readonly body: readonly string[];
  /** Parameters `body` names, besides $ids, $after and $limit. */
  readonly params?: Readonly<Record<string, unknown>>;
}

/** `m` sorts after `$after` (a key of `order`): m.a > k0 OR (m.a = k0 AND (m.b > k1 OR …)). */
function afterKey(order: readonly string[], i = 0): string {
  const here = `m.${order[i]}`;
  if (i === order.length - 1) return `${here} > $after[${i}]`;
  return `${here} > $after[${i}] OR (${here} = $after[${i}] AND (${afterKey(order, i + 1)}))`;
}

const indent = (lines: readonly string[]): string[] => lines.map((l) => `  ${l}`);

/** One page of `read` per `$ids` entry: `id, nodes`, nodes after `$after` (null: from the first), `$limit` of them. */
export const pageCypher = (read: PagedRead, projection: Projection): string =>
  [
    "UNWIND $ids AS id",
    "CALL (id) {",
    ...indent(read.body),
    "  WITH DISTINCT m",
    `  WHERE $after IS NULL OR ${afterKey(read.order)}`,
    `  WITH m ORDER BY ${read.order.map((p) => `m.${p}`).join(", ")} LIMIT $limit`,
    `  RETURN collect(${NODE("m", projection, read.kinds)}) AS nodes`,
    "}",
    "RETURN id, nodes",
  ].join("\n");

/** How many distinct nodes `read` lists per `$ids` entry: `id, total`. */
export const pageTotalCypher = (read: PagedRead): string =>
  ["UNWIND $ids AS id", "CALL (id) {", ...indent(read.body), "  RETURN count(DISTINCT m) AS total", "}", "RETURN id, total"].join("\n");

/** pageCypher for `ids`: nodes after the key `after`, `limit` of them. */
export const pageStatement = (
  read: PagedRead,
  ids: readonly string[],
  after: readonly unknown[] | null,
  limit: number,
  projection: Projection,
): Statement<{ id: string; nodes: NodeRow[] }> =>
  statement(pageCypher(read, projection), { ...read.params, ids, after, limit: cypherInt(limit) }, columns({ id: string, nodes: list(nodeOf(read.kinds)) }));

/** pageTotalCypher for `ids`. */
export const pageTotalStatement = (read: PagedRead, ids: readonly string[]): Statement<{ id: string; total: number }> =>
  statement(pageTotalCypher(read), { ...read.params, ids }, columns({ id: string, total: orElse(number, 0) }));

/** What a source mentions, by name and id (Source.mentionsConnection). */
export const SOURCE_MENTIONS: PagedRead = {
  key: "sourceMentions",
  kinds: ENTITY_LABELS,
  order: ["name", "id"],
  body: [`MATCH (:${Label.Source} {id: id})<-[:${RelType.MENTIONED_IN}]-(m:${Label.Entity})`],
};

/**
 * A relationship field's nodes (relatedNodesCypher's, of a spec of the model table: rolled up,
 * chained by `hops`), by name and id: what `<field>Connection` pages.
 */
export function relationRead(spec: RelationSpec): PagedRead {
  const rel = `[:${spec.types.join("|")}${spec.hops ? `*${spec.hops}` : ""}]`;
  const pattern = spec.direction === "OUT" ? `(s)-${rel}->(m)` : spec.direction === "IN" ? `(s)<-${rel}-(m)` : `(s)-${rel}-(m)`;
  return {
    key: `relation.${spec.key}`,
    kinds: spec.targets,
    order: ["name", "id"],
    body: [
      `MATCH (n:${spec.from} {id: id})`,
      ...(spec.rollup?.length ? [`CALL (n) {`, `  ${spec.rollup.map((r) => `MATCH ${rollupStart(r, "n", "s")} RETURN s`).join("\n  UNION\n  ")}`, `}`] : ["WITH n AS s"]),
      `MATCH ${pattern} WHERE ${spec.targets.map((l) => `m:${l}`).join(" OR ")}`,
    ],
  };
}
