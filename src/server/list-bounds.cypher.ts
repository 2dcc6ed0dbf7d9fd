import { KIND_LIST, kindOfLabel, Label, RelType } from "../graph/graph.model";
import { DERIVED_FIELDS, relatedCypher, relatedNodesCypher, Relations, type RelationSpec } from "../graph/graph.relations";
import { partnersCypher } from "../partners/partner.cypher";
import { descendantsCypher, withinCypher } from "../places/place.cypher";
import { number, orElse, type Statement, statement, string } from "../graph/graph.statement";

/**
 * How the data bounds the unpaged lists of the schema: for each list field (`Type.field`), the
 * batch statement its resolver's loader runs (over `$ids`, one row per id), and the Cypher
 * expression over that row giving how many items the field lists for that parent. Running the
 * statement over every node of `label` and taking the maximum gives the field's real bound
 * (list-bounds.ts); the statements are the loaders' own, so the bound is what the field returns,
 * not a guess. Lists not listed here (computed answers: planners, 3W rows…) keep COST_LIST_SIZE.
 */
export interface BoundStatement {
  /** Parents: every node of this label, by `id`. */
  readonly label: Label;
  /** The loader's batch statement for `$ids`; or, `whole`, one statement over the whole graph returning `b0`. */
  readonly cypher: string;
  /** `Type.field` → the size of that field's list in one row of `cypher` (in `b0, b1…` order). */
  readonly sizes: Readonly<Record<string, string>>;
  /** `cypher` reads the maximum itself in one statement (a degree count): no batches of ids. */
  readonly whole?: boolean;
  /** Only the parents `n` matching this condition can hold the largest list (the rest hold subsets). */
  readonly parents?: string;
}

/** Only ids travel: the bound needs sizes, not properties. */
const ID_ONLY = ["id"];

/** The ids of one batch of parents, in a stable order so batches do not overlap. */
export const boundIdsCypher = (statement: Pick<BoundStatement, "label" | "parents">): string =>
  `MATCH (n:${statement.label}) WHERE n.id > $after${statement.parents ? ` AND ${statement.parents}` : ""} RETURN n.id AS id ORDER BY id LIMIT toInteger($limit)`;

/** The ids of the batch of parents after `after` (at most `limit`). */
export const boundIdsStatement = (bound: Pick<BoundStatement, "label" | "parents">, after: string, limit: number): Statement<string> =>
  statement(boundIdsCypher(bound), { after, limit }, (row) => string(row.id, "row.id"));

/**
 * The largest of each size of `bound` (in `sizes` order), over every parent (`whole`) or over the
 * parents `ids`: one row; 0 where there is none.
 */
export const boundStatement = (bound: BoundStatement, ids: readonly string[] | null): Statement<number[]> =>
  statement(boundCypher(bound), ids ? { ids } : {}, (row) => Object.keys(bound.sizes).map((_, i) => orElse(number, 0)(row[`b${i}`], `row.b${i}`)));

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

/**
 * Places whose roll-up can be the largest: a place with no unit below it and none merged into
 * it answers for itself alone, a subset of what its parent answers for (its parent's roll-up
 * includes it), so only parents, merged-into units and places without a parent are measured.
 */
/** Places without a parent: a place's descendants include all of its children's. */
const TOP_PLACES = `NOT EXISTS { (n)-[:${RelType.PART_OF}]->(:${Label.Place}) }`;

const ROLLUP_PARENTS = `(EXISTS { (n)<-[:${RelType.PART_OF}|${RelType.SUCCEEDED_BY}]-(:${Label.Place}) } OR NOT EXISTS { (n)-[:${RelType.PART_OF}]->(:${Label.Place}) })`;

const own = (type: RelType, target: Label): RelationSpec => ({ key: `bound.${type}`, from: Label.Entity, types: [type], direction: "OUT", targets: [target] });

const ENTITY_KIND_LABELS = KIND_LIST.map((k) => k.label);

/** Every bound statement, derived from the model table and the capabilities' loaders. */
export function boundStatements(): BoundStatement[] {
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
    // Places: the hierarchy (ancestors: one item per path up, as ancestorsCypher lists them) and
    // the roll-ups (the larger of with and without sub-places: with).
    { label: Label.Place, cypher: descendantsCypher(ID_ONLY), sizes: { "Place.descendants": "size(nodes)" }, parents: TOP_PLACES },
    {
      label: Label.Place,
      whole: true,
      cypher: `MATCH (n:${Label.Place}) RETURN coalesce(max(COUNT { MATCH (n)-[:${RelType.PART_OF}*1..]->(:${Label.Place}) }), 0) AS b0`,
      sizes: { "Place.ancestors": "b0" },
    },
    ...KIND_LIST.filter((kind) => kind.placeTie).map((kind) => ({
      label: Label.Place,
      cypher: withinCypher(kind, ID_ONLY),
      sizes: { [`Place.${kind.plural}`]: "size(nodes)" },
      parents: ROLLUP_PARENTS,
    })),
    // Partners, and the shared activities of one partnership.
    {
      label: Label.Organization,
      cypher: partnersCypher(ID_ONLY, false),
      sizes: {
        "Organization.partners": "size(partners)",
        "Partnership.via": "reduce(most = 0, p IN partners | CASE WHEN size(p.shared) > most THEN size(p.shared) ELSE most END)",
      },
    },
  ];
}
