/**
 * THE model of the graph, declared once: node kinds and relationship types.
 *
 * Everything else is derived from these two tables: seed validation (seed.schema.ts), the
 * uniqueness constraints and the full-text index (graph.schema.ts), the GraphQL object types,
 * their relationship fields, list filters and lookups (types/, entities/), the search kinds,
 * how each kind ties to places for place roll-ups (graph.rollup.ts), and the README's graph
 * tables (`npm run docs`). To add a kind: add its label, a KINDS entry and the relationships
 * that reach it; then its seed data.
 *
 * Cypher only ever interpolates these constants (labels and types cannot be parameters); every
 * value comes in as a $parameter.
 */
import { ActivityKind, DocumentType, type EnumSpec, EventType, ModelCategory, OrgType, OutcomeType, PlaceLevel } from "./graph.enums";

export enum Label {
  Entity = "Entity",
  Source = "Source",
  Organization = "Organization",
  Person = "Person",
  Program = "Program",
  Project = "Project",
  Intervention = "Intervention",
  Model = "Model",
  Event = "Event",
  Place = "Place",
  Product = "Product",
  Document = "Document",
  EthnicGroup = "EthnicGroup",
  Country = "Country",
  Outcome = "Outcome",
  Metric = "Metric",
  Claim = "Claim",
}

export enum RelType {
  INVOLVED_IN = "INVOLVED_IN",
  PART_OF = "PART_OF",
  LOCATED_IN = "LOCATED_IN",
  COVERS = "COVERS",
  APPLIES = "APPLIES",
  TRAINS_ON = "TRAINS_ON",
  MEMBER_OF = "MEMBER_OF",
  SHOWCASED = "SHOWCASED",
  LEARNED_FROM = "LEARNED_FROM",
  PRODUCED_BY = "PRODUCED_BY",
  BASED_ON = "BASED_ON",
  ISSUED_BY = "ISSUED_BY",
  SUCCEEDED_BY = "SUCCEEDED_BY",
  GAVE_TO = "GAVE_TO",
  SERVES = "SERVES",
  BASED_IN = "BASED_IN",
  SENDS_TO = "SENDS_TO",
  HAS_OUTCOME = "HAS_OUTCOME",
  /** Provenance of a node: (node)-[:MENTIONED_IN {quote}]->(Source). Written by the loader. */
  MENTIONED_IN = "MENTIONED_IN",
  HAS_METRIC = "HAS_METRIC",
  HAS_CLAIM = "HAS_CLAIM",
}

/** A stored property's type. `date` is stored as a Neo4j DATE with its precision kept beside it. */
/**
 * A property's type; an enum's `except` are values of the (shared) enum this property never
 * takes: the seed check refuses them and the docs leave them out.
 */
export type PropType = "string" | "date" | "int" | "float" | "boolean" | "stringList" | { enum: Record<string, string>; name: string; except?: readonly string[] };

export interface PropSpec {
  readonly type: PropType;
  readonly description?: string;
  /** Required in seed files and non-null in GraphQL. */
  readonly required?: boolean;
}

/** The kind's list filter: its base fields, and the properties it filters on by equality. */
export interface FilterSpec {
  /** NAME: text; LOCATED: text + place; PLACE_TIME: text + place + from/to. */
  readonly base: "NAME" | "LOCATED" | "PLACE_TIME";
  readonly equals?: readonly string[];
  /** Adds `within`: only places inside this one (Place lists). */
  readonly within?: boolean;
}

/**
 * How a kind counts for a place in place roll-ups and `place` filters: the relationship types
 * from it (or from what lies below it, `below` PART_OF hops) to a Place.
 */
export interface PlaceTie {
  readonly via: readonly RelType[];
  /** PART_OF hops below the kind whose places also count (a program's projects and interventions). */
  readonly below?: number;
}

