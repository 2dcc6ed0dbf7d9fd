/**
 * (orgs6) Organization mentions that are not bodies the article speaks of, dropped after the readers.
 *
 * - The closing credit: a body named in the article's last lines only as the source or the
 *   writer's unit ("Theo Hội Nông dân tỉnh X", "Lan Anh (Ban Tuyên giáo Tỉnh đoàn)") is not an
 *   actor of the article, unless it is a newsroom (a radio, a paper: the byline rule keeps those)
 *   or the body is named in the text too.
 * - A bare union's name ("Đoàn Thanh niên", "Hội Nông dân", "Hội Phụ nữ" with no level and no
 *   place) is the union as an institution when the article names a level of the same union
 *   ("Tỉnh đoàn X", "Chi đoàn ấp Y", "Hội Nông dân huyện Z"): the leveled body is the actor.
 * Pure functions over the mentions and the article's text.
 */
import type { Doc, Span } from "./ingest.text";

interface OrgMentionLike extends Span {
  name: string;
}

/** A closing credit line: "Theo <Body>", "Nguồn: <Body>", "<Name> (<Body>)" or "<Name> - <Body>", short and without a sentence's comma. */
const CREDIT_LINE = /^(?:(?:theo|nguồn|source|according to)[ \t]*:?[ \t]+\p{Lu}|\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}[ \t]*(?:\(|[-–][ \t]))/iu;
/** A newsroom's name: these stay (the byline rule drafts them as the source's publisher). */
const NEWSROOM = /^(?:đài|báo|ttxvn|tạp chí|cổng (?:thông tin|ttđt)|trung tâm (?:truyền thông|văn hóa|vh)|vov|vtv|thông tấn|radio|television|newspaper|news agency)(?![\p{L}])/iu;

/** The spans of the article's closing credit lines (among its last three lines of text before the end of the body). */
export function creditLines(doc: Pick<Doc, "text" | "bodyEnd">): Span[] {
  const out: Span[] = [];
  const lines = doc.text.slice(0, doc.bodyEnd).split("\n");
  let end = doc.bodyEnd;
  let seen = 0;
  for (let l = lines.length - 1; l >= 0 && seen < 3; l--) {
    const start = end - lines[l].length;
    const line = lines[l].trim();
    end = start - 1;
    if (!line) continue;
    seen++;
    // (orgs8) a name and a bracket is a credit only when the bracket ends the line: "Bà A (Chủ tịch Hội …) trao quà …" is a sentence
    const sentence = /^[^(]*\([^)]*\)[ \t]*\p{L}/u.test(line) && !/^(?:theo|nguồn|source|according to)(?![\p{L}])/iu.test(line);
    if (line.length < 90 && !/[,;]/u.test(line) && CREDIT_LINE.test(line) && !sentence) out.push({ start, end: start + lines[l].length });
  }
  return out;
}

/** Bare union names (lower case) and, for each, the names of a level of the same union. */
const BARE_UNIONS: readonly { bare: RegExp; leveled: RegExp }[] = [
  {
    bare: /^đoàn (?:thanh niên|tn)(?: cộng sản hồ chí minh| tncs hồ chí minh)?$/u,
    leveled: /^(?:(?:tỉnh|huyện|thành|thị|chi)[ \t]+đoàn|đoàn (?:thanh niên|tn)[ \t]+.*(?:tỉnh|huyện|xã|phường|thị xã|thành phố|trường))(?![\p{L}])/u,
  },
  { bare: /^hội nông dân$/u, leveled: /^(?:chi hội nông dân|hội nông dân[ \t]+(?:tỉnh|huyện|xã|phường|thị xã|thành phố|việt nam))(?![\p{L}])/u },
  {
    bare: /^hội (?:liên hiệp )?phụ nữ$/u,
    leveled: /^(?:chi hội phụ nữ|hội (?:liên hiệp )?phụ nữ[ \t]+(?:tỉnh|huyện|xã|phường|thị xã|thành phố|việt nam))(?![\p{L}])/u,
  },
];

/** True when a mention is a bare union's name and another mention names a level of the same union. */
export function isBareUnion(name: string, others: readonly string[]): boolean {
  const n = name.trim().toLowerCase().replace(/\s+/gu, " ");
  const family = BARE_UNIONS.find((u) => u.bare.test(n));
  return !!family && others.some((o) => family.leveled.test(o.trim().toLowerCase().replace(/\s+/gu, " ")));
}

/** The organization mentions without credit-line bodies and bare unions (see the file's comment). */
export function dropNonActors<M extends OrgMentionLike>(doc: Pick<Doc, "text" | "bodyEnd">, orgs: readonly M[]): M[] {
  const credits = creditLines(doc);
  const inCredit = (m: Span) => credits.some((c) => c.start <= m.start && m.end <= c.end);
  const key = (n: string) => n.trim().toLowerCase();
  const names = orgs.map((o) => o.name);
  return orgs.filter((m) => {
    if (inCredit(m) && !NEWSROOM.test(m.name.trim()) && !orgs.some((o) => o !== m && !inCredit(o) && key(o.name) === key(m.name))) return false;
    return !isBareUnion(m.name, names) && !cutAtComma(doc.text, m);
  });
}

