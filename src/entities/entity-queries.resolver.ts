import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, type ClassType, Ctx, ID, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context.type";
import { NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { type Connection, ConnectionType, PageArgs, toConnection, toPageRequest } from "../common/pagination";
import { KIND_LIST, type KindSpec } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import { kindType } from "../types/kind.type";
import { projectionOf, selectsPath } from "../types/selection.projection";
import { kindFilterType, toKindListFilter } from "./entity.filter";

/**
 * The lookup and list queries of a kind, from the model table: `organization(id)` (null plus a
 * NOT_FOUND error at its path for an unknown id, BAD_USER_INPUT for a malformed one) and
 * `organizations(filter, first, after)`, a Relay connection ordered by name whose rows and
 * totalCount come from one statement.
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
      const [node] = await ctx.repos.entities.findByIds([assertId(id)], kind.label, projectionOf(info));
      if (!node) throw new NotFoundError(kind.typeName, id);
      return node;
    }

    @Query(() => ConnectionClass, { name: kind.plural, description: `${kind.typeName} entities matching the filter, by name.` })
    async list(
      @Arg("filter", () => Filter, { nullable: true }) filter: Filter | null,
      @Args(() => PageArgs) pageArgs: PageArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Connection<NodeRow>> {
      const listFilter = toKindListFilter(kind, filter);
      const page = toPageRequest(pageArgs, ctx.config.maxPageSize, ["string", "string"]);
      const after = page.after ? ([String(page.after[0]), String(page.after[1])] as const) : null;
      const { nodes, total } = await ctx.repos.entities.list(
        kind,
        listFilter,
        { after, limit: page.first + 1 },
        selectsPath(info, ["totalCount"]),
        projectionOf(info, [["nodes"], ["edges", "node"]]),
      );
      return toConnection(
        nodes,
        page,
        (n) => [n.name, n.id],
        total ?? (() => ctx.repos.entities.list(kind, listFilter, { after: null, limit: 0 }, true).then((r) => r.total ?? 0)),
      );
    }
  }
  Object.defineProperty(KindQueries, "name", { value: `${kind.typeName}Queries` });
  return KindQueries;
}

export const KIND_QUERY_RESOLVERS: readonly ClassType[] = KIND_LIST.map(kindQueries);
