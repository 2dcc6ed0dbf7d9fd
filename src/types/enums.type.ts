/** Registers the graph's enums as GraphQL enums (imported before any type that uses them). */
import { registerEnumType } from "type-graphql";
import { ActivityKind, DatePrecision, DocumentType, EventType, ModelCategory, OrgType, OutcomeType, PlaceLevel, Qualifier, Role, SourceKind } from "../graph/graph.enums";
import { KIND_LIST, RelType } from "../graph/graph.model";

registerEnumType(Role, { name: "Role", description: "The capacity in which an organization or person took part." });
registerEnumType(OrgType, { name: "OrgType" });
registerEnumType(EventType, { name: "EventType" });
registerEnumType(ActivityKind, {
  name: "ActivityKind",
  description:
    "What an activity did: an intervention ran a model, trained people, built, visited, funded…; EVENT: an event (conference, study tour, training, festival) held at its places.",
});
registerEnumType(ModelCategory, { name: "ModelCategory" });
registerEnumType(OutcomeType, { name: "OutcomeType", description: "What a source says came of the work: a result, a lesson, a change (of awareness or practice), a next step." });
registerEnumType(PlaceLevel, { name: "PlaceLevel", description: "Administrative level; districts exist only before July 2025." });
registerEnumType(DocumentType, { name: "DocumentType" });
registerEnumType(Qualifier, { name: "Qualifier", description: "How a number was stated: exactly, 'more than', 'at least', about." });
registerEnumType(SourceKind, { name: "SourceKind" });
registerEnumType(DatePrecision, { name: "DatePrecision" });
registerEnumType(RelType, { name: "RelationType", description: "Relationship types of the graph." });

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
