import type { NodeRow, Projection } from "../graph/graph.node";
import { relatedCypher, relatedNodesCypher, type RelatedItemRow, relatedStatement, type RelationSpec } from "../graph/graph.relations";
import { columns, list, map, nodeOf, type Statement, statement, string } from "../graph/graph.statement";

/**
 * One round trip for two levels of a selection (issue #21, bench Q6): a relationship read
 * (relatedCypher, e.g. an organization's involvements) and, in the same statement, the
 * relationship fields selected on the nodes it returns (relatedNodesCypher, e.g. each
 * intervention's models), each read exactly as its own loader would read it, so that its
 * answer primes that loader. Both reads start with `UNWIND $ids AS id`; the nested one gets its
 * ids from the first read's nodes instead of a parameter. Snapshot-tested in test/cypher.
 */

/** A relationship field selected on the nodes of a relationship read: its spec and its nodes' projection. */
export interface NestedRead {
  readonly spec: RelationSpec;
  readonly projection: Projection;
}

const START = "UNWIND $ids AS id\n";

/** `cypher` (a batched read starting `UNWIND $ids AS id`) for the ids in the Cypher list `ids` instead. */
function over(cypher: string, ids: string): string {
  if (!cypher.startsWith(START)) throw new Error("a nested read must start with UNWIND $ids AS id");
  return `UNWIND ${ids} AS id\n${cypher.slice(START.length)}`;
}

const indent = (text: string): string =>
  text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");

/**
 * relatedCypher(spec) for `$ids` as `outer` (a list of its rows), and for each of `nested`, its
 * relatedNodesCypher over the distinct ids of the outer read's nodes as `nested<i>` (a list of
 * `{id, nodes}`). One row.
 */
export function relatedWithNestedCypher(spec: RelationSpec, projection: Projection, relProjection: Projection, nested: readonly NestedRead[]): string {
  const parts = [`CALL () {\n${indent(relatedCypher(spec, projection, relProjection))}\n}`, "WITH collect({id: id, items: items, holders: holders}) AS outer"];
  const carried = ["outer"];
  nested.forEach((n, i) => {
    parts.push(
      `OPTIONAL CALL (outer) {`,
      `  UNWIND outer AS row`,
      `  UNWIND row.items AS item`,
      `  WITH collect(DISTINCT item.node.id) AS ids`,
      indent(over(relatedNodesCypher(n.spec, n.projection), "ids")),
      `}`,
      `WITH ${carried.join(", ")}, collect(CASE WHEN id IS NULL THEN null ELSE {id: id, nodes: nodes} END) AS nested${i}`,
    );
    carried.push(`nested${i}`);
  });
  parts.push(`RETURN ${carried.join(", ")}`);
  return parts.join("\n");
}

/** What relatedWithNestedCypher returns: the outer read's rows, and per nested read its rows. */
export interface RelatedWithNestedRow {
  outer: { id: string; items: RelatedItemRow[]; holders: NodeRow[] }[];
  nested: { id: string; nodes: NodeRow[] }[][];
}

/** relatedWithNestedCypher for `ids`: the outer rows decoded as relatedStatement's, each nested read's as relatedNodesStatement's. */
export function relatedWithNestedStatement(
  spec: RelationSpec,
  ids: readonly string[],
  projection: Projection,
  relProjection: Projection,
  nested: readonly NestedRead[],
): Statement<RelatedWithNestedRow> {
  const outerRow = relatedStatement(spec, ids, projection, relProjection).decode;
  const nestedRows = nested.map((n) => columns({ id: string, nodes: list(nodeOf(n.spec.targets)) }));
  const rows = list(map);
  return statement(relatedWithNestedCypher(spec, projection, relProjection, nested), { ids }, (row) => ({
    outer: rows(row.outer, "outer").map(outerRow),
    nested: nestedRows.map((decode, i) => rows(row[`nested${i}`], `nested${i}`).map(decode)),
  }));
}
