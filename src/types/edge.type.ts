import { createUnionType, Field, ObjectType } from "type-graphql";
import { Label, relSpec, RelType } from "../graph/graph.model";
import type { NodeRow, ProvenanceRow } from "../graph/graph.node";
import { Role } from "./enums.type";
import { Entity, Provenance } from "./entity.type";
import { kindType } from "./kind.type";

/**
 * Relationships with their properties, as GraphQL objects: who took part in what and in which
 * role, memberships, learning links, gifts, partnerships. The unions' members are the two ends
 * of INVOLVED_IN in the model table.
 */
const involvedIn = relSpec(RelType.INVOLVED_IN)!;
/** The object types of `labels`, at least one (a union needs a member). */
function typesOf(labels: readonly Label[]): [ReturnType<typeof kindType>, ...ReturnType<typeof kindType>[]] {
  const [first, ...rest] = labels.map(kindType);
  if (!first) throw new Error("a union needs at least one member");
  return [first, ...rest];
}

export const Actor = createUnionType({
  name: "Actor",
  description: "Who takes part: an organization or a person.",
  types: () => typesOf(involvedIn.from),
  resolveType: (value: Entity) => value.__typename,
});

export const Activity = createUnionType({
  name: "Activity",
  description: "What one takes part in: a program, project, intervention or event.",
  types: () => typesOf(involvedIn.to),
  resolveType: (value: Entity) => value.__typename,
});

@ObjectType({ simpleResolvers: true, description: "An actor's part in an activity, in a role, as sources state it (once, with every source)." })
export class Involvement {
  @Field(() => Role)
  role!: Role;

  @Field(() => Actor)
  actor!: NodeRow;

  @Field(() => Activity)
  activity!: NodeRow;

  @Field(() => Provenance, { nullable: true, description: "The best-ranked source's provenance (see `sources` for every source that states it)." })
  provenance!: ProvenanceRow | null;

  @Field(() => [Provenance], { description: "Every source that states this relationship, best-ranked first: the relationship is listed once however many sources state it." })
  sources!: ProvenanceRow[];

  @Field(() => Boolean, { description: "True when every source that states it marks it inferred by a curator (see each provenance's `inferredReason`)." })
  inferred!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A person's position in an organization." })
export class Membership {
  @Field(() => kindType(Label.Person))
  person!: NodeRow;

  @Field(() => kindType(Label.Organization))
  organization!: NodeRow;

  @Field(() => String, { nullable: true })
  position!: string | null;

  @Field(() => Provenance, { nullable: true, description: "The best-ranked source's provenance (see `sources` for every source that states it)." })
  provenance!: ProvenanceRow | null;

  @Field(() => [Provenance], { description: "Every source that states this relationship, best-ranked first: the relationship is listed once however many sources state it." })
  sources!: ProvenanceRow[];

  @Field(() => Boolean, { description: "True when every source that states it marks it inferred by a curator (see each provenance's `inferredReason`)." })
  inferred!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Something an actor learned from, e.g. on a study tour." })
export class LearningLink {
  @Field(() => Entity, { description: "The organization, intervention or place learned from." })
  from!: NodeRow;

  @Field(() => kindType(Label.Event), { nullable: true })
  event!: NodeRow | null;

  @Field(() => Provenance, { nullable: true, description: "The best-ranked source's provenance (see `sources` for every source that states it)." })
  provenance!: ProvenanceRow | null;

  @Field(() => [Provenance], { description: "Every source that states this relationship, best-ranked first: the relationship is listed once however many sources state it." })
  sources!: ProvenanceRow[];

  @Field(() => Boolean, { description: "True when every source that states it marks it inferred by a curator (see each provenance's `inferredReason`)." })
  inferred!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Something handed over, e.g. gifts at a conference." })
export class Gift {
  @Field(() => kindType(Label.Organization))
  giver!: NodeRow;

  @Field(() => Entity, { description: "The organization or person who received it." })
  recipient!: NodeRow;

  @Field(() => String, { nullable: true, description: "What was given, in the source's words." })
  what!: string | null;

  @Field(() => kindType(Label.Event), { nullable: true, description: "Where it was handed over." })
  event!: NodeRow | null;

  @Field(() => Provenance, { nullable: true, description: "The best-ranked source's provenance (see `sources` for every source that states it)." })
  provenance!: ProvenanceRow | null;

  @Field(() => [Provenance], { description: "Every source that states this relationship, best-ranked first: the relationship is listed once however many sources state it." })
  sources!: ProvenanceRow[];

  @Field(() => Boolean, { description: "True when every source that states it marks it inferred by a curator (see each provenance's `inferredReason`)." })
  inferred!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One activity two organizations shared." })
export class SharedActivity {
  @Field(() => Activity)
  activity!: NodeRow;

  @Field(() => Role, { description: "This organization's role." })
  role!: Role;

  @Field(() => Role, { description: "The partner's role." })
  partnerRole!: Role;

  @Field({
    description:
      "Always SAME_ACTIVITY: both take part in the activity. (Until 2026-12 also SHOWCASED, when one's work was shown at an event the other took part in; " +
      "that no longer makes partners.)",
  })
  link!: string;

  @Field({ description: "True when this organization's part or the partner's part in the activity is a curator's inference, not a source's statement." })
  inferred!: boolean;

  @Field(() => [String], { description: "Why each inferred part was inferred, as the curator wrote it (empty when both parts are stated)." })
  inferredReasons!: string[];

  @Field(() => Provenance, { nullable: true, description: "Where the partner's part is stated." })
  provenance!: ProvenanceRow | null;
}

@ObjectType({ simpleResolvers: true, description: "An organization this one worked with, and through what." })
export class Partnership {
  @Field(() => kindType(Label.Organization))
  partner!: NodeRow;

  @Field(() => [SharedActivity])
  via!: SharedActivity[];
}