/**
 * (orgs6) A name the reader cut at a comma inside it: a head and lower-case words only ("Văn phòng quản lý"),
 * then ", " and more lower-case words of the same name ("…, tư vấn Chương trình …"). The fragment names
 * nothing by itself. Not cut: a name with a capitalised word after its head or a place ("Hội Nông dân
 * huyện, xã" is read elsewhere), a comma before a new clause's capital or a head of its own.
 */
const NEXT_HEADS =
  /^(?:ban|hội|phòng|sở|văn phòng|trung tâm|ủy ban|uỷ ban|ubnd|chi cục|cục|trường|viện|công ty|hợp tác xã|htx|tổ|đoàn|và|cùng|các|những|đã|sẽ|được|đồng thời)(?![\p{L}])/u;
export function cutAtComma(text: string, m: OrgMentionLike): boolean {
  const words = m.name.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  const after = /^,[ \t]+(\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?)[ \t]+\p{Lu}/u.exec(text.slice(m.end, m.end + 60));
  return !!after && !NEXT_HEADS.test(after[1]);
}

/** A found name and where it is. */
export interface FoundName extends Span {
  name: string;
}

/**
 * A producer named by what it makes: "cơ sở sản xuất cá khô", "cơ sở chế biến chè tại xã X" (a
 * household business a visit or a model names). The name runs over the lower-case product words,
 * at most five, and ends before a place, a comma or a capital. Not read: a plural or counted
 * "các / những / nhiều / 5 cơ sở …" (producers in general), a bare "cơ sở sản xuất".
 */
const PRODUCER =
  /(?<![\p{L}])(?<!(?:các|những|nhiều|mọi|số|\d)[ \t]+)cơ sở (?:sản xuất|chế biến)((?:[ \t]+(?!(?:tại|ở|của|thuộc|trên|và|với|cho|do|được|đã|là|có|này|đó|sẽ)(?![\p{L}]))[\p{Ll}\p{M}]+(?:[ \t]+-[ \t]+[\p{Ll}\p{M}]+)?){1,5})/gu;
export function producerFacilities(text: string): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(PRODUCER)) out.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  return out;
}

/**
 * The bodies a project's brackets name by their initials: "the PADEE Project (MAFF-IFAD)", "dự án
 * nuôi bò (SNV/IFAD)": two or more capitalised initials joined by "-", "/" or "&", right after
 * "Project", "Programme" or a "dự án / chương trình" name on the same line. Each initialism is a body.
 * Not read: a period or a code in the brackets ("(2021-2025)", "(GAP-2)"), one initialism alone
 * (often the project's own short name), the initials of a kind of thing (ODA, NGO, GAP, OCOP).
 */
const OWNERS = /(?:Project|Programme|Program|[Dd]ự án|[Cc]hương trình)(?:[ \t]+[^()\n.;]{0,80}?)?[ \t]*\([ \t]*(\p{Lu}{2,8}(?:[ \t]*[-–/&][ \t]*\p{Lu}{2,8})+)[ \t]*\)/gu;
const NOT_BODIES = new Set(["ODA", "NGO", "NGOS", "GAP", "VIETGAP", "OCOP", "CSA", "SRI", "PPP", "NTP", "VN", "VIE", "VNM", "TA", "CSR"]);
export function bracketOwners(text: string): FoundName[] {
  const out: FoundName[] = [];
  for (const m of text.matchAll(OWNERS)) {
    const inner = m.index + m[0].lastIndexOf(m[1]);
    for (const w of m[1].matchAll(/\p{Lu}{2,8}/gu)) {
      if (NOT_BODIES.has(w[0])) continue;
      out.push({ start: inner + w.index, end: inner + w.index + w[0].length, name: w[0] });
    }
  }
  return out;
}

/**
 * Where a bracketed list of places after "các <unit>" closes: "các huyện (A và B, TP. C)" → the offset
 * after ")", when the list starts with "(" at `listStart` and the ")" follows the last place (same
 * line, nothing but spaces or a full stop's absence between). -1 when the list is not in brackets.
 */
export function collectiveClose(text: string, listStart: number, lastPlaceEnd: number): number {
  if (!/^[ \t]*\(/u.test(text.slice(listStart, listStart + 4))) return -1;
  const m = /^[ \t]*\)/u.exec(text.slice(lastPlaceEnd, lastPlaceEnd + 4));
  return m ? lastPlaceEnd + m[0].length : -1;
}

/** Do the initials of a name's capitalised words hold these letters in order ("SBV" in "State Bank of Vietnam")? */
export function initialsHold(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  let k = 0;
  for (const c of initials) if (k < acronym.length && c === acronym[k]) k++;
  return k === acronym.length;
}

