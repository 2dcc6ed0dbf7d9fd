import { GraphQLNonEmptyString } from "graphql-scalars";
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, registerEnumType, Resolver } from "type-graphql";
import type { Context } from "../context";
import { BadInputError } from "../common/errors";
import { toSearchWords } from "../common/input";
import { Entity } from "../entity/entity.type";
import { Label } from "../graph/graph.model";

/** The entity kinds search can be narrowed to, as GraphQL names them. */
export enum EntityKind {
  Organization = "Organization",
  Person = "Person",
  Program = "Program",
  Project = "Project",
  Intervention = "Intervention",
  LivelihoodModel = "LivelihoodModel",
  Event = "Event",
  Place = "Place",
  Product = "Product",
  Document = "Document",
}
registerEnumType(EntityKind, { name: "EntityKind" });

const LABEL_OF: Record<EntityKind, Label> = {
  [EntityKind.Organization]: Label.Organization,
  [EntityKind.Person]: Label.Person,
  [EntityKind.Program]: Label.Program,
  [EntityKind.Project]: Label.Project,
  [EntityKind.Intervention]: Label.Intervention,
  [EntityKind.LivelihoodModel]: Label.Model,
  [EntityKind.Event]: Label.Event,
  [EntityKind.Place]: Label.Place,
  [EntityKind.Product]: Label.Product,
  [EntityKind.Document]: Label.Document,
};

@ObjectType()
export class SearchHit {
  @Field(() => Float, { description: "Relevance; higher is better." })
  score!: number;

  @Field(() => Entity)
  entity!: Entity;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Searches names and aliases of every entity. Accents are optional: \"nuoi ong\" finds \"Nuôi ong mật\"; each word also matches as a prefix.",
  })
  async search(
    @Arg("text", () => GraphQLNonEmptyString) text: string,
    @Ctx() ctx: Context,
    @Arg("kinds", () => [EntityKind], { nullable: true }) kinds?: EntityKind[] | null,
    @Arg("first", () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<SearchHit[]> {
    const words = toSearchWords(text, "text");
    if (!Number.isInteger(first) || first < 1 || first > ctx.config.maxPageSize) {
      throw new BadInputError(`\`first\` must be between 1 and ${ctx.config.maxPageSize}`, "first");
    }
    const labels = kinds?.length ? [...new Set(kinds.map((k) => LABEL_OF[k]))] : null;
    const hits = await ctx.repos.search.search(words, labels, first);
    return hits.map((h) => ({ score: h.score, entity: h.node as unknown as Entity }));
  }
}
