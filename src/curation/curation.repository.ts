import { cypherInt } from "../graph/graph.convert";
import type { GraphExecutor, Row, TxRunner } from "../graph/graph.executor";
import { ENTITY_LABELS, Label } from "../graph/graph.model";
import { rowPlace, whoWhatWhereMatch } from "../who-what-where/who-what-where.module";
import type { ProposalData } from "./curation.proposals";
import { DraftStatus, type PreviewRow } from "./curation.types";

/**
 * Drafts and the audit log, in Neo4j (the API keeps no state: any instance serves any draft).
 * Their labels are no kind of the graph model, so nothing that lists, counts or searches the
 * model's kinds sees them. A draft's proposals are one JSON property: they are read and written
 * whole, with the draft's version.
 */
export const DRAFT_LABEL = "AppDraft";
export const AUDIT_LABEL = "AppAuditEntry";

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

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const optStr = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number => (typeof v === "number" ? v : 0);
const optNum = (v: unknown): number | null => (typeof v === "number" ? v : null);
const statusOf = (v: unknown): DraftStatus => Object.values(DraftStatus).find((s) => s === v) ?? DraftStatus.OPEN;

function proposalsOf(json: unknown): ProposalData[] {
  if (typeof json !== "string") return [];
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  // Written only by this repository from ProposalData values (saveDraft).
  const list: ProposalData[] = parsed;
  return list;
}

function draftOf(row: Row): StoredDraft {
  return {
    id: str(row.id),
    sourceId: str(row.sourceId),
    status: statusOf(row.status),
    version: num(row.version),
    text: str(row.text),
    title: optStr(row.title),
    url: optStr(row.url),
    outlet: optStr(row.outlet),
    language: str(row.language),
    publishedOn: optStr(row.publishedOn),
    createdBy: str(row.createdBy),
    createdAt: num(row.createdAt),
    updatedAt: num(row.updatedAt),
    proposals: proposalsOf(row.proposals),
    fileName: optStr(row.fileName),
    published: row.published === true,
  };
}

const auditOf = (row: Row): AuditData => ({
  id: str(row.id),
  at: num(row.at),
  actor: str(row.actor),
  action: str(row.action),
  sourceId: optStr(row.sourceId),
  draftId: optStr(row.draftId),
  version: optNum(row.version),
  detail: optStr(row.detail),
});

/** The node's properties of a draft (proposals as JSON). */
const propsOf = (d: StoredDraft): Record<string, unknown> => ({ ...d, proposals: JSON.stringify(d.proposals) });

export class CurationRepository {
  private schemaReady?: Promise<void>;

