import { Field, ObjectType } from "type-graphql";
import { Entity, Period } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "One run of a livelihood model: who ran which model where, when, for whom, with which numbers." })
export class Intervention extends Entity {
  @Field(() => Period, { nullable: true })
  period?: Period | null;

  @Field(() => String, { nullable: true, description: "The people it was for, in the source's words." })
  forWhom?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;
}
