import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../context";

@ObjectType()
export class Health {
  @Field({ description: "True when the API answers (always, if you can read this)." })
  api!: boolean;

  @Field({ description: "True when the graph database answered a query just now." })
  database!: boolean;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: "Liveness of the API and its database; never fails." })
  async health(@Ctx() ctx: Context): Promise<Health> {
    const database = await ctx.repos.entities.ping().then(
      () => true,
      () => false,
    );
    return { api: true, database };
  }
}
