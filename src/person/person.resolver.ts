import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Role } from "../common/enums.type";
import { NameFilter, baseListFilter } from "../entity/entity.filter";
import { involvements, relatedItems } from "../entity/entity.fields";
import { toProvenance, type NodeValue } from "../entity/entity.mapper";
import { createEntityQueries } from "../entity/entity.queries";
import { Relations } from "../entity/entity.relations";
import { Label } from "../graph/graph.model";
import { Involvement, Membership } from "../involvement/involvement.type";
import { Person } from "./person.type";

const Queries = createEntityQueries({
  label: Label.Person,
  type: Person,
  single: "person",
  plural: "people",
  filterType: NameFilter,
  toFilter: baseListFilter,
});

@Resolver(() => Person)
export class PersonResolver extends Queries {
  @FieldResolver(() => [Membership], { description: "Positions held, as the sources give them." })
  async memberships(@Root() person: NodeValue, @Ctx() ctx: Context) {
    const items = await relatedItems(ctx, Relations.memberships, person.id);
    return items.map((i) => ({ person, organization: i.node, position: i.rel.position ?? null, provenance: toProvenance(i.rel) }));
  }

  @FieldResolver(() => [Involvement])
  involvements(@Root() person: NodeValue, @Ctx() ctx: Context, @Arg("role", () => Role, { nullable: true }) role?: Role | null) {
    return involvements(ctx, Relations.involvements, person, role);
  }
}
