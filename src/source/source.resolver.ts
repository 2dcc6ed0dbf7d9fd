import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { relatedNodes } from "../entity/entity.fields";
import { Entity, Source } from "../entity/entity.type";
import { Relations } from "../entity/entity.relations";

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "A source by id, e.g. src:001; null, with NOT_FOUND in `errors`, when none has it." })
  async source(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    const source = await ctx.loaders.sourceById.load(assertId(id));
    if (!source) throw new NotFoundError("Source", id);
    return source;
  }

  @Query(() => [Source], { description: "Every source, by id." })
  sources(@Ctx() ctx: Context) {
    return ctx.repos.entities.allSources();
  }

  @FieldResolver(() => [Entity], { description: "Everything this source mentions." })
  mentions(@Root() source: Source, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.mentionedIn, source.id);
  }
}
