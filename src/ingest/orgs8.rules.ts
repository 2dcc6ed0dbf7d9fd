/**
 * (round 8, orgs8) Organization names the readers cut short or ran on, on sentences nobody tuned them for.
 *
 * Contract: pure functions over the article's text and the organization mentions the readers found; each
 * returns the same mentions with a name widened or cut, never a new body.
 *
 * - `widenEnglishNames` (English articles): a body's words the reader left before or after its name —
 *   "the Standing Committee of the X Party Committee" (the whole committee, never the fragment), "X's provincial
 *   Women's Union" (the place and its level), "the EU Delegation to Vietnam", and a long title-case name cut at
 *   its "and" ("the Northern Mountainous Agriculture and Forestry Science Institute").
 * - `gluedActionAt` (Vietnamese): a verb of buying, supplying or giving glued to a proper name's end ("Công ty
 *   CP Chè X mua …", "Quỹ Dân số Liên hợp quốc cấp …"): the name ends before it.
 * - `isEverydayOpening`: a sentence's first words that a head word opens ("Sở hữu 3 ha chè, …" is "owning",
 *   "Ban hành kế hoạch …" is "issuing"): no body.
 */

interface OrgLike {
  start: number;
  end: number;
  name: string;
}

/** The head a committee-of name must end with ("… Party Committee", "… Women's Union"). */
const EN_BODY_END = /(?:Committee|Union|Association|Council|Department|Federation|Front|Board)$/u;
/** "the Standing Committee of (the) " right before a body's name. */
const COMMITTEE_OF = /(?<![\p{L}])(Standing|Executive|Steering|Management)[ \t]+(Committee|Board)[ \t]+of[ \t]+(?:the[ \t]+)?$/u;
/** "<Place>'s provincial " right before a body's name: the place (one to three capitalised words) and its level. */
const PLACE_LEVEL = /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}]*)['’]s[ \t]+(provincial|district|commune|communal|city|municipal)[ \t]+$/u;
/** Bodies a place's level goes with ("Women's Union", "Farmers' Association", "Red Cross", "People's Committee"). */
const LEVELLED_BODY =
  /^(?:Women['’]s Union|Farmers['’] (?:Union|Association)|Youth Union|Red Cross(?: Society)?|People['’]s Committee|Party Committee|Fatherland Front|Veterans['’] Association)/u;
/** "… Delegation" and the country after "to". */
const DELEGATION_TO = /^[ \t]+to[ \t]+(?:the[ \t]+)?(?:Viet[ \t]+Nam|Vietnam|\p{Lu}[\p{L}]+)(?![\p{L}])/u;
/** A head that ends a long English name ("… Science Institute", "… University"). */
const EN_LONG_HEAD = /(?:Institute|University|Academy|Centre|Center|College|School|Agency|Office|Department|Council|Association|Foundation)$/u;
/** "the <one to three capitalised words> and " right before a name: the first half of a name cut at its "and". */
const FIRST_HALF = /(?<![\p{L}])[Tt]he[ \t]+((?:\p{Lu}[\p{Ll}\p{M}]+[ \t]+){0,2}\p{Lu}[\p{Ll}\p{M}]+)[ \t]+and[ \t]+$/u;
/** Words of a body's own (a head, a country, a known body word), of a post or of a project: a first half holding one is no half. */
const OWN_BODY_WORD =
  /(?<![\p{L}])(?:Institute|University|Academy|Centre|Center|College|School|Agency|Office|Department|Council|Association|Foundation|Union|Committee|Ministry|Bank|Fund|Company|Cooperative|Society|Organi[sz]ation|International|Vietnam|Viet|Nam|Oxfam|Care|Plan|Government|Province|District|Commune|Minister|Chairman|Chairwoman|Director|President|Secretary|Governor|Ambassador|Project|Programme|Program)(?![\p{L}])/u;

/** English names the reader cut: see the file's comment. A first half another mention overlaps is no half. */
export function widenEnglishNames<M extends OrgLike>(text: string, orgs: readonly M[]): M[] {
  return orgs.map((m) => {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    const committee = EN_BODY_END.test(m.name) ? COMMITTEE_OF.exec(before) : null;
    if (committee) {
      const start = m.start - (before.length - committee.index);
      return { ...m, start, name: text.slice(start, m.end).replace(/\s+/gu, " "), quote: undefined };
    }
    const level = LEVELLED_BODY.test(m.name) ? PLACE_LEVEL.exec(before) : null;
    if (level) {
      const start = m.start - (before.length - level.index);
      return { ...m, start, name: `${level[1]} ${level[2]} ${m.name}`, quote: undefined };
    }
    const to = /Delegation$/u.test(m.name) ? DELEGATION_TO.exec(text.slice(m.end, m.end + 30)) : null;
    if (to) {
      const end = m.end + to[0].length;
      return { ...m, end, name: text.slice(m.start, end).replace(/\s+/gu, " "), quote: undefined };
    }
    const half = EN_LONG_HEAD.test(m.name) && /^\p{Lu}/u.test(m.name) ? FIRST_HALF.exec(before) : null;
    if (half && !OWN_BODY_WORD.test(half[1]) && !orgs.some((o) => o !== m && o.end > m.start - (before.length - half.index) && o.start < m.start)) {
      const start = m.start - (before.length - half.index) + half[0].indexOf(half[1]);
      return { ...m, start, name: text.slice(start, m.end).replace(/\s+/gu, " "), quote: undefined };
    }
    return m;
  });
}

/** Verbs of buying, supplying, giving or attending ("dự", not "dự án") not in the readers' list of trailing verbs, being also words of names elsewhere. */
const GLUED_ACTION =
  /(?<=(?:\s\p{Lu}[\p{L}\p{M}]*|\sLiên hợp quốc))\s(?:mua|cấp(?!\s(?:xã|huyện|tỉnh|cơ sở|trung ương|quốc gia|thôn|bản|phường|thành phố|thị xã)(?![\p{L}]))|cung ứng|cung cấp|chuyển giao|xây|khám|sửa|trồng|giúp|dự(?!\s(?:án|thảo)(?![\p{L}])))(?:\s|$)/u;

/** Where a verb of buying or giving glued to a proper name's end starts ("Công ty CP Chè Kỳ Sơn mua chè …"); -1 when none. */
export function gluedActionAt(name: string): number {
  return GLUED_ACTION.exec(name)?.index ?? -1;
}

/** A name that opens with an everyday verb a head word spells: "Sở hữu" (to own), "Ban hành" (to issue), "Hội tụ" (to converge), "Đoàn kết" (solidarity); the second word in lower case ("xã Đoàn Kết" is a place). */
const EVERYDAY_OPENING = /^(?:[Ss]ở\s+hữu|[Bb]an\s+hành|[Hh]ội\s+tụ|[Đđ]oàn\s+kết|[Pp]hòng\s+khi|[Vv]iện\s+dẫn|[Vv]iện\s+trợ)(?![\p{L}])/u;
export function isEverydayOpening(name: string): boolean {
  return EVERYDAY_OPENING.test(name.trim());
}

/**
 * A project's management unit named in English: "the Provincial Project Management Unit", "the Ky Son District Project
 * Management Board", "the Project Management Unit of Nghe An province", "the Central Project Management Unit of the CSSP
 * project". A body (the readers took its first words for a project, "Provincial Project"). Not read: a sentence's
 * capitalised "The" (left out of the name), "project management" in lower case (the work, not the body).
 */
const PMU =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,4}?)(?:Project|Programme|Program)[ \t]+Management[ \t]+(?:Unit|Board|Office)(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?:[ \t]+(?:province|district|commune|project|programme))?)?/gu;
export function projectManagementUnits(text: string): FoundLike[] {
  const out: FoundLike[] = [];
  for (const m of text.matchAll(PMU)) {
    const lead = /^(?:(?:The|A|An|This|Its|In|On|By|With|From)[ \t]+)+/u.exec(m[0])?.[0].length ?? 0;
    const start = m.index + lead;
    out.push({ start, end: m.index + m[0].length, name: m[0].slice(lead).replace(/\s+/gu, " ") });
  }
  return out;
}
interface FoundLike {
  start: number;
  end: number;
  name: string;
}

