/**
 * Round 5 (projects5) rules for the parts bodies play in a project, the runs a project owns and the
 * body a unit belongs to. Pure functions over the article's text and the mentions the
 * relationships stage located; each says what it reads and what it refuses. Called from the
 * blocks of relationships.stage.ts that draft these types.
 */
import type { Located } from "../ingest.draft";
import type { Span } from "../ingest.text";

/**
 * The clause's own words tie what it names to "the project": "của/thuộc/trong khuôn khổ/từ dự án", "do dự án hỗ trợ", "dự án
 * (đã) hỗ trợ/xây dựng/triển khai", "under/by/through/within the project", "the project (has) supported/set up/introduced",
 * "project-funded". The bare word "dự án/project" somewhere near is not a tie.
 */
const PROJECT_TIE =
  /(?<!\p{L})(?:(?:của|thuộc|trong khuôn khổ|từ|theo|nhờ)\s+(?:nguồn\s+(?:vốn|kinh phí)\s+(?:của\s+)?)?dự án|do\s+dự án|dự án(?:\s+này)?\s+(?:đã\s+|đang\s+|sẽ\s+|cũng\s+)*(?:hỗ trợ|xây dựng|triển khai|thực hiện|tài trợ|đầu tư|giúp|nhân rộng|thí điểm)|(?:under|by|through|within|from|of)\s+the\s+project|(?:the|this)\s+project\s+(?:has\s+|had\s+|will\s+|also\s+)*(?:support(?:s|ed)?|set(?:s)?\s+up|buil(?:t|ds?)|introduc(?:es|ed)|fund(?:s|ed)|establish(?:es|ed)|pilot(?:s|ed)?|help(?:s|ed)?)|project[-\s](?:funded|supported|backed))(?!\p{L})/iu;
/** Projects that are not the article's: "dự án/chương trình khác", "nhiều/các dự án", "other/many (two words) projects", "another project". */
export const OTHER_PROJECTS =
  /(?<!\p{L})(?:(?:dự án|chương trình)\s+khác|(?:nhiều|các|những)\s+dự án|(?:other|many|several|previous|earlier)\s+(?:\p{L}+\s+){0,2}?projects?|another\s+project)(?!\p{L})/iu;

/** The clause of `sentence` that holds `at`: between the ";" before it and the ";" after it. */
export function clauseOf(text: string, sentence: Span, at: Span): Span {
  const before = text.lastIndexOf(";", at.start);
  const after = text.indexOf(";", at.end);
  return { start: before >= sentence.start ? before + 1 : sentence.start, end: after >= 0 && after < sentence.end ? after : sentence.end };
}

/** A bare word for the project, which names no project by itself: "dự án (này)", "(the/this) project". */
const BARE_PROJECT = /^(?:(?:the|this)\s+)?(?:dự án|project)(?:\s+này)?$/iu;
/** What a project named in the clause does to the run, between the two: a verb of running or supporting it. */
const PROJECT_RUNS =
  /(?<!\p{L})(?:hỗ trợ|xây dựng|triển khai|thực hiện|nhân rộng|thí điểm|tài trợ|đầu tư|support(?:s|ed)?|set(?:s)?\s+up|buil(?:t|ds?)|introduc(?:es|ed)|implement(?:s|ed)?|pilot(?:s|ed)?|fund(?:s|ed)?)(?!\p{L})/iu;
