/** Values stored on nodes and relationships; the model table (graph.model.ts) says where. */

export enum Role {
  FUNDER = "FUNDER",
  /** Involved, but the source does not say in which capacity. */
  PARTNER = "PARTNER",
  OWNER = "OWNER",
  COORDINATOR = "COORDINATOR",
  IMPLEMENTER = "IMPLEMENTER",
  CO_IMPLEMENTER = "CO_IMPLEMENTER",
  ORGANIZER = "ORGANIZER",
  CO_ORGANIZER = "CO_ORGANIZER",
  HOST = "HOST",
  PARTICIPANT = "PARTICIPANT",
  DELEGATION_HEAD = "DELEGATION_HEAD",
  SPEAKER = "SPEAKER",
  TRAINER = "TRAINER",
  BENEFICIARY = "BENEFICIARY",
  EXHIBITOR = "EXHIBITOR",
  REPORTER = "REPORTER",
}

export enum SourceKind {
  ARTICLE = "ARTICLE",
  DATASET = "DATASET",
}

export enum OrgType {
  INTERNATIONAL_NGO = "INTERNATIONAL_NGO",
  NGO = "NGO",
  GOVERNMENT_AGENCY = "GOVERNMENT_AGENCY",
  PEOPLES_COMMITTEE = "PEOPLES_COMMITTEE",
  MASS_ORGANIZATION = "MASS_ORGANIZATION",
  PUBLIC_SERVICE_UNIT = "PUBLIC_SERVICE_UNIT",
  UNIVERSITY = "UNIVERSITY",
  BANK = "BANK",
  COOPERATIVE = "COOPERATIVE",
  BUSINESS = "BUSINESS",
  COMMUNITY_GROUP = "COMMUNITY_GROUP",
  DELEGATION = "DELEGATION",
  OTHER = "OTHER",
}

export enum EventType {
  CONFERENCE = "CONFERENCE",
  WORKSHOP = "WORKSHOP",
  TRAINING = "TRAINING",
  STUDY_TOUR = "STUDY_TOUR",
  FESTIVAL = "FESTIVAL",
  MEETING = "MEETING",
  /** Handing over support: breeding animals, seedlings, equipment, grants (bàn giao, trao tặng, cấp phát). */
  HANDOVER = "HANDOVER",
  /** A donor's, leader's or delegation's visit to see work in the field (thăm, khảo sát, làm việc với). */
  FIELD_VISIT = "FIELD_VISIT",
  /** The launch, kick-off or signing of a project or program (khởi động, ra mắt, ký kết). */
  LAUNCH = "LAUNCH",
}

export enum ModelCategory {
  LIVESTOCK = "LIVESTOCK",
  CROP = "CROP",
  AGRO_PROCESSING = "AGRO_PROCESSING",
  LABOUR_EXPORT = "LABOUR_EXPORT",
  SKILLS = "SKILLS",
  INFRASTRUCTURE = "INFRASTRUCTURE",
  COMMUNITY = "COMMUNITY",
  GENDER_EQUALITY = "GENDER_EQUALITY",
  MARKET_ACCESS = "MARKET_ACCESS",
}

/**
 * What an activity did: an intervention's `activity`, or EVENT for an event's 3W rows. 3W counts a model as run in a place only for MODEL_RUN; a training
 * on six topics in four villages is one training, not six models in four places.
 */
export enum ActivityKind {
  /** Ran a livelihood model (APPLIES) in its places: a demonstration or production model. */
  MODEL_RUN = "MODEL_RUN",
  /** Trained people, possibly on models as topics (TRAINS_ON). */
  TRAINING = "TRAINING",
  /** Built or repaired infrastructure. */
  INFRASTRUCTURE = "INFRASTRUCTURE",
  /** A study visit or exchange to learn from others. */
  STUDY_VISIT = "STUDY_VISIT",
  /** Funded, gave grants, loans or in-kind support. */
  FUNDING = "FUNDING",
  /** Awareness raising, communication, community events. */
  AWARENESS = "AWARENESS",
  /** Support services: job placement, advice, market linkage, organising groups. */
  SUPPORT_SERVICE = "SUPPORT_SERVICE",
  /**
   * An Event (conference, study tour, training, festival…) as a 3W activity: the kind of the
   * 3W rows of organizations INVOLVED_IN an event, at its places. Never an intervention's `activity`.
   */
  EVENT = "EVENT",
}

/**
 * What kind of outcome a source states about an activity or model (an Outcome node). Numbers
 * stay metrics; an outcome is what the source says came of the work, in words.
 */
export enum OutcomeType {
  /** A result: income brought, skills raised, products developed ("bước đầu đã mang lại nguồn thu nhập"). */
  RESULT = "RESULT",
  /** A lesson or experience drawn, e.g. what a study tour's delegation took home to apply. */
  LESSON = "LESSON",
  /** A change of awareness, thinking or practice among the people reached ("thay đổi nhận thức"). */
  CHANGE = "CHANGE",
  /** A next step: a plan to continue, scale up or replicate the work ("nhân rộng ra toàn bản"). */
  NEXT_STEP = "NEXT_STEP",
}

export enum PlaceLevel {
  PROVINCE = "PROVINCE",
  DISTRICT = "DISTRICT",
  COMMUNE = "COMMUNE",
  VILLAGE = "VILLAGE",
}

export enum DocumentType {
  DECISION = "DECISION",
  PLAN = "PLAN",
  RESOLUTION = "RESOLUTION",
  GUIDANCE = "GUIDANCE",
}

export enum Qualifier {
  EXACT = "EXACT",
  MORE_THAN = "MORE_THAN",
  AT_LEAST = "AT_LEAST",
  APPROXIMATE = "APPROXIMATE",
}

/** How much of a stored date is known (common/dates.ts declares it, so that common/ needs nothing of graph/). */
import { DatePrecision } from "../common/dates";

export { DatePrecision };

/** One enum of the graph as the API names and describes it. */
export interface EnumSpec {
  readonly values: Record<string, string>;
  /** Its GraphQL name. */
  readonly name: string;
  readonly description?: string;
}

/**
 * The graph's enums, each once, with its GraphQL name: types/enums.type.ts registers every one
 * (and the model table's relationship types, graph.model.ts RELATION_TYPE_ENUM).
 */
export const GRAPH_ENUMS: readonly EnumSpec[] = [
  { values: Role, name: "Role", description: "The capacity in which an organization or person took part." },
  { values: OrgType, name: "OrgType" },
  { values: EventType, name: "EventType" },
  {
    values: ActivityKind,
    name: "ActivityKind",
    description:
      "What an activity did: an intervention ran a model, trained people, built, visited, funded…; EVENT: an event (conference, study tour, training, festival) held at its places.",
  },
  { values: ModelCategory, name: "ModelCategory" },
  { values: OutcomeType, name: "OutcomeType", description: "What a source says came of the work: a result, a lesson, a change (of awareness or practice), a next step." },
  { values: PlaceLevel, name: "PlaceLevel", description: "Administrative level; districts exist only before July 2025." },
  { values: DocumentType, name: "DocumentType" },
  { values: Qualifier, name: "Qualifier", description: "How a number was stated: exactly, 'more than', 'at least', about." },
  { values: SourceKind, name: "SourceKind" },
  { values: DatePrecision, name: "DatePrecision" },
];
