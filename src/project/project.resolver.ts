import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Document } from "../document/document.type";
import { PlaceTimeFilter, baseListFilter } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Event } from "../event/event.type";
import { Label } from "../graph/graph.model";
import { Intervention } from "../intervention/intervention.type";
import { withParticipants } from "../involvement/involvement.fields";
import { Place } from "../place/place.type";
import { Program } from "../program/program.type";
import { Project } from "./project.type";

const Queries = createEntityQueries({
  label: Label.Project,
  type: Project,
  single: "project",
  plural: "projects",
  filterType: PlaceTimeFilter,
  toFilter: baseListFilter,
});

@Resolver(() => Project)
export class ProjectResolver extends withParticipants(Queries, Project) {
  @FieldResolver(() => [Program], { description: "Programs it belongs to, directly or through the projects it implements." })
  programs(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.programsAbove, project.id);
  }

  @FieldResolver(() => [Project], { description: "The projects this one implements or belongs to." })
  parentProjects(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, project.id, Label.Project);
  }

  @FieldResolver(() => [Project], { description: "Local implementations and sub-projects." })
  subProjects(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.parts, project.id, Label.Project);
  }

  @FieldResolver(() => [Intervention], { description: "Its interventions and its sub-projects'." })
  interventions(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.interventionsBelow, project.id);
  }

  @FieldResolver(() => [Event])
  events(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.parts, project.id, Label.Event);
  }

  @FieldResolver(() => [Place], { description: "The project's implementation area." })
  covers(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.covers, project.id);
  }

  @FieldResolver(() => [Document])
  basedOn(@Root() project: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.basedOn, project.id, Label.Document);
  }
}
