import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { authOf, type Principal, UserRole } from "../accounts/accounts.module";
import type { CurationRequestContext as Context } from "./curation.context";
import { AppError, ErrorCode } from "../common/errors";
import { Source } from "../types/entity.type";
import type { StoredDraft } from "./curation.repository";
import type { CurationService } from "./curation.service";
import { AuditConnection, Draft, DraftInput, DraftPreview, DraftStatus, ProposalDecision, ProposalState } from "./curation.types";

/** A draft as the schema shows it, carrying what it was made from (for its preview). */
type DraftView = Draft & { stored: StoredDraft };

export function draftView(stored: StoredDraft): DraftView {
  return {
    ...stored,
    createdAt: new Date(stored.createdAt),
    updatedAt: new Date(stored.updatedAt),
    undecided: stored.proposals.filter((p) => p.state === ProposalState.UNDECIDED).length,
    stored,
  };
}

async function signedIn(ctx: Context, write: boolean): Promise<{ principal: Principal; service: CurationService }> {
  const principal = await authOf(ctx).require(UserRole.CURATOR, write);
  const service = ctx.curation?.service;
  if (!service) throw new AppError(ErrorCode.BAD_REQUEST, "Curation needs the HTTP API");
  return { principal, service };
}

@Resolver(() => Draft)
export class CurationResolver {
  @Query(() => [Draft], { description: "Drafts, newest change first: a curator's own, an editor's every one." })
  async drafts(@Ctx() ctx: Context, @Arg("status", () => DraftStatus, { nullable: true }) status?: DraftStatus | null): Promise<DraftView[]> {
    const { principal, service } = await signedIn(ctx, false);
    return (await service.drafts(principal, status ?? null)).map(draftView);
  }

  @Query(() => Draft, { nullable: true })
  async draft(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DraftView> {
    const { principal, service } = await signedIn(ctx, false);
    return draftView(await service.draft(principal, id));
  }

  @Query(() => AuditConnection, { description: "Who published, reopened, removed which source when (editors and admins), newest first." })
  async auditLog(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditConnection> {
    const { principal, service } = await signedIn(ctx, false);
    return service.auditLog(principal, first, after ?? null);
  }

  @Mutation(() => Draft, { description: "Runs the ingest on the text: every proposed fact with its quote, UNDECIDED." })
  async createDraft(@Arg("input", () => DraftInput) input: DraftInput, @Ctx() ctx: Context): Promise<DraftView> {
    const { principal, service } = await signedIn(ctx, true);
    return draftView(await service.createDraft(principal, input));
  }

  @Mutation(() => Draft, { description: "Applies decisions, all or none; with `version`, CONFLICT when the draft changed since." })
  async updateDraft(
    @Arg("id", () => ID) id: string,
    @Arg("decisions", () => [ProposalDecision]) decisions: ProposalDecision[],
    @Ctx() ctx: Context,
    @Arg("version", () => Int, { nullable: true }) version?: number | null,
  ): Promise<DraftView> {
    const { principal, service } = await signedIn(ctx, true);
    return draftView(await service.updateDraft(principal, id, decisions, version ?? null));
  }

  @Mutation(() => Source, {
    description: "Publishes the accepted proposals through the seed loader's validation and write path, in one transaction; refuses undecided proposals unless acceptAll.",
  })
  async publishDraft(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Arg("acceptAll", { defaultValue: false }) acceptAll: boolean): Promise<Source> {
    const { principal, service } = await signedIn(ctx, true);
    return service.publish(principal, id, acceptAll);
  }

  @Mutation(() => Draft, { description: "Opens a published source's draft again; republishing changes only that source's statements." })
  async reopenSource(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DraftView> {
    const { principal, service } = await signedIn(ctx, true);
    return draftView(await service.reopen(principal, id));
  }

  @Mutation(() => Boolean, { description: "Takes a curated source out of the graph: what only it stated goes, what other sources state stays." })
  async removeSource(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    const { principal, service } = await signedIn(ctx, true);
    return service.remove(principal, id);
  }

  @FieldResolver(() => DraftPreview, { description: "The 3W rows, partners and places publishing would add (accepted and undecided proposals), and what would stop it." })
  async preview(@Root() draft: DraftView, @Ctx() ctx: Context): Promise<DraftPreview> {
    const { service } = await signedIn(ctx, false);
    return service.preview(draft.stored);
  }
}
