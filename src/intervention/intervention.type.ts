import { Field, ObjectType } from "type-graphql";
import { ActivityKind } from "../common/enums.type";
import { Entity, Period } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "Something done for people in places: a model run, a training, a build, a visit, funding; who, where, when, for whom, with which numbers." })
export class Intervention extends Entity {
  @Field(() => ActivityKind, { nullable: true, description: "What it did. Only MODEL_RUN runs its models (APPLIES) in its places; a TRAINING has topics (TRAINS_ON)." })
  activity?: ActivityKind | null;

  @Field(() => Period, { nullable: true })
  period?: Period | null;

  @Field(() => String, { nullable: true, description: "The people it was for, in the source's words." })
  forWhom?: string | null;

  @Field(() => String, { nullable: true })
  status?: string | null;
}
