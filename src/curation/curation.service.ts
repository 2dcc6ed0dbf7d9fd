import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { Neo4jError } from "neo4j-driver";
import { type Principal, roleAtLeast, UserRole } from "../accounts/accounts.module";
import { AppError, ErrorCode, NotFoundError } from "../common/errors";
import { encodeCursor } from "../common/pagination";
import { plainText, slugify } from "../common/text";
import { SourceKind } from "../graph/graph.enums";
import type { GraphExecutor, TxRunner } from "../graph/graph.executor";
import { Label } from "../graph/graph.model";
import { applySchema } from "../graph/graph.schema";
import { buildKnowledge, type Knowledge, listIngestSeedFiles, parseCorpus } from "../ingest/ingest.corpus";
import { ingestArticle } from "../ingest/ingest.service";
import { buildSeedPlan, idsOf, type ParsedSeedFile } from "../seed/seed.reader";
import { findKnownEntities, writePlan } from "../seed/seed.repository";
import { SeedValidationError } from "../seed/seed.schema";
import type { SummaryKeeper } from "../seed/seed.service";
import { keepSummaries } from "../who-what-where/who-what-where.module";
import type { Source } from "../types/entity.type";
import type { CurationConfig } from "./curation.config";
import { applyDecisions, type DecisionData, labelOfKind, proposalsFromIngest, type ProposalData, seedFileOf, type SourceMeta } from "./curation.proposals";
import { AUDIT_PUBLISH, AUDIT_REMOVE, type AuditData, type CurationRepository, type StoredDraft } from "./curation.repository";
import { type DraftInput, type DraftPreview, DraftStatus, ProposalKind, ProposalState } from "./curation.types";

/** Test seam: runs inside a publish's transaction after everything is written, before it commits. */
export interface CurationHooks {
  beforePublishCommit?(tx: TxRunner): Promise<void>;
  /**
   * issue #21 (planner facts): other derived facts a publish or removal keeps in its transaction,
   * around the 3W summary's (the composition root passes the planners' place facts keeper, a
   * capability curation does not import).
   */
  keep?: SummaryKeeper;
}

/** Keeps nothing more: runs the write. */
const keepNothingMore: SummaryKeeper = (_tx, _scope, write) => write();

/** The id of a parsed seed file's source (`source.id`), if it has one. */
function sourceIdOf(data: unknown): string | undefined {
  if (!data || typeof data !== "object" || !("source" in data)) return undefined;
  const source: unknown = data.source;
  if (!source || typeof source !== "object" || !("id" in source)) return undefined;
  return typeof source.id === "string" ? source.id : undefined;
}

const badInput = (problems: string[]): AppError => new AppError(ErrorCode.BAD_USER_INPUT, problems.join("; "), { problems });
const conflict = (message: string): AppError => new AppError(ErrorCode.CONFLICT, message);

/** Ends a preview's transaction without committing: what the plan would add is read, then rolled back. */
class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super("preview rolled back");
  }
}

const MAX_TEXT = 200_000;
const LANGUAGES = new Set(["vi", "en"]);

/**
 * Drafts, publishing, reopening and removing sources (issue #20). Publishing goes through the
 * seed loader's validation and write path (buildSeedPlan, writePlan) in one transaction with
 * the draft's new state and the audit entry: a failure writes nothing. The seed file is saved
 * under SEED_ARTICLES_DIR once that transaction commits (written aside first, renamed after).
 */
export class CurationService {
  private knowledgeCache?: { signature: string; knowledge: Knowledge };
  private schemaApplied?: Promise<void>;

  constructor(
    private readonly graph: GraphExecutor,
    private readonly repository: CurationRepository,
    readonly config: CurationConfig,
    private readonly hooks: CurationHooks = {},
  ) {}

