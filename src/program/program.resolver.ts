import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Document } from "../document/document.type";
import { PlaceTimeFilter, baseListFilter } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Label } from "../graph/graph.model";
import { withParticipants } from "../involvement/involvement.fields";
import { Place } from "../place/place.type";
import { Project } from "../project/project.type";
import { Program } from "./program.type";

const Queries = createEntityQueries({
  label: Label.Program,
  type: Program,
  single: "program",
  plural: "programs",
  filterType: PlaceTimeFilter,
  toFilter: baseListFilter,
});

@Resolver(() => Program)
export class ProgramResolver extends withParticipants(Queries, Program) {
  @FieldResolver(() => [Project], { description: "Projects under this program at any depth (projects, sub-projects, local implementations)." })
  projects(@Root() program: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.projectsBelow, program.id);
  }

  @FieldResolver(() => [Program], { description: "Programs this one is part of." })
  parentPrograms(@Root() program: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, program.id, Label.Program);
  }

  @FieldResolver(() => [Place], { description: "Areas the program is implemented in, where sources say so." })
  covers(@Root() program: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.covers, program.id);
  }

  @FieldResolver(() => [Document], { description: "Decisions, plans and resolutions based on or about this program." })
  documents(@Root() program: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.basisOf, program.id, Label.Document);
  }
}