/**
 * One long English name the readers cut at its "and": "the Andean Emergency Aid and Civil Protection
 * Office (AECO)" read as two bodies joined by "and", the second with initials in brackets that
 * neither part's own initials hold. The two are one body, named whole, with those initials. Not
 * joined: initials the second part's own words hold ("Oxfam and Action Aid (AA)", "the Ministry of
 * Finance and the State Bank of Vietnam (SBV)"), a first part with initials of its own, a list of
 * more than two.
 */
export function joinCutNames<M extends OrgMentionLike & { acronym?: string }>(text: string, orgs: readonly M[]): M[] {
  const sorted = [...orgs].sort((x, y) => x.start - y.start);
  const out: M[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const joined =
      b?.acronym &&
      !a.acronym &&
      /^[ \t]+and[ \t]+$/u.test(text.slice(a.end, b.start)) &&
      !/,[ \t]*$/u.test(text.slice(Math.max(0, a.start - 3), a.start)) &&
      a.name.split(/\s+/u).length >= 2 &&
      a.name !== a.name.toUpperCase() &&
      !initialsHold(b.acronym, b.name) &&
      !initialsHold(b.acronym, a.name);
    if (!joined) {
      out.push(a);
      continue;
    }
    out.push({ ...a, end: b.end, name: text.slice(a.start, b.end), acronym: b.acronym });
    i++;
  }
  return out;
}

/**
 * (orgs6) Where a verb of presenting or teaching glued to a body's name starts: "Trường Đại học Phạm Văn Đồng
 * trình bày …", "Viện Chăn nuôi giới thiệu …". Only after a capitalised word (a proper name's end), so a
 * sentence-case name that holds such a word ("Trung tâm hướng dẫn nghiệp vụ") is left whole. -1 when none.
 */
const SPEECH_VERB =
  /(?<=\S\s+\p{Lu}[\p{L}\p{M}]*)\s(?:trình bày|giới thiệu|báo cáo|chia sẻ|hướng dẫn|giảng dạy|truyền đạt|phổ biến|quán triệt|thông tin về|trả lời|giải đáp)(?:\s|$)/u;
export function gluedVerbAt(name: string): number {
  return SPEECH_VERB.exec(name)?.index ?? -1;
}

/**
 * (orgs7) Words a body's head shares with everyday language: a name that opens with one of these is no
 * body. "Phòng chống/ngừa/tránh …" is the verb "to prevent", "Sở dĩ" is "the reason why", "Quỹ đất" (thời gian, lương) is a stock of land (time, pay), "Trung tâm xã
 * (huyện, tỉnh …) X" is the centre of a place, and an English name ending in "Day" is a day of the
 * calendar ("International Women's Day"). Bodies with these heads keep a name word after the head
 * ("Phòng Nông nghiệp", "Trung tâm Y tế huyện", "Sở Y tế").
 */
const NOT_A_BODY =
  /^(?:(?:on|in|at)\s+)?(?:phòng\s+(?:chống|ngừa|tránh)(?![\p{L}])|sở\s+dĩ(?![\p{L}])|quỹ\s+(?:đất|thời\s+gian|lương)(?![\p{L}])|trung\s+tâm\s+(?:xã|huyện|tỉnh|thị\s+trấn|thị\s+xã|phường|thành\s+phố|bản|thôn|xóm|làng)(?![\p{L}])|.*\s(?:day|days)$)/iu;

/** True when an organization's name is an everyday phrase its head word opens (see NOT_A_BODY). */
export function isNotABody(name: string): boolean {
  return NOT_A_BODY.test(name.trim());
}

/**
 * (orgs7) Vietnamese commercial banks known by one brand word, wherever named ("Agribank", "BIDV"),
 * with a branch written after the brand ("Agribank chi nhánh huyện Kỳ Sơn", "Vietcombank Nghệ An")
 * kept in the name. The social policy bank has its own heads.
 */
export const BANK_BRANDS: readonly { words: readonly string[]; orgType: "BANK"; same?: string }[] = [
  "agribank",
  "vietcombank",
  "vietinbank",
  "bidv",
  "sacombank",
  "techcombank",
  "lienvietpostbank",
  "seabank",
  "vpbank",
].map((w) => ({ words: [w], orgType: "BANK" as const }));

/** The branch after a bank's brand: " chi nhánh [unit] Place" (a capitalised place of up to four words); its length, or 0. */
export function bankBranchLength(after: string): number {
  const m =
    /^[ \t]+chi[ \t]+nhánh[ \t]+(?:(?:tỉnh|huyện|thị[ \t]+xã|thành[ \t]+phố|thị[ \t]+trấn|xã|phường|quận)[ \t]+)?\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}/u.exec(
      after,
    );
  return m ? m[0].length : 0;
}

/** "… Organization of the United Nations": the tail of a United Nations body's English name; its length, or 0. */
export function unitedNationsTail(after: string): number {
  return /^[ \t]+of[ \t]+the[ \t]+United[ \t]+Nations(?![\p{L}])/u.exec(after)?.[0].length ?? 0;
}