  /**
   * What the ingest knows: the committed seed files, and the seed files of the curated sources
   * the graph holds (kept with their PUBLISH audit entries), so that an entity published through
   * any API instance sharing the database is known to all. Built again when a file changed or
   * the audit log grew (every publish and removal adds an entry; its count is one cheap read).
   */
  async knowledge(): Promise<Knowledge> {
    const files = listIngestSeedFiles(this.config.seedDir);
    const auditCount = await this.repository.auditCount();
    const signature = `${files.map((f) => `${f}:${statSync(f).mtimeMs}`).join("|")}#${auditCount}`;
    if (this.knowledgeCache?.signature !== signature) {
      const parsed = parseCorpus(this.config.seedDir);
      const inFiles = new Set(parsed.map(({ data }) => sourceIdOf(data)).filter((id): id is string => id !== undefined));
      const published: ParsedSeedFile[] = [];
      for (const { sourceId, seedText } of await this.repository.publishedSeeds()) {
        if (inFiles.has(sourceId)) continue;
        try {
          published.push({ file: `${sourceId} (published)`, data: yaml.load(seedText) });
        } catch {
          // A file that no longer parses teaches nothing; the graph still holds its facts.
        }
      }
      this.knowledgeCache = { signature, knowledge: buildKnowledge([...parsed, ...published]) };
    }
    return this.knowledgeCache.knowledge;
  }

  private mayActOn(principal: Principal, draft: StoredDraft): void {
    if (draft.createdBy !== principal.user.name && !roleAtLeast(principal.user.role, UserRole.EDITOR)) {
      throw new AppError(ErrorCode.FORBIDDEN, `${draft.sourceId} is ${draft.createdBy}'s; only its curator or an editor may change it`);
    }
  }

  async createDraft(principal: Principal, input: DraftInput): Promise<StoredDraft> {
    const problems: string[] = [];
    // Kept as the ingest reads it (plainText), so its quotes and spans are offsets of this text.
    const text = plainText(input.text);
    if (!text.trim()) problems.push("text is empty");
    if (text.length > MAX_TEXT) problems.push(`text is longer than ${MAX_TEXT} characters`);
    if (!LANGUAGES.has(input.language)) problems.push("language must be vi or en");
    if (input.url && !/^https?:\/\/\S+$/.test(input.url)) problems.push("url must be an http(s) URL");
    if (problems.length) throw badInput(problems);
    await this.repository.ensureSchema();
    const sourceId = `src:cur-${randomBytes(5).toString("hex")}`;
    const knowledge = await this.knowledge();
    const lang = input.language === "en" ? "en" : "vi";
    const result = ingestArticle(
      text,
      { file: `${sourceId.slice(4)}.txt`, number: 0, lang, url: input.url ?? undefined, published: input.publishedOn ?? undefined, title: input.title?.trim() || undefined },
      knowledge,
    );
    const now = Date.now();
    const draft: StoredDraft = {
      id: `draft:${randomBytes(8).toString("hex")}`,
      sourceId,
      status: DraftStatus.OPEN,
      version: 1,
      text,
      title: input.title?.trim() || result.seed.source.title || null,
      url: input.url ?? null,
      outlet: input.outlet ?? null,
      language: input.language,
      publishedOn: input.publishedOn ?? result.seed.source.publishedOn ?? null,
      createdBy: principal.user.name,
      createdAt: now,
      updatedAt: now,
      proposals: proposalsFromIngest(result, text, knowledge),
      fileName: null,
      published: false,
    };
    await this.graph.writeTransaction(async (tx) => {
      await this.repository.createDraft(tx, draft);
      await this.repository.addAudit(tx, this.audit(principal, "CREATE_DRAFT", draft, null));
    });
    return draft;
  }

  async draft(principal: Principal, id: string): Promise<StoredDraft> {
    const draft = await this.repository.findDraft(id);
    if (!draft) throw new NotFoundError("Draft", id);
    this.mayActOn(principal, draft);
    return draft;
  }

  /** A curator's own drafts; an editor's: everyone's. */
  drafts(principal: Principal, status: DraftStatus | null): Promise<StoredDraft[]> {
    return this.repository.listDrafts(status, roleAtLeast(principal.user.role, UserRole.EDITOR) ? null : principal.user.name);
  }

