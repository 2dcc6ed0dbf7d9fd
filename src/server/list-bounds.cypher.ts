import { KIND_LIST, kindOfLabel, Label, RelType } from "../graph/graph.model";
import { DERIVED_FIELDS, relatedCypher, relatedNodesCypher, Relations, type RelationSpec } from "../graph/graph.relations";
import type { BoundStatement } from "../module.type";
import { number, orElse, type Statement, statement, string } from "../graph/graph.statement";

export type { BoundStatement } from "../module.type";

/** Only ids travel: the bound needs sizes, not properties. */
export const ID_ONLY = ["id"];

/** The ids of one batch of parents, in a stable order so batches do not overlap. */
export const boundIdsCypher = (statement: Pick<BoundStatement, "label" | "parents">): string =>
  `MATCH (n:${statement.label}) WHERE n.id > $after${statement.parents ? ` AND ${statement.parents}` : ""} RETURN n.id AS id ORDER BY id LIMIT toInteger($limit)`;

/**
 * The first line of every list-bound statement: they run in the background, not for a request, and
 * the tag tells them apart in the database's query log and in the benchmark's statement capture.
 */
export const LIST_BOUNDS_TAG = "// background: list bounds";

/** The ids of the batch of parents after `after` (at most `limit`). */
export const boundIdsStatement = (bound: Pick<BoundStatement, "label" | "parents">, after: string, limit: number): Statement<string> =>
  statement(`${LIST_BOUNDS_TAG}\n${boundIdsCypher(bound)}`, { after, limit }, (row) => string(row.id, "row.id"));

/**
 * The largest of each size of `bound` (in `sizes` order), over every parent (`whole`) or over the
 * parents `ids`: one row; 0 where there is none.
 */
export const boundStatement = (bound: BoundStatement, ids: readonly string[] | null): Statement<number[]> =>
  statement(`${LIST_BOUNDS_TAG}\n${boundCypher(bound)}`, ids ? { ids } : {}, (row) => Object.keys(bound.sizes).map((_, i) => orElse(number, 0)(row[`b${i}`], `row.b${i}`)));

/** The largest of each size over the rows of the statement, as `b0, b1, …` (0 when no row). */
export const boundCypher = (statement: BoundStatement): string =>
  statement.whole
    ? statement.cypher
    : [
        "CALL () {",
        statement.cypher,
        "}",
        `RETURN ${Object.values(statement.sizes)
          .map((size, i) => `coalesce(max(${size}), 0) AS b${i}`)
          .join(", ")}`,
      ].join("\n");

const typeOf = (label: Label): string => kindOfLabel(label)?.typeName ?? label;

/**
 * A plain relationship read (no roll-up, no chain) bounded by one degree count over every node
 * of the label: the relationships a loader lists (mentions, relations, edge fields) exactly, the
 * distinct nodes it lists from above. One statement, read from the store's degrees.
 */
function degree(spec: RelationSpec, label: Label, field: string): BoundStatement {
  const rel = `[:${spec.types.join("|")}]`;
  const pattern = spec.direction === "OUT" ? `(n)-${rel}->(m)` : spec.direction === "IN" ? `(n)<-${rel}-(m)` : `(n)-${rel}-(m)`;
  return {
    label,
    whole: true,
    cypher: `MATCH (n:${label}) RETURN coalesce(max(COUNT { MATCH ${pattern} WHERE ${spec.targets.map((l) => `m:${l}`).join(" OR ")} }), 0) AS b0`,
    sizes: { [`${typeOf(label)}.${field}`]: "b0" },
  };
}

const plain = (spec: RelationSpec): boolean => !spec.rollup?.length && !spec.hops;

/** Items (relationships) of a spec, per label of its parents: mentions, relations, edge fields. */
const items = (spec: RelationSpec, labels: readonly Label[], field: string): BoundStatement[] =>
  labels.map((label) =>
    plain(spec) ? degree(spec, label, field) : { label, cypher: relatedCypher(spec, ID_ONLY, ID_ONLY), sizes: { [`${typeOf(label)}.${field}`]: "size(items)" } },
  );

/** Distinct related nodes of a spec, per label of its parents: the model table's node fields. */
const nodes = (spec: RelationSpec, labels: readonly Label[], field: string): BoundStatement[] =>
  labels.map((label) => (plain(spec) ? degree(spec, label, field) : { label, cypher: relatedNodesCypher(spec, ID_ONLY), sizes: { [`${typeOf(label)}.${field}`]: "size(nodes)" } }));

const own = (type: RelType, target: Label): RelationSpec => ({ key: `bound.${type}`, from: Label.Entity, types: [type], direction: "OUT", targets: [target] });

const ENTITY_KIND_LABELS = KIND_LIST.map((k) => k.label);

/**
 * The bound statements derived from the model table: its relationship fields, the fields every
 * kind has, the sources, a place's ancestors. The capabilities add their own lists' (places'
 * roll-ups, partners), through their modules; composition.ts boundStatements() holds them all.
 */
export function graphBoundStatements(): BoundStatement[] {
  return [
    // The model table's relationship fields: node lists, and edge lists (involvements, participants…).
    ...DERIVED_FIELDS.flatMap(({ field, relation }) => (field.edge ? items(relation, field.on, field.name) : nodes(relation, field.on, field.name))),
    // Fields every kind has.
    ...items(Relations.mentions, ENTITY_KIND_LABELS, "mentions"),
    ...items(Relations.all, ENTITY_KIND_LABELS, "relations"),
    ...items(own(RelType.HAS_METRIC, Label.Metric), ENTITY_KIND_LABELS, "metrics"),
    ...items(own(RelType.HAS_CLAIM, Label.Claim), ENTITY_KIND_LABELS, "claims"),
    ...ENTITY_KIND_LABELS.map((label) => ({
      label,
      whole: true,
      cypher: `MATCH (n:${label}) RETURN coalesce(max(size(coalesce(n.aliases, []))), 0) AS b0`,
      sizes: { [`${typeOf(label)}.aliases`]: "b0" },
    })),
    // The unpaged root list of sources.
    { label: Label.Source, whole: true, cypher: `MATCH (s:${Label.Source}) RETURN count(s) AS b0`, sizes: { "Query.sources": "b0" } },
    // What a source mentions.
    degree(Relations.mentionedIn, Label.Source, "mentions"),
    // A place's ancestors: one item per path up, as places/ ancestorsCypher lists them.
    {
      label: Label.Place,
      whole: true,
      cypher: `MATCH (n:${Label.Place}) RETURN coalesce(max(COUNT { MATCH (n)-[:${RelType.PART_OF}*1..]->(:${Label.Place}) }), 0) AS b0`,
      sizes: { "Place.ancestors": "b0" },
    },
  ];
}
