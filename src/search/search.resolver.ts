import { GraphQLNonEmptyString } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { BaseContext } from "../context.type";
import type { NodeRow } from "../graph/graph.node";
import { EntityKind } from "../types/enums.type";
import { Entity } from "../types/entity.type";
import { projectionOf } from "../types/selection.projection";
import type { SearchSlice } from "./search.service";

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: "Relevance; higher is better." })
  score!: number;

  @Field(() => Entity)
  entity!: NodeRow;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Searches names and aliases of every entity. Accents are optional: "nuoi ong" finds "Nuôi ong mật"; each word also matches as a prefix.',
  })
  async search(
    @Arg("text", () => GraphQLNonEmptyString) text: string,
    @Ctx() ctx: BaseContext & SearchSlice,
    @Info() info: GraphQLResolveInfo,
    @Arg("kinds", () => [EntityKind], { nullable: true }) kinds?: string[] | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<SearchHit[]> {
    return ctx.search.search(text, kinds, first, projectionOf(info, [["entity"]]));
  }
}
