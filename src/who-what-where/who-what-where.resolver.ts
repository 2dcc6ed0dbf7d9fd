import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { Context } from "../context.type";
import { BadInputError } from "../common/errors";
import { assertId } from "../common/ids";
import { toDateRange } from "../common/input";
import { type Connection, PageArgs, toConnection, toPageRequest } from "../common/pagination";
import { selectsPath } from "../types/selection.projection";
import type { WhoWhatWhereQuery } from "./who-what-where.cypher";
import { WhoWhatWhereConnection, WhoWhatWhereFilter, type WhoWhatWhereRow, WhoWhatWhereSummary } from "./who-what-where.type";

/** Largest offset a whoWhatWhere cursor may carry. */
export const MAX_OFFSET = 1_000_000;

/**
 * The filter as the 3W Cypher builder takes it: ids checked, lists de-duplicated, dates checked
 * (BAD_USER_INPUT otherwise). The exports (src/export) validate their URL filters with it too.
 */
export function toWhoWhatWhereQuery(filter: WhoWhatWhereFilter | null): WhoWhatWhereQuery {
  if (!filter) return {};
  const q: WhoWhatWhereQuery = {};
  for (const key of ["organization", "model", "program", "project", "place"] as const) {
    const value = filter[key];
    if (value != null) q[key] = assertId(value, `filter.${key}`);
  }
  if (filter.roles?.length) q.roles = [...new Set(filter.roles)];
  if (filter.activities?.length) q.activities = [...new Set(filter.activities)];
  if (filter.includeUndated) q.includeUndated = true;
  return { ...q, ...toDateRange(filter.from, filter.to, "filter") };
}

@Resolver()
export class WhoWhatWhereResolver {
  @Query(() => WhoWhatWhereConnection, {
    description: "Who did what where: organizations × roles × models × places × projects/programs × periods, with sources.",
  })
  async whoWhatWhere(
    @Arg("filter", () => WhoWhatWhereFilter, { nullable: true }) filter: WhoWhatWhereFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<WhoWhatWhereRow & { offset: number }>> {
    const q = toWhoWhatWhereQuery(filter);
    // The cursor is the offset of the page's last row: a safe integer, and no further than
    // MAX_OFFSET (the 3W rows are far fewer), so Neo4j's SKIP never sees 1e21 or 2^53 + 1.
    const page = toPageRequest(pageArgs, ctx.config.maxPageSize, ["integer"]);
    const skip = page.after ? (page.after[0] as number) : 0;
    if (!Number.isSafeInteger(skip) || skip < 0 || skip > MAX_OFFSET) throw new BadInputError("`after` is not a cursor returned by this field", "after");
    const { rows, total } = await ctx.repos.whoWhatWhere.rows(q, skip, page.first + 1, selectsPath(info, ["totalCount"]));
    const withOffsets = rows.map((r, i) => ({ ...r, offset: skip + i + 1 }));
    return toConnection(withOffsets, page, (r) => [r.offset], total ?? (() => ctx.repos.whoWhatWhere.count(q)));
  }

  @Query(() => WhoWhatWhereSummary, { description: "Counts per organization, model, province, role and program over the 3W rows the filter selects." })
  whoWhatWhereSummary(@Arg("filter", () => WhoWhatWhereFilter, { nullable: true }) filter: WhoWhatWhereFilter | null, @Ctx() ctx: Context): Promise<WhoWhatWhereSummary> {
    return ctx.repos.whoWhatWhere.facets(toWhoWhatWhereQuery(filter));
  }
}
