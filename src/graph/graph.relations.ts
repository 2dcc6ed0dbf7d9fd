import { ENTITY_LABELS, type FieldSpec, Label, RELATIONSHIPS, type RelSpec, RelType, type Rollup } from "./graph.model";
import { ALL_PROPERTIES, NODE, type NodeRow, type Projection, REL } from "./graph.node";
import { columns, type Decoder, fields, list, map, node, nodeOf, oneOf, type Statement, statement, string } from "./graph.statement";
import { rollupStart } from "./graph.rollup";

/**
 * What one relationship read fetches: which types, which way, to which labels, rolled up how.
 * Specs are derived from the model table (one per relationship field) plus the provenance
 * reads below; the Cypher built from them interpolates only model constants.
 */
export interface RelationSpec {
  /** Unique per spec: the per-request loader of a spec is keyed by it. */
  readonly key: string;
  /** Label of the nodes the loader is keyed by (indexed id lookup). */
  readonly from: Label.Entity | Label.Source;
  readonly types: readonly RelType[];
  readonly direction: "OUT" | "IN" | "BOTH";
  readonly targets: readonly Label[];
  /** Count the relationships of what these roll-ups reach from the entity (graph.rollup.ts). */
  readonly rollup?: readonly Rollup[];
  /** A chain of `types`, e.g. "1..4"; the item reports the last relationship of the chain. */
  readonly hops?: string;
}

const spec = (s: RelationSpec): RelationSpec => Object.freeze(s);

/**
 * One relationship read as a field resolver asks it of the entities' loaders (and as they key
 * it): the spec, the projections of the related nodes and of the relationships, and the
 * relationship fields selected on the related nodes, read in the same statement
 * (entities/entity-nested.cypher.ts). The level above may run it inside its own statement and
 * prime the loader with the answer (entities/entity.cypher.ts listCypher).
 */
export interface RelatedRead {
  readonly spec: RelationSpec;
  readonly projection: Projection;
  readonly relProjection: Projection;
  readonly nested: readonly { readonly spec: RelationSpec; readonly projection: Projection }[];
}

/** The spec behind a relationship field of the model table. */
export function fieldRelation(rel: RelSpec, field: FieldSpec): RelationSpec {
  return spec({
    key: `${rel.type}.${field.name}.${field.on.join("+")}`,
    from: Label.Entity,
    types: [rel.type],
    direction: field.direction,
    targets: field.only ?? (field.direction === "OUT" ? rel.to : rel.from),
    rollup: field.rollup,
    hops: field.hops,
  });
}

/** A field of the model table with its relationship and spec. */
export interface DerivedField {
  readonly rel: RelSpec;
  readonly field: FieldSpec;
  readonly relation: RelationSpec;
}

/** Every relationship field of the model table. */
export const DERIVED_FIELDS: readonly DerivedField[] = RELATIONSHIPS.flatMap((rel) => rel.fields.map((field) => ({ rel, field, relation: fieldRelation(rel, field) })));

/** The field `name` on `label` from the model table (throws when the table has none: a programming error). */
export function derivedField(label: Label, name: string): DerivedField {
  const found = DERIVED_FIELDS.find((d) => d.field.name === name && d.field.on.includes(label));
  if (!found) throw new Error(`graph.model.ts declares no field ${name} on ${label}`);
  return found;
}

