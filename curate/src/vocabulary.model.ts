/**
 * What the workbench offers in its selects, taken from the one model of the graph (src/graph):
 * the entity kinds (by GraphQL type name, as Proposal.entityKind names them), the relationship
 * types a curator may add (with which kinds each joins and whether it takes a role), the roles
 * and outcome types. Nothing here spells a kind or a type by hand.
 */
import { ACTIVITIES, KIND_LIST, kindOfLabel, Label, RELATIONSHIPS, RelType } from "@graph/graph.model";

/** Written by the loader itself, never proposed or added by a curator. */
const LOADER_ONLY: readonly RelType[] = [RelType.MENTIONED_IN, RelType.HAS_METRIC, RelType.HAS_CLAIM];

export interface RelChoice {
  type: string;
  description: string;
  /** Type names of the kinds each end may be. */
  from: string[];
  to: string[];
  needsRole: boolean;
}

const typeNames = (labels: readonly Label[]): string[] => labels.map((l) => kindOfLabel(l)?.typeName).filter((n): n is string => Boolean(n));

export const ENTITY_KINDS: readonly string[] = KIND_LIST.map((k) => k.typeName);

/** A kind's properties that take one of an enum's values (orgType, eventType, category, level): a select each. */
export interface EnumProp {
  name: string;
  values: string[];
}
export const ENUM_PROPS: ReadonlyMap<string, readonly EnumProp[]> = new Map(
  KIND_LIST.map((k) => [
    k.typeName,
    Object.entries(k.props).flatMap(([name, { type }]) => (typeof type === "object" ? [{ name, values: Object.values(type.enum).filter((v) => !type.except?.includes(v)) }] : [])),
  ]),
);

export const REL_CHOICES: readonly RelChoice[] = RELATIONSHIPS.filter((r) => !LOADER_ONLY.includes(r.type)).map((r) => ({
  type: r.type,
  description: r.description,
  from: typeNames(r.from),
  to: typeNames(r.to),
  needsRole: r.role === "required",
}));

/** The relationship an actor takes part in an activity by, in a role (a funder, an implementer…). */
export const INVOLVEMENT: RelChoice | undefined = REL_CHOICES.find((r) => r.type === RelType.INVOLVED_IN);

/** Kinds an actor takes part in (programs, projects, interventions, events). */
export const ACTIVITY_KINDS: readonly string[] = typeNames(ACTIVITIES);

/** The place kind's type name (the gazetteer's autocomplete is used for it). */
export const PLACE_KIND: string = kindOfLabel(Label.Place)?.typeName ?? "";
