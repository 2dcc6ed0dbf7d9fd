import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { DocumentResolver } from "./document/document.resolver";
import { EntityResolver, ProvenanceResolver } from "./entity/entity.resolver";
import { EventResolver } from "./event/event.resolver";
import { HealthResolver } from "./server/health.resolver";
import { InterventionResolver } from "./intervention/intervention.resolver";
import { LivelihoodModelResolver } from "./livelihood-model/livelihood-model.resolver";
import { OrganizationResolver } from "./organization/organization.resolver";
import { PersonResolver } from "./person/person.resolver";
import { PlaceResolver } from "./place/place.resolver";
import { ProductResolver } from "./product/product.resolver";
import { ProgramResolver } from "./program/program.resolver";
import { ProjectResolver } from "./project/project.resolver";
import { SearchResolver } from "./search/search.resolver";
import { SourceResolver } from "./source/source.resolver";
import { WhoWhatWhereResolver } from "./who-what-where/who-what-where.resolver";

export const RESOLVERS = [
  EntityResolver,
  ProvenanceResolver,
  SourceResolver,
  OrganizationResolver,
  PersonResolver,
  ProgramResolver,
  ProjectResolver,
  InterventionResolver,
  LivelihoodModelResolver,
  EventResolver,
  PlaceResolver,
  ProductResolver,
  DocumentResolver,
  SearchResolver,
  WhoWhatWhereResolver,
  HealthResolver,
] as const;

let schemaPromise: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (type-graphql metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  schemaPromise ??= buildSchema({ resolvers: RESOLVERS, validate: false });
  return schemaPromise;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
