import { Field, ObjectType } from "type-graphql";
import { EventType } from "../common/enums.type";
import { Entity, Period } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "A conference, workshop, training, study tour or festival." })
export class Event extends Entity {
  @Field(() => EventType, { nullable: true })
  eventType?: EventType | null;

  @Field(() => Period, { nullable: true, description: "When sources disagree, see `claims`." })
  period?: Period | null;
}
