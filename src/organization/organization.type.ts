import { Field, ObjectType } from "type-graphql";
import { OrgType } from "../common/enums.type";
import { Entity } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "An NGO, agency, people's committee, mass organization, cooperative, business, group or delegation." })
export class Organization extends Entity {
  @Field(() => OrgType, { nullable: true })
  orgType?: OrgType | null;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;
}
