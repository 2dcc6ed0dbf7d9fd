import { GraphQLNonEmptyString } from "graphql-scalars";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, Float, Info, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context.type";
import { BadInputError } from "../common/errors";
import { toSearchWords } from "../common/input";
import { KIND_LIST, type Label } from "../graph/graph.model";
import type { NodeRow } from "../graph/graph.node";
import { EntityKind } from "../types/enums.type";
import { Entity } from "../types/entity.type";
import { projectionOf } from "../types/selection.projection";

/** The label of each GraphQL kind name (EntityKind), from the model table. */
const LABEL_OF = new Map<string, Label>(KIND_LIST.map((k) => [k.typeName, k.label]));

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
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("kinds", () => [EntityKind], { nullable: true }) kinds?: string[] | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<SearchHit[]> {
    const words = toSearchWords(text, "text");
    if (!Number.isInteger(first) || first < 1 || first > ctx.config.maxPageSize) {
      throw new BadInputError(`\`first\` must be between 1 and ${ctx.config.maxPageSize}`, "first");
    }
    const labels = kinds?.length ? [...new Set(kinds.map((k) => LABEL_OF.get(k)).filter((l): l is Label => !!l))] : null;
    const hits = await ctx.repos.search.search(words, labels, first, projectionOf(info, [["entity"]]));
    return hits.map((h) => ({ score: h.score, entity: h.node }));
  }
}
