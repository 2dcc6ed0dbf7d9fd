/**
 * The documents the workbench sends and the shapes they answer, as the curation API's contract
 * states them (issue #20: Session, Draft, Proposal, ProposalDecision, DraftPreview…), plus the
 * existing `search` and `places` queries for linking and the gazetteer. Sent as text (POST):
 * they are not in the client package's persisted documents.
 */
import { gql } from "./api.client";

export type ProposalKind = "ENTITY" | "RELATIONSHIP" | "METRIC" | "OUTCOME";
export const PROPOSAL_KINDS: readonly ProposalKind[] = ["ENTITY", "RELATIONSHIP", "METRIC", "OUTCOME"];
export type ProposalState = "UNDECIDED" | "ACCEPTED" | "REJECTED";
export type DraftStatus = "OPEN" | "PUBLISHED" | "REMOVED";
export type DecisionAction = "ACCEPT" | "REJECT" | "EDIT" | "LINK" | "ADD";

export interface User {
  name: string;
  role: string;
  /** Signed in with a one-time password: the account sets its own before anything else. */
  mustChangePassword: boolean;
}

export interface MatchCandidate {
  id: string;
  name: string;
  kind: string;
  score: number;
  reasons: string[];
  context: string | null;
}

export interface Proposal {
  id: string;
  kind: ProposalKind;
  state: ProposalState;
  entityKind: string | null;
  entityId: string | null;
  isNew: boolean;
  name: string | null;
  quote: string | null;
  start: number | null;
  end: number | null;
  relType: string | null;
  from: string | null;
  to: string | null;
  role: string | null;
  metric: string | null;
  value: number | null;
  unit: string | null;
  about: string | null;
  outcomeType: string | null;
  inferredReason: string | null;
  why: string | null;
  confidence: number | null;
  candidates: MatchCandidate[];
  conflicts: string[];
  /** ENTITY: its other seed properties (level, orgType, activity, dates…). */
  props: Record<string, unknown> | null;
}

export interface PreviewRow {
  id: string;
  organization: string;
  role: string;
  activity: string;
  model: string | null;
  place: string;
}

export interface Draft {
  id: string;
  sourceId: string;
  status: DraftStatus;
  version: number;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  language: string;
  publishedOn: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  proposals: Proposal[];
  undecided: number;
  preview: { rows: PreviewRow[]; partners: string[]; places: string[]; problems: string[] };
}

/** A draft as the list shows it (no text, no proposals). */
export type DraftSummary = Pick<Draft, "id" | "sourceId" | "status" | "version" | "title" | "url" | "outlet" | "language" | "publishedOn" | "updatedAt" | "undecided">;

/** One decision of updateDraft: ProposalDecision of the contract. */
export interface Decision {
  proposalId?: string;
  action: DecisionAction;
  kind?: ProposalKind;
  entityKind?: string;
  entityId?: string;
  name?: string;
  start?: number;
  end?: number;
  relType?: string;
  from?: string;
  to?: string;
  role?: string;
  metric?: string;
  value?: number;
  unit?: string;
  about?: string;
  outcomeType?: string;
  /** "" clears the inferred mark. */
  inferredReason?: string;
  /** ENTITY: other seed properties; a null value removes one. */
  props?: Record<string, unknown>;
}

export interface DraftInput {
  text: string;
  url?: string;
  outlet?: string;
  language: string;
  publishedOn?: string;
  title?: string;
}

const USER = "name role mustChangePassword";
const PROPOSAL = `id kind state entityKind entityId isNew name quote start end relType from to role metric value unit about outcomeType
  inferredReason why confidence candidates { id name kind score reasons context } conflicts props`;
const SUMMARY = "id sourceId status version title url outlet language publishedOn updatedAt undecided";
const DRAFT = `${SUMMARY} text createdBy createdAt proposals { ${PROPOSAL} } preview { rows { id organization role activity model place } partners places problems }`;

export async function me(): Promise<User | null> {
  return (await gql<{ me: User | null }>(`query CurateMe { me { ${USER} } }`)).me;
}

export async function login(name: string, password: string): Promise<{ csrfToken: string; user: User }> {
  const data = await gql<{ login: { csrfToken: string; user: User } }>(
    `mutation CurateLogin($name: String!, $password: String!) { login(name: $name, password: $password) { csrfToken expiresAt user { ${USER} } } }`,
    { name, password },
    { mutation: true },
  );
  return data.login;
}

/** Replaces the signed-in account's password (the one-time one at first sign-in). */
export async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
  await gql<{ changePassword: boolean }>(
    `mutation CurateChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) }`,
    { oldPassword, newPassword },
    { mutation: true },
  );
}

