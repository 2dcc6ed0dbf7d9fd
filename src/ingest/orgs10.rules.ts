/**
 * (round 10, orgs10) Organization names drafted from words that name no body.
 *
 * Contract: pure functions over words the organization readers have already cut; each answers a yes/no or an
 * offset, and never makes a body.
 *
 * - `clauseAfterHead` (Vietnamese): a head word ("HTX", "NHCSXH", "Hội phụ nữ", "nhóm") followed by what the body
 *   does ("HTX dự kiến trồng …", "NHCSXH dự kiến phân bổ …", "nhóm đạt 140 con", "HTX 1 máy sấy …"): the head
 *   points back at a body named before (refs.rules.ts) and the words after it are no name. A tail that holds a
 *   proper name (a capitalised word, initials, a place) is a name; so is a lower-case one that opens with a kind
 *   of work ("HTX dịch vụ nông nghiệp", "nhóm tiết kiệm"). A full name of a person right after a post and the head
 *   ("Giám đốc HTX Nguyễn Văn A") is the holder, not the body.
 * - `joinsTransliteration` (Vietnamese): a capitalised syllable and the lower-case ones hyphened to it are one word
 *   ("Ai-len", "Ô-xtrây-li-a", "Niu Di-lân").
 * - `isCountryName`: a country as Vietnamese or English texts write it (an embassy's or ambassador's country);
 *   a person's name after "Đại sứ" is none.
 * - `isNotEnglishBodyName` (English): a page's "About <body>" heading, a bare "Mission", a plural of initials joined
 *   by "and" to a fragment ("DARDs and Provincial"): no body's name.
 * - `dropBareUnionHeads` (Vietnamese): a bare "Hội phụ nữ" where the article names a women's union with its place.
 */

/** A word after the head, as the reader saw it. */
export interface TailWord {
  text: string;
  /** Capitalised or initials. */
  cap: boolean;
  digit: boolean;
  /** Inside a place the text names, or a unit word ("tỉnh", "huyện": the body of the province named before). */
  place: boolean;
}

/** Words that open what a body does or how it fares (lower case, one or two syllables). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "ước",
  "ước đạt",
  "ước tính",
  "dự kiến",
  "dự tính",
  "đạt",
  "đạt được",
  "đảm",
  "đảm nhận",
  "đảm nhiệm",
  "đảm bảo",
  "bảo đảm",
  "đứng",
  "đứng ra",
  "bán",
  "bán được",
  "xuất bán",
  "đối ứng",
  "phân bổ",
  "phấn khởi",
  "vui mừng",
  "hào hứng",
  "tin tưởng",
  "cho biết",
  "cho hay",
  "chi trả",
  "giải ngân",
  "thu về",
  "thu được",
  "tăng",
  "giảm",
  "hiện",
  "hiện có",
  "luôn",
  "thường xuyên",
  "còn",
  "tiếp tục",
  "phấn đấu",
  "đề ra",
  "nhận",
  "nhận được",
  "sở hữu",
  "chịu",
  "chủ động",
  "mạnh dạn",
  "kết nạp",
  "vận hành",
  "quyết định",
  "thống nhất",
  "hoàn thành",
  "hoàn trả",
  "trích",
  "mở rộng",
  "lên kế hoạch",
  "có",
]);

/** Heads that are whole names of a kind of body alone: after them a lower-case tail without a place is a clause. */
const WHOLE_HEAD = /^(?:NHCSXH|UBND|HĐND|MTTQ|LHPN|[Hh]ội (?:[Pp]hụ nữ|[Nn]ông dân|[Cc]ựu chiến binh|LHPN|[Ll]iên hiệp [Pp]hụ nữ)|[Nn]gân hàng [Cc]hính sách(?: xã hội)?)$/u;
/** Posts that stand right before a body's head ("Giám đốc HTX …"). */
const POST_BEFORE =
  /(?:^|\s)(?:[Gg]iám đốc|[Pp]hó [Gg]iám đốc|[Cc]hủ tịch|[Pp]hó [Cc]hủ tịch|[Tt]rưởng|[Tt]ổ trưởng|[Nn]hóm trưởng|[Cc]hủ nhiệm|[Kk]ế toán|[Tt]hành viên|[Xx]ã viên)\s*$/u;

/**
 * Is the tail after a head (`head` as written) no name but a clause or a count? `before` is the text right before the
 * head; `isFamilyName` tells a Vietnamese family name.
 */
export function clauseAfterHead(head: string, tail: readonly TailWord[], before: string, isFamilyName: (word: string) => boolean): boolean {
  if (!tail.length) return false;
  // "Giám đốc HTX Nguyễn Hữu Trí": the holder's full name right after the post and the head
  if (POST_BEFORE.test(before) && tail.length >= 2 && tail.length <= 4 && tail.every((w) => w.cap && !w.place && !w.digit) && isFamilyName(tail[0].text)) return true;
  if (tail.some((w) => w.cap || w.place)) return false;
  // "hỗ trợ HTX 1 máy sấy …": a count of things after the head
  if (tail[0].digit) return tail.length > 1;
  const words = tail.map((w) => w.text.toLowerCase());
  const first = words[0];
  const two = words.length > 1 ? `${first} ${words[1]}` : "";
  if (CLAUSE_OPENERS.has(two) || CLAUSE_OPENERS.has(first) || CLAUSE_OPENERS.has(words.slice(0, 3).join(" "))) return true;
  // "NHCSXH …", "Hội phụ nữ …": a body of a known kind whose name is whole alone; lower-case words after it (no place) are a clause
  return WHOLE_HEAD.test(head.trim());
}

/**
 * A lower-case syllable hyphened, without spaces, to a capitalised one before it, or to one that is itself so hyphened
 * (`prevJoined`): "Ai-len", "Ô-xtrây-li-a", "Di-lân".
 */
