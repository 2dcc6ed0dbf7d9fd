import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { BaseContext } from "../context.type";
import type { HealthSlice } from "./health.service";

@ObjectType()
export class Health {
  @Field({ description: "True when the API answers (always, if you can read this)." })
  api!: boolean;

  @Field({ description: "True when the graph database answered a query just now, within a second." })
  database!: boolean;
}

@Resolver()
export class HealthResolver {
  @Query(() => Health, { description: "Liveness of the API and its database; never fails, answers within a second." })
  async health(@Ctx() ctx: BaseContext & HealthSlice): Promise<Health> {
    return { api: true, database: await ctx.health.databaseAnswers() };
  }
}
