import { Ctx, Field, FieldResolver, InputType, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { DocumentType } from "../common/enums.type";
import { NameFilter, listFilterWithEquals } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Entity } from "../entity/entity.type";
import { Label } from "../graph/graph.model";
import { Document } from "./document.type";

@InputType()
export class DocumentFilter extends NameFilter {
  @Field(() => DocumentType, { nullable: true })
  docType?: DocumentType | null;
}

const Queries = createEntityQueries({
  label: Label.Document,
  type: Document,
  single: "document",
  plural: "documents",
  filterType: DocumentFilter,
  toFilter: (f) => listFilterWithEquals(f, ["docType"]),
});

@Resolver(() => Document)
export class DocumentResolver extends Queries {
  @FieldResolver(() => [Entity], { description: "Who issued it." })
  issuedBy(@Root() doc: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.issuedBy, doc.id);
  }

  @FieldResolver(() => [Entity], { description: "Documents and programs it is based on or concerns." })
  basedOn(@Root() doc: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.basedOn, doc.id);
  }

  @FieldResolver(() => [Entity], { description: "Events, projects, programs and documents based on it." })
  basisOf(@Root() doc: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.basisOf, doc.id);
  }
}
