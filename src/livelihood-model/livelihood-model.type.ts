import { Field, ObjectType } from "type-graphql";
import { ModelCategory } from "../common/enums.type";
import { Entity } from "../entity/entity.type";

@ObjectType("LivelihoodModel", {
  implements: Entity,
  description: "A replicable livelihood model or practice: chicken raising, beekeeping, watermelon, clean tea, labour export…",
})
export class LivelihoodModel extends Entity {
  @Field(() => ModelCategory, { nullable: true })
  category?: ModelCategory | null;
}
