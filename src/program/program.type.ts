import { Field, ObjectType } from "type-graphql";
import { Entity, Period } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "A national target program or other government program (NTP poverty reduction, NTP ethnic-minority areas, OCOP)." })
export class Program extends Entity {
  @Field(() => Period, { nullable: true })
  period?: Period | null;

  @Field(() => String, { nullable: true })
  code?: string | null;
}
