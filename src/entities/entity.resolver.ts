import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { type Connection, ConnectionType, PageArgs } from "../common/pagination";
import { projectionOf } from "../types/selection.projection";
import { SOURCE_MENTIONS } from "./entity-pages.cypher";
import type { BaseContext } from "../context.type";
import { NotFoundError } from "../common/errors";
import { isEnumValue } from "../common/guards";
import { assertId } from "../common/ids";
import { type NodeRow, oncePerKey, provenanceRow, type ProvenanceRow, toProvenance } from "../graph/graph.node";
import { compareStatements } from "../seed/seed.merge";
import { Relations } from "../graph/graph.relations";
import { Direction, RelType, Role } from "../types/enums.type";
import { Claim, Entity, Metric, MetricValue, Provenance, Relation, Source } from "../types/entity.type";
import type { ClaimRow, MetricRow, MetricValueRow } from "./entity.repository";
import type { EntitiesSlice } from "./entity.service";

type Context = BaseContext & EntitiesSlice;

const EntityConnection = ConnectionType(Entity, "Entity");

/** Fields every entity kind inherits: provenance, numbers, conflicting claims, all relations. */
@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: "Any entity by id; null, with NOT_FOUND in `errors`, when none has it." })
  async entity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRow> {
    const node = await ctx.entities.loaders.entityById.load(assertId(id));
    if (!node) throw new NotFoundError("Entity", id);
    return node;
  }

  @FieldResolver(() => [Provenance], { description: "Every source that mentions this entity, with its words." })
  async mentions(@Root() entity: NodeRow, @Ctx() ctx: Context): Promise<Provenance[]> {
    const items = await ctx.entities.loaders.related(Relations.mentions, ["id"], ["quote", "inferred"]).load(entity.id);
    return items.map((i) => provenanceRow(i.node.id, i.rel.quote, null, i.rel.inferred));
  }

  @FieldResolver(() => [Metric], { description: "Numbers the sources state about this entity." })
  metrics(@Root() entity: NodeRow, @Ctx() ctx: Context): Promise<MetricRow[]> {
    return ctx.entities.loaders.metrics.load(entity.id);
  }

  @FieldResolver(() => [Claim], { description: "Conflicting statements about this entity, each with its source." })
  claims(@Root() entity: NodeRow, @Ctx() ctx: Context): Promise<ClaimRow[]> {
    return ctx.entities.loaders.claims.load(entity.id);
  }

  @FieldResolver(() => [Relation], {
    description: "All relationships of this entity, optionally of one type: each once (same type, direction, role and other end), with every source that states it.",
  })
  async relations(@Root() entity: NodeRow, @Ctx() ctx: Context, @Arg("type", () => RelType, { nullable: true }) type?: RelType | null): Promise<Relation[]> {
    const items = await ctx.entities.loaders.related(Relations.all).load(entity.id);
    const rows = items
      .filter((i) => !type || i.rel.__type === type)
      .map((i) => ({
        type: relTypeOf(i.rel.__type),
        direction: i.direction === "OUT" ? Direction.OUT : Direction.IN,
        role: isEnumValue(Role, i.rel.role) ? i.rel.role : null,
        position: typeof i.rel.position === "string" ? i.rel.position : null,
        node: i.node,
        provenance: toProvenance(i.rel),
      }));
    // Relationships are stored once per source: listed once per relationship key, sources ranked
    // as seed.merge.ts ranks them (the gazetteer's PART_OF before an article's).
    const ids = [...new Set(rows.map((r) => r.provenance?.sourceId).filter((id): id is string => !!id))];
    const sources = await ctx.entities.loaders.sourceById.loadMany(ids);
    const kindOf = new Map(sources.map((s, i) => [ids[i], s && !(s instanceof Error) ? String(s.kind) : ""]));
    const statement = (p: ProvenanceRow | null) => ({ sourceId: p?.sourceId ?? "", sourceKind: kindOf.get(p?.sourceId ?? "") ?? "" });
    return oncePerKey(
      rows,
      (r) => [r.type, r.direction, r.role ?? "", r.node.id].join("|"),
      (a, b) => compareStatements(statement(a), statement(b)),
    );
  }
}

/** A stored relationship's type, one of the model table's (an unknown one is a fault, never data to pass on). */
function relTypeOf(type: string): RelType {
  if (!isEnumValue(RelType, type)) throw new Error(`a relationship of type ${type}, which the model table does not declare`);
  return type;
}

/**
 * Every source's value of a metric, wherever a Metric is returned (an entity's metrics, the
 * planners' figures): read by metric id, so the Metric rows themselves stay one per metric.
 */
@Resolver(() => Metric)
export class MetricResolver {
  @FieldResolver(() => [MetricValue])
  values(@Root() metric: MetricRow, @Ctx() ctx: Context): Promise<MetricValueRow[]> {
    return ctx.entities.loaders.metricValues.load(metric.id);
  }

  @FieldResolver(() => Boolean)
  async conflict(@Root() metric: MetricRow, @Ctx() ctx: Context): Promise<boolean> {
    return metricValuesDiffer(await ctx.entities.loaders.metricValues.load(metric.id));
  }
}

/** Whether sources give a metric different numbers: value, unit or qualifier (labels are wording, not a conflict). */
export function metricValuesDiffer(values: readonly Pick<MetricValueRow, "value" | "unit" | "qualifier">[]): boolean {
  const key = (v: Pick<MetricValueRow, "value" | "unit" | "qualifier">): string => `${v.value}|${v.unit}|${v.qualifier}`;
  return values.some((v) => key(v) !== key(values[0]));
}

@Resolver(() => Provenance)
export class ProvenanceResolver {
  @FieldResolver(() => Source)
  async source(@Root() provenance: Provenance, @Ctx() ctx: Context): Promise<Source> {
    const source = await ctx.entities.loaders.sourceById.load(provenance.sourceId);
    if (!source) throw new NotFoundError("Source", provenance.sourceId);
    return source;
  }
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "A source by id, e.g. src:001; null, with NOT_FOUND in `errors`, when none has it." })
  async source(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Source> {
    const source = await ctx.entities.loaders.sourceById.load(assertId(id));
    if (!source) throw new NotFoundError("Source", id);
    return source;
  }

  @Query(() => [Source], { description: "Every source, by id." })
  sources(@Ctx() ctx: Context): Promise<Source[]> {
    return ctx.entities.allSources();
  }

  @FieldResolver(() => [Entity], {
    description: "Everything this source mentions.",
    deprecationReason: "Unpaged: a dataset mentions thousands of entities. Use mentionsConnection(first, after).",
  })
  async mentions(@Root() source: Source, @Ctx() ctx: Context): Promise<NodeRow[]> {
    return ctx.entities.loaders.relatedNodes(Relations.mentionedIn).load(source.id);
  }

  @FieldResolver(() => EntityConnection, { description: "Everything this source mentions, by name: a page of it." })
  mentionsConnection(@Root() source: Source, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args(() => PageArgs) page: PageArgs): Promise<Connection<NodeRow>> {
    return ctx.entities.pagedNodes(SOURCE_MENTIONS, source.id, page, projectionOf(info, [["nodes"], ["edges", "node"]]));
  }
}
