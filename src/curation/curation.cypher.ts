import { cypherInt } from "../graph/graph.convert";
import { ENTITY_LABELS, Label } from "../graph/graph.model";
import {
  columns,
  type Decoder,
  fields,
  flag,
  mapped,
  nullableNumber,
  nullableString,
  number,
  orElse,
  type Statement,
  statement,
  string,
  unknownValue,
} from "../graph/graph.statement";
import { rowPlace, whoWhatWhereMatch } from "../who-what-where/who-what-where.module";
import type { ProposalData } from "./curation.proposals";
import { DraftStatus, type PreviewRow } from "./curation.types";

/**
 * The curation's statements (curation.repository.ts says when each runs). Drafts and the audit
 * log live in Neo4j (the API keeps no state: any instance serves any draft); their labels are no
 * kind of the graph model, so nothing that lists, counts or searches the model's kinds sees them.
 * A draft's proposals are one JSON property, read and written whole with the draft's version.
 * Every value is a $parameter. Snapshot-tested in test/cypher/accounts-curation.cypher.test.ts.
 */
export const DRAFT_LABEL = "AppDraft";
export const AUDIT_LABEL = "AppAuditEntry";

/** The drafts' and audit entries' constraints and index (idempotent). */
export const CURATION_SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT app_draft_id IF NOT EXISTS FOR (d:${DRAFT_LABEL}) REQUIRE d.id IS UNIQUE`,
  `CREATE INDEX app_draft_source IF NOT EXISTS FOR (d:${DRAFT_LABEL}) ON (d.sourceId)`,
  `CREATE CONSTRAINT app_audit_id IF NOT EXISTS FOR (a:${AUDIT_LABEL}) REQUIRE a.id IS UNIQUE`,
];

export interface StoredDraft {
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
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  proposals: ProposalData[];
  /** The seed file's name under SEED_ARTICLES_DIR once published. */
  fileName: string | null;
  /** Whether it was ever published (a reopened draft's source is in the graph). */
  published: boolean;
}

export interface AuditData {
  id: string;
  at: number;
  actor: string;
  action: string;
  sourceId: string | null;
  draftId: string | null;
  version: number | null;
  detail: string | null;
}

/** A text property written by the curation; "" when absent. */
const text = orElse(string, "");
const count = orElse(number, 0);
/** A draft's status; OPEN for a value that is none. */
const status: Decoder<DraftStatus> = mapped(unknownValue, (v) => Object.values(DraftStatus).find((s) => s === v) ?? DraftStatus.OPEN);

function proposalsOf(json: unknown): ProposalData[] {
  if (typeof json !== "string") return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  // Written only by saveDraftStatement/createDraftStatement from ProposalData values.
  const list: ProposalData[] = parsed;
  return list;
}

/** A draft's node properties (`properties(d)`), its proposals parsed from their JSON. */
const draft: Decoder<StoredDraft> = fields({
  id: text,
  sourceId: text,
  status,
  version: count,
  text,
  title: nullableString,
  url: nullableString,
  outlet: nullableString,
  language: text,
  publishedOn: nullableString,
  createdBy: text,
  createdAt: count,
  updatedAt: count,
  proposals: mapped(unknownValue, proposalsOf),
  fileName: nullableString,
  published: flag,
});

/** An audit entry's node properties (`properties(a)`). */
const auditEntry: Decoder<AuditData> = fields({
  id: text,
  at: count,
  actor: text,
  action: text,
  sourceId: nullableString,
  draftId: nullableString,
  version: nullableNumber,
  detail: nullableString,
});

/** The node's properties of a draft (proposals as JSON). */
const propsOf = (d: StoredDraft): Record<string, unknown> => ({ ...d, proposals: JSON.stringify(d.proposals) });

export const createDraftStatement = (d: StoredDraft): Statement<null> => statement(`CREATE (d:${DRAFT_LABEL}) SET d = $props`, { props: propsOf(d) }, () => null);

/** Writes the draft if its stored version is still `expectedVersion`; a row when it did. */
export const saveDraftStatement = (d: StoredDraft, expectedVersion: number): Statement<{ id: string }> =>
  statement(
    `MATCH (d:${DRAFT_LABEL} {id: $id}) WHERE d.version = $expected SET d = $props RETURN d.id AS id`,
    { id: d.id, expected: expectedVersion, props: propsOf(d) },
    columns({ id: string }),
  );

export const findDraftStatement = (id: string): Statement<{ d: StoredDraft }> =>
  statement(`MATCH (d:${DRAFT_LABEL} {id: $id}) RETURN properties(d) AS d`, { id }, columns({ d: draft }));

/** The newest draft of a source (one draft per curated source). */
export const draftOfSourceStatement = (sourceId: string): Statement<{ d: StoredDraft }> =>
  statement(`MATCH (d:${DRAFT_LABEL} {sourceId: $sourceId}) RETURN properties(d) AS d ORDER BY d.createdAt DESC LIMIT 1`, { sourceId }, columns({ d: draft }));

/** Drafts, newest change first (at most 500); of `status` and by `createdBy` when given. */
export const listDraftsStatement = (draftStatus: DraftStatus | null, createdBy: string | null): Statement<{ d: StoredDraft }> =>
  statement(
    `MATCH (d:${DRAFT_LABEL}) WHERE ($status IS NULL OR d.status = $status) AND ($createdBy IS NULL OR d.createdBy = $createdBy)
       RETURN properties(d) AS d ORDER BY d.updatedAt DESC, d.id LIMIT 500`,
    { status: draftStatus, createdBy },
    columns({ d: draft }),
  );

/** Of `ids`, the entities the graph holds, each with its kind (a label of the model table; null if it has none). */
export const entityKindsStatement = (ids: string[]): Statement<{ id: string; kind: string | null }> =>
  statement(
    `UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id}) RETURN id, [l IN labels(n) WHERE l IN $kinds][0] AS kind`,
    { ids, kinds: [...ENTITY_LABELS] },
    columns({ id: string, kind: nullableString }),
  );

/** The 3W rows of the organization `organization` (its units included), each keyed by what makes a row (organization|role|activity|model|place). */
export function previewRowsStatement(organization: string): Statement<PreviewRow> {
  const match = whoWhatWhereMatch({ organization });
  return statement(
    `${match.cypher}
         WITH o, r, i, m, split, places, head(places) AS first
         WITH o, r, i, m, ${rowPlace("split", "places", "first")} AS pl
         RETURN o.id + '|' + r.role + '|' + i.id + '|' + coalesce(m.id, '') + '|' + coalesce(pl.id, '') AS id,
                o.name AS organization, r.role AS role, i.name AS activity, m.name AS model, coalesce(pl.name, '') AS place`,
    match.params,
    columns({ id: text, organization: text, role: text, activity: text, model: nullableString, place: text }),
  );
}

export const addAuditStatement = (entry: AuditData & { seedText?: string | null }): Statement<null> =>
  statement(`CREATE (a:${AUDIT_LABEL}) SET a = $props`, { props: entry }, () => null);

/** Up to `limit` audit entries, newest first, after the entry keyed (at, id). */
export const auditPageStatement = (limit: number, after: [number, string] | null): Statement<{ a: AuditData }> =>
  statement(
    `MATCH (a:${AUDIT_LABEL})
       WHERE $afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId)
       RETURN properties(a) AS a ORDER BY a.at DESC, a.id DESC LIMIT $limit`,
    { afterAt: after ? after[0] : null, afterId: after ? after[1] : null, limit: cypherInt(limit) },
    columns({ a: auditEntry }),
  );

export const auditCountStatement = (): Statement<{ n: number }> => statement(`MATCH (a:${AUDIT_LABEL}) RETURN count(a) AS n`, {}, columns({ n: count }));

/** The audit actions that put a source in the graph and take it out. */
export const AUDIT_PUBLISH = "PUBLISH";
export const AUDIT_REMOVE = "REMOVE";

/**
 * The seed file of every curated source the graph holds now: for each source, its newest PUBLISH
 * or REMOVE entry, kept when it is a PUBLISH (whose detail is the file published). What every
 * API instance reads to know the entities published through any other.
 */
export const publishedSeedsStatement = (): Statement<{ sourceId: string; seedText: string }> =>
  statement(
    `MATCH (a:${AUDIT_LABEL})
       WHERE a.action IN $actions AND a.sourceId IS NOT NULL
       WITH a ORDER BY a.at DESC, a.id DESC
       WITH a.sourceId AS sourceId, head(collect(a)) AS last
       WHERE last.action = $publish AND last.detail IS NOT NULL
       RETURN sourceId, last.detail AS seedText ORDER BY sourceId`,
    { actions: [AUDIT_PUBLISH, AUDIT_REMOVE], publish: AUDIT_PUBLISH },
    columns({ sourceId: text, seedText: text }),
  );
