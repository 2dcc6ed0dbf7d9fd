/**
 * Stage 8, staff (lead, round 9): a body whose member runs a project implements it. "Le Van A, the Project Director from CARE", "ông B,
 * Giám đốc dự án của tổ chức X", "Ms C, project manager at Oxfam": the relationships stage drafts the person MEMBER_OF the
 * body with the post; this stage drafts the body INVOLVED_IN(IMPLEMENTER) the project, inferred, quoting the post.
 *
 * Contract: the post both runs something (giám đốc, quản lý, điều phối, trưởng, director, manager, coordinator, leader,
 * lead) and names a project ("dự án", "project"); the project is the one the post names, else the article's only project.
 * Nothing when the body is itself a project board ("Ban quản lý dự án", "PMU", "project management board": its part is
 * the gold's to say), when the body already has a role in that project (a funder's project officer keeps the funder's
 * role), or when the article has several projects and the post names none of them.
 */
import { Role } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { type ArticleDraft, relate } from "../ingest.draft";
import { foldKey } from "../ingest.text";

const RUNS = /(?<!\p{L})(?:giám đốc|quản lý|điều phối|trưởng|director|manager|coordinator|leader|lead)(?!\p{L})/iu;
const PROJECT = /(?<!\p{L})(?:dự án|project)(?!\p{L})/iu;
/** A body that is the project's own board: its post says nothing of who implements. */
const PROJECT_BOARD = /(?<!\p{L})(?:ban quản lý|ban điều hành|ban qlda|pmu|project management (?:board|unit)|project board|steering committee)(?!\p{L})/iu;

/** Is `post` a post of running a project ("Project Director", "Giám đốc dự án", "điều phối viên dự án")? */
export const runsAProject = (post: string): boolean => RUNS.test(post) && PROJECT.test(post);

export function draftStaffImplementers(a: ArticleDraft): ArticleDraft {
  const projects = [...a.entities.values()].filter((e) => e.kind === Label.Project);
  if (!projects.length) return a;
  for (const r of [...a.rels.values()]) {
    const post = typeof r.position === "string" ? r.position : "";
    if (r.type !== RelType.MEMBER_OF || !runsAProject(post)) continue;
    const body = a.entities.get(r.to);
    if (!body || body.kind !== Label.Organization || PROJECT_BOARD.test(body.name)) continue;
    const named = projects.filter((p) => foldKey(post).includes(foldKey(p.name)));
    const project = named.length === 1 ? named[0] : projects.length === 1 ? projects[0] : undefined;
    if (!project) continue;
    if ([...a.rels.values()].some((x) => x.type === RelType.INVOLVED_IN && x.from === body.id && x.to === project.id)) continue;
    const at = a.text.indexOf(r.quote);
    if (at < 0) continue;
    relate(a, body.id, RelType.INVOLVED_IN, project.id, { start: at, end: at + r.quote.length }, `its member holds the post "${post}"`, {
      role: Role.IMPLEMENTER,
      inferred: `The text names the body's ${post}; that the body implements ${project.name} is taken from the post.`,
    });
  }
  return a;
}
