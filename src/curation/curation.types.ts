import { GraphQLDateTime, GraphQLJSONObject, GraphQLLocalDate } from "graphql-scalars";
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../common/pagination";
import { OutcomeType } from "../types/enums.type";

export enum DraftStatus {
  OPEN = "OPEN",
  PUBLISHED = "PUBLISHED",
  REMOVED = "REMOVED",
}
registerEnumType(DraftStatus, { name: "DraftStatus", description: "OPEN: being reviewed (new or reopened); PUBLISHED: in the graph; REMOVED: taken out of it." });

export enum ProposalKind {
  ENTITY = "ENTITY",
  RELATIONSHIP = "RELATIONSHIP",
  METRIC = "METRIC",
  OUTCOME = "OUTCOME",
}
registerEnumType(ProposalKind, { name: "ProposalKind" });

export enum ProposalState {
  UNDECIDED = "UNDECIDED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}
registerEnumType(ProposalState, { name: "ProposalState" });

export enum DecisionAction {
  ACCEPT = "ACCEPT",
  REJECT = "REJECT",
  /** Changes the given fields (and accepts). */
  EDIT = "EDIT",
  /** An ENTITY is an existing entity (entityId): no new one is created. */
  LINK = "LINK",
  /** A new proposal from a span of the text (start, end): the selection is its quote. */
  ADD = "ADD",
}
registerEnumType(DecisionAction, { name: "DecisionAction" });

@ObjectType({ description: "An existing entity a mention may be, and why." })
export class MatchCandidate {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field({ description: "The model table's typeName (Organization, Place, LivelihoodModel…)." })
  kind!: string;
  @Field(() => Float, { description: "0 to 1; ranked best first." })
  score!: number;
  @Field(() => [String])
  reasons!: string[];
  @Field(() => String, { nullable: true, description: "Where it is (a place's parents), or what it belongs to." })
  context?: string | null;
}

@ObjectType({ description: "One fact the ingest proposes (or a curator added), with its quote in the draft's text." })
export class Proposal {
  @Field(() => ID)
  id!: string;
  @Field(() => ProposalKind)
  kind!: ProposalKind;
  @Field(() => ProposalState)
  state!: ProposalState;
  @Field(() => String, { nullable: true, description: "ENTITY: the model table's typeName." })
  entityKind?: string | null;
  @Field(() => ID, { nullable: true, description: "ENTITY: the id it is written under (new, or the linked existing id)." })
  entityId?: string | null;
  @Field({ description: "ENTITY: true creates an entity; false links to an existing one." })
  isNew!: boolean;
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => String, { nullable: true })
  quote?: string | null;
  @Field(() => Int, { nullable: true, description: "The quote's start in Draft.text (UTF-16), null when not found." })
  start?: number | null;
  @Field(() => Int, { nullable: true })
  end?: number | null;
  @Field(() => String, { nullable: true })
  relType?: string | null;
  @Field(() => ID, { nullable: true })
  from?: string | null;
  @Field(() => ID, { nullable: true })
  to?: string | null;
  @Field(() => String, { nullable: true })
  role?: string | null;
  @Field(() => String, { nullable: true, description: "METRIC: its key." })
  metric?: string | null;
  @Field(() => Float, { nullable: true })
  value?: number | null;
  @Field(() => String, { nullable: true })
  unit?: string | null;
  @Field(() => ID, { nullable: true, description: "METRIC, OUTCOME: the entity it is about." })
  about?: string | null;
  @Field(() => OutcomeType, { nullable: true })
  outcomeType?: OutcomeType | null;
  @Field(() => String, { nullable: true, description: "Set when the source does not state it: why it is inferred." })
  inferredReason?: string | null;
  @Field(() => String, { nullable: true, description: "Why the ingest proposes it." })
  why?: string | null;
  @Field(() => Float, { nullable: true })
  confidence?: number | null;
  @Field(() => [MatchCandidate])
  candidates!: MatchCandidate[];
  @Field(() => [String], { description: "What other sources say differently (kept as claims)." })
  conflicts!: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: "ENTITY: the other properties it states (level, orgType, aliases, dates…)." })
  props?: Record<string, unknown> | null;
}

@InputType({ description: "The article to draft: its text and what is known of it." })
export class DraftInput {
  @Field()
  text!: string;
  @Field(() => String, { nullable: true })
  url?: string | null;
  @Field(() => String, { nullable: true })
  outlet?: string | null;
  @Field({ description: "vi or en." })
  language!: string;
  @Field(() => GraphQLLocalDate, { nullable: true })
  publishedOn?: string | null;
  @Field(() => String, { nullable: true })
  title?: string | null;
}

