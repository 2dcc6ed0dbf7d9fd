import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.type";
import { NotFoundError } from "../common/errors";
import { assertId } from "../common/ids";
import { type NodeRow, toProvenance } from "../graph/graph.node";
import { Relations } from "../graph/graph.relations";
import { Direction, RelType, Role } from "../types/enums.type";
import { Claim, Entity, Metric, Provenance, Relation, Source } from "../types/entity.type";
import type { ClaimRow, MetricRow } from "./entity.repository";

/** Fields every entity kind inherits: provenance, numbers, conflicting claims, all relations. */
@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id; null, with NOT_FOUND in `errors`, when none has it." })
  async entity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRow> {
    const node = await ctx.loaders.entityById.load(assertId(id));
    if (!node) throw new NotFoundError("Entity", id);
    return node;
  }

  @FieldResolver(() => [Provenance], { description: "Every source that mentions this entity, with its words." })
  async mentions(@Root() entity: NodeRow, @Ctx() ctx: Context): Promise<Provenance[]> {
    const items = await ctx.loaders.related(Relations.mentions, ["id"], ["quote"]).load(entity.id);
    return items.map((i) => ({ sourceId: i.node.id, quote: String(i.rel.quote ?? ""), note: null }));
  }

  @FieldResolver(() => [Metric], { description: "Numbers the sources state about this entity." })
  metrics(@Root() entity: NodeRow, @Ctx() ctx: Context): Promise<MetricRow[]> {
    return ctx.loaders.metrics.load(entity.id);
  }

  @FieldResolver(() => [Claim], { description: "Conflicting statements about this entity, each with its source." })
  claims(@Root() entity: NodeRow, @Ctx() ctx: Context): Promise<ClaimRow[]> {
    return ctx.loaders.claims.load(entity.id);
  }

  @FieldResolver(() => [Relation], { description: "All relationships of this entity, optionally of one type, with provenance." })
  async relations(@Root() entity: NodeRow, @Ctx() ctx: Context, @Arg("type", () => RelType, { nullable: true }) type?: RelType | null): Promise<Relation[]> {
    const items = await ctx.loaders.related(Relations.all).load(entity.id);
    return items
      .filter((i) => !type || i.rel.__type === type)
      .map((i) => ({
        type: i.rel.__type as RelType,
        direction: i.direction === "OUT" ? Direction.OUT : Direction.IN,
        role: typeof i.rel.role === "string" ? (i.rel.role as Role) : null,
        position: typeof i.rel.position === "string" ? i.rel.position : null,
        node: i.node,
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
    return source;
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "A source by id, e.g. src:001; null, with NOT_FOUND in `errors`, when none has it." })
  async source(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Source> {
    const source = await ctx.loaders.sourceById.load(assertId(id));
    if (!source) throw new NotFoundError("Source", id);
    return source;
  }

  @Query(() => [Source], { description: "Every source, by id." })
  sources(@Ctx() ctx: Context): Promise<Source[]> {
    return ctx.repos.entities.allSources();
  }

  @FieldResolver(() => [Entity], { description: "Everything this source mentions." })
  async mentions(@Root() source: Source, @Ctx() ctx: Context): Promise<NodeRow[]> {
    return ctx.loaders.relatedNodes(Relations.mentionedIn).load(source.id);
  }
}
