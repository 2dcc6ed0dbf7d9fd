import { Ctx, Field, FieldResolver, InputType, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { ModelCategory } from "../common/enums.type";
import { NameFilter, listFilterWithEquals } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Event } from "../event/event.type";
import { Label } from "../graph/graph.model";
import { Intervention } from "../intervention/intervention.type";
import { LivelihoodModel } from "./livelihood-model.type";

@InputType()
export class LivelihoodModelFilter extends NameFilter {
  @Field(() => ModelCategory, { nullable: true })
  category?: ModelCategory | null;
}

const Queries = createEntityQueries({
  label: Label.Model,
  type: LivelihoodModel,
  typeName: "LivelihoodModel",
  single: "model",
  plural: "models",
  filterType: LivelihoodModelFilter,
  toFilter: (f) => listFilterWithEquals(f, ["category"]),
});

@Resolver(() => LivelihoodModel)
export class LivelihoodModelResolver extends Queries {
  @FieldResolver(() => [Intervention], { description: "Where and by whom this model was run (variants: see `variants`)." })
  interventions(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.appliedBy, model.id);
  }

  @FieldResolver(() => [LivelihoodModel], { description: "More specific forms, e.g. native black chicken for chicken raising." })
  variants(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.parts, model.id, "LivelihoodModel");
  }

  @FieldResolver(() => [LivelihoodModel], { description: "The broader models this one is a form of." })
  broader(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, model.id, "LivelihoodModel");
  }

  @FieldResolver(() => [Event], { description: "Events that presented it." })
  showcasedAt(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.showcasedAt, model.id);
  }
}
