import type { GraphQLResolveInfo } from "graphql";
import { Arg, type ClassType, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { BaseContext } from "../context.type";
import type { NodeRow } from "../graph/graph.node";
import type { ReturnTypeFunc } from "./kind.type";
import { prefetchable } from "./selection.prefetch";

/** An argument of a derived field resolver. */
export interface DerivedArg {
  readonly name: string;
  readonly type: ReturnTypeFunc;
  readonly nullable?: boolean;
  readonly defaultValue?: unknown;
  readonly description?: string;
}

/** A field resolver declared from data (the model table) rather than written out as a method. */
/** `C`: the request context the resolver reads (the base and the capability slices it uses). */
export interface DerivedFieldResolver<C extends BaseContext = BaseContext> {
  readonly name: string;
  readonly returns: ReturnTypeFunc;
  readonly description?: string;
  readonly nullable?: boolean;
  /** Marks the field deprecated, saying what to ask instead. */
  readonly deprecationReason?: string;
  readonly args?: readonly DerivedArg[];
  readonly resolve: (root: NodeRow, args: Record<string, unknown>, ctx: C, info: GraphQLResolveInfo) => unknown;
}

/**
 * A resolver class for `objectType` with the given field resolvers, applying type-graphql's
 * decorators as the compiler would: `@FieldResolver` on a method taking `@Root()`, `@Ctx()`,
 * `@Info()` and its `@Arg`s. `className` names the class in errors and stack traces. Each field
 * is resolved from its parent's id, so a lookup may start it early (selection.prefetch.ts).
 */
export function deriveFieldResolvers<C extends BaseContext>(className: string, objectType: ClassType, fields: readonly DerivedFieldResolver<C>[]): ClassType {
  const Derived = { [className]: class {} }[className];
  const proto: object = Derived.prototype;
  for (const field of fields) {
    const args = field.args ?? [];
    const method = function (root: NodeRow, ctx: C, info: GraphQLResolveInfo, ...values: unknown[]): unknown {
      return field.resolve(root, Object.fromEntries(args.map((a, i) => [a.name, values[i]])), ctx, info);
    };
    Object.defineProperty(proto, field.name, { value: method, writable: true, configurable: true });
    prefetchable(objectType.name, field.name, field.resolve);
    Root()(proto, field.name, 0);
    Ctx()(proto, field.name, 1);
    Info()(proto, field.name, 2);
    args.forEach((a, i) => Arg(a.name, a.type, { nullable: a.nullable, defaultValue: a.defaultValue, description: a.description })(proto, field.name, 3 + i));
    FieldResolver(field.returns, { description: field.description, nullable: field.nullable, deprecationReason: field.deprecationReason })(
      proto,
      field.name,
      Object.getOwnPropertyDescriptor(proto, field.name)!,
    );
  }
  Resolver(() => objectType)(Derived);
  return Derived;
}
