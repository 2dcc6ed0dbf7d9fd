/** Registers the graph's enums (graph.enums.ts GRAPH_ENUMS) as GraphQL enums (imported before any type that uses them). */
import { registerEnumType } from "type-graphql";
import {
  ActivityKind,
  DatePrecision,
  DocumentType,
  EventType,
  GRAPH_ENUMS,
  ModelCategory,
  OrgType,
  OutcomeType,
  PlaceLevel,
  Qualifier,
  Role,
  SourceKind,
} from "../graph/graph.enums";
import { KIND_LIST, RELATION_TYPE_ENUM, RelType } from "../graph/graph.model";

for (const { values, name, description } of [...GRAPH_ENUMS, RELATION_TYPE_ENUM]) registerEnumType(values, { name, description });

/** Which way a relationship points, seen from the entity that lists it. */
export enum Direction {
  OUT = "OUT",
  IN = "IN",
}
registerEnumType(Direction, { name: "Direction" });

/** The entity kinds, as GraphQL names them (from the model table): search can be narrowed to them. */
export const EntityKind: Readonly<Record<string, string>> = Object.freeze(Object.fromEntries(KIND_LIST.map((k) => [k.typeName, k.typeName])));
registerEnumType(EntityKind, { name: "EntityKind", description: "The kinds of entity in the graph." });

export { ActivityKind, DatePrecision, DocumentType, EventType, ModelCategory, OrgType, OutcomeType, PlaceLevel, Qualifier, RelType, Role, SourceKind };
