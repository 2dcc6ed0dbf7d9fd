import type { NodeRow, Projection } from "../graph/graph.node";
import { relatedCypher, type RelatedItemRow, type RelatedStart, relatedNodesExpression, relatedStatement, type RelationSpec } from "../graph/graph.relations";
import { list, map, nodeOf, type Statement, statement } from "../graph/graph.statement";

/**
 * One round trip for two levels of a selection (issue #21, bench Q6): a relationship read
 * (relatedCypher, e.g. an organization's involvements) and, in the same statement, the
 * relationship fields selected on the nodes it returns (e.g. each intervention's models), each
 * read as its own loader would read it (relatedNodesExpression: the same nodes, order and
 * projection as relatedNodesCypher), so that its answer primes that loader. The level below is
 * read per related node, inside each item (`nested<i>`), not by a second lookup of the related
 * nodes by id over one collected row: at S3 (100 organizations, 2,210 involvements) that second
 * lookup took longer than the read it followed. Snapshot-tested in test/cypher.
 */

/** A relationship field selected on the nodes of a relationship read: its spec and its nodes' projection. */
export interface NestedRead {
  readonly spec: RelationSpec;
  readonly projection: Projection;
}

/** relatedCypher(spec) whose items also carry, for each of `nested`, the related node's nodes through it as `nested<i>`. Rows `id, items, holders`. */
export function relatedWithNestedCypher(spec: RelationSpec, projection: Projection, relProjection: Projection, nested: readonly NestedRead[], start: RelatedStart = "ids"): string {
  return relatedCypher(
    spec,
    projection,
    relProjection,
    nested.map((n, i) => `nested${i}: ${relatedNodesExpression(n.spec, "m", n.projection)}`),
    start,
  );
}

/** What relatedWithNestedCypher returns per id: relatedStatement's row, and per nested read the related nodes' own nodes by node id. */
export interface RelatedWithNestedRow {
  outer: { id: string; items: RelatedItemRow[]; holders: NodeRow[] };
  nested: { id: string; nodes: NodeRow[] }[][];
}

/** relatedWithNestedCypher for `ids`: each row decoded as relatedStatement's, and each item's nested reads as relatedNodesStatement's nodes. */
export function relatedWithNestedStatement(
  spec: RelationSpec,
  ids: readonly string[],
  projection: Projection,
  relProjection: Projection,
  nested: readonly NestedRead[],
): Statement<RelatedWithNestedRow> {
  const outerRow = relatedStatement(spec, ids, projection, relProjection).decode;
  const nestedNodes = nested.map((n) => list(nodeOf(n.spec.targets)));
  const items = list(map);
  return statement(relatedWithNestedCypher(spec, projection, relProjection, nested), { ids }, (row) => {
    const outer = outerRow(row);
    const raw = items(row.items, "row.items");
    return {
      outer,
      nested: nestedNodes.map((decode, i) => outer.items.map((item, j) => ({ id: item.node.id, nodes: decode(raw[j][`nested${i}`], `row.items[${j}].nested${i}`) }))),
    };
  });
}