  /** The kinds of existing entities among `ids`: the seed files' and the graph's. */
  private async knownKinds(ids: string[]): Promise<Map<string, string>> {
    const kinds = new Map<string, string>((await this.knowledge()).kinds);
    const wanted = ids.filter((id) => !kinds.has(id));
    if (wanted.length) for (const [id, kind] of await this.repository.entityKinds(wanted)) kinds.set(id, kind);
    return kinds;
  }

  async updateDraft(principal: Principal, id: string, decisions: DecisionData[], version: number | null): Promise<StoredDraft> {
    const draft = await this.draft(principal, id);
    if (draft.status !== DraftStatus.OPEN) throw conflict(`Draft ${id} is ${draft.status}; reopen its source first`);
    if (version !== null && version !== draft.version) throw conflict(`Draft ${id} is at version ${draft.version}, not ${version}: read it again`);
    const ids = decisions.flatMap((d) => [d.entityId, d.from, d.to, d.about].filter((x): x is string => typeof x === "string" && x !== ""));
    const { proposals, problems } = applyDecisions(draft.proposals, decisions, draft.text, await this.knownKinds(ids));
    if (problems.length) throw badInput(problems);
    const next: StoredDraft = { ...draft, proposals, version: draft.version + 1, updatedAt: Date.now() };
    const saved = await this.graph.writeTransaction((tx) => this.repository.saveDraft(tx, next, draft.version));
    if (!saved) throw conflict(`Draft ${id} changed meanwhile: read it again`);
    return next;
  }

  private meta(draft: StoredDraft): SourceMeta {
    return {
      id: draft.sourceId,
      draftId: draft.id,
      title: draft.title || draft.sourceId,
      url: draft.url,
      outlet: draft.outlet,
      publishedOn: draft.publishedOn,
      language: draft.language,
    };
  }

  /** The seed file's text: a header saying where it came from, then the YAML. */
  private seedText(draft: StoredDraft, seed: Record<string, unknown>, actor: string, version: number): string {
    const header = `# ${draft.sourceId}: curated in the workbench by ${draft.createdBy}; version ${version} published by ${actor} on ${new Date().toISOString()}.\n`;
    return header + yaml.dump(seed, { lineWidth: 200, noRefs: true });
  }

  /** Checks a seed file against the graph as the seed loader does, inside `tx`; throws BAD_USER_INPUT with every problem. */
  private async planOf(tx: TxRunner, file: string, seedText: string, sourceId: string) {
    const parsed: ParsedSeedFile[] = [{ file, data: yaml.load(seedText) }];
    try {
      const { entityIds } = idsOf(parsed);
      const known = await findKnownEntities(tx, entityIds, [sourceId]);
      return buildSeedPlan(parsed, known);
    } catch (err) {
      if (err instanceof SeedValidationError) throw badInput(err.problems);
      throw err;
    }
  }

  private ensureGraphSchema(): Promise<void> {
    this.schemaApplied ??= applySchema(this.graph).catch((err: unknown) => {
      this.schemaApplied = undefined;
      throw err;
    });
    return this.schemaApplied;
  }

