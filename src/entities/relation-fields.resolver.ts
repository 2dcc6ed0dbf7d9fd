import type { ClassType } from "type-graphql";
import type { BaseContext } from "../context.type";
import { KIND_LIST } from "../graph/graph.model";
import { DERIVED_FIELDS } from "../graph/graph.relations";
import { deriveFieldResolvers } from "../types/field-resolver.factory";
import { kindType, nodesType } from "../types/kind.type";
import { projectionOf } from "../types/selection.projection";
import type { EntitiesSlice } from "./entity.service";

/**
 * The relationship fields of every kind, derived from the model table: each lists the related
 * nodes (sorted by name) through the request's loader for its spec, so a field asked of many
 * parents costs one batched read, returning only the properties the selection reads. Fields
 * returning relationships with their properties (`edge` in the table: involvements,
 * memberships…) are resolved by partners/.
 */
export const RELATION_FIELD_RESOLVERS: readonly ClassType[] = KIND_LIST.map((kind) =>
  deriveFieldResolvers<BaseContext & EntitiesSlice>(
    `${kind.typeName}RelationFields`,
    kindType(kind.label),
    DERIVED_FIELDS.filter((d) => !d.field.edge && d.field.on.includes(kind.label)).map(({ rel, field, relation }) => ({
      name: field.name,
      returns: () => [nodesType(field.only ?? (field.direction === "OUT" ? rel.to : rel.from))],
      description: field.description,
      // Distinct nodes by name: rolled up, an event showcasing both a model and an intervention running it is listed once.
      resolve: (root, _args, ctx, info) => ctx.entities.loaders.relatedNodes(relation, projectionOf(info)).load(root.id),
    })),
  ),
);
