import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { BaseContext } from "../context.type";
import { type Connection, PageArgs } from "../common/pagination";
import { selectsPath } from "../types/selection.projection";
import type { WhoWhatWhereSlice } from "./who-what-where.service";
import { WhoWhatWhereConnection, WhoWhatWhereFilter, type WhoWhatWhereRow, WhoWhatWhereSummary } from "./who-what-where.type";

type Context = BaseContext & WhoWhatWhereSlice;

@Resolver()
export class WhoWhatWhereResolver {
  @Query(() => WhoWhatWhereConnection, {
    description: "Who did what where: organizations × roles × models × places × projects/programs × periods, with sources.",
  })
  whoWhatWhere(
    @Arg("filter", () => WhoWhatWhereFilter, { nullable: true }) filter: WhoWhatWhereFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<WhoWhatWhereRow & { offset: number }>> {
    return ctx.whoWhatWhere.page(filter, pageArgs, selectsPath(info, ["totalCount"]));
  }

  @Query(() => WhoWhatWhereSummary, { description: "Counts per organization, model, province, role and program over the 3W rows the filter selects." })
  whoWhatWhereSummary(@Arg("filter", () => WhoWhatWhereFilter, { nullable: true }) filter: WhoWhatWhereFilter | null, @Ctx() ctx: Context): Promise<WhoWhatWhereSummary> {
    return ctx.whoWhatWhere.summary(filter);
  }
}
