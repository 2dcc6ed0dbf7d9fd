import { Field, ObjectType } from "type-graphql";
import { Entity } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "A named person: officials, trainers, delegation heads, reporters." })
export class Person extends Entity {
  @Field(() => String, { nullable: true, description: "As the source addresses them: Ts., Ông, Đồng chí…" })
  honorific?: string | null;
}