export async function logout(): Promise<void> {
  await gql<{ logout: boolean }>(`mutation CurateLogout { logout }`, {}, { mutation: true });
}

export async function listDrafts(): Promise<DraftSummary[]> {
  return (await gql<{ drafts: DraftSummary[] }>(`query CurateDrafts { drafts { ${SUMMARY} } }`)).drafts;
}

export async function getDraft(id: string): Promise<Draft | null> {
  return (await gql<{ draft: Draft | null }>(`query CurateDraft($id: ID!) { draft(id: $id) { ${DRAFT} } }`, { id })).draft;
}

export async function createDraft(input: DraftInput): Promise<Draft> {
  return (await gql<{ createDraft: Draft }>(`mutation CurateCreateDraft($input: DraftInput!) { createDraft(input: $input) { ${DRAFT} } }`, { input }, { mutation: true }))
    .createDraft;
}

/** Applies decisions, all or none; refused with CONFLICT when the draft is no longer at `version`. */
export async function updateDraft(id: string, version: number, decisions: Decision[]): Promise<Draft> {
  return (
    await gql<{ updateDraft: Draft }>(
      `mutation CurateUpdateDraft($id: ID!, $decisions: [ProposalDecision!]!, $version: Int) { updateDraft(id: $id, decisions: $decisions, version: $version) { ${DRAFT} } }`,
      { id, decisions, version },
      { mutation: true },
    )
  ).updateDraft;
}

export async function publishDraft(id: string, acceptAll = false): Promise<{ id: string; title: string }> {
  return (
    await gql<{ publishDraft: { id: string; title: string } }>(
      `mutation CuratePublishDraft($id: ID!, $acceptAll: Boolean!) { publishDraft(id: $id, acceptAll: $acceptAll) { id title } }`,
      { id, acceptAll },
      { mutation: true },
    )
  ).publishDraft;
}

export async function reopenSource(id: string): Promise<Draft> {
  return (await gql<{ reopenSource: Draft }>(`mutation CurateReopenSource($id: ID!) { reopenSource(id: $id) { ${DRAFT} } }`, { id }, { mutation: true })).reopenSource;
}

export async function removeSource(id: string): Promise<boolean> {
  return (await gql<{ removeSource: boolean }>(`mutation CurateRemoveSource($id: ID!) { removeSource(id: $id) }`, { id }, { mutation: true })).removeSource;
}

/** An existing entity found by name, for "link to existing" and relationship ends. */
export interface FoundEntity {
  id: string;
  name: string;
  kind: string;
  /** For places: the units above, nearest first ("Bản Bo · Tam Đường · Lai Châu"). */
  parents: string[];
  level: string | null;
}

interface SearchAnswer {
  search: { score: number; entity: { __typename: string; id: string; name: string; level?: string; ancestors?: { name: string }[] } }[];
}

/** The existing `search` query: names and aliases of every entity (accents optional), best first. */
export async function searchEntities(text: string, kinds?: string[]): Promise<FoundEntity[]> {
  const data = await gql<SearchAnswer>(
    `query CurateSearch($text: NonEmptyString!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 12) { score entity { __typename id name ... on Place { level ancestors { name } } } } }`,
    { text, kinds: kinds?.length ? kinds : null },
  );
  return data.search.map(({ entity }) => ({
    id: entity.id,
    name: entity.name,
    kind: entity.__typename,
    parents: (entity.ancestors ?? []).map((a) => a.name),
    level: entity.level ?? null,
  }));
}

/** The gazetteer (`places`): legacy and 2025 units whose name or alias has every word, with their parents. */
export async function searchPlaces(text: string): Promise<FoundEntity[]> {
  const data = await gql<{ places: { edges: { node: { id: string; name: string; level: string; ancestors: { name: string }[] } }[] } }>(
    `query CuratePlaces($text: NonEmptyString!) { places(filter: { text: $text }, first: 15) { edges { node { id name level ancestors { name } } } } }`,
    { text },
  );
  return data.places.edges.map(({ node }) => ({ id: node.id, name: node.name, kind: "Place", parents: node.ancestors.map((a) => a.name), level: node.level }));
}

/** Whether the API has the curation operations at all (an older server, or one without them). */
export async function hasCuration(): Promise<boolean> {
  const data = await gql<{ __type: { fields: { name: string }[] } | null }>(`query CurateCuration { __type(name: "Mutation") { fields { name } } }`);
  return Boolean(data.__type?.fields.some((f) => f.name === "createDraft"));
}
