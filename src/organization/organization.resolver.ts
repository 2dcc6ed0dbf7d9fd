import { Arg, Ctx, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { OrgType, Role } from "../common/enums.type";
import { LocatedFilter, listFilterWithEquals } from "../entity/entity.filter";
import { involvements, relatedItems, relatedNodes } from "../entity/entity.fields";
import { toProvenance, type NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Entity, Provenance } from "../entity/entity.type";
import { Event } from "../event/event.type";
import { Label } from "../graph/graph.model";
import { Activity, Involvement, Membership } from "../involvement/involvement.type";
import { Place } from "../place/place.type";
import { Organization } from "./organization.type";

@InputType()
export class OrganizationFilter extends LocatedFilter {
  @Field(() => OrgType, { nullable: true })
  orgType?: OrgType | null;
}

@ObjectType({ description: "One activity two organizations shared." })
export class SharedActivity {
  @Field(() => Activity)
  activity!: typeof Activity;

  @Field(() => Role, { description: "This organization's role." })
  role!: Role;

  @Field(() => Role, { description: "The partner's role." })
  partnerRole!: Role;

  @Field({ description: "SAME_ACTIVITY, or SHOWCASED when one's work was shown at an event the other took part in." })
  link!: string;

  @Field(() => Provenance, { nullable: true, description: "Where the partner's part is stated." })
  provenance!: Provenance | null;
}

@ObjectType({ description: "An organization this one worked with, and through what." })
export class Partnership {
  @Field(() => Organization)
  partner!: Organization;

  @Field(() => [SharedActivity])
  via!: SharedActivity[];
}

@ObjectType({ description: "Something an actor learned from, e.g. on a study tour." })
export class LearningLink {
  @Field(() => Entity, { description: "The organization, intervention or place learned from." })
  from!: Entity;

  @Field(() => Event, { nullable: true })
  event!: Event | null;

  @Field(() => Provenance, { nullable: true })
  provenance!: Provenance | null;
}

const Queries = createEntityQueries({
  label: Label.Organization,
  type: Organization,
  single: "organization",
  plural: "organizations",
  filterType: OrganizationFilter,
  toFilter: (f) => listFilterWithEquals(f, ["orgType"]),
});

@Resolver(() => Organization)
export class OrganizationResolver extends Queries {
  @FieldResolver(() => [Involvement], { description: "Programs, projects, interventions and events it or one of its units took part in (`actor` says which)." })
  involvements(@Root() org: NodeValue, @Ctx() ctx: Context, @Arg("role", () => Role, { nullable: true }) role?: Role | null) {
    return involvements(ctx, Relations.orgInvolvements, org, role);
  }

  @FieldResolver(() => [Partnership], { description: "Who it worked with, through which projects, interventions or events." })
  async partners(@Root() org: NodeValue, @Ctx() ctx: Context): Promise<Partnership[]> {
    const rows = await ctx.loaders.partners.load(org.id);
    return rows.map((row) => ({
      partner: row.partner as unknown as Organization,
      via: row.shared.map((s) => ({
        activity: s.activity as unknown as typeof Activity,
        role: s.role as Role,
        partnerRole: s.partnerRole as Role,
        link: s.link,
        provenance: s.sourceId ? { sourceId: s.sourceId, quote: s.quote ?? "", note: null } : null,
      })),
    }));
  }

  @FieldResolver(() => [Place])
  locatedIn(@Root() org: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.locatedIn, org.id);
  }

  @FieldResolver(() => [Organization], { description: "Organizations it is a unit or member of." })
  parentOrganizations(@Root() org: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.partOf, org.id, Label.Organization);
  }

  @FieldResolver(() => [Organization], { description: "Its units and member organizations." })
  units(@Root() org: NodeValue, @Ctx() ctx: Context) {
    return relatedNodes(ctx, Relations.parts, org.id, Label.Organization);
  }

  @FieldResolver(() => [Membership])
  async members(@Root() org: NodeValue, @Ctx() ctx: Context) {
    const items = await relatedItems(ctx, Relations.members, org.id);
    return items.map((i) => ({ person: i.node, organization: org, position: i.rel.position ?? null, provenance: toProvenance(i.rel) }));
  }

  @FieldResolver(() => [LearningLink], { description: "What it learned from on study tours and exchanges." })
  async learnedFrom(@Root() org: NodeValue, @Ctx() ctx: Context) {
    const items = await relatedItems(ctx, Relations.learnedFrom, org.id);
    const events = await ctx.loaders.entityById.loadMany(items.map((i) => String(i.rel.eventId ?? "")).filter(Boolean));
    const eventById = new Map(events.filter((e): e is NodeValue => !!e && !(e instanceof Error)).map((e) => [e.id, e]));
    return items.map((i) => ({
      from: i.node,
      event: eventById.get(String(i.rel.eventId)) ?? null,
      provenance: toProvenance(i.rel),
    }));
  }
}
