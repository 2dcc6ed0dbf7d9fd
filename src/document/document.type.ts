import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { DocumentType } from "../common/enums.type";
import { Entity } from "../entity/entity.type";

@ObjectType({ implements: Entity, description: "A decision, plan or resolution that programs and events are based on." })
export class Document extends Entity {
  @Field(() => String, { nullable: true, description: "Official number, e.g. 654/QĐ-LĐTBXH." })
  number?: string | null;

  @Field(() => DocumentType, { nullable: true })
  docType?: DocumentType | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  issuedOn?: string | null;
}