/** A cue right before a project's name that puts what follows under it: "trong khuôn khổ", "thuộc", "của", "under", "within". */
const UNDER_PROJECT_BEFORE = /(?<!\p{L})(?:trong khuôn khổ|thuộc|của|từ|under|within|as part of|through|by)\s+(?:the\s+)?(?:dự án|project)?\s*[“"‘]?\s*$/iu;

/**
 * Is a model run named in `clause` (the model's mention `model`) the run of the article's project? Stated when the clause names
 * the project (a mention that is more than the bare word) and says what it does to the run (a verb of running or supporting it
 * between them, at most 100 characters on, or a cue such as "trong khuôn khổ/under" before the name); the words of other
 * `names` (bodies, places) are not read. Inferred when the clause's words tie the run to "the
 * project" (PROJECT_TIE): which project is meant is taken to be the article's. No when the clause speaks of other projects, or
 * names "dự án/project" without a tie ("Bên cạnh dự án, mô hình … do Hội Phụ nữ xây dựng").
 */
export function runOfProject(
  text: string,
  clause: Span,
  model: Span,
  projectMentions: readonly Span[],
  names: readonly Span[] = [],
): { tied: false } | { tied: true; inferred?: string; why: string } {
  // the words of the clause, other names blanked ("Quỹ Hỗ trợ Nông thôn" says no "hỗ trợ")
  let words = text.slice(clause.start, clause.end);
  for (const n of names)
    if (n.start >= clause.start && n.end <= clause.end) words = words.slice(0, n.start - clause.start) + " ".repeat(n.end - n.start) + words.slice(n.end - clause.start);
  const slice = (from: number, to: number): string => words.slice(from - clause.start, to - clause.start);
  if (OTHER_PROJECTS.test(words)) return { tied: false };
  for (const p of projectMentions) {
    if (p.start < clause.start || p.end > clause.end || BARE_PROJECT.test(text.slice(p.start, p.end).trim())) continue;
    const between = p.end <= model.start ? slice(p.end, model.start) : slice(model.end, p.start);
    const lead = slice(Math.max(clause.start, p.start - 40), p.start);
    if ((p.end <= model.start && between.length <= 100 && PROJECT_RUNS.test(between)) || UNDER_PROJECT_BEFORE.test(lead))
      return { tied: true, why: `its clause names the project and "${(PROJECT_RUNS.exec(between) ?? UNDER_PROJECT_BEFORE.exec(lead))![0].trim()}"` };
  }
  const tie = PROJECT_TIE.exec(words);
  if (tie) return { tied: true, why: `"${tie[0]}" in its clause`, inferred: `The clause ties the run to "the project" ("${tie[0]}"); which project is taken to be the article's.` };
  return { tied: false };
}

/** What joins two names of one list of subjects: a comma, "and", "và", "&" (an acronym in parentheses may come first). */
const LIST_JOIN = /^\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*(?:and\s+|và\s+)?|and|và|&)\s*(?:the\s+|tổ chức\s+)?$/iu;
/** What a list of subjects does to the project after it: an optional "đã/jointly/cùng", then a verb of running it, nothing else. */
const LIST_IMPLEMENTS =
  /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:(?:đã|đang|sẽ|cùng|cùng nhau|have|has|jointly|together|successfully)\s+)*(?:triển khai|thực hiện|implemented|implement|carried out|carry out|rolled out|roll out|are implementing|are carrying out)(?:\s+(?:thực hiện|the|this|a|an|new|dự án|project))*\s*[“"‘]?\s*$/iu;
/** A name that is not a subject: an owner's, a funder's, an object's cue right before it. */
const NOT_SUBJECT = /(?<!\p{L})(?:của|thuộc|of|by|from|với|with|cho|to|for)\s+(?:the\s+)?$/iu;

/**
 * "A and B (, with support from C,) implemented the project P", "A, B và C đã triển khai dự án P": every body of a list of
 * subjects right before the implementing verb implements the project. `o` must be one of the list; an aside naming a funder
 * (`aside`, matched in the text between the list and P) is cut out first. A list joined by "phối hợp với/cùng với" is not this
 * rule's (one leads, one works with it), nor is a verb of funding.
 */
export function jointImplementer(text: string, o: Located, p: Span, orgs: readonly Located[], aside: RegExp): boolean {
  if (o.end > p.start) return false;
  const m = aside.exec(text.slice(o.end, p.start));
  const cut: Span = m ? { start: o.end + m.index, end: o.end + m.index + m[0].length } : { start: -1, end: -1 };
  const outside = (x: Span): boolean => !(x.start >= cut.start && x.end <= cut.end);
  // the list: the bodies before the project, outside the aside, the first one before o joined to it too
  const before = orgs.filter((x) => x.end <= o.start && outside(x));
  const list = orgs.filter((x) => x.start >= o.start && x.end <= p.start && outside(x));
  while (before.length && LIST_JOIN.test(text.slice(before[before.length - 1].end, list[0].start))) list.unshift(before.pop()!);
  if (list.length < 2 || NOT_SUBJECT.test(text.slice(Math.max(0, list[0].start - 30), list[0].start))) return false;
  for (let k = 1; k < list.length; k++) if (!LIST_JOIN.test(text.slice(list[k - 1].end, list[k].start))) return false;
  const last = list[list.length - 1];
  const tail = text.slice(last.end, p.start);
  const rest = m && cut.start >= last.end ? text.slice(last.end, cut.start) + " " + text.slice(cut.end, p.start) : tail;
  return rest.length < 60 && LIST_IMPLEMENTS.test(rest);
}

/** The names of a unit: "Phòng/Ban/Trung tâm/Văn phòng/Chi cục …", "… Department/Division/Centre/Office/Board/Unit/Institute". */
const UNIT_HEAD =
  /^(?:phòng|ban|trung tâm|văn phòng|chi cục|cục|vụ|viện|chi hội|tổ)(?!\p{L})|(?<!\p{L})(?:department|division|centre|center|office|board|unit|institute|bureau|agency|service|secretariat)(?!\p{L})/iu;
/** The names of a body that holds units: "Sở/Bộ/UBND/Ủy ban/Tổng cục/Cục/Hội/Trung ương …", "Department/Ministry of …", "… Committee/Union". */
const PARENT_HEAD =
  /^(?:sở|bộ|ubnd|ủy ban|uỷ ban|tổng cục|cục|hội|trung ương|tw|đại học|trường)(?!\p{L})|^(?:the\s+)?(?:department|ministry|general department|people's committee|committee|union|university)(?!\p{L})|(?<!\p{L})(?:ministry|committee|union)(?!\p{L})/iu;
/** "X trực thuộc/thuộc Y", "X under the Y", "X, a unit of Y", "X belonging to Y": the body after the cue holds X. */
const UNDER_BODY = /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:trực thuộc|thuộc|under|belonging to|(?:is\s+|which is\s+)?(?:a|an) (?:unit|agency|division|arm) of)\s+(?:the\s+)?$/iu;
/** "Phòng X - Sở Y", "Poverty Reduction Department - Department of …": a dash between a unit and the body holding it. */
const DASH_BODY = /^\s*[-–]\s*$/u;

/**
 * The body a unit belongs to, as its sentence says it right after the unit's name: "Trung tâm X trực thuộc Sở Y", "NAEC under the
 * Ministry of …", "Employment Service Center - Department of Home Affairs". The unit's name must be a unit's (UNIT_HEAD) and the
 * holder's a holder's (PARENT_HEAD); a dash alone joins them only so. Never two bodies of a list ("Hội Nông dân, Hội Phụ nữ").
 */
export function parentBody(text: string, o: Located, orgs: readonly Located[], nameOf: (id: string) => string): { parent: Located; cue: string } | undefined {
  const next = orgs.find((x) => x.start >= o.end && x.id !== o.id);
  if (!next || next.start - o.end > 40) return undefined;
  const gap = text.slice(o.end, next.start);
  const childName = nameOf(o.id);
  const parentName = nameOf(next.id);
  if (!UNIT_HEAD.test(childName) || !PARENT_HEAD.test(parentName)) return undefined;
  if (UNDER_BODY.test(gap)) return { parent: next, cue: gap.trim() };
  if (DASH_BODY.test(gap)) return { parent: next, cue: "-" };
  return undefined;
}

/** "(chương trình/dự án) hợp tác giữa", "cooperation/partnership (programme) between": the bodies named next are the partners. */
const BETWEEN_PARTNERS =
  /(?<!\p{L})(?:hợp tác|liên kết|phối hợp|cooperation|co-operation|partnership|collaboration)\s+(?:(?:programme|program|project|agreement)\s+)?(?:giữa|between)\s+(?:the\s+|tổ chức\s+)?$/iu;
/** What joins the second partner to the first: "và", "and", "với", "with", "&", a comma. */
const PARTNER_JOIN = /^\s*(?:\([^)]{1,40}\)\s*)?(?:và|and|với|with|&|,)\s*(?:the\s+)?$/iu;