export function joinsTransliteration(prev: string, gap: string, next: string, prevJoined = false): boolean {
  return gap === "-" && (prevJoined || /^\p{Lu}/u.test(prev)) && /^\p{Ll}{1,6}$/u.test(next) && /^\p{L}{1,7}$/u.test(prev);
}

/** Countries as Vietnamese texts write them (folded to lower case, hyphens kept). */
const VI_COUNTRIES: ReadonlySet<string> = new Set([
  "ai-len",
  "ai len",
  "ailen",
  "ô-xtrây-li-a",
  "ôxtrâylia",
  "úc",
  "niu di-lân",
  "niu-di-lân",
  "new zealand",
  "thụy điển",
  "thuỵ điển",
  "hàn quốc",
  "nhật bản",
  "đức",
  "pháp",
  "anh",
  "mỹ",
  "hoa kỳ",
  "ca-na-đa",
  "canada",
  "phần lan",
  "đan mạch",
  "na uy",
  "bỉ",
  "hà lan",
  "thụy sĩ",
  "thuỵ sĩ",
  "thụy sỹ",
  "thuỵ sỹ",
  "italia",
  "i-ta-li-a",
  "ý",
  "tây ban nha",
  "áo",
  "lúc-xăm-bua",
  "luxembourg",
  "trung quốc",
  "ấn độ",
  "thái lan",
  "lào",
  "campuchia",
  "cam-pu-chia",
  "israel",
  "i-xra-en",
  "hung-ga-ri",
  "hungary",
  "ba lan",
  "séc",
  "singapore",
  "xin-ga-po",
  "in-đô-nê-xi-a",
  "indonesia",
  "phi-líp-pin",
  "philippines",
  "ma-lai-xi-a",
  "malaysia",
  "mi-an-ma",
  "myanmar",
  "liên minh châu âu",
  "ireland",
  "australia",
  "japan",
  "korea",
  "sweden",
  "finland",
  "denmark",
  "norway",
  "germany",
  "france",
]);

/** Is `name` a country (Vietnamese or English spelling), not a person's name? */
export function isCountryName(name: string): boolean {
  return VI_COUNTRIES.has(name.trim().toLowerCase().replace(/\s+/gu, " "));
}

/** English: no body's name: a page's "About <body>" heading, a bare "Mission", plural initials joined by "and" to a cut-off fragment ("DARDs and Provincial"). */
export function isNotEnglishBodyName(name: string): boolean {
  const n = name.trim();
  return /^About\s+\p{Lu}/u.test(n) || /^(?:Mission|Vision|Mandate)$/u.test(n) || /^\p{Lu}{2,}s\s+and\s+\p{Lu}\p{Ll}+$/u.test(n);
}

/** The kind of mass organisation a Vietnamese name opens with (women's, farmers', veterans' union), or undefined. */
const unionKind = (name: string): string | undefined => {
  const n = name.toLowerCase();
  if (/^hội (?:phụ nữ|lhpn|liên hiệp phụ nữ)(?![\p{L}])/u.test(n)) return "women";
  if (/^hội (?:nông dân|nd)(?![\p{L}])/u.test(n)) return "farmers";
  if (/^hội (?:cựu chiến binh|ccb)(?![\p{L}])/u.test(n)) return "veterans";
  return undefined;
};

/**
 * (Vietnamese) "Được Hội phụ nữ giới thiệu …" after "Hội LHPN xã A": a bare union head where the article names a
 * union of that kind with its place is a reference to it, no new body; the mentions without those heads (refs.rules.ts
 * links the head when exactly one body fits).
 */
export function dropBareUnionHeads<M extends { name: string }>(orgs: readonly M[]): M[] {
  const named = new Set(
    orgs.filter((m) => unionKind(m.name) && !/^hội (?:phụ nữ|lhpn|liên hiệp phụ nữ|nông dân|nd|cựu chiến binh|ccb)$/iu.test(m.name.trim())).map((m) => unionKind(m.name)),
  );
  return orgs.filter((m) => !(/^hội (?:phụ nữ|lhpn|liên hiệp phụ nữ|nông dân|nd|cựu chiến binh|ccb)$/iu.test(m.name.trim()) && named.has(unionKind(m.name))));
}

/** A body the article names, with where. */
interface SpannedBody {
  id: string;
  name: string;
  spans: readonly { start: number; end: number }[];
}

/**
 * "Cơ quan Viện trợ Ai-len (Irish Aid)", "Tổ chức Tầm nhìn Thế giới (World Vision)": a Vietnamese name and, in brackets
 * right after it, a foreign name of two words or more (Latin letters only) that the article drafted as another body: one
 * body. Returns [the bracketed one, the one it goes into] pairs. Initials in brackets are left to the readers' own rule.
 */
export function bracketTwins(text: string, bodies: readonly SpannedBody[]): [string, string][] {
  const out: [string, string][] = [];
  for (const foreign of bodies) {
    if (!/^[A-Za-z][A-Za-z'’&.-]*(?:\s+[A-Za-z][A-Za-z'’&.-]*)+$/u.test(foreign.name.trim())) continue;
    const host = bodies.find(
      (b) =>
        b !== foreign &&
        /\s/u.test(b.name.trim()) &&
        /[^A-Za-z0-9\s'’&.,()-]/u.test(b.name) &&
        b.spans.some((s) => foreign.spans.some((f) => /^[ \t]*\([ \t]*$/u.test(text.slice(s.end, f.start)) && /^[ \t]*\)/u.test(text.slice(f.end, f.end + 3)))),
    );
    if (host && !out.some(([from, into]) => from === host.id || into === foreign.id)) out.push([foreign.id, host.id]);
  }
  return out;
}
