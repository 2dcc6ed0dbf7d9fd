import type { ClassType } from "type-graphql";
import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../context";
import { NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { ConnectionType, PageArgs, toConnection, toPageRequest, type Connection } from "../common/pagination";
import type { Label } from "../graph/graph.model";
import type { NodeValue } from "./entity.mapper";
import type { ListFilter } from "./entity.repository";

export interface EntityQueriesOptions<TFilter extends object> {
  label: Label;
  type: ClassType;
  /** GraphQL name of `type` when it differs from the label (connection types are named after it). */
  typeName?: string;
  /** Query names: `<single>(id)` and `<plural>(filter, first, after)`. */
  single: string;
  plural: string;
  filterType: ClassType<TFilter>;
  /** Validates the client's filter and turns it into repository terms. */
  toFilter: (filter: TFilter | null | undefined) => ListFilter;
}

/**
 * The lookup and list queries every entity kind has, as an abstract resolver to extend:
 * `organization(id)` (NOT_FOUND for an unknown id, BAD_USER_INPUT for a malformed one) and
 * `organizations(filter, first, after)` (a Relay connection ordered by name).
 */
export function createEntityQueries<TFilter extends object>(options: EntityQueriesOptions<TFilter>) {
  const typeName = options.typeName ?? options.label;
  const ConnectionClass = ConnectionType(options.type, typeName);

  // Not listed in buildSchema's resolvers itself: only the kind resolvers extending it are.
  @Resolver()
  abstract class EntityQueries {
    // Nullable: an unknown id answers null here plus a NOT_FOUND error with this field's path,
    // and the rest of the response keeps its data.
    @Query(() => options.type, { name: options.single, nullable: true, description: `One ${typeName} by id; null, with NOT_FOUND in \`errors\`, when none has it.` })
    async lookup(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NodeValue> {
      const [node] = await ctx.repos.entities.findByIds([assertId(id)], options.label);
      if (!node) throw new NotFoundError(typeName, id);
      return node;
    }

    @Query(() => ConnectionClass, { name: options.plural, description: `${typeName} entities matching the filter, by name.` })
    async list(
      @Arg("filter", () => options.filterType, { nullable: true }) filter: TFilter | null,
      @Args(() => PageArgs) pageArgs: PageArgs,
      @Ctx() ctx: Context,
    ): Promise<Connection<NodeValue>> {
      const listFilter = options.toFilter(filter);
      const page = toPageRequest(pageArgs, ctx.config.maxPageSize, 2);
      const rows = await ctx.repos.entities.list(options.label, listFilter, page);
      return toConnection(rows, page, (n) => [n.name, n.id], () => ctx.repos.entities.count(options.label, listFilter));
    }
  }
  return EntityQueries;
}
