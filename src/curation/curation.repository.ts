import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import {
  addAuditStatement,
  type AuditData,
  auditCountStatement,
  auditPageStatement,
  createDraftStatement,
  CURATION_SCHEMA,
  draftOfSourceStatement,
  entityKindsStatement,
  findDraftStatement,
  listDraftsStatement,
  previewRowsStatement,
  publishedSeedsStatement,
  saveDraftStatement,
  type StoredDraft,
} from "./curation.cypher";
import type { DraftStatus, PreviewRow } from "./curation.types";

export { AUDIT_LABEL, AUDIT_PUBLISH, AUDIT_REMOVE, DRAFT_LABEL } from "./curation.cypher";
export type { AuditData, StoredDraft } from "./curation.cypher";

/** Drafts and the audit log (curation.cypher.ts), shared through Neo4j by every API instance. */
export class CurationRepository {
  private schemaReady?: Promise<void>;

  constructor(private readonly graph: GraphExecutor) {}

  ensureSchema(): Promise<void> {
    this.schemaReady ??= (async () => {
      for (const cypher of CURATION_SCHEMA) await this.graph.schema(cypher);
    })().catch((err: unknown) => {
      this.schemaReady = undefined;
      throw err;
    });
    return this.schemaReady;
  }

  async createDraft(tx: TxRunner, draft: StoredDraft): Promise<void> {
    await tx.run(createDraftStatement(draft));
  }

  /** Writes the draft if its stored version is still `expectedVersion`; false when someone changed it meanwhile. */
  async saveDraft(tx: TxRunner, draft: StoredDraft, expectedVersion: number): Promise<boolean> {
    const rows = await tx.run(saveDraftStatement(draft, expectedVersion));
    return rows.length > 0;
  }

  async findDraft(id: string): Promise<StoredDraft | undefined> {
    const [row] = await this.graph.run(findDraftStatement(id));
    return row?.d;
  }

  /** The draft of a source (one draft per curated source). */
  async findDraftOfSource(sourceId: string): Promise<StoredDraft | undefined> {
    const [row] = await this.graph.run(draftOfSourceStatement(sourceId));
    return row?.d;
  }

  /** Drafts, newest change first; only `createdBy`'s when given. */
  async listDrafts(status: DraftStatus | null, createdBy: string | null): Promise<StoredDraft[]> {
    return (await this.graph.run(listDraftsStatement(status, createdBy))).map((r) => r.d);
  }

  /** The kinds (labels of the model table) of the entities among `ids` the graph holds. */
  async entityKinds(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const { id, kind } of await this.graph.run(entityKindsStatement(ids))) if (kind !== null) out.set(id, kind);
    return out;
  }

  /**
   * The 3W rows of the organizations `orgs` (their units included) as `tx` sees the graph, keyed
   * by what makes a row (organization|role|activity|model|place): read before and after a
   * draft's plan is written in one transaction, they tell what publishing would add.
   */
  async previewRows(tx: TxRunner, orgs: string[]): Promise<Map<string, PreviewRow>> {
    const out = new Map<string, PreviewRow>();
    for (const organization of orgs) for (const row of await tx.run(previewRowsStatement(organization))) out.set(row.id, row);
    return out;
  }

  async addAudit(tx: TxRunner, entry: AuditData & { seedText?: string | null }): Promise<void> {
    await tx.run(addAuditStatement(entry));
  }

  /** How many audit entries there are: a version of what is published that any instance reads cheaply (a count of one label). */
  async auditCount(): Promise<number> {
    const [row] = await this.graph.run(auditCountStatement());
    return row?.n ?? 0;
  }

  /** The seed files of the curated sources the graph holds now, whichever instance published them. */
  async publishedSeeds(): Promise<{ sourceId: string; seedText: string }[]> {
    return this.graph.run(publishedSeedsStatement());
  }

  /** A page of the audit log, newest first, after the entry keyed (at, id); and how many entries there are. */
  async auditPage(first: number, after: [number, string] | null): Promise<{ entries: AuditData[]; more: boolean; total: number }> {
    const rows = await this.graph.run(auditPageStatement(first + 1, after));
    const [count] = await this.graph.run(auditCountStatement());
    const entries = rows.slice(0, first).map((r) => r.a);
    return { entries, more: rows.length > first, total: count?.n ?? 0 };
  }
}
