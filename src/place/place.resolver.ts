import { Arg, Ctx, Field, FieldResolver, ID, InputType, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { PlaceLevel } from "../common/enums.type";
import { assertId } from "../common/ids";
import { NameFilter, listFilterWithEquals } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Event } from "../event/event.type";
import { Label } from "../graph/graph.model";
import { Intervention } from "../intervention/intervention.type";
import { Organization } from "../organization/organization.type";
import { Product } from "../product/product.type";
import { Program } from "../program/program.type";
import { Project } from "../project/project.type";
import { Within } from "./place.repository";
import { Place } from "./place.type";

@InputType()
export class PlaceFilter extends NameFilter {
  @Field(() => PlaceLevel, { nullable: true })
  level?: PlaceLevel | null;

  @Field(() => String, { nullable: true, description: "Official code, e.g. 03637." })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: "Only places inside this one (any depth)." })
  within?: string | null;
}

const Queries = createEntityQueries({
  label: Label.Place,
  type: Place,
  single: "place",
  plural: "places",
  filterType: PlaceFilter,
  toFilter: (f) => ({
    ...listFilterWithEquals(f, ["level", "code"]),
    ...(f?.within ? { within: assertId(f.within, "filter.within") } : {}),
  }),
});

/**
 * Roll-up fields take `includeSubPlaces` (default true): a province answers for its districts,
 * communes and villages, and a 2025 unit for the units merged into it.
 */
@Resolver(() => Place)
export class PlaceResolver extends Queries {
  @FieldResolver(() => Place, { nullable: true, description: "The unit directly above (village → commune → district → province)." })
  async parent(@Root() place: NodeValue, @Ctx() ctx: Context) {
    const [parent] = await relatedNodes(ctx, Relations.partOf, place.id, Label.Place);
    return parent ?? null;
  }

  @FieldResolver(() => [Place], { description: "All units above, nearest first." })
  ancestors(@Root() place: NodeValue, @Ctx() ctx: Context) {
    return ctx.loaders.placeAncestors.load(place.id);
  }

  @FieldResolver(() => [Place], { description: "The units directly below." })
  children(@Root() place: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.parts, place.id, Label.Place);
  }

  @FieldResolver(() => [Place], { description: "All units below at any depth, optionally of one level." })
  async descendants(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("level", () => PlaceLevel, { nullable: true }) level?: PlaceLevel | null) {
    const all = await ctx.loaders.placeDescendants.load(place.id);
    return level ? all.filter((p) => p.level === level) : all;
  }

  @FieldResolver(() => [Place], { description: "Units that replaced this one in the July 2025 reorganisation." })
  successors(@Root() place: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.successors, place.id);
  }

  @FieldResolver(() => [Place], { description: "Units merged into this one in the July 2025 reorganisation." })
  predecessors(@Root() place: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.predecessors, place.id);
  }

  @FieldResolver(() => [Intervention], { description: "Interventions here (roll-up)." })
  interventions(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("includeSubPlaces", { defaultValue: true }) includeSubPlaces: boolean) {
    return includeSubPlaces ? ctx.loaders.within(Within.interventions).load(place.id) : relatedNodes(ctx, Relations.locatedHere, place.id, Label.Intervention);
  }

  @FieldResolver(() => [Event], { description: "Events held here (roll-up)." })
  events(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("includeSubPlaces", { defaultValue: true }) includeSubPlaces: boolean) {
    return includeSubPlaces ? ctx.loaders.within(Within.events).load(place.id) : relatedNodes(ctx, Relations.locatedHere, place.id, Label.Event);
  }

  @FieldResolver(() => [Organization], { description: "Organizations based here (roll-up)." })
  organizations(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("includeSubPlaces", { defaultValue: true }) includeSubPlaces: boolean) {
    return includeSubPlaces
      ? ctx.loaders.within(Within.organizations).load(place.id)
      : relatedNodes(ctx, Relations.locatedHere, place.id, Label.Organization);
  }

  @FieldResolver(() => [Product], { description: "Products from here (roll-up)." })
  products(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("includeSubPlaces", { defaultValue: true }) includeSubPlaces: boolean) {
    return includeSubPlaces ? ctx.loaders.within(Within.products).load(place.id) : relatedNodes(ctx, Relations.locatedHere, place.id, Label.Product);
  }

  @FieldResolver(() => [Project], { description: "Projects whose area includes this place or places inside it." })
  projects(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("includeSubPlaces", { defaultValue: true }) includeSubPlaces: boolean) {
    return includeSubPlaces ? ctx.loaders.within(Within.projects).load(place.id) : relatedNodes(ctx, Relations.coveredBy, place.id, Label.Project);
  }

  @FieldResolver(() => [Program], { description: "Programs whose area includes this place or places inside it." })
  programs(@Root() place: NodeValue, @Ctx() ctx: Context, @Arg("includeSubPlaces", { defaultValue: true }) includeSubPlaces: boolean) {
    return includeSubPlaces ? ctx.loaders.within(Within.programs).load(place.id) : relatedNodes(ctx, Relations.coveredBy, place.id, Label.Program);
  }
}
