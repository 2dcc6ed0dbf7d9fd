import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, type ClassType, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { BaseContext } from "../context.type";
import { type Connection, ConnectionType, PageArgs } from "../common/pagination";
import { KIND_LIST, type KindSpec } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import { kindType } from "../types/kind.type";
import { projectionOf, selectsPath } from "../types/selection.projection";
import { embeddedReads, prefetchChildren } from "../types/selection.prefetch";
import { assertId } from "../common/ids";
import { kindFilterType } from "./entity.filter";
import type { EntitiesSlice } from "./entity.service";

type Context = BaseContext & EntitiesSlice;

/**
 * The lookup and list queries of a kind, from the model table: `organization(id)` (null plus a
 * NOT_FOUND error at its path for an unknown id, BAD_USER_INPUT for a malformed one) and
 * `organizations(filter, first, after)`, a Relay connection ordered by name whose rows and
 * totalCount come from one statement (entity.service.ts).
 */
function kindQueries(kind: KindSpec): ClassType {
  const type = kindType(kind.label);
  const Filter = kindFilterType(kind);
  const ConnectionClass = ConnectionType(type, kind.typeName);
  type Filter = InstanceType<typeof Filter>;

  @Resolver()
  class KindQueries {
    @Query(() => type, { name: kind.single, nullable: true, description: `One ${kind.typeName} by id; null, with NOT_FOUND in \`errors\`, when none has it.` })
    async lookup(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeRow> {
      // The id is known before the node is read: the reads of its selected relationship fields start now, alongside the lookup.
      const node = ctx.entities.lookup(kind, assertId(id), projectionOf(info));
      prefetchChildren(kind.typeName, id, ctx, info);
      return node;
    }

    @Query(() => ConnectionClass, { name: kind.plural, description: `${kind.typeName} entities matching the filter, by name.` })
    async list(
      @Arg("filter", () => Filter, { nullable: true }) filter: Filter | null,
      @Args(() => PageArgs) pageArgs: PageArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Connection<NodeRow>> {
      const at = [["nodes"], ["edges", "node"]];
      // The relationship reads selected on the page's nodes (an organization's involvements) are read in the list's statement.
      return ctx.entities.list(kind, filter, pageArgs, selectsPath(info, ["totalCount"]), projectionOf(info, at), embeddedReads(info, kind.typeName, at));
    }
  }
  Object.defineProperty(KindQueries, "name", { value: `${kind.typeName}Queries` });
  return KindQueries;
}

export const KIND_QUERY_RESOLVERS: readonly ClassType[] = KIND_LIST.map(kindQueries);