/** Reads that are not relationship fields of one kind: provenance, and relations of any type. */
export const Relations = {
  mentions: spec({ key: "mentions", from: Label.Entity, types: [RelType.MENTIONED_IN], direction: "OUT", targets: [Label.Source] }),
  mentionedIn: spec({ key: "mentionedIn", from: Label.Source, types: [RelType.MENTIONED_IN], direction: "IN", targets: ENTITY_LABELS }),
  all: spec({ key: "all", from: Label.Entity, types: RELATIONSHIPS.map((r) => r.type), direction: "BOTH", targets: ENTITY_LABELS }),
  /** The unit directly above a place. */
  placeParent: spec({ key: "placeParent", from: Label.Entity, types: [RelType.PART_OF], direction: "OUT", targets: [Label.Place] }),
  /** What is located in a place itself (place roll-ups with includeSubPlaces: false). */
  locatedHere: spec({ key: "locatedHere", from: Label.Entity, types: [RelType.LOCATED_IN], direction: "IN", targets: ENTITY_LABELS }),
  coveredBy: spec({ key: "coveredBy", from: Label.Entity, types: [RelType.COVERS], direction: "IN", targets: ENTITY_LABELS }),
} as const;

/**
 * Where a relationship read starts: the entities of `$ids`, or the node already bound to `n`
 * (the read inside another statement, per node of its answer: entities/entity.cypher.ts listCypher).
 */
export type RelatedStart = "ids" | "bound";

/** The start of every relationship read: the entity `n` and the nodes `s` whose relationships count for it. */
function startLines(spec: RelationSpec, start: RelatedStart = "ids"): string[] {
  return [
    ...(start === "ids" ? ["UNWIND $ids AS id", `MATCH (n:${spec.from} {id: id})`] : ["WITH n, n.id AS id"]),
    spec.rollup?.length ? `CALL (n) {\n  ${spec.rollup.map((r) => `MATCH ${rollupStart(r, "n", "s")} RETURN s`).join("\n  UNION\n  ")}\n}` : "WITH id, n, n AS s",
  ];
}

function patternOf(spec: RelationSpec): string {
  const types = spec.types.join("|");
  const length = spec.hops ? `*${spec.hops}` : "";
  const rel = `[rs:${types}${length}]`;
  const pattern = spec.direction === "OUT" ? `(s)-${rel}->(m)` : spec.direction === "IN" ? `(s)<-${rel}-(m)` : `(s)-${rel}-(m)`;
  return `OPTIONAL MATCH ${pattern} WHERE ${spec.targets.map((l) => `m:${l}`).join(" OR ")}`;
}

/**
 * For each `$ids` entry, the distinct nodes related through `spec`, sorted by name then id, as
 * `nodes`: what a relationship field lists. Only the nodes travel; relationship properties and
 * the roll-up's holders are not read. `projection`: which properties of the nodes (all by default);
 * the kind told as cheaply as the spec's targets allow (graph.node.ts NODE).
 */
export function relatedNodesCypher(spec: RelationSpec, projection: Projection = ALL_PROPERTIES): string {
  return [...startLines(spec), patternOf(spec), "WITH DISTINCT id, m ORDER BY m.name, m.id", `RETURN id, collect(${NODE("m", projection, spec.targets)}) AS nodes`].join("\n");
}

/**
 * The nodes related through `spec` to the node bound to `v`, as relatedNodesCypher lists them
 * for its id (distinct, by name then id, projected alike), as one Cypher expression (a COLLECT
 * subquery): a level below a relationship read, read in the same statement per related node
 * (entities/entity-nested.cypher.ts). Its own variables start with `${v}_`.
 */
export function relatedNodesExpression(spec: RelationSpec, v: string, projection: Projection = ALL_PROPERTIES): string {
  // Rolled up: the related nodes of what the roll-up reaches from `v`; else of `v` itself.
  const s = spec.rollup?.length ? `${v}_s` : v;
  const m = `${v}_m`;
  const types = spec.types.join("|");
  const rel = `[:${types}${spec.hops ? `*${spec.hops}` : ""}]`;
  const pattern = spec.direction === "OUT" ? `(${s})-${rel}->(${m})` : spec.direction === "IN" ? `(${s})<-${rel}-(${m})` : `(${s})-${rel}-(${m})`;
  const start = spec.rollup?.length ? [`CALL (${v}) { ${spec.rollup.map((r) => `MATCH ${rollupStart(r, v, s)} RETURN ${s}`).join(" UNION ")} }`] : [];
  return [
    "COLLECT {",
    ...start,
    `MATCH ${pattern} WHERE ${spec.targets.map((l) => `${m}:${l}`).join(" OR ")}`,
    `WITH DISTINCT ${m} ORDER BY ${m}.name, ${m}.id`,
    `RETURN ${NODE(m, projection, spec.targets)}`,
    "}",
  ].join(" ");
}