/**
 * The partners a program's or project's own words name: "Chương trình hợp tác giữa A và B", "the cooperation programme between A
 * and B", "a partnership between A, B and C": the bodies right after "giữa/between", joined by "và/and/,", inside the container's
 * mention or right after it (at most 80 characters on). A body before the cue, or one after a list ends, is not a partner; nor is
 * a body of a "hợp tác giữa" clause that is not the container's (the cue must sit inside the container's mention or right after it).
 */
export function partnersOf(text: string, container: Span, orgs: readonly Located[]): Located[] {
  const after = orgs.filter((o) => o.start >= container.start && o.start <= container.end + 80).sort((x, y) => x.start - y.start);
  const first = after.find((o) => BETWEEN_PARTNERS.test(text.slice(Math.max(container.start, o.start - 60), o.start)));
  if (!first) return [];
  const cueAt = text.slice(Math.max(container.start, first.start - 60), first.start).search(BETWEEN_PARTNERS) + Math.max(container.start, first.start - 60);
  if (cueAt > container.end + 4) return [];
  const out = [first];
  for (const o of after.filter((x) => x.start > first.end)) {
    if (!PARTNER_JOIN.test(text.slice(out[out.length - 1].end, o.start))) break;
    out.push(o);
  }
  return out.length >= 2 ? out : [];
}

