import type { PagedRead } from "../entities/entities.module";
import type { PlaceLevel } from "../graph/graph.enums";
import { type KindSpec, Label, RelType } from "../graph/graph.model";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection } from "../graph/graph.node";
import { columns, list, nodeOf, type Statement, statement, string } from "../graph/graph.statement";
import { placeReach, placesUnder } from "../graph/graph.rollup";

/**
 * The places capability's statements, each for `$ids` (a batch of place ids) and returning
 * `id, nodes` with the properties of `projection` (all by default) and without labels: each
 * read's nodes are of one kind (shape them with toNodeOf). Snapshot-tested in test/cypher.
 *
 * The reads that reach thousands (descendants, roll-ups: 3,383 interventions in a province at
 * S3) return a row per node (`id, node`) instead: one collected row larger than a Bolt chunk
 * makes the driver decode each of its strings through every chunk (issue #21, bench Q5/Q16).
 * An id with nothing has no row.
 */

/** The places inside each place at any depth, by level then name; a row per place. */
export const descendantsCypher = (projection: Projection = ALL_PROPERTIES): string =>
  `UNWIND $ids AS id
MATCH (:${Label.Place} {id: id})<-[:${RelType.PART_OF}*1..]-(d:${Label.Place})
WITH id, d ORDER BY d.level, d.name
WITH DISTINCT id, d
RETURN id, ${NODE("d", projection, [Label.Place])} AS node`;

/** The places above each place, nearest first. */
export const ancestorsCypher = (projection: Projection = ALL_PROPERTIES): string =>
  `UNWIND $ids AS id
OPTIONAL MATCH path = (:${Label.Place} {id: id})-[:${RelType.PART_OF}*1..]->(a:${Label.Place})
WITH id, a, length(path) AS depth ORDER BY depth
RETURN id, collect(${NODE("a", projection, [Label.Place])}) AS nodes`;

/** The place roll-up of `kind`: what is tied (placeTie) to each place, anything inside it, or a unit merged into it; a row per node. */
export const withinCypher = (kind: KindSpec, projection: Projection = ALL_PROPERTIES): string =>
  [
    "UNWIND $ids AS id",
    `MATCH (anchor:${Label.Place} {id: id})`,
    ...placesUnder("anchor", "p"),
    `MATCH ${placeReach(kind, "n", "p")}`,
    `WHERE n:${kind.label}`,
    "WITH DISTINCT id, n ORDER BY n.name, n.id",
    `RETURN id, ${NODE("n", projection, [kind.label])} AS node`,
  ].join("\n");

/** The places inside a place at any depth (of one level, when given), by level, name and id. */
export function descendantsRead(level: PlaceLevel | null): PagedRead {
  return {
    key: `descendants.${level ?? "all"}`,
    kinds: [Label.Place],
    order: ["level", "name", "id"],
    body: [`MATCH (:${Label.Place} {id: id})<-[:${RelType.PART_OF}*1..]-(m:${Label.Place})`, ...(level ? ["WHERE m.level = $level"] : [])],
    params: level ? { level } : {},
  };
}

/** The place roll-up of `kind` (what is tied to the place, anything inside it, or a unit merged into it), or with `here` only what is tied to the place itself; by name and id. */
export function rollupRead(kind: KindSpec, here: boolean): PagedRead {
  const tie = kind.placeTie!;
  return {
    key: `${here ? "placeHere" : "within"}.${kind.label}`,
    kinds: [kind.label],
    order: ["name", "id"],
    body: here
      ? [`MATCH (:${Label.Place} {id: id})<-[:${tie.via.join("|")}]-(m:${kind.label})`]
      : [`MATCH (anchor:${Label.Place} {id: id})`, ...placesUnder("anchor", "p"), `MATCH ${placeReach(kind, "m", "p")}`, `WHERE m:${kind.label}`],
  };
}

/** A place read's row: a place id asked and the nodes found for it (one kind). */
export interface PlaceNodesRow {
  id: string;
  nodes: NodeRow[];
}

const placeNodes = (cypher: string, ids: readonly string[], kind: Label): Statement<PlaceNodesRow> =>
  statement(cypher, { ids }, columns({ id: string, nodes: list(nodeOf([kind])) }));

/** A row-per-node read's row: a place id asked and one node found for it. */
export interface PlaceNodeRow {
  id: string;
  node: NodeRow;
}

const placeNodeRows = (cypher: string, ids: readonly string[], kind: Label): Statement<PlaceNodeRow> => statement(cypher, { ids }, columns({ id: string, node: nodeOf([kind]) }));

/** descendantsCypher for `ids`. */
export const descendantsStatement = (ids: readonly string[], projection: Projection = ALL_PROPERTIES): Statement<PlaceNodeRow> =>
  placeNodeRows(descendantsCypher(projection), ids, Label.Place);

/** ancestorsCypher for `ids`. */
export const ancestorsStatement = (ids: readonly string[], projection: Projection = ALL_PROPERTIES): Statement<PlaceNodesRow> =>
  placeNodes(ancestorsCypher(projection), ids, Label.Place);

/** withinCypher for `ids`. */
export const withinStatement = (kind: KindSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Statement<PlaceNodeRow> =>
  placeNodeRows(withinCypher(kind, projection), ids, kind.label);
