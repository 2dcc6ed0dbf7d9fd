import { createUnionType, Field, ObjectType } from "type-graphql";
import { Role } from "../common/enums.type";
import { Provenance, type Typed } from "../entity/entity.type";
import { Event } from "../event/event.type";
import { Intervention } from "../intervention/intervention.type";
import { Organization } from "../organization/organization.type";
import { Person } from "../person/person.type";
import { Program } from "../program/program.type";
import { Project } from "../project/project.type";

export const Actor = createUnionType({
  name: "Actor",
  description: "Who takes part: an organization or a person.",
  types: () => [Organization, Person] as const,
  resolveType: (value) => (value as unknown as Typed).__typename,
});

export const Activity = createUnionType({
  name: "Activity",
  description: "What one takes part in: a program, project, intervention or event.",
  types: () => [Program, Project, Intervention, Event] as const,
  resolveType: (value) => (value as unknown as Typed).__typename,
});

@ObjectType({ description: "An actor's part in an activity, in a role, as a source states it." })
export class Involvement {
  @Field(() => Role)
  role!: Role;

  @Field(() => Actor)
  actor!: typeof Actor;

  @Field(() => Activity)
  activity!: typeof Activity;

  @Field(() => Provenance, { nullable: true })
  provenance!: Provenance | null;
}

@ObjectType({ description: "A person's position in an organization." })
export class Membership {
  @Field(() => Person)
  person!: Person;

  @Field(() => Organization)
  organization!: Organization;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => Provenance, { nullable: true })
  provenance!: Provenance | null;
}
