import { KIND_LIST, Label, RelType } from "../graph/graph.model";
import type { BoundStatement } from "../module.type";
import { descendantsCypher, withinCypher } from "./place.cypher";

/** Only ids travel: a bound needs sizes, not properties. */
const ID_ONLY = ["id"];

/** Places without a parent: a place's descendants include all of its children's. */
const TOP_PLACES = `NOT EXISTS { (n)-[:${RelType.PART_OF}]->(:${Label.Place}) }`;

/**
 * Places whose roll-up can be the largest: a place with no unit below it and none merged into
 * it answers for itself alone, a subset of what its parent answers for (its parent's roll-up
 * includes it), so only parents, merged-into units and places without a parent are measured.
 */
const ROLLUP_PARENTS = `(EXISTS { (n)<-[:${RelType.PART_OF}|${RelType.SUCCEEDED_BY}]-(:${Label.Place}) } OR NOT EXISTS { (n)-[:${RelType.PART_OF}]->(:${Label.Place}) })`;

/** A row-per-node read (place.cypher.ts) as a row per place id with its count of nodes, `count`. */
const perId = (cypher: string): string => ["CALL () {", cypher, "}", "RETURN id, count(node) AS count"].join("\n");

/** The bounds of the places' own lists: descendants, and the roll-ups (the larger of with and without sub-places: with). */
export const PLACE_BOUNDS: readonly BoundStatement[] = [
  { label: Label.Place, cypher: perId(descendantsCypher(ID_ONLY)), sizes: { "Place.descendants": "count" }, parents: TOP_PLACES },
  ...KIND_LIST.filter((kind) => kind.placeTie).map((kind) => ({
    label: Label.Place,
    cypher: perId(withinCypher(kind, ID_ONLY)),
    sizes: { [`Place.${kind.plural}`]: "count" },
    parents: ROLLUP_PARENTS,
  })),
];
