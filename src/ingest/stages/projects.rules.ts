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
/** Projects that are not the article's: "các dự án khác", "nhiều dự án", "other/previous projects", "another project". */
const OTHER_PROJECT = /(?<!\p{L})(?:dự án\s+khác|(?:nhiều|các|những)\s+dự án|(?:other|previous|earlier|many|several)\s+projects?|another\s+project)(?!\p{L})/iu;

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
 * between them, or a cue such as "trong khuôn khổ/under" before the name). Inferred when the clause's words tie the run to "the
 * project" (PROJECT_TIE): which project is meant is taken to be the article's. No when the clause speaks of other projects, or
 * names "dự án/project" without a tie ("Bên cạnh dự án, mô hình … do Hội Phụ nữ xây dựng").
 */
export function runOfProject(text: string, clause: Span, model: Span, projectMentions: readonly Span[]): { tied: false } | { tied: true; inferred?: string; why: string } {
  const words = text.slice(clause.start, clause.end);
  if (OTHER_PROJECT.test(words)) return { tied: false };
  for (const p of projectMentions) {
    if (p.start < clause.start || p.end > clause.end || BARE_PROJECT.test(text.slice(p.start, p.end).trim())) continue;
    const between = p.end <= model.start ? text.slice(p.end, model.start) : text.slice(model.end, p.start);
    const lead = text.slice(Math.max(clause.start, p.start - 40), p.start);
    if ((p.end <= model.start && PROJECT_RUNS.test(between)) || UNDER_PROJECT_BEFORE.test(lead))
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
