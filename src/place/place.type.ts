import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { PlaceLevel } from "../common/enums.type";
import { Entity } from "../entity/entity.type";

@ObjectType({
  implements: Entity,
  description: "An administrative unit or village. Units replaced in the July 2025 reorganisation have validTo and `successors`.",
})
export class Place extends Entity {
  @Field(() => PlaceLevel)
  level!: PlaceLevel;

  @Field(() => String, { nullable: true, description: "Official code (GSO): 2 digits for provinces, 3 for districts, 5 for communes." })
  code?: string | null;

  @Field(() => String, { nullable: true, description: "Tỉnh, Thành phố, Huyện, Xã, Thị trấn, Bản…" })
  unitType?: string | null;

  @Field(() => String, { nullable: true })
  officialName?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validFrom?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  validTo?: string | null;
}
