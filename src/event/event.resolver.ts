import { Ctx, Field, FieldResolver, InputType, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { EventType } from "../common/enums.type";
import { Document } from "../document/document.type";
import { PlaceTimeFilter, listFilterWithEquals } from "../entity/entity.filter";
import { relatedNodes } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Entity } from "../entity/entity.type";
import { Label } from "../graph/graph.model";
import { withParticipants } from "../involvement/involvement.fields";
import { Place } from "../place/place.type";
import { Event } from "./event.type";

@InputType()
export class EventFilter extends PlaceTimeFilter {
  @Field(() => EventType, { nullable: true })
  eventType?: EventType | null;
}

const Queries = createEntityQueries({
  label: Label.Event,
  type: Event,
  single: "event",
  plural: "events",
  filterType: EventFilter,
  toFilter: (f) => listFilterWithEquals(f, ["eventType"]),
});

@Resolver(() => Event)
export class EventResolver extends withParticipants(Queries, Event) {
  @FieldResolver(() => [Place])
  places(@Root() event: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.locatedIn, event.id);
  }

  @FieldResolver(() => [Entity], { description: "Interventions, products, models and programs presented or visited." })
  showcased(@Root() event: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.showcased, event.id);
  }

  @FieldResolver(() => [Entity], { description: "The projects, programs or larger events it belongs to." })
  partOf(@Root() event: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, event.id);
  }

  @FieldResolver(() => [Entity], { description: "Decisions, plans and programs it was held under." })
  basedOn(@Root() event: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.basedOn, event.id);
  }

  @FieldResolver(() => [Document], { description: "Documents among `basedOn`." })
  documents(@Root() event: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.basedOn, event.id, Label.Document);
  }
}