  /** What publishing would add: accepted and undecided proposals (rejected ones left out). */
  async preview(draft: StoredDraft): Promise<DraftPreview> {
    const proposals = draft.proposals.map((p) => (p.state === ProposalState.UNDECIDED ? { ...p, state: ProposalState.ACCEPTED } : p));
    const undecided = draft.proposals.filter((p) => p.state === ProposalState.UNDECIDED).length;
    const { seed, dropped } = seedFileOf(this.meta(draft), proposals);
    const notes = [
      ...(undecided ? [`${undecided} proposal(s) undecided (counted here as accepted): decide each, or publish with acceptAll`] : []),
      ...dropped.map((d) => `left out: ${d}`),
    ];
    const orgs = [
      ...new Set(
        proposals.flatMap((p) =>
          p.state !== ProposalState.ACCEPTED ? [] : p.kind === ProposalKind.ENTITY && labelOfKind(p.entityKind ?? "") === Label.Organization && p.entityId ? [p.entityId] : [],
        ),
      ),
    ];
    const places = proposals
      .filter((p) => p.state === ProposalState.ACCEPTED && p.kind === ProposalKind.ENTITY && labelOfKind(p.entityKind ?? "") === Label.Place)
      .map((p) => p.name ?? "");
    const text = this.seedText(draft, seed, draft.createdBy, draft.version);
    await this.ensureGraphSchema();
    try {
      await this.graph.writeTransaction(async (tx) => {
        const plan = await this.planOf(tx, `${draft.sourceId} (preview)`, text, draft.sourceId);
        const before = await this.repository.previewRows(tx, orgs);
        await writePlan(tx, plan);
        const after = await this.repository.previewRows(tx, orgs);
        throw new Rollback([...after.values()].filter((r) => !before.has(r.id)));
      });
    } catch (err) {
      if (err instanceof Rollback) {
        const rows: DraftPreview["rows"] = err.result;
        return { rows, partners: [...new Set(rows.map((r) => r.organization))], places: [...new Set([...places, ...rows.map((r) => r.place)])], problems: notes };
      }
      if (err instanceof AppError && err.extensions.code === ErrorCode.BAD_USER_INPUT) {
        const problems = Array.isArray(err.extensions.problems) ? err.extensions.problems.map(String) : [err.message];
        return { rows: [], partners: [], places, problems: [...notes, ...problems] };
      }
      throw err;
    }
    return { rows: [], partners: [], places, problems: notes };
  }

  private audit(principal: Principal, action: string, draft: StoredDraft, detail: string | null): AuditData {
    const at = Date.now();
    return {
      id: `audit:${at}-${randomBytes(4).toString("hex")}`,
      at,
      actor: principal.user.name,
      action,
      sourceId: draft.sourceId,
      draftId: draft.id,
      version: draft.version,
      detail,
    };
  }

  private fileNameOf(draft: StoredDraft): string {
    const slug =
      slugify(draft.title ?? "")
        .split("-")
        .slice(0, 6)
        .join("-") || "article";
    return `${draft.sourceId.slice(4)}-${slug}.yaml`;
  }

