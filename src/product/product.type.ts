import { Field, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "A product: start-up products, OCOP products, local specialities." })
export class Product extends Entity {
  @Field(() => String, { nullable: true })
  category?: string | null;
}
