import type { Context } from "../context";
import type { Role } from "../graph/graph.model";
import type { NodeValue } from "./entity.mapper";
import { toProvenance } from "./entity.mapper";
import type { RelatedItem } from "./entity.repository";
import type { RelationSpec } from "./entity.relations";
import type { Provenance } from "./entity.type";

/** Helpers shared by the kind resolvers; all reads go through the request's loaders. */

export async function relatedNodes(ctx: Context, spec: RelationSpec, id: string, typename?: string): Promise<NodeValue[]> {
  const items = await ctx.loaders.related(spec).load(id);
  return items.filter((i) => !typename || i.node.__typename === typename).map((i) => i.node);
}

export async function relatedItems(ctx: Context, spec: RelationSpec, id: string): Promise<RelatedItem[]> {
  return ctx.loaders.related(spec).load(id);
}

export interface InvolvementValue {
  role: Role;
  actor: NodeValue;
  activity: NodeValue;
  provenance: Provenance | null;
}

/** Involvements of an actor (spec OUT) or of an activity's participants (spec IN). */
export async function involvements(ctx: Context, spec: RelationSpec, self: NodeValue, role?: Role | null): Promise<InvolvementValue[]> {
  const items = await relatedItems(ctx, spec, self.id);
  return items
    .filter((i) => !role || i.rel.role === role)
    .map((i) => ({
      role: i.rel.role as Role,
      // Rolled up, the actor is the unit that took part (Plan International Lai Châu), not self.
      actor: i.direction === "OUT" ? i.holder : i.node,
      activity: i.direction === "OUT" ? i.node : self,
      provenance: toProvenance(i.rel),
    }));
}