  constructor(private readonly graph: GraphExecutor) {}

  ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      await this.graph.schema(`CREATE CONSTRAINT app_draft_id IF NOT EXISTS FOR (d:${DRAFT_LABEL}) REQUIRE d.id IS UNIQUE`);
      await this.graph.schema(`CREATE INDEX app_draft_source IF NOT EXISTS FOR (d:${DRAFT_LABEL}) ON (d.sourceId)`);
      await this.graph.schema(`CREATE CONSTRAINT app_audit_id IF NOT EXISTS FOR (a:${AUDIT_LABEL}) REQUIRE a.id IS UNIQUE`);
    })().catch((err: unknown) => {
      this.schemaReady = undefined;
      throw err;
    });
    return this.schemaReady;
  }

  async createDraft(tx: TxRunner, draft: StoredDraft): Promise<void> {
    await tx.run(`CREATE (d:${DRAFT_LABEL}) SET d = $props`, { props: propsOf(draft) });
  }

  /** Writes the draft if its stored version is still `expectedVersion`; false when someone changed it meanwhile. */
  async saveDraft(tx: TxRunner, draft: StoredDraft, expectedVersion: number): Promise<boolean> {
    const rows = await tx.run(`MATCH (d:${DRAFT_LABEL} {id: $id}) WHERE d.version = $expected SET d = $props RETURN d.id AS id`, {
      id: draft.id,
      expected: expectedVersion,
      props: propsOf(draft),
    });
    return rows.length > 0;
  }

  async findDraft(id: string): Promise<StoredDraft | undefined> {
    const rows = await this.graph.read(`MATCH (d:${DRAFT_LABEL} {id: $id}) RETURN properties(d) AS d`, { id });
    return rows.length ? draftOf(rowOf(rows[0].d)) : undefined;
  }

  /** The draft of a source (one draft per curated source). */
  async findDraftOfSource(sourceId: string): Promise<StoredDraft | undefined> {
    const rows = await this.graph.read(`MATCH (d:${DRAFT_LABEL} {sourceId: $sourceId}) RETURN properties(d) AS d ORDER BY d.createdAt DESC LIMIT 1`, { sourceId });
    return rows.length ? draftOf(rowOf(rows[0].d)) : undefined;
  }

  /** Drafts, newest change first; only `createdBy`'s when given. */
  async listDrafts(status: DraftStatus | null, createdBy: string | null): Promise<StoredDraft[]> {
    const rows = await this.graph.read(
      `MATCH (d:${DRAFT_LABEL}) WHERE ($status IS NULL OR d.status = $status) AND ($createdBy IS NULL OR d.createdBy = $createdBy)
       RETURN properties(d) AS d ORDER BY d.updatedAt DESC, d.id LIMIT 500`,
      { status, createdBy },
    );
    return rows.map((r) => draftOf(rowOf(r.d)));
  }

  /** The kinds (labels of the model table) of the entities among `ids` the graph holds. */
  async entityKinds(ids: string[]): Promise<Map<string, string>> {
    const rows = await this.graph.read(`UNWIND $ids AS id MATCH (n:${Label.Entity} {id: id}) RETURN id, [l IN labels(n) WHERE l IN $kinds][0] AS kind`, {
      ids,
      kinds: [...ENTITY_LABELS],
    });
    const out = new Map<string, string>();
    for (const r of rows) if (typeof r.id === "string" && typeof r.kind === "string") out.set(r.id, r.kind);
    return out;
  }

  /**
   * The 3W rows of the organizations `orgs` (their units included) as `tx` sees the graph, keyed
   * by what makes a row (organization|role|activity|model|place): read before and after a
   * draft's plan is written in one transaction, they tell what publishing would add.
   */
  async previewRows(tx: TxRunner, orgs: string[]): Promise<Map<string, PreviewRow>> {
    const out = new Map<string, PreviewRow>();
    for (const organization of orgs) {
      const match = whoWhatWhereMatch({ organization });
      const rows = await tx.run(
        `${match.cypher}
         WITH o, r, i, m, split, places, head(places) AS first
         WITH o, r, i, m, ${rowPlace("split", "places", "first")} AS pl
         RETURN o.id + '|' + r.role + '|' + i.id + '|' + coalesce(m.id, '') + '|' + coalesce(pl.id, '') AS id,
                o.name AS organization, r.role AS role, i.name AS activity, m.name AS model, coalesce(pl.name, '') AS place`,
        match.params,
      );
      for (const r of rows) {
        const id = str(r.id);
        out.set(id, { id, organization: str(r.organization), role: str(r.role), activity: str(r.activity), model: optStr(r.model), place: str(r.place) });
      }
    }
    return out;
  }

  async addAudit(tx: TxRunner, entry: AuditData & { seedText?: string | null }): Promise<void> {
    await tx.run(`CREATE (a:${AUDIT_LABEL}) SET a = $props`, { props: entry });
  }

  /** A page of the audit log, newest first, after the entry keyed (at, id); and how many entries there are. */
  async auditPage(first: number, after: [number, string] | null): Promise<{ entries: AuditData[]; more: boolean; total: number }> {
    const rows = await this.graph.read(
      `MATCH (a:${AUDIT_LABEL})
       WHERE $afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId)
       RETURN properties(a) AS a ORDER BY a.at DESC, a.id DESC LIMIT $limit`,
      { afterAt: after ? after[0] : null, afterId: after ? after[1] : null, limit: cypherInt(first + 1) },
    );
    const [count] = await this.graph.read(`MATCH (a:${AUDIT_LABEL}) RETURN count(a) AS n`);
    const entries = rows.slice(0, first).map((r) => auditOf(rowOf(r.a)));
    return { entries, more: rows.length > first, total: num(count?.n) };
  }
}

const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const rowOf = (v: unknown): Row => (isRow(v) ? v : {});