export interface KindSpec {
  readonly label: Label;
  /** The GraphQL object type's name (the label, unless it says otherwise). */
  readonly typeName: string;
  readonly description: string;
  /** Query names: `<single>(id)` and `<plural>(filter, first, after)`. */
  readonly single: string;
  readonly plural: string;
  readonly props: Readonly<Record<string, PropSpec>>;
  /** Has startDate/endDate, exposed as `period`. */
  readonly dated?: boolean;
  readonly placeTie?: PlaceTie;
  readonly filter: FilterSpec;
}

const str = (description?: string): PropSpec => ({ type: "string", description });
const date = (description?: string): PropSpec => ({ type: "date", description });
const num = (description?: string): PropSpec => ({ type: "float", description });
const oneOf = (values: Record<string, string>, name: string, description?: string, required = false): PropSpec => ({
  type: { enum: values, name },
  description,
  required,
});

/** Node kinds of the graph; every node of these kinds also carries the Entity label. */
export const KINDS = {
  Organization: {
    label: Label.Organization,
    typeName: "Organization",
    description: "An NGO, agency, people's committee, mass organization, cooperative, business, group or delegation.",
    single: "organization",
    plural: "organizations",
    props: {
      orgType: oneOf(OrgType, "OrgType"),
      acronym: str(),
      country: str("Where it is from, as text; `basedIn` links the Country."),
    },
    placeTie: { via: [RelType.LOCATED_IN] },
    filter: { base: "LOCATED", equals: ["orgType"] },
  },
  Person: {
    label: Label.Person,
    typeName: "Person",
    description: "A named person: officials, trainers, delegation heads, reporters.",
    single: "person",
    plural: "people",
    props: { honorific: str("As the source addresses them: Ts., Ông, Đồng chí…"), gender: str() },
    placeTie: { via: [RelType.LOCATED_IN] },
    filter: { base: "NAME" },
  },
  Program: {
    label: Label.Program,
    typeName: "Program",
    description: "A national target program or other government program (NTP poverty reduction, NTP ethnic-minority areas, OCOP).",
    single: "program",
    plural: "programs",
    props: { code: str() },
    dated: true,
    placeTie: { via: [RelType.COVERS, RelType.LOCATED_IN], below: 4 },
    filter: { base: "PLACE_TIME" },
  },
  Project: {
    label: Label.Project,
    typeName: "Project",
    description: "A project: funded, time-bound work, possibly part of a program.",
    single: "project",
    plural: "projects",
    props: { goal: str(), code: str() },
    dated: true,
    placeTie: { via: [RelType.COVERS, RelType.LOCATED_IN], below: 3 },
    filter: { base: "PLACE_TIME" },
  },
  Intervention: {
    label: Label.Intervention,
    typeName: "Intervention",
    description: "Something done for people in places: a model run, a training, a build, a visit, funding; who, where, when, for whom, with which numbers.",
    single: "intervention",
    plural: "interventions",
    props: {
      // EVENT is the activity of an event's 3W rows, never an intervention's.
      activity: {
        ...oneOf(ActivityKind, "ActivityKind", "What it did. Only MODEL_RUN runs its models (APPLIES) in its places; a TRAINING has topics (TRAINS_ON). Never EVENT."),
        type: { enum: ActivityKind, name: "ActivityKind", except: [ActivityKind.EVENT] },
      },
      forWhom: str("The people it was for, in the source's words; `ethnicGroups` links the groups named."),
      status: str(),
    },
    dated: true,
    placeTie: { via: [RelType.LOCATED_IN] },
    filter: { base: "PLACE_TIME" },
  },
  Model: {
    label: Label.Model,
    typeName: "LivelihoodModel",
    description: "A replicable livelihood model or practice: chicken raising, beekeeping, watermelon, clean tea, labour export…",
    single: "model",
    plural: "models",
    props: { category: oneOf(ModelCategory, "ModelCategory") },
    filter: { base: "NAME", equals: ["category"] },
  },
  Event: {
    label: Label.Event,
    typeName: "Event",
    description: "A conference, workshop, training, study tour or festival.",
    single: "event",
    plural: "events",
    props: { eventType: oneOf(EventType, "EventType") },
    dated: true,
    placeTie: { via: [RelType.LOCATED_IN] },
    filter: { base: "PLACE_TIME", equals: ["eventType"] },
  },
  Place: {
    label: Label.Place,
    typeName: "Place",
    description: "An administrative unit or village. Units replaced in the July 2025 reorganisation have validTo and `successors`.",
    single: "place",
    plural: "places",
    props: {
      level: oneOf(PlaceLevel, "PlaceLevel", undefined, true),
      code: str("Official code (GSO): 2 digits for provinces, 3 for districts, 5 for communes."),
      unitType: str("Tỉnh, Thành phố, Huyện, Xã, Thị trấn, Bản…"),
      officialName: str(),
      validFrom: date(),
      validTo: date(),
      latitude: num(),
      longitude: num(),
      coordinatesApproximate: { type: "boolean", description: "True when the coordinates are borrowed (a legacy commune takes its 2025 successor's)." },
      areaKm2: num(),
      region: str("Socio-economic region of a province, e.g. Trung du và miền núi phía Bắc."),
    },
    filter: { base: "NAME", equals: ["level", "code"], within: true },
  },
  Product: {
    label: Label.Product,
    typeName: "Product",
    description: "A product: start-up products, OCOP products, local specialities.",
    single: "product",
    plural: "products",
    props: { category: str() },
    placeTie: { via: [RelType.LOCATED_IN] },
    filter: { base: "LOCATED" },
  },
  Document: {
    label: Label.Document,
    typeName: "Document",
    description: "A decision, plan or resolution that programs and events are based on.",
    single: "document",
    plural: "documents",
    props: { number: str("Official number, e.g. 654/QĐ-LĐTBXH."), docType: oneOf(DocumentType, "DocumentType"), issuedOn: date() },
    filter: { base: "NAME", equals: ["docType"] },
  },
  EthnicGroup: {
    label: Label.EthnicGroup,
    typeName: "EthnicGroup",
    description: "One of Vietnam's ethnic groups (Mông, Thái, Dao…), for whom programs and interventions work.",
    single: "ethnicGroup",
    plural: "ethnicGroups",
    props: {},
    filter: { base: "NAME" },
  },
  Country: {
    label: Label.Country,
    typeName: "Country",
    description: "A country: where an organization is based, where labour export sends workers.",
    single: "country",
    plural: "countries",
    props: { isoCode: str("ISO 3166-1 alpha-2, e.g. DE.") },
    filter: { base: "NAME" },
  },
  Outcome: {
    label: Label.Outcome,
    typeName: "Outcome",
    description:
      "What a source says came of an activity or model: a result, a lesson, a change or a next step. `name` is the curator's short wording; the source's own words are its provenance quote. Numbers stay metrics.",
    single: "outcome",
    plural: "outcomes",
    props: { outcomeType: oneOf(OutcomeType, "OutcomeType", "Result, lesson, change (of awareness or practice) or next step (a plan to continue or replicate).", true) },
    // No place of its own: an outcome is about an activity or model (`about`), which has the places.
    filter: { base: "NAME", equals: ["outcomeType"] },
  },
} as const satisfies Record<string, KindSpec>;

