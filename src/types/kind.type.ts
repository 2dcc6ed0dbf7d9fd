import { GraphQLLocalDate } from "graphql-scalars";
import { type ClassType, Field, FieldResolver, Float, Int, ObjectType } from "type-graphql";
import { KIND_LIST, type KindSpec, type Label, type PropSpec } from "../graph/graph.model";
import "./enums.type";
import { Entity, Period } from "./entity.type";

/** What type-graphql decorators take to name a GraphQL type: `() => String`, `() => [Place]`. */
export type ReturnTypeFunc = NonNullable<Parameters<typeof FieldResolver>[0]>;

/** The GraphQL type of a stored property of the model table. */
export function propGraphQLType(prop: PropSpec): ReturnTypeFunc {
  const t = prop.type;
  if (t === "string") return () => String;
  if (t === "date") return () => GraphQLLocalDate;
  if (t === "int") return () => Int;
  if (t === "float") return () => Float;
  if (t === "boolean") return () => Boolean;
  if (t === "stringList") return () => [String];
  return () => t.enum;
}

/**
 * The GraphQL object type of a kind, built from the model table: it implements Entity and has
 * a field per property of the kind (and `period` for dated kinds). Relationship fields are added
 * by resolvers (entities/relation-fields.resolver.ts, partners/, places/).
 */
function buildKindType(kind: KindSpec): ClassType<Entity> {
  // A named class, so that type-graphql and stack traces show the kind's name.
  const KindType = { [kind.typeName]: class extends Entity {} }[kind.typeName];
  for (const [name, prop] of Object.entries(kind.props)) {
    Field(propGraphQLType(prop), { nullable: !prop.required, description: prop.description })(KindType.prototype, name);
  }
  if (kind.dated) Field(() => Period, { nullable: true, description: "When sources disagree, see `claims`." })(KindType.prototype, "period");
  ObjectType(kind.typeName, { implements: Entity, simpleResolvers: true, description: kind.description })(KindType);
  return KindType;
}

const TYPES = new Map<Label, ClassType<Entity>>(KIND_LIST.map((kind) => [kind.label, buildKindType(kind)]));

/** The GraphQL object type of the kind with `label`. */
export function kindType(label: Label): ClassType<Entity> {
  const type = TYPES.get(label);
  if (!type) throw new Error(`no entity kind has the label ${label}`);
  return type;
}

/** The type of a list of nodes of `labels`: the kind's own type for one label, else Entity. */
export function nodesType(labels: readonly Label[]): ClassType<Entity> | typeof Entity {
  return labels.length === 1 && TYPES.has(labels[0]) ? kindType(labels[0]) : Entity;
}
