import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { assertId } from "../common/ids";
import { Direction, RelType } from "../common/enums.type";
import { NotFoundError } from "../common/errors";
import { Relations } from "./entity.relations";
import { toProvenance } from "./entity.mapper";
import { Claim, Entity, Metric, Provenance, Relation, Source, type Typed } from "./entity.type";

type EntityValue = Entity & Typed;

/** Fields every entity kind inherits: provenance, numbers, conflicting claims, all relations. */
@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id; null, with NOT_FOUND in `errors`, when none has it." })
  async entity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<EntityValue> {
    const node = await ctx.loaders.entityById.load(assertId(id));
    if (!node) throw new NotFoundError("Entity", id);
    return node as unknown as EntityValue;
  }

  @FieldResolver(() => [Provenance], { description: "Every source that mentions this entity, with its words." })
  async mentions(@Root() entity: EntityValue, @Ctx() ctx: Context): Promise<Provenance[]> {
    const items = await ctx.loaders.related(Relations.mentions).load(entity.id);
    return items.map((i) => ({ sourceId: i.node.id, quote: String(i.rel.quote ?? ""), note: null }));
  }

  @FieldResolver(() => [Metric], { description: "Numbers the sources state about this entity." })
  async metrics(@Root() entity: EntityValue, @Ctx() ctx: Context): Promise<Metric[]> {
    const items = await ctx.loaders.related(Relations.metrics).load(entity.id);
    return items.map((i) => ({ ...(i.node as unknown as Metric), provenance: toProvenance(i.rel)! }));
  }

  @FieldResolver(() => [Claim], { description: "Conflicting statements about this entity, each with its source." })
  async claims(@Root() entity: EntityValue, @Ctx() ctx: Context): Promise<Claim[]> {
    const items = await ctx.loaders.related(Relations.claims).load(entity.id);
    return items.map((i) => ({ ...(i.node as unknown as Claim), provenance: toProvenance(i.rel)! }));
  }

  @FieldResolver(() => [Relation], { description: "All relationships of this entity, optionally of one type, with provenance." })
  async relations(
    @Root() entity: EntityValue,
    @Ctx() ctx: Context,
    @Arg("type", () => RelType, { nullable: true }) type?: RelType | null,
  ): Promise<Relation[]> {
    const items = await ctx.loaders.related(Relations.all).load(entity.id);
    return items
      .filter((i) => !type || i.rel.__type === type)
      .map((i) => ({
        type: i.rel.__type as RelType,
        direction: i.direction as Direction,
        role: (i.rel.role as Relation["role"]) ?? null,
        position: (i.rel.position as string | undefined) ?? null,
        node: i.node as unknown as Entity,
        provenance: toProvenance(i.rel),
      }));
  }
}

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => Source)
  async source(@Root() provenance: Provenance, @Ctx() ctx: Context): Promise<Source> {
    const source = await ctx.loaders.sourceById.load(provenance.sourceId);
    if (!source) throw new NotFoundError("Source", provenance.sourceId);
    return source as unknown as Source;
  }
}
