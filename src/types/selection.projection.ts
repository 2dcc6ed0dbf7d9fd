import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import { KIND_LIST } from "../graph/graph.model";
import { ALL_PROPERTIES, type Projection } from "../graph/graph.node";
import { DERIVED_FIELDS } from "../graph/graph.relations";

/**
 * Which stored properties a GraphQL selection reads from the nodes it is asked of, so that a
 * read returns only those (graph.node.ts NODE) instead of every property of thousands of nodes.
 *
 * Contract: the answer is a superset of what the selection's resolvers read. A field that is a
 * stored property (the Entity fields, the model table's kind properties, `period`) adds its
 * properties; a field known to need only the node's id (relationship fields, roll-ups, place
 * hierarchy, provenance, partners) adds nothing; any other field — including the edge fields
 * (involvements…), whose answer can hand the node itself on to a deeper selection — makes the
 * read return every property.
 */

const PERIOD = ["startDate", "endDate", "startDatePrecision", "endDatePrecision"];

/** GraphQL field → the stored properties it reads. */
const STORED = new Map<string, readonly string[]>([
  ...["id", "name", "nameEn", "aliases", "description", "note"].map((f): [string, string[]] => [f, [f]]),
  ...KIND_LIST.flatMap((k) => Object.keys(k.props)).map((p): [string, string[]] => [p, [p]]),
  ["period", PERIOD],
]);

const EDGE_FIELDS = new Set(DERIVED_FIELDS.filter((d) => d.field.edge).map((d) => d.field.name));

/**
 * Fields resolved from the node's id alone, never handing the node itself on: the model table's
 * relationship fields and roll-ups, the entities capability's provenance fields, and those the
 * other capabilities declare for their own fields (idOnlyFields).
 */
const BY_ID = new Set(
  [
    ...DERIVED_FIELDS.filter((d) => !d.field.edge).map((d) => d.field.name),
    ...KIND_LIST.filter((k) => k.placeTie).map((k) => k.plural),
    "mentions",
    "metrics",
    "claims",
    "relations",
  ].filter((name) => !EDGE_FIELDS.has(name) && !STORED.has(name)),
);

/**
 * Declares fields a capability adds to the entity types (Place.parent, Organization.partners,
 * LivelihoodModel.spread…) as resolved from the node's id alone: a selection of them needs no
 * property of the node. The capability that owns a field declares it, where it defines it.
 * A stored property or an edge field of the model table keeps its own rule.
 */
export function idOnlyFields(...names: string[]): void {
  for (const name of names) if (!EDGE_FIELDS.has(name) && !STORED.has(name)) BY_ID.add(name);
}

/** The fields selected in `sets`, by name, through inline fragments and fragment spreads. */
function fieldsIn(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        out.set(name, [...(out.get(name) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (fragment && !seen.has(name)) visit(fragment.selectionSet, new Set([...seen, name]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

const selectionSets = (fields: readonly FieldNode[]): SelectionSetNode[] => fields.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s);

/**
 * The properties the nodes under the resolved field need: those the field's own selection reads
 * (`paths` = [[]]), or the union over sub-paths, e.g. [["nodes"]] for a page's nodes or
 * [["actor"], ["activity"]] for the two node ends of an Involvement. `extra` names properties
 * the resolver itself reads (e.g. `level` to filter on). Null: read every property.
 */
export function projectionOf(info: GraphQLResolveInfo, paths: readonly (readonly string[])[] = [[]], extra: readonly string[] = []): Projection {
  const props = new Set<string>(extra);
  for (const path of paths) {
    let sets = selectionSets(info.fieldNodes);
    for (const step of path) sets = selectionSets(fieldsIn(sets, info.fragments).get(step) ?? []);
    for (const name of fieldsIn(sets, info.fragments).keys()) {
      if (name === "__typename" || BY_ID.has(name)) continue;
      const stored = STORED.get(name);
      if (!stored) return ALL_PROPERTIES;
      for (const p of stored) props.add(p);
    }
  }
  return [...props].sort();
}

/**
 * Whether the resolved field's selection reaches `path` (through inline fragments and fragment
 * spreads), e.g. ["totalCount"]: rows and count come in one statement only when both are
 * wanted; ["via", "provenance"]: quotes travel only when asked for.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let sets = selectionSets(info.fieldNodes);
  for (const [i, step] of path.entries()) {
    const fields = fieldsIn(sets, info.fragments).get(step) ?? [];
    if (!fields.length) return false;
    if (i === path.length - 1) return true;
    sets = selectionSets(fields);
  }
  return true;
}
