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
  @FieldResolver(() => [Intervention], { description: "Where and by whom this model or one of its variants was run." })
  interventions(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.modelInterventions, model.id);
  }

  @FieldResolver(() => [LivelihoodModel], { description: "More specific forms, e.g. native black chicken for chicken raising." })
  variants(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.parts, model.id, "LivelihoodModel");
  }

  @FieldResolver(() => [LivelihoodModel], { description: "The broader models this one is a form of." })
  broader(@Root() model: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, model.id, "LivelihoodModel");
  }

  @FieldResolver(() => [Event], { description: "Events that presented it, one of its variants, or an intervention running them." })
  async showcasedAt(@Root() model: NodeValue, @Ctx() ctx: Context) {
    const [direct, via] = await Promise.all([relatedNodes(ctx, Relations.modelShowcasedAt, model.id), relatedNodes(ctx, Relations.modelShowcasedVia, model.id)]);
    const byId = new Map([...direct, ...via].map((e) => [e.id, e]));
    return [...byId.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)) || a.id.localeCompare(b.id));
  }
}