@InputType({ description: "One decision on a draft: ACCEPT, REJECT, EDIT, LINK a proposal, or ADD one from a span of the text." })
export class ProposalDecision {
  @Field(() => ID, { nullable: true, description: "The proposal decided on; none for ADD." })
  proposalId?: string | null;
  @Field(() => DecisionAction)
  action!: DecisionAction;
  @Field(() => ProposalKind, { nullable: true, description: "ADD: what to add." })
  kind?: ProposalKind | null;
  @Field(() => String, { nullable: true })
  entityKind?: string | null;
  @Field(() => ID, { nullable: true })
  entityId?: string | null;
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => Int, { nullable: true, description: "ADD, EDIT: the quote is text[start:end]." })
  start?: number | null;
  @Field(() => Int, { nullable: true })
  end?: number | null;
  @Field(() => String, { nullable: true })
  relType?: string | null;
  @Field(() => ID, { nullable: true })
  from?: string | null;
  @Field(() => ID, { nullable: true })
  to?: string | null;
  @Field(() => String, { nullable: true })
  role?: string | null;
  @Field(() => String, { nullable: true })
  metric?: string | null;
  @Field(() => Float, { nullable: true })
  value?: number | null;
  @Field(() => String, { nullable: true })
  unit?: string | null;
  @Field(() => ID, { nullable: true })
  about?: string | null;
  @Field(() => OutcomeType, { nullable: true })
  outcomeType?: OutcomeType | null;
  @Field(() => String, { nullable: true, description: 'Marks the fact inferred, with this reason; "" clears the mark.' })
  inferredReason?: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "ENTITY: other properties of the seed format (level, orgType, activity, startDate…), checked when publishing; a null value removes one.",
  })
  props?: Record<string, unknown> | null;
}

@ObjectType({ description: "A 3W row publishing would add." })
export class PreviewRow {
  @Field()
  id!: string;
  @Field()
  organization!: string;
  @Field()
  role!: string;
  @Field()
  activity!: string;
  @Field(() => String, { nullable: true })
  model?: string | null;
  @Field()
  place!: string;
}

@ObjectType({ description: "What publishing the draft as it stands would add, and what stops it." })
export class DraftPreview {
  @Field(() => [PreviewRow])
  rows!: PreviewRow[];
  @Field(() => [String])
  partners!: string[];
  @Field(() => [String])
  places!: string[];
  @Field(() => [String], { description: "Why publishing would be refused (empty: it would not)." })
  problems!: string[];
}

@ObjectType({ description: "An article under review: its text, the proposals, and where it stands." })
export class Draft {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  sourceId!: string;
  @Field(() => DraftStatus)
  status!: DraftStatus;
  @Field(() => Int, { description: "Grows with every change; updateDraft may pass it to refuse a stale write (CONFLICT)." })
  version!: number;
  @Field()
  text!: string;
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => String, { nullable: true })
  url?: string | null;
  @Field(() => String, { nullable: true })
  outlet?: string | null;
  @Field()
  language!: string;
  @Field(() => GraphQLLocalDate, { nullable: true })
  publishedOn?: string | null;
  @Field()
  createdBy!: string;
  @Field(() => GraphQLDateTime)
  createdAt!: Date;
  @Field(() => GraphQLDateTime)
  updatedAt!: Date;
  @Field(() => [Proposal])
  proposals!: Proposal[];
  @Field(() => Int, { description: "Proposals neither accepted nor rejected." })
  undecided!: number;
}

@ObjectType({ description: "Who did what to which source and draft, when." })
export class AuditEntry {
  @Field(() => ID)
  id!: string;
  @Field(() => GraphQLDateTime)
  at!: Date;
  @Field()
  actor!: string;
  @Field({ description: "CREATE_DRAFT, PUBLISH, REOPEN, REMOVE." })
  action!: string;
  @Field(() => ID, { nullable: true })
  sourceId?: string | null;
  @Field(() => ID, { nullable: true })
  draftId?: string | null;
  @Field(() => Int, { nullable: true })
  version?: number | null;
  @Field(() => String, { nullable: true, description: "PUBLISH: the seed file of that version." })
  detail?: string | null;
}

@ObjectType()
export class AuditEdge {
  @Field()
  cursor!: string;
  @Field(() => AuditEntry)
  node!: AuditEntry;
}

@ObjectType()
export class AuditConnection {
  @Field(() => [AuditEdge])
  edges!: AuditEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int)
  totalCount!: number;
}