  async publish(principal: Principal, id: string, acceptAll: boolean): Promise<Source> {
    const draft = await this.draft(principal, id);
    if (draft.status !== DraftStatus.OPEN) throw conflict(`Draft ${id} is ${draft.status}${draft.status === DraftStatus.PUBLISHED ? "; reopen its source to change it" : ""}`);
    const undecided = draft.proposals.filter((p) => p.state === ProposalState.UNDECIDED);
    if (undecided.length && !acceptAll) {
      throw badInput([
        `${undecided.length} proposal(s) undecided: accept or reject each, or publish with acceptAll`,
        ...undecided.map((p) => `${p.id} (${p.kind} ${p.name ?? p.relType ?? p.metric ?? ""}) is undecided`),
      ]);
    }
    const proposals: ProposalData[] = draft.proposals.map((p) => (p.state === ProposalState.UNDECIDED ? { ...p, state: ProposalState.ACCEPTED } : p));
    const { seed } = seedFileOf(this.meta(draft), proposals);
    const version = draft.version + 1;
    const text = this.seedText(draft, seed, principal.user.name, version);
    const fileName = draft.fileName ?? this.fileNameOf(draft);
    const final = path.join(this.config.articlesDir, fileName);
    const aside = `${final}.${randomBytes(4).toString("hex")}.publishing`;
    mkdirSync(this.config.articlesDir, { recursive: true });
    writeFileSync(aside, text);
    await this.ensureGraphSchema();
    const next: StoredDraft = { ...draft, proposals, status: DraftStatus.PUBLISHED, version, updatedAt: Date.now(), fileName, published: true };
    try {
      // Two sources creating the same new entity at once: the second transaction meets the first's
      // node at commit (unique id constraint); run again, it finds the node and merges into it.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.graph.writeTransaction(async (tx) => {
            const plan = await this.planOf(tx, path.relative(process.cwd(), final), text, draft.sourceId);
            // issue #21 (aggregates): the 3W summary's aggregates and the planners' place facts follow the write, in its transaction.
            const scope = { sources: [draft.sourceId], entities: plan.mentions.map((m) => m.entityId) };
            await (this.hooks.keep ?? keepNothingMore)(tx, scope, () => keepSummaries(tx, scope, () => writePlan(tx, plan)));
            if (!(await this.repository.saveDraft(tx, next, draft.version))) throw conflict(`Draft ${id} changed meanwhile: read it again`);
            await this.repository.addAudit(tx, this.audit(principal, AUDIT_PUBLISH, next, text));
            await this.hooks.beforePublishCommit?.(tx);
          });
          break;
        } catch (err) {
          if (attempt >= 3 || !(err instanceof Neo4jError && err.code === "Neo.ClientError.Schema.ConstraintValidationFailed")) throw err;
        }
      }
    } catch (err) {
      rmSync(aside, { force: true });
      throw err;
    }
    renameSync(aside, final);
    return {
      id: draft.sourceId,
      kind: SourceKind.ARTICLE,
      title: draft.title || draft.sourceId,
      url: draft.url,
      publisher: draft.outlet,
      publishedOn: draft.publishedOn,
      language: draft.language,
    };
  }

  /** The curated draft of a published source, for reopening or removal. */
  private async draftOfSource(principal: Principal, sourceId: string): Promise<StoredDraft> {
    const draft = await this.repository.findDraftOfSource(sourceId);
    if (!draft || !draft.published || draft.status === DraftStatus.REMOVED) throw new NotFoundError("Curated source", sourceId);
    this.mayActOn(principal, draft);
    return draft;
  }

  /** Opens a published source's draft again: republishing it replaces only that source's statements. */
  async reopen(principal: Principal, sourceId: string): Promise<StoredDraft> {
    const draft = await this.draftOfSource(principal, sourceId);
    if (draft.status === DraftStatus.OPEN) return draft;
    const next: StoredDraft = { ...draft, status: DraftStatus.OPEN, version: draft.version + 1, updatedAt: Date.now() };
    await this.graph.writeTransaction(async (tx) => {
      if (!(await this.repository.saveDraft(tx, next, draft.version))) throw conflict(`Draft ${draft.id} changed meanwhile: read it again`);
      await this.repository.addAudit(tx, this.audit(principal, "REOPEN", next, null));
    });
    return next;
  }

  /** Takes a source out: what only it stated goes, what other sources state stays; its seed file is deleted. */
  async remove(principal: Principal, sourceId: string): Promise<boolean> {
    const draft = await this.draftOfSource(principal, sourceId);
    const next: StoredDraft = { ...draft, status: DraftStatus.REMOVED, version: draft.version + 1, updatedAt: Date.now() };
    await this.graph.writeTransaction(async (tx) => {
      // issue #21 (aggregates): the 3W summary's aggregates and the planners' place facts follow the removal, in its transaction.
      const scope = { sources: [sourceId] };
      await (this.hooks.keep ?? keepNothingMore)(tx, scope, () => keepSummaries(tx, scope, () => writePlan(tx, buildSeedPlan([]), [sourceId])));
      if (!(await this.repository.saveDraft(tx, next, draft.version))) throw conflict(`Draft ${draft.id} changed meanwhile: read it again`);
      await this.repository.addAudit(tx, this.audit(principal, AUDIT_REMOVE, next, null));
    });
    if (draft.fileName) {
      const file = path.join(this.config.articlesDir, draft.fileName);
      if (existsSync(file)) rmSync(file);
    }
    return true;
  }

  async auditLog(principal: Principal, first: number, after: string | null) {
    if (!roleAtLeast(principal.user.role, UserRole.EDITOR)) throw new AppError(ErrorCode.FORBIDDEN, "The audit log is for editors");
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput(["first must be 1 to 100"]);
    const key = after ? decodeAuditCursor(after) : null;
    const page = await this.repository.auditPage(first, key);
    const edges = page.entries.map((e) => ({ cursor: encodeCursor([e.at, e.id]), node: { ...e, at: new Date(e.at) } }));
    return {
      edges,
      pageInfo: { hasNextPage: page.more, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.total,
    };
  }
}

function decodeAuditCursor(cursor: string): [number, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === "number" && typeof key[1] === "string") return [key[0], key[1]];
  } catch {
    // fall through
  }
  throw badInput(["after is not a cursor of this list"]);
}
