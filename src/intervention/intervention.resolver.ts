import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { PlaceTimeFilter, baseListFilter } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Event } from "../event/event.type";
import { Label } from "../graph/graph.model";
import { withParticipants } from "../involvement/involvement.fields";
import { LivelihoodModel } from "../livelihood-model/livelihood-model.type";
import { Place } from "../place/place.type";
import { Program } from "../program/program.type";
import { Project } from "../project/project.type";
import { Intervention } from "./intervention.type";

const Queries = createEntityQueries({
  label: Label.Intervention,
  type: Intervention,
  single: "intervention",
  plural: "interventions",
  filterType: PlaceTimeFilter,
  toFilter: baseListFilter,
});

@Resolver(() => Intervention)
export class InterventionResolver extends withParticipants(Queries, Intervention) {
  @FieldResolver(() => [LivelihoodModel])
  models(@Root() intervention: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.applies, intervention.id);
  }

  @FieldResolver(() => [Place])
  places(@Root() intervention: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.locatedIn, intervention.id);
  }

  @FieldResolver(() => [Project])
  projects(@Root() intervention: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, intervention.id, Label.Project);
  }

  @FieldResolver(() => [Program], { description: "Programs it belongs to, directly or through its projects." })
  programs(@Root() intervention: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.programsAbove, intervention.id);
  }

  @FieldResolver(() => [Event], { description: "Events that presented or visited it." })
  showcasedAt(@Root() intervention: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.showcasedAt, intervention.id);
  }
}