export type KindName = keyof typeof KINDS;
export const KIND_LIST: readonly KindSpec[] = Object.values(KINDS);
/** Labels of the entity kinds (every such node also has the Entity label). */
export const ENTITY_LABELS: readonly Label[] = KIND_LIST.map((k) => k.label);
export const kindOfLabel = (label: Label): KindSpec | undefined => KIND_LIST.find((k) => k.label === label);
/** The entity label named `name` (a kind of the table), or undefined. */
export const entityLabel = (name: string): Label | undefined => ENTITY_LABELS.find((l) => l === name);
/** The relationship type named `name` (of the table), or undefined. */
export const relTypeOf = (name: string): RelType | undefined => ENTITY_REL_TYPES.find((t) => t === name);

/**
 * Named roll-ups (graph.rollup.ts gives their Cypher): a relationship field may count the
 * relationships of the nodes a roll-up reaches from the entity instead of the entity's own.
 */
export enum Rollup {
  /** An organization and its units at any depth. */
  UNITS = "UNITS",
  /** A model and its variants at any depth. */
  VARIANTS = "VARIANTS",
  /** Interventions running (APPLIES) a model or one of its variants. */
  VARIANT_RUNS = "VARIANT_RUNS",
}

/** The GraphQL types that return a relationship with its properties (a FieldSpec's `edge`). */
export const EDGE_KINDS = ["Involvement", "Membership", "LearningLink", "Gift"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/**
 * A GraphQL field derived from a relationship: on which kinds, which way, and what it lists.
 * `edge` fields return the relationship with its properties (Involvement, Membership…) and are
 * resolved by their capability (partners/); every other field lists the related nodes, sorted by name.
 */
export interface FieldSpec {
  readonly on: readonly Label[];
  readonly name: string;
  readonly direction: "OUT" | "IN";
  /** Only related nodes of these labels (default: every label at the other end). */
  readonly only?: readonly Label[];
  /** Count the relationships of what these roll-ups reach from the entity, plus its own. */
  readonly rollup?: readonly Rollup[];
  /** Follow a chain of this many hops of the type, e.g. "1..4" for a project's programs. */
  readonly hops?: string;
  readonly description?: string;
  readonly edge?: EdgeKind;
  /** Takes a `role` argument (INVOLVED_IN edges). */
  readonly roleArg?: boolean;
}

export interface RelSpec {
  readonly type: RelType;
  readonly description: string;
  readonly from: readonly Label[];
  readonly to: readonly Label[];
  /** INVOLVED_IN carries the role the source states; other types take none. */
  readonly role: "required" | "forbidden";
  readonly props?: Readonly<Record<string, PropSpec>>;
  readonly fields: readonly FieldSpec[];
}

const L = Label;
const ACTORS = [L.Organization, L.Person];
/** What actors take part in (INVOLVED_IN): the kinds a partnership goes through. */
export const ACTIVITIES: readonly Label[] = [L.Program, L.Project, L.Intervention, L.Event];

/** What an outcome can be about (HAS_OUTCOME). */
export const OUTCOME_HOLDERS: readonly Label[] = [L.Intervention, L.Event, L.Project, L.Program, L.Model];

/** Relationship types between entities, with the fields they give the GraphQL types. */
export const RELATIONSHIPS: readonly RelSpec[] = [
  {
    type: RelType.INVOLVED_IN,
    description: "An actor took part in an activity, in a role.",
    from: ACTORS,
    to: ACTIVITIES,
    role: "required",
    fields: [
      {
        on: [L.Organization],
        name: "involvements",
        direction: "OUT",
        rollup: [Rollup.UNITS],
        edge: "Involvement",
        roleArg: true,
        description: "Programs, projects, interventions and events it or one of its units took part in (`actor` says which).",
      },
      { on: [L.Person], name: "involvements", direction: "OUT", edge: "Involvement", roleArg: true },
      { on: ACTIVITIES, name: "participants", direction: "IN", edge: "Involvement", roleArg: true, description: "Who took part and in what role, with provenance." },
    ],
  },
  {
    type: RelType.PART_OF,
    description: "Hierarchies: place in place, project in program, intervention in project, unit in organization, variant in model.",
    from: [L.Place, L.Project, L.Intervention, L.Event, L.Organization, L.Program, L.Model],
    to: [L.Place, L.Program, L.Project, L.Organization, L.Event, L.Model],
    role: "forbidden",
    fields: [
      { on: [L.Organization], name: "parentOrganizations", direction: "OUT", only: [L.Organization], description: "Organizations it is a unit or member of." },
      { on: [L.Organization], name: "units", direction: "IN", only: [L.Organization], description: "Its units and member organizations." },
      {
        on: [L.Program],
        name: "projects",
        direction: "IN",
        only: [L.Project],
        hops: "1..3",
        description: "Projects under this program at any depth (projects, sub-projects, local implementations).",
      },
      { on: [L.Program], name: "parentPrograms", direction: "OUT", only: [L.Program], description: "Programs this one is part of." },
      {
        on: [L.Project],
        name: "programs",
        direction: "OUT",
        only: [L.Program],
        hops: "1..4",
        description: "Programs it belongs to, directly or through the projects it implements.",
      },
      { on: [L.Project], name: "parentProjects", direction: "OUT", only: [L.Project], description: "The projects this one implements or belongs to." },
      { on: [L.Project], name: "subProjects", direction: "IN", only: [L.Project], description: "Local implementations and sub-projects." },
      { on: [L.Project], name: "interventions", direction: "IN", only: [L.Intervention], hops: "1..4", description: "Its interventions and its sub-projects'." },
      { on: [L.Project], name: "events", direction: "IN", only: [L.Event] },
      { on: [L.Intervention], name: "projects", direction: "OUT", only: [L.Project] },
      { on: [L.Intervention], name: "programs", direction: "OUT", only: [L.Program], hops: "1..4", description: "Programs it belongs to, directly or through its projects." },
      { on: [L.Model], name: "variants", direction: "IN", only: [L.Model], description: "More specific forms, e.g. native black chicken for chicken raising." },
      { on: [L.Model], name: "broader", direction: "OUT", only: [L.Model], description: "The broader models this one is a form of." },
      { on: [L.Event], name: "partOf", direction: "OUT", description: "The projects, programs or larger events it belongs to." },
      { on: [L.Place], name: "children", direction: "IN", only: [L.Place], description: "The units directly below." },
    ],
  },
  {
    type: RelType.LOCATED_IN,
    description: "Where something is or happened.",
    from: [L.Organization, L.Event, L.Intervention, L.Product, L.Person],
    to: [L.Place],
    role: "forbidden",
    fields: [
      { on: [L.Organization], name: "locatedIn", direction: "OUT" },
      { on: [L.Intervention, L.Event, L.Product], name: "places", direction: "OUT" },
    ],
  },
  {
    type: RelType.COVERS,
    description: "The area a program, project or document applies to.",
    from: [L.Program, L.Project, L.Document],
    to: [L.Place],
    role: "forbidden",
    fields: [
      { on: [L.Program], name: "covers", direction: "OUT", description: "Areas the program is implemented in, where sources say so." },
      { on: [L.Project], name: "covers", direction: "OUT", description: "The project's implementation area." },
    ],
  },
  {
    type: RelType.APPLIES,
    description: "The intervention ran the model in its places.",
    from: [L.Intervention],
    to: [L.Model],
    role: "forbidden",
    fields: [
      { on: [L.Intervention], name: "models", direction: "OUT", description: "Models it ran (MODEL_RUN)." },
      { on: [L.Model], name: "interventions", direction: "IN", rollup: [Rollup.VARIANTS], description: "Where and by whom this model or one of its variants was run." },
    ],
  },
  {
    type: RelType.TRAINS_ON,
    description: "People were trained on the model as a topic, which is not running it.",
    from: [L.Intervention],
    to: [L.Model],
    role: "forbidden",
    fields: [
      { on: [L.Intervention], name: "topics", direction: "OUT", description: "Models a training was about: topics, not models run." },
      { on: [L.Model], name: "trainings", direction: "IN", rollup: [Rollup.VARIANTS], description: "Trainings on this model or one of its variants." },
    ],
  },
  {
    type: RelType.MEMBER_OF,
    description: "A person's position in an organization.",
    from: [L.Person],
    to: [L.Organization],
    role: "forbidden",
    props: { position: str() },
    fields: [
      { on: [L.Person], name: "memberships", direction: "OUT", edge: "Membership", description: "Positions held, as the sources give them." },
      { on: [L.Organization], name: "members", direction: "IN", edge: "Membership" },
    ],
  },
  {
    type: RelType.SHOWCASED,
    description: "What an event presented or visited.",
    from: [L.Event],
    to: [L.Intervention, L.Product, L.Model, L.Program],
    role: "forbidden",
    fields: [
      { on: [L.Event], name: "showcased", direction: "OUT", description: "Interventions, products, models and programs presented or visited." },
      { on: [L.Intervention], name: "showcasedAt", direction: "IN", description: "Events that presented or visited it." },
      { on: [L.Product], name: "showcasedAt", direction: "IN" },
      {
        on: [L.Model],
        name: "showcasedAt",
        direction: "IN",
        rollup: [Rollup.VARIANTS, Rollup.VARIANT_RUNS],
        description: "Events that presented it, one of its variants, or an intervention running them.",
      },
    ],
  },
  {
    type: RelType.LEARNED_FROM,
    description: "An actor learned from an organization, intervention or place, e.g. on a study tour (`eventId`).",
    from: ACTORS,
    to: [L.Organization, L.Intervention, L.Place],
    role: "forbidden",
    props: { eventId: str("The event (study tour) where it was learned.") },
    fields: [{ on: [L.Organization], name: "learnedFrom", direction: "OUT", edge: "LearningLink", description: "What it learned from on study tours and exchanges." }],
  },
  {
    type: RelType.PRODUCED_BY,
    description: "Who or where makes a product.",
    from: [L.Product],
    to: [L.Organization, L.Place],
    role: "forbidden",
    fields: [{ on: [L.Product], name: "producedBy", direction: "OUT", description: "Organizations or places that produce it." }],
  },
  {
    type: RelType.BASED_ON,
    description: "Legal or planning basis: decisions, plans, parent programs.",
    from: [L.Event, L.Project, L.Program, L.Document, L.Intervention],
    to: [L.Document, L.Program],
    role: "forbidden",
    fields: [
      { on: [L.Program], name: "documents", direction: "IN", only: [L.Document], description: "Decisions, plans and resolutions based on or about this program." },
      { on: [L.Project], name: "basedOn", direction: "OUT", only: [L.Document] },
      { on: [L.Event], name: "basedOn", direction: "OUT", description: "Decisions, plans and programs it was held under." },
      { on: [L.Event], name: "documents", direction: "OUT", only: [L.Document], description: "Documents among `basedOn`." },
      { on: [L.Document], name: "basedOn", direction: "OUT", description: "Documents and programs it is based on or concerns." },
      { on: [L.Document], name: "basisOf", direction: "IN", description: "Events, projects, programs and documents based on it." },
    ],
  },
  {
    type: RelType.ISSUED_BY,
    description: "Who issued a document.",
    from: [L.Document],
    to: ACTORS,
    role: "forbidden",
    fields: [{ on: [L.Document], name: "issuedBy", direction: "OUT", description: "Who issued it." }],
  },
  {
    type: RelType.SUCCEEDED_BY,
    description: "Administrative succession in the July 2025 reorganisation (`merged`: several units became one; `divided`: split among several).",
    from: [L.Place],
    to: [L.Place],
    role: "forbidden",
    props: { effectiveOn: date(), merged: { type: "boolean" }, divided: { type: "boolean" } },
    fields: [
      { on: [L.Place], name: "successors", direction: "OUT", description: "Units that replaced this one in the July 2025 reorganisation." },
      { on: [L.Place], name: "predecessors", direction: "IN", description: "Units merged into this one in the July 2025 reorganisation." },
    ],
  },
  {
    type: RelType.GAVE_TO,
    description: "Gifts and in-kind support handed over (`what`), e.g. at an event (`eventId`).",
    from: [L.Organization],
    to: ACTORS,
    role: "forbidden",
    props: { what: str("What was given, in the source's words."), eventId: str("The event where it was handed over.") },
    fields: [
      { on: [L.Organization], name: "gave", direction: "OUT", edge: "Gift", description: "Gifts and in-kind support it handed over." },
      { on: ACTORS, name: "received", direction: "IN", edge: "Gift", description: "Gifts and in-kind support it received." },
    ],
  },
  {
    type: RelType.SERVES,
    description: "For whom: the ethnic groups a program, project, intervention or event works with, as the source names them.",
    from: [L.Program, L.Project, L.Intervention, L.Event],
    to: [L.EthnicGroup],
    role: "forbidden",
    fields: [
      { on: [L.Program, L.Project, L.Intervention, L.Event], name: "ethnicGroups", direction: "OUT", description: "Ethnic groups it works with or for, as the source names them." },
      { on: [L.EthnicGroup], name: "servedBy", direction: "IN", description: "Programs, projects, interventions and events for this group." },
    ],
  },
  {
    type: RelType.BASED_IN,
    description: "The country an organization is based in.",
    from: [L.Organization],
    to: [L.Country],
    role: "forbidden",
    fields: [
      { on: [L.Organization], name: "basedIn", direction: "OUT", description: "The country it is based in, where the source says so." },
      { on: [L.Country], name: "organizations", direction: "IN", description: "Organizations based in this country." },
    ],
  },
  {
    type: RelType.SENDS_TO,
    description: "Labour export: the country workers are sent to.",
    from: [L.Program, L.Project, L.Intervention, L.Model],
    to: [L.Country],
    role: "forbidden",
    fields: [
      { on: [L.Program, L.Project, L.Intervention, L.Model], name: "destinations", direction: "OUT", description: "Countries workers are sent to (labour export)." },
      { on: [L.Country], name: "destinationOf", direction: "IN", description: "Labour-export programs, projects, interventions and models sending workers here." },
    ],
  },
  {
    type: RelType.HAS_OUTCOME,
    description: "What came of an intervention, event, project, program or model, as a source states it (an Outcome with its quote).",
    from: OUTCOME_HOLDERS,
    to: [L.Outcome],
    role: "forbidden",
    fields: [
      {
        on: [L.Intervention, L.Event, L.Project, L.Program],
        name: "outcomes",
        direction: "OUT",
        description: "Results, lessons, changes and next steps a source states about it.",
      },
      {
        on: [L.Model],
        name: "outcomes",
        direction: "OUT",
        rollup: [Rollup.VARIANTS, Rollup.VARIANT_RUNS],
        description: "Outcomes stated about this model, one of its variants, or an intervention running them.",
      },
      { on: [L.Outcome], name: "about", direction: "IN", description: "The interventions, events, projects, programs or models the outcome is about." },
    ],
  },
];

export const relSpec = (type: RelType): RelSpec | undefined => RELATIONSHIPS.find((r) => r.type === type);

/** The relationship types as the API names and describes them (registered with the graph's enums, graph.enums.ts GRAPH_ENUMS). */
export const RELATION_TYPE_ENUM: EnumSpec = { values: RelType, name: "RelationType", description: "Relationship types of the graph." };

/** Relationship types between entities (provenance edges excluded). */
export const ENTITY_REL_TYPES: readonly RelType[] = RELATIONSHIPS.map((r) => r.type);

/**
 * issue #21 (aggregates): the label of the 3W summary's aggregates (src/who-what-where/who-what-where.aggregates.ts).
 * No kind of the model (like AppAccount and AppDraft): nothing that lists, counts or searches the
 * kinds sees these nodes. Declared here because two capabilities meet on it: who-what-where keeps
 * them, and the seed loader, below it, drops them when it loads without keeping them.
 */
export const SUMMARY_LABEL = "AppSummary";

/**
 * issue #21 (planner facts): the label of the facts the planners keep per place
 * (src/replicable-models/replicable-models.facts.ts): one node per place id (`key`) holding the
 * livelihood models run there or under it, and one marker (`key: ''`) saying they are kept. No
 * kind of the model either; declared here because the seed loader drops them with the summary's.
 */
export const PLACE_FACTS_LABEL = "AppPlaceFacts";
