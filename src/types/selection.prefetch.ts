import { type FieldNode, getArgumentValues, getNamedType, type GraphQLObjectType, type GraphQLResolveInfo, isObjectType, Kind, type SelectionSetNode } from "graphql";
import type { BaseContext } from "../context.type";
import { type NodeRow, projectionKey, toNode } from "../graph/graph.node";
import type { RelatedRead } from "../graph/graph.relations";

/**
 * Reads started before the parent is read (issue #21: levels do not wait on each other). A field
 * resolved from its parent's id alone (a relationship field, a roll-up, partners, descendants…)
 * can start its batched read as soon as the id is known: `organization(id: $id) { partners }`
 * knows the id from its argument, so the partners read runs alongside the lookup instead of
 * after it. The prefetch calls the field's own resolver with the same arguments and the same
 * selection the real call will have: its DataLoader read is keyed identically (projection,
 * relationship properties…), so when GraphQL later resolves the field, the loader answers from
 * the read already under way. What the prefetch resolves to is dropped; its errors are reported
 * by the real call, which gets the same (cached) rejection.
 */

/** A field resolver a prefetch may call: reads only `root.id` to start its loads. Method syntax: each registers with its own context type. */
interface Prefetcher {
  resolve(root: NodeRow, args: Record<string, unknown>, ctx: BaseContext, info: GraphQLResolveInfo): unknown;
}

const PREFETCH = new Map<string, Prefetcher>();

/** Declares `typeName.fieldName` as resolved from its parent's id alone, by `resolve` (the field's own resolver). */
export function prefetchable<C extends BaseContext>(
  typeName: string,
  fieldName: string,
  resolve: (root: NodeRow, args: Record<string, unknown>, ctx: C, info: GraphQLResolveInfo) => unknown,
): void {
  const prefetcher: { resolve: typeof resolve } = { resolve };
  PREFETCH.set(`${typeName}.${fieldName}`, prefetcher);
}

/** The fields of `set` (through fragments spreads and inline fragments without a type or of `typeName` or an interface), by response key. */
function fieldsByKey(info: GraphQLResolveInfo, typeName: string, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const applies = (condition: string | undefined): boolean => !condition || condition === typeName || !isObjectType(info.schema.getType(condition));
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        out.set(key, [...(out.get(key) ?? []), s]);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value)) visit(s.selectionSet, seen);
      } else {
        const fragment = info.fragments[s.name.value];
        if (fragment && !seen.has(s.name.value) && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return out;
}

/**
 * Starts the reads of the prefetchable fields selected under the resolved field, for the node
 * of `typeName` with `id` the field will return (not yet read). Never throws, never rejects.
 */
export function prefetchChildren(typeName: string, id: string, ctx: BaseContext, info: GraphQLResolveInfo): void {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return;
  const sets = info.fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s);
  const root = toNode({ id });
  forEachSelected(info, type, sets, PREFETCH, (prefetcher, args, childInfo) => {
    void Promise.resolve(prefetcher.resolve(root, args, ctx, childInfo)).catch(() => undefined);
  });
}

/**
 * Calls `use` for each field of `type` selected in `sets` that `registry` declares (keyed
 * `Type.field`), with its arguments and the info its resolver will get. Left out: a response key
 * shared by different fields, and a field whose arguments the real call will refuse (it reports
 * them) or whose `use` throws.
 */
function forEachSelected<T>(
  info: GraphQLResolveInfo,
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  registry: ReadonlyMap<string, T>,
  use: (entry: T, args: Record<string, unknown>, childInfo: GraphQLResolveInfo) => void,
): void {
  for (const [key, nodes] of fieldsByKey(info, type.name, sets)) {
    const name = nodes[0].name.value;
    const entry = registry.get(`${type.name}.${name}`);
    const field = type.getFields()[name];
    if (entry === undefined || !field || nodes.some((n) => n.name.value !== name)) continue;
    try {
      const args = getArgumentValues(field, nodes[0], info.variableValues);
      use(entry, args, { ...info, fieldName: name, fieldNodes: nodes, returnType: field.type, parentType: type, path: { prev: info.path, key, typename: type.name } });
    } catch {
      // Arguments the real call will refuse: it reports them; nothing to start or read along.
    }
  }
}

/**
 * The fields GraphQL will resolve on a node of `typeName` found under `step` of the resolved
 * field (whose type is `parentType`), by response key: e.g. what an Involvement's `activity`
 * selects when it is an Intervention. Each entry is the field nodes a resolver of that field
 * gets as `info.fieldNodes`.
 */
export function fieldsAt(info: GraphQLResolveInfo, parentType: string, step: string, typeName: string): Map<string, FieldNode[]> {
  const sets = info.fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s);
  const under = (fieldsByKey(info, parentType, sets).get(step) ?? []).filter((f) => f.name.value === step);
  return fieldsByKey(
    info,
    typeName,
    under.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s),
  );
}

/**
 * Reads the level above may run in its own statement (issue #21, bench Q6: a list of
 * organizations and their involvements in one round trip). A field resolver that reads its
 * parent's relationships through the entities' loaders declares which read it will ask for a
 * given selection (graph.relations.ts RelatedRead, keyed as the loader is); the statement reading
 * the parents reads it along, per parent, and primes that loader, so the field resolves without
 * a statement of its own.
 */
const EMBED = new Map<string, (args: Record<string, unknown>, info: GraphQLResolveInfo) => RelatedRead | null>();

/** Declares that `typeName.fieldName` reads `read(args, info)` through the entities' loaders (null: nothing to read along). */
export function embeddable(typeName: string, fieldName: string, read: (args: Record<string, unknown>, info: GraphQLResolveInfo) => RelatedRead | null): void {
  EMBED.set(`${typeName}.${fieldName}`, read);
}

/** A RelatedRead's identity: two selections asking the same read share one. */
export const relatedReadKey = (read: RelatedRead): string =>
  [read.spec.key, projectionKey(read.projection), projectionKey(read.relProjection), ...read.nested.map((n) => `${n.spec.key}:${projectionKey(n.projection)}`)].join("|");

/**
 * The embeddable reads selected on the nodes of `typeName` the resolved field returns under each
 * path of `at` (e.g. a connection's `nodes` and `edges.node`), once per read: what the statement
 * reading those nodes may read along. Fields whose arguments are refused are left to their resolver.
 */
export function embeddedReads(info: GraphQLResolveInfo, typeName: string, at: readonly (readonly string[])[]): RelatedRead[] {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return [];
  const reads = new Map<string, RelatedRead>();
  for (const path of at) {
    let sets = info.fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s);
    let parent = getNamedType(info.returnType);
    for (const step of path) {
      if (!isObjectType(parent)) return [];
      const fields = (fieldsByKey(info, parent.name, sets).get(step) ?? []).filter((f) => f.name.value === step);
      sets = fields.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => !!s);
      parent = getNamedType(parent.getFields()[step]?.type);
    }
    if (!sets.length) continue;
    forEachSelected(info, type, sets, EMBED, (read, args, childInfo) => {
      const found = read(args, childInfo);
      if (found) reads.set(relatedReadKey(found), found);
    });
  }
  return [...reads.values()];
}