/**
 * For each `$ids` entry, the relationships of `spec` as `items` sorted by the related node's
 * name: the node, the relationship's properties (`rel`, with `__type`), which way it points, and
 * the id of its `holder` (the node it starts from: the entity itself or, rolled up, one of its
 * units, variants or interventions), with each holder's node once in `holders`. A `hops` spec
 * reports the last relationship of the chain. `projection` applies to nodes and holders alike,
 * `relProjection` to the relationship's properties.
 */
export function relatedCypher(
  spec: RelationSpec,
  projection: Projection = ALL_PROPERTIES,
  relProjection: Projection = ALL_PROPERTIES,
  /** More entries of each item's map (`key: expression` of the related node `m`), e.g. a level below it (entity-nested.cypher.ts). */
  itemExtras: readonly string[] = [],
  start: RelatedStart = "ids",
): string {
  const rel = spec.hops ? "last(rs)" : "rs";
  const direction = spec.hops ? `'${spec.direction === "IN" ? "IN" : "OUT"}'` : "CASE WHEN startNode(r) = s THEN 'OUT' ELSE 'IN' END";
  return [
    ...startLines(spec, start),
    patternOf(spec),
    `WITH id, s, ${rel} AS r, m ORDER BY m.name, m.id, s.name, s.id`,
    "WITH id, collect(CASE WHEN m IS NULL THEN null ELSE {",
    `  node: ${NODE("m", projection, spec.targets)}, holder: s.id, rel: ${REL("r", relProjection)}, direction: ${direction}${itemExtras.map((e) => `, ${e}`).join("")}`,
    `} END) AS items, collect(DISTINCT s) AS holders`,
    `RETURN id, items, [h IN holders | ${NODE("h", projection)}] AS holders`,
  ].join("\n");
}

/** A related node with the relationship's properties and which way it points (relatedStatement's items). */
export interface RelatedItemRow {
  node: NodeRow;
  rel: Record<string, unknown> & { __type: string };
  direction: "OUT" | "IN";
  /** The id of the node the relationship starts from (the entity, or rolled up one of its units, variants or interventions). */
  holder: string;
}

/** A relationship's properties as REL(v) returns them, with its type as `__type`. */
const relMap: Decoder<Record<string, unknown> & { __type: string }> = (v, path) => {
  const m = map(v, path);
  return { ...m, __type: string(m.__type, `${path}.__type`) };
};

/** relatedNodesCypher for `ids`: one row per id found, its related nodes. */
export const relatedNodesStatement = (spec: RelationSpec, ids: readonly string[], projection: Projection = ALL_PROPERTIES): Statement<{ id: string; nodes: NodeRow[] }> =>
  statement(relatedNodesCypher(spec, projection), { ids }, columns({ id: string, nodes: list(nodeOf(spec.targets)) }));

/** relatedCypher for `ids`: one row per id found, its items and their holders. */
export const relatedStatement = (
  spec: RelationSpec,
  ids: readonly string[],
  projection: Projection = ALL_PROPERTIES,
  relProjection: Projection = ALL_PROPERTIES,
): Statement<{ id: string; items: RelatedItemRow[]; holders: NodeRow[] }> =>
  statement(
    relatedCypher(spec, projection, relProjection),
    { ids },
    columns({
      id: string,
      items: list(fields({ node: nodeOf(spec.targets), rel: relMap, direction: oneOf(["OUT", "IN"] as const), holder: string })),
      holders: list(node),
    }),
  );
