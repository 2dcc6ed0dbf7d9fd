import type { ClassType } from "type-graphql";
import type { BaseContext } from "../context.type";
import { KIND_LIST } from "../graph/graph.model";
import { DERIVED_FIELDS } from "../graph/graph.relations";
import { type DerivedFieldResolver, deriveFieldResolvers } from "../types/field-resolver.factory";
import { Int } from "type-graphql";
import { ConnectionType } from "../common/pagination";
import { Label } from "../graph/graph.model";
import { relationRead } from "./entity-pages.cypher";
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
/**
 * The relationship fields that reach thousands (issue #21; at S3 chicken raising is run by 6,242
 * interventions and trained on by 2,124): each also has `<field>Connection(first, after)`, paged
 * in the statement (entity-pages.cypher.ts relationRead), and the unpaged form is deprecated.
 */
const PAGED = new Set([`${Label.Model}.interventions`, `${Label.Model}.trainings`]);

export const RELATION_FIELD_RESOLVERS: readonly ClassType[] = KIND_LIST.map((kind) =>
  deriveFieldResolvers<BaseContext & EntitiesSlice>(
    `${kind.typeName}RelationFields`,
    kindType(kind.label),
    DERIVED_FIELDS.filter((d) => !d.field.edge && d.field.on.includes(kind.label)).flatMap(({ rel, field, relation }) => {
      const type = nodesType(field.only ?? (field.direction === "OUT" ? rel.to : rel.from));
      const paged = PAGED.has(`${kind.label}.${field.name}`);
      const unpaged: DerivedFieldResolver<BaseContext & EntitiesSlice> = {
        name: field.name,
        returns: () => [type],
        description: field.description,
        deprecationReason: paged ? `Unpaged: it reaches thousands. Use ${field.name}Connection(first, after).` : undefined,
        // Distinct nodes by name: rolled up, an event showcasing both a model and an intervention running it is listed once.
        resolve: (root, _args, ctx, info) => {
          const projection = projectionOf(info);
          return ctx.entities.loaders.primedNodes(relation, projection, root.id) ?? ctx.entities.loaders.relatedNodes(relation, projection).load(root.id);
        },
      };
      if (!paged) return [unpaged];
      const read = relationRead(relation);
      const Connection = ConnectionType(type, type.name);
      return [
        unpaged,
        {
          name: `${field.name}Connection`,
          returns: () => Connection,
          description: `${(field.description ?? `The ${field.name}.`).replace(/\.$/, "")}: a page of them, by name.`,
          args: [
            { name: "first", type: () => Int, defaultValue: 20, description: "Page size, 1 to the server's maximum (100 by default)." },
            { name: "after", type: () => String, nullable: true, description: "The endCursor of the previous page." },
          ],
          resolve: (root, args, ctx, info) =>
            ctx.entities.pagedNodes(
              read,
              root.id,
              { first: Number(args.first), after: typeof args.after === "string" ? args.after : null },
              projectionOf(info, [["nodes"], ["edges", "node"]]),
            ),
        },
      ];
    }),
  ),
);
