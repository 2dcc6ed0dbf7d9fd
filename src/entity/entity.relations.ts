import { ENTITY_LABELS, Label, RelType } from "../graph/graph.model";

/**
 * A relationship field: which relationship types, which way, to which labels. Specs are
 * constants; the Cypher built from them interpolates only these enum values.
 */
export interface RelationSpec {
  readonly key: string;
  /** Label of the nodes the loader is keyed by (indexed id lookup). */
  readonly from: Label.Entity | Label.Source;
  readonly types: readonly RelType[];
  readonly direction: "OUT" | "IN" | "BOTH";
  readonly targets: readonly Label[];
  /**
   * Roll-up (graph.rollup.ts): a pattern binding `s`, the nodes whose relationships count for
   * the entity `n` (its units, its variants, the interventions applying them). Default: `n` itself.
   */
  readonly start?: string;
  /** A chain of `types`, e.g. "1..4" for an intervention's programs through its projects. */
  readonly hops?: string;
}

const spec = (
  key: string,
  types: RelType[],
  direction: RelationSpec["direction"],
  targets: Label[],
  from: RelationSpec["from"] = Label.Entity,
  extra: Pick<RelationSpec, "start" | "hops"> = {},
): RelationSpec => Object.freeze({ key, from, types, direction, targets, ...extra });

/** `s`: the organization or model `n` and its parts at any depth (units, variants). */
const PARTS_OF = (label: Label): string => `(s:${label})-[:${RelType.PART_OF}*0..]->(n)`;

const ACTIVITIES = [Label.Program, Label.Project, Label.Intervention, Label.Event];
const ACTORS = [Label.Organization, Label.Person];
const ENTITIES = [...ENTITY_LABELS];

/** Every relationship type between entities (provenance edges excluded). */
export const ENTITY_REL_TYPES = Object.values(RelType).filter(
  (t) => t !== RelType.MENTIONED_IN && t !== RelType.HAS_METRIC && t !== RelType.HAS_CLAIM,
);

export const Relations = {
  mentions: spec("mentions", [RelType.MENTIONED_IN], "OUT", [Label.Source]),
  mentionedIn: spec("mentionedIn", [RelType.MENTIONED_IN], "IN", ENTITIES, Label.Source),
  metrics: spec("metrics", [RelType.HAS_METRIC], "OUT", [Label.Metric]),
  claims: spec("claims", [RelType.HAS_CLAIM], "OUT", [Label.Claim]),
  all: spec("all", ENTITY_REL_TYPES, "BOTH", ENTITIES),

  involvements: spec("involvements", [RelType.INVOLVED_IN], "OUT", ACTIVITIES),
  participants: spec("participants", [RelType.INVOLVED_IN], "IN", ACTORS),
  locatedIn: spec("locatedIn", [RelType.LOCATED_IN], "OUT", [Label.Place]),
  covers: spec("covers", [RelType.COVERS], "OUT", [Label.Place]),
  partOf: spec("partOf", [RelType.PART_OF], "OUT", ENTITIES),
  parts: spec("parts", [RelType.PART_OF], "IN", ENTITIES),
  applies: spec("applies", [RelType.APPLIES], "OUT", [Label.Model]),
  appliedBy: spec("appliedBy", [RelType.APPLIES], "IN", [Label.Intervention]),
  memberships: spec("memberships", [RelType.MEMBER_OF], "OUT", [Label.Organization]),
  members: spec("members", [RelType.MEMBER_OF], "IN", [Label.Person]),
  showcased: spec("showcased", [RelType.SHOWCASED], "OUT", ENTITIES),
  showcasedAt: spec("showcasedAt", [RelType.SHOWCASED], "IN", [Label.Event]),
  learnedFrom: spec("learnedFrom", [RelType.LEARNED_FROM], "OUT", ENTITIES),
  taughtTo: spec("taughtTo", [RelType.LEARNED_FROM], "IN", ACTORS),
  producedBy: spec("producedBy", [RelType.PRODUCED_BY], "OUT", [Label.Organization, Label.Place]),
  products: spec("products", [RelType.PRODUCED_BY], "IN", [Label.Product]),
  basedOn: spec("basedOn", [RelType.BASED_ON], "OUT", [Label.Document, Label.Program]),
  basisOf: spec("basisOf", [RelType.BASED_ON], "IN", ENTITIES),
  issuedBy: spec("issuedBy", [RelType.ISSUED_BY], "OUT", ACTORS),
  issued: spec("issued", [RelType.ISSUED_BY], "IN", [Label.Document]),
  successors: spec("successors", [RelType.SUCCEEDED_BY], "OUT", [Label.Place]),
  predecessors: spec("predecessors", [RelType.SUCCEEDED_BY], "IN", [Label.Place]),
  gaveTo: spec("gaveTo", [RelType.GAVE_TO], "OUT", ACTORS),
  locatedHere: spec("locatedHere", [RelType.LOCATED_IN], "IN", ENTITIES),
  coveredBy: spec("coveredBy", [RelType.COVERS], "IN", [Label.Program, Label.Project, Label.Document]),

  // Roll-ups: the same relationships, counted for the whole of an organization, model, program.
  /** An organization's involvements and its units'. */
  orgInvolvements: spec("orgInvolvements", [RelType.INVOLVED_IN], "OUT", ACTIVITIES, Label.Entity, { start: PARTS_OF(Label.Organization) }),
  /** Interventions applying a model or one of its variants. */
  modelInterventions: spec("modelInterventions", [RelType.APPLIES], "IN", [Label.Intervention], Label.Entity, { start: PARTS_OF(Label.Model) }),
  /** Events that showcased a model or one of its variants. */
  modelShowcasedAt: spec("modelShowcasedAt", [RelType.SHOWCASED], "IN", [Label.Event], Label.Entity, { start: PARTS_OF(Label.Model) }),
  /** Events that showcased an intervention applying a model or one of its variants. */
  modelShowcasedVia: spec("modelShowcasedVia", [RelType.SHOWCASED], "IN", [Label.Event], Label.Entity, {
    start: `(s:${Label.Intervention})-[:${RelType.APPLIES}]->(:${Label.Model})-[:${RelType.PART_OF}*0..]->(n)`,
  }),
  /** Programs above a project or intervention, through its projects. */
  programsAbove: spec("programsAbove", [RelType.PART_OF], "OUT", [Label.Program], Label.Entity, { hops: "1..4" }),
  /** Projects below a program or project, at any depth of sub-projects. */
  projectsBelow: spec("projectsBelow", [RelType.PART_OF], "IN", [Label.Project], Label.Entity, { hops: "1..3" }),
  /** Interventions below a program or project, through its sub-projects. */
  interventionsBelow: spec("interventionsBelow", [RelType.PART_OF], "IN", [Label.Intervention], Label.Entity, { hops: "1..4" }),
} as const;
