import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, type ClassType, Ctx, FieldResolver, Info, Int, Resolver, Root } from "type-graphql";
import type { BaseContext } from "../context.type";
import type { EntitiesSlice } from "../entities/entities.module";
import { type Connection, ConnectionType, PageArgs } from "../common/pagination";
import { PlaceLevel } from "../graph/graph.enums";
import { KIND_LIST, Label } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import { Relations, type RelationSpec } from "../graph/graph.relations";
import { type DerivedArg, deriveFieldResolvers } from "../types/field-resolver.factory";
import { kindType } from "../types/kind.type";
import { idOnlyFields, projectionOf } from "../types/selection.projection";
import { prefetchable } from "../types/selection.prefetch";
import type { PlacesSlice } from "./place.loaders";
import { descendantsRead, rollupRead } from "./place.cypher";

type Context = BaseContext & PlacesSlice & EntitiesSlice;

const Place = kindType(Label.Place);
const PlaceConnection = ConnectionType(Place, "Place");

/** Where a connection's nodes are in its selection. */
const PAGE_NODES = [["nodes"], ["edges", "node"]];

/** `first` and `after` of a derived connection field (common/pagination.ts PageArgs). */
const PAGE_ARGS: readonly DerivedArg[] = [
  { name: "first", type: () => Int, defaultValue: 20, description: "Page size, 1 to the server's maximum (100 by default)." },
  { name: "after", type: () => String, nullable: true, description: "The endCursor of the previous page." },
];

const pageArgsOf = (args: Record<string, unknown>): PageArgs => ({ first: Number(args.first), after: typeof args.after === "string" ? args.after : null });

idOnlyFields("parent", "ancestors", "descendants");

/** The hierarchy's reads, shared by the resolvers and their prefetch (selection.prefetch.ts): one loader key for both. */
const parentOf = (id: string, ctx: Context, info: GraphQLResolveInfo) => ctx.entities.loaders.relatedNodes(Relations.placeParent, projectionOf(info)).load(id);
const ancestorsOf = (id: string, ctx: Context, info: GraphQLResolveInfo) => ctx.places.loaders.placeAncestors(projectionOf(info)).load(id);
// `level` is read to filter, whatever the selection asks.
const descendantsOf = (id: string, ctx: Context, info: GraphQLResolveInfo) => ctx.places.loaders.placeDescendants(projectionOf(info, [[]], ["level"])).load(id);
prefetchable<Context>(Label.Place, "parent", (root, _args, ctx, info) => parentOf(root.id, ctx, info));
prefetchable<Context>(Label.Place, "ancestors", (root, _args, ctx, info) => ancestorsOf(root.id, ctx, info));
prefetchable<Context>(Label.Place, "descendants", (root, _args, ctx, info) => descendantsOf(root.id, ctx, info));

/** The place hierarchy: parent, ancestors, descendants. */
@Resolver(() => Place)
export class PlaceHierarchyResolver {
  @FieldResolver(() => Place, { nullable: true, description: "The unit directly above (village → commune → district → province)." })
  async parent(@Root() place: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeRow | null> {
    const [parent] = await parentOf(place.id, ctx, info);
    return parent ?? null;
  }

  @FieldResolver(() => [Place], { description: "All units above, nearest first." })
  ancestors(@Root() place: NodeRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeRow[]> {
    return ancestorsOf(place.id, ctx, info);
  }

  @FieldResolver(() => [Place], {
    description: "All units below at any depth, optionally of one level.",
    deprecationReason: "Unpaged: a province holds thousands of units. Use descendantsConnection(level, first, after).",
  })
  async descendants(
    @Root() place: NodeRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("level", () => PlaceLevel, { nullable: true }) level?: PlaceLevel | null,
  ): Promise<NodeRow[]> {
    const all = await descendantsOf(place.id, ctx, info);
    return level ? all.filter((p) => p.level === level) : all;
  }

  @FieldResolver(() => PlaceConnection, { description: "All units below at any depth, optionally of one level, by level then name: a page of them." })
  descendantsConnection(
    @Root() place: NodeRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("level", () => PlaceLevel, { nullable: true }) level?: PlaceLevel | null,
  ): Promise<Connection<NodeRow>> {
    return ctx.entities.pagedNodes(descendantsRead(level ?? null), place.id, page, projectionOf(info, PAGE_NODES));
  }
}

/**
 * The place roll-up, one field per kind tied to places in the model table (`placeTie`), named
 * by the kind's plural: a province answers for its districts, communes and villages, and a 2025
 * unit for the units merged into it; `includeSubPlaces: false` keeps only what is tied to the place itself.
 */
export const PlaceRollupResolver: ClassType = deriveFieldResolvers<Context>(
  "PlaceRollupFields",
  Place,
  KIND_LIST.filter((kind) => kind.placeTie).flatMap((kind) => {
    const here: RelationSpec = { key: `placeHere.${kind.label}`, from: Label.Entity, types: kind.placeTie!.via, direction: "IN", targets: [kind.label] };
    const includeSubPlaces: DerivedArg = { name: "includeSubPlaces", type: () => Boolean, defaultValue: true };
    const KindConnection = ConnectionType(kindType(kind.label), kind.typeName);
    const [withinRead, hereRead] = [rollupRead(kind, false), rollupRead(kind, true)];
    return [
      {
        name: kind.plural,
        returns: () => [kindType(kind.label)],
        description: `${kind.typeName} entities tied to this place or anything inside it (roll-up).`,
        deprecationReason: `Unpaged: a province rolls up thousands. Use ${kind.plural}Connection(includeSubPlaces, first, after).`,
        args: [includeSubPlaces],
        resolve: async (root, args, ctx, info) =>
          args.includeSubPlaces === false
            ? ctx.entities.loaders.relatedNodes(here, projectionOf(info)).load(root.id)
            : ctx.places.loaders.within(kind, projectionOf(info)).load(root.id),
      },
      {
        name: `${kind.plural}Connection`,
        returns: () => KindConnection,
        description: `${kind.typeName} entities tied to this place or anything inside it (roll-up), by name: a page of them.`,
        args: [includeSubPlaces, ...PAGE_ARGS],
        resolve: (root, args, ctx, info) =>
          ctx.entities.pagedNodes(args.includeSubPlaces === false ? hereRead : withinRead, root.id, pageArgsOf(args), projectionOf(info, PAGE_NODES)),
      },
    ];
  }),
);