/** True when a project's mention ending at `end` is the first words of a management unit's name ("Provincial Project| Management Unit"). */
export function beforeManagementUnit(text: string, end: number): boolean {
  return /^[ \t]+Management[ \t]+(?:Unit|Board|Office)(?![\p{L}])/u.test(text.slice(end, end + 30));
}

/**
 * A post, a body and the person holding it with no comma between: "Giám đốc Công ty TNHH X Nghệ An Trần Văn Long cho
 * biết …". A title-case body name ran on into the person's full name (a family name and two or three more capitalised
 * words). Only after a post word right before the body; a body named after a person with no post before it
 * ("Công ty TNHH Nguyễn Văn A") is left whole. The answer is where the person's name starts in `name`, or -1.
 */
const POST_BEFORE = /(?<![\p{L}])(?:giám đốc|chủ tịch|chủ nhiệm|bí thư|trưởng phòng|trưởng ban|hiệu trưởng|viện trưởng|trưởng trạm|trưởng đại diện)[ \t]+$/iu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
export function personAfterBody(name: string, before: string, isFamilyName: (word: string) => boolean): number {
  if (!POST_BEFORE.test(before)) return -1;
  const words = name.split(" ");
  for (const n of [3, 4]) {
    const k = words.length - n;
    if (k < 3 || !isFamilyName(words[k]) || !words.slice(k).every((w) => CAPITALISED.test(w))) continue;
    if (n === 4 && isFamilyName(words[k + 1])) continue;
    return words.slice(0, k).join(" ").length + 1;
  }
  return -1;
}

/** The holder's full name right after a body a post word opens ("Giám đốc <body> Trần Văn Long"): the person the cut left, or undefined. */
export function holderAfterBody(text: string, body: { start: number; end: number }, isFamilyName: (word: string) => boolean): FoundLike | undefined {
  if (!POST_BEFORE.test(text.slice(Math.max(0, body.start - 30), body.start))) return undefined;
  const m = /^[ \t]+(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+){2,3})(?![\p{L}])/u.exec(text.slice(body.end, body.end + 60));
  if (!m || !isFamilyName(m[1].split(/[ \t]+/u)[0])) return undefined;
  const start = body.end + m[0].length - m[1].length;
  return { start, end: body.end + m[0].length, name: m[1].replace(/\s+/gu, " ") };
}
