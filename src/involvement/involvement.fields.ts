import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../context";
import { Role } from "../common/enums.type";
import { involvements } from "../entity/entity.fields";
import type { NodeValue } from "../entity/entity.mapper";
import { Relations } from "../entity/entity.relations";
import { Involvement } from "./involvement.type";

/**
 * Adds `participants(role)` to an activity resolver (program, project, intervention, event):
 * the organizations and people involved and in what role.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withParticipants<T extends abstract new (...args: any[]) => object>(Base: T, activityType: ClassType) {
  @Resolver(() => activityType)
  abstract class WithParticipants extends Base {
    @FieldResolver(() => [Involvement], { description: "Who took part and in what role, with provenance." })
    participants(@Root() activity: NodeValue, @Ctx() ctx: Context, @Arg("role", () => Role, { nullable: true }) role?: Role | null) {
      return involvements(ctx, Relations.participants, activity, role);
    }
  }
  return WithParticipants;
}
