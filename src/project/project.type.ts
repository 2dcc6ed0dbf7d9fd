import { Field, ObjectType } from "type-graphql";
import { Entity, Period } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "A project: funded, time-bound work, possibly part of a program." })
export class Project extends Entity {
  @Field(() => Period, { nullable: true })
  period?: Period | null;

  @Field(() => String, { nullable: true })
  goal?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;
}
