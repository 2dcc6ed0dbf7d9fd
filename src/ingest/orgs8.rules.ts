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

/** Verbs of buying, supplying or giving (not in the readers' list of trailing verbs, being also words of names elsewhere). */
const GLUED_ACTION =
  /(?<=(?:\s\p{Lu}[\p{L}\p{M}]*|\sLiên hợp quốc))\s(?:mua|cấp(?!\s(?:xã|huyện|tỉnh|cơ sở|trung ương|quốc gia|thôn|bản|phường|thành phố|thị xã)(?![\p{L}]))|cung ứng|cung cấp|chuyển giao|xây|khám|sửa|trồng|giúp)(?:\s|$)/u;

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