/** A step of a project that its event's name says besides the project's name (folded: no marks, lower case): launching, reviewing or closing it. */
const PROJECT_STEP =
  /(?:^|\s)(?:khoi dong|ra mat|tong ket|so ket|ket thuc|launch(?:ed|es|ing)?|kick(?:s|ed)? off|clos(?:e|ed|es|ing)|review(?:ed|s|ing)?|summ(?:ary|ation|ing up)|wrap(?:s|ped)? up)(?:\s|$)/u;

/**
 * Is the event named after the project it is a step of? "Project to give X to Y launched", "Khởi động dự án X", "X project
 * reviewed": the event's name holds the project's whole name (four words at least, folded) and, outside it, a word of
 * launching, reviewing or closing. An event that only shares words with the project ("Lễ trao bò giống" and "Bò giống") is not.
 */
export function eventNamesProject(eventName: string, projectName: string, fold: (s: string) => string): boolean {
  const e = fold(eventName);
  const p = fold(projectName);
  if (p.split(/\s+/u).filter(Boolean).length < 4) return false;
  const at = e.indexOf(p);
  if (at < 0) return false;
  return PROJECT_STEP.test(`${e.slice(0, at)} ${e.slice(at + p.length)}`);
}

/** A sentence that opens on its container: "Trong khuôn khổ (Dự án) X, …", "As part of the X project, …", "Within X, …", "Thuộc X, …". */
const OPENS_ON_CONTAINER =
  /^\s*(?:trong khuôn khổ(?:\s+(?:của|thực hiện))?|thuộc|as part of|within|under|in the framework of|in the frame of)\s+(?:the\s+)?(?:dự án|chương trình|project|programme|program)?\s*[“"‘]?\s*$/iu;

/**
 * How far after its container an event may be named and still be held under it: a sentence that opens on the container ("Trong
 * khuôn khổ Dự án X do Y tài trợ, ngày D, A, B cùng C đã tổ chức lễ …") holds every event of the sentence, however long the
 * names between (240 characters); a container named further in, 160.
 */
export function containerReach(text: string, sentence: Span, container: Span): number {
  return OPENS_ON_CONTAINER.test(text.slice(sentence.start, container.start)) ? 240 : 160;
}

/** What a coordinator does to the project named after it: "X (đã) điều phối (dự án)", "X coordinates/coordinated the project". */
export const COORDINATES = /(?<!\p{L})(?:điều phối|coordinat(?:es|ed|ing))(?!\p{L})/iu;
/** A coordinator named after the project: "P (is) coordinated by (the) X", "P được điều phối bởi X". */
export const COORDINATED_BY = /(?:coordinated\s+by|được\s+điều phối\s+bởi)\s+(?:the\s+)?$/iu;

/**
 * Is a project's mention only the bare word ("Dự án", "the project") while the project's name is more ("Dự án 5")? Such a
 * mention was bound by the name's first word: which project the word means is the anaphor's question (the last project named
 * before the sentence), not the binding's.
 */
export function bareProjectWord(text: string, mention: Span, projectName: string): boolean {
  const said = text.slice(mention.start, mention.end).trim();
  return BARE_PROJECT.test(said) && !BARE_PROJECT.test(projectName.trim());
}
