import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { LocatedFilter, baseListFilter } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Entity } from "../entity/entity.type";
import { Event } from "../event/event.type";
import { Label } from "../graph/graph.model";
import { Place } from "../place/place.type";
import { Product } from "./product.type";

const Queries = createEntityQueries({
  label: Label.Product,
  type: Product,
  single: "product",
  plural: "products",
  filterType: LocatedFilter,
  toFilter: baseListFilter,
});

@Resolver(() => Product)
export class ProductResolver extends Queries {
  @FieldResolver(() => [Entity], { description: "Organizations or places that produce it." })
  producedBy(@Root() product: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.producedBy, product.id);
  }

  @FieldResolver(() => [Place])
  places(@Root() product: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.locatedIn, product.id);
  }

  @FieldResolver(() => [Event])
  showcasedAt(@Root() product: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.showcasedAt, product.id);
  }
}
