/**
 * (round 5, events5) Where a person works, read from the words around the name. Pure functions over the text and the
 * spans of the sentence's mentions; relationships.stage.ts drafts what they return as MEMBER_OF.
 */
import { foldKey } from "../ingest.text";

export interface NamedSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}
export interface Post {
  readonly org: string;
  /** The post as written ("Phó Giám đốc", "Head of Development Cooperation"); empty when the text gives none. */
  readonly position: string;
  readonly why: string;
}

/** A post's words (the group of POST_WORD and POST_BEFORE_BODY). */
const POST_TITLES = String.raw`(?:(?:phó|deputy|vice|acting|assistant|senior|country|general|chief|executive|resident|regional|national|project|programme|program|technical|communications?|field)\s+)*(?:chủ tịch|tỉnh ủy viên|tỉnh uỷ viên|huyện ủy viên|huyện uỷ viên|giám đốc(?:\s+quốc gia)?|trưởng(?:\s+(?:phòng|ban|đoàn|thôn|bản|đại diện|khoa|trạm))?|bí thư|ủy viên|uỷ viên|chủ nhiệm|hiệu trưởng|viện trưởng|cục trưởng|chánh văn phòng|chuyên viên|cán bộ|điều phối viên|giảng viên|kỹ sư|đại diện|director(?:-general)?|chair(?:man|woman|person)?|president|head|representative|manager|coordinator|officer|secretary|leader|specialist|expert|advis[eo]r|consultant|lecturer|founder|ceo)`;
/** A post's first words: Vietnamese and English titles (case-insensitive), a rank before them allowed. */
const POST_WORD = new RegExp(String.raw`^(?:the\s+|its\s+|(?:ông|bà|đồng chí)\s+)?(${POST_TITLES})(?!\p{L})`, "iu");
/** Words of a clause, not of a post: a verb between the post and a body means the body is not the post's. */
const VERB =
  /(?<!\p{L})(?:cho biết|nói|nhấn mạnh|chia sẻ|phát biểu|khẳng định|đánh giá|đã|sẽ|đang|là|tham dự|tham gia|thăm|said|says|stressed|noted|added|is|was|were|are|has|have|had|will|visited|attended|joined|who|which)(?!\p{L})/iu;
/** A verb or a joining word ("và", "and", "with"): the words after it are not the post's. */
const NOT_POST = new RegExp(String.raw`${VERB.source}|(?<!\p{L})(?:và|cùng|với|and|with)(?!\p{L})`, "iu");
/** Between a post and its body: nothing, "of/from/at/của/thuộc/tại", or a comma (the body as its own item). */
const POST_TO_BODY = /(?:\s+(?:of|from|at|in|của|thuộc|tại|đến từ)\s+(?:the\s+)?|\s*,\s*|\s+)$/iu;
/** "both from X", "all of X", "cả hai đều đến từ X": the people listed before share the body. */
const SHARED_BODY = /^(?:both|all(?:\s+(?:three|four|five))?|cả hai|đều)\s+(?:đều\s+)?(?:from|of|at|đến từ|của|thuộc)(?:\s+the)?\s*$/iu;

/**
 * The posts an appositive after a person's name gives, body by body: "<name>, <post> of|from <body>", "<name> - <post>,
 * <body>" (a post, then the body as the next item), "<name>, <post> <body>, <post> <body>" (several posts), and "A,
 * <post>, and B, <post>, both from <body>" (the body both share). Items are split at commas; the run stops at the first
 * item that is neither a post nor a body following a post, at a ";", at another person's name, or at the sentence's end.
 * `people` are the sentence's other people (a "both from" list looks past them). Not read: a post with no body named
 * in its item or the next one, a body after a verb ("Ông A, Chủ tịch xã, cho biết Hội …"), a body before the name.
 */
export function appositivePosts(text: string, person: NamedSpan, sentenceEnd: number, orgs: readonly NamedSpan[], people: readonly NamedSpan[]): Post[] {
  const out: Post[] = [];
  const opener = /^[ \t]*(?:,|[-–](?=[ \t]*\p{Lu})|\()[ \t]*/u.exec(text.slice(person.end, person.end + 8));
  if (!opener) return out;
  const nextPerson = people.filter((p) => p.start >= person.end).sort((x, y) => x.start - y.start)[0];
  const stopAt = Math.min(sentenceEnd, ...[";", "\n"].map((c) => text.indexOf(c, person.end)).filter((i) => i >= 0));
  const end = Math.min(stopAt, nextPerson?.start ?? stopAt);
  let at = person.end + opener[0].length;
  let pending: string | undefined;
  const ordered = orgs.filter((o) => o.start >= at && o.end <= stopAt).sort((x, y) => x.start - y.start);
  while (at < end) {
    const org = ordered.find((o) => o.start >= at);
    const comma = text.indexOf(",", at);
    const itemEnd = comma >= 0 && comma < end ? comma : end;
    const item = text.slice(at, itemEnd);
    const post = POST_WORD.exec(item.trimStart());
    if (post && org && org.start <= itemEnd) {
      // "<post> [words] of <body>": the words between are the post's (no verb, no joining word)
      const lead = text.slice(at, org.start);
      const words = lead.replace(POST_TO_BODY, "");
      if (NOT_POST.test(words) || words.length > 70) break;
      out.push({ org: org.id, position: tidy(words), why: `"${squashed(text.slice(person.start, org.end))}": the post and its body after the name` });
      pending = undefined;
      at = org.end;
    } else if (post) {
      pending = tidy(item);
      if (NOT_POST.test(pending.slice(post[0].length))) break;
      at = itemEnd;
    } else if (pending && org && org.start <= itemEnd && /^\s*(?:văn phòng|office|the|tổ chức)?\s*$/iu.test(text.slice(at, org.start))) {
      // "- Giám đốc Quốc gia, Văn phòng X tại Việt Nam": the body as the item after the post
      out.push({ org: org.id, position: pending, why: `"${squashed(text.slice(person.start, org.end))}": the post, then its body, after the name` });
      pending = undefined;
      at = org.end;
    } else break;
    const sep = /^[ \t]*(?:,|\))?[ \t]*/u.exec(text.slice(at, at + 6));
    if (!sep || !sep[0]) break;
    at += sep[0].length;
  }
  if (out.length) return out;
  // "A, <post> …, and B, <post> …, both from X": X is A's too (a post of A's own, no verb, between)
  if (nextPerson && nextPerson.start < stopAt) {
    const between = text.slice(person.end, nextPerson.start);
    const joined = /,?[ \t]*(?:and|và)[ \t]+$/iu.test(between) && !VERB.test(between);
    const shared = joined ? ordered.find((o) => o.start > nextPerson.end && SHARED_BODY.test(lastItem(text.slice(nextPerson.end, o.start)))) : undefined;
    if (shared && POST_WORD.test(firstItem(between)))
      out.push({
        org: shared.id,
        position: tidy(firstItem(between)),
        why: `"${lastItem(text.slice(nextPerson.end, shared.start))} ${squashed(text.slice(shared.start, shared.end))}" after the listed people`,
      });
    return out;
  }
  // the last of such a list: "…, and B, <post> …, both from X"
  const ownShared = ordered.find((o) => o.start > person.end && SHARED_BODY.test(lastItem(text.slice(person.end, o.start))));
  const own = ownShared ? text.slice(person.end, ownShared.start) : "";
  if (ownShared && POST_WORD.test(firstItem(own)) && !VERB.test(own))
    out.push({ org: ownShared.id, position: tidy(firstItem(own)), why: `"${lastItem(own)} ${squashed(text.slice(ownShared.start, ownShared.end))}" after the post` });
  return out;
}

/** An ambassador's country: "Đại sứ New Zealand", "Đại sứ Nhật Bản tại Việt Nam" after the name, "Japanese Ambassador (to Vietnam)" before it. */
const AMBASSADOR_AFTER = /^[ \t]*[,–-][ \t]*(?:ngài[ \t]+)?Đại sứ(?:[ \t]+đặc mệnh toàn quyền)?[ \t]+((?:\p{Lu}[\p{L}]*[ \t]*){1,3})/u;
const AMBASSADOR_BEFORE =
  /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}]*[ \t]+){1,2})(?:Ambassador|ambassador)(?:[ \t]+to[ \t]+(?:Vietnam|Viet Nam|Việt Nam))?[ \t]*,?[ \t]*(?:(?:Mr|Ms|Mrs|Dr|H\.?E)\.?[ \t]+)?$/u;
const AMBASSADOR_APPOSITIVE = /^[ \t]*,[ \t]*(?:the[ \t]+)?((?:\p{Lu}[\p{L}]*[ \t]+){1,2})Ambassador(?!\p{L})/u;
/** Demonyms to country stems: "Japanese" → "japan", "Korean" → "korea", "Australian" → "australia". */
const stem = (w: string): string =>
  foldKey(w)
    .replace(/(?:ese|ian|an|ish)$/u, "")
    .trim();

/**
 * An ambassador belongs to the embassy of the country the post names: "<name>, Đại sứ <Country>", "<Nationality>
 * Ambassador to Vietnam <name>", "<name>, the <Nationality> Ambassador". The embassy is one of `embassies` (the draft's
 * bodies named "Đại sứ quán …" / "… Embassy" / "Embassy of …") whose name holds the country (its stem for a demonym);
 * none, or two, of them: nothing. Not read: a consul, a minister or "the ambassador" with no country.
 */
export function ambassadorOf(text: string, person: NamedSpan, embassies: readonly { id: string; name: string }[]): Post | undefined {
  const after = AMBASSADOR_AFTER.exec(text.slice(person.end, person.end + 60)) ?? AMBASSADOR_APPOSITIVE.exec(text.slice(person.end, person.end + 60));
  const before = after ? null : AMBASSADOR_BEFORE.exec(text.slice(Math.max(0, person.start - 60), person.start));
  const m = after ?? before;
  if (!m) return undefined;
  const country = m[1]
    .trim()
    .split(/\s+/u)
    .filter((w) => !/^(?:The|Tại|Cho|Mr|Ms|Mrs)$/u.test(w));
  if (!country.length) return undefined;
  const key = stem(country.join(" "));
  if (key.length < 3) return undefined;
  const found = embassies.filter((e) => foldKey(e.name).includes(key));
  if (found.length !== 1) return undefined;
  const position = squashed(m[0].replace(/^[ \t]*[,–-]?[ \t]*(?:the[ \t]+|ngài[ \t]+)?/iu, "").replace(/[ \t]*,?[ \t]*(?:(?:Mr|Ms|Mrs|Dr|H\.?E)\.?[ \t]*)?$/u, ""));
  return { org: found[0].id, position, why: `"${position}": the ambassador of the country whose embassy the article names` };
}

/** An embassy's name. */
export const isEmbassyName = (name: string): boolean => /(?<!\p{L})(?:đại sứ quán|embassy)(?!\p{L})/iu.test(name);

/**
 * A byline's body: "Mai Lan (Đài PT-TH huyện)", "Text by Jane Roe | Communications Officer | Plan Vietnam", "Lê Hòa -
 * Báo Nghệ An": the body on the byline's own line right after the name, with only brackets, bars, dashes and a post
 * between (the post is returned), the body ending the line. Nothing when another name or a sentence comes between.
 */
export function bylineBody(text: string, person: NamedSpan, orgs: readonly NamedSpan[], byline: boolean): Post | undefined {
  const lineEnd = text.indexOf("\n", person.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const org = orgs.filter((o) => o.start >= person.end && o.end <= end).sort((x, y) => x.start - y.start)[0];
  if (!org) return undefined;
  // a name and its body on a line of their own (the signature), unless the draft marks the name as the byline
  if (!byline && !/^[\s).]*$/u.test(text.slice(org.end, end))) return undefined;
  const between = text.slice(person.end, org.start);
  const m = /^[ \t]*(?:\(|[|–-])[ \t]*(?:([^|()\n.;]{2,60}?)[ \t]*[|,–-][ \t]*)?$/u.exec(between);
  if (!m) return undefined;
  const position = m[1] ? squashed(m[1]) : "";
  if (position && !POST_WORD.test(position) && !/(?:officer|reporter|phóng viên|cộng tác viên|editor|biên tập)/iu.test(position)) return undefined;
  return { org: org.id, position, why: `the byline names the writer's body "${squashed(text.slice(org.start, org.end))}" on its line` };
}

const squashed = (s: string): string => s.replace(/\s+/gu, " ").trim();
const tidy = (s: string): string =>
  squashed(s)
    .replace(/^(?:the|its)\s+/iu, "")
    .replace(/[\s,]+$/u, "");
const firstItem = (s: string): string => squashed(s.replace(/^[ \t]*[,–-][ \t]*/u, "").split(",")[0] ?? "");
const lastItem = (s: string): string => squashed(s.split(",").pop() ?? "");

/** Verbs of speaking right after a speaker's name (or its appositive): what a person said is what they said at the event. */
const SPEECH_VERB =
  /^(?:\s*[,–-]\s*[^.;:“”"()]{1,160}?\s*,?)?\s+(?:(?:đã|cũng|also|has|then)\s+)?(cho biết|nói|nhấn mạnh|chia sẻ|phát biểu|khẳng định|đánh giá cao|bày tỏ|said|says|stated|stressed|noted|added|explained|emphasi[sz]ed|highlighted|hoped|expressed|remarked|affirmed|speaking|spoke)(?!\p{L})/iu;

/**
 * A person who speaks in a sentence: the name is the subject of a verb of speaking ("Ông A, Chủ tịch UBND huyện, cho
 * biết …", "– bà A nhấn mạnh", "Mr A, the project's director from X, hoped …", "Ambassador A speaking at …"). Returns the
 * verb, or undefined. The appositive between the name and the verb may not hold a verb of its own (then the verb is that
 * clause's); "told Mr A", "according to Mr A", "theo ông A" are not read (the name is not the verb's subject).
 */
export function speechVerbAfter(text: string, person: NamedSpan, sentenceEnd: number): string | undefined {
  const after = text.slice(person.end, Math.min(sentenceEnd, person.end + 220));
  const m = SPEECH_VERB.exec(after);
  if (!m) return undefined;
  const appositive = after.slice(0, m.index + m[0].length - m[1].length);
  if (VERB.test(appositive.replace(/(?:đã|cũng|also|has|then)\s*$/iu, ""))) return undefined;
  if (
    /(?:told|to|with|theo|according to|với|cho)\s*$/iu.test(
      text.slice(Math.max(0, person.start - 24), person.start).replace(/(?:(?:Mr|Ms|Mrs|Dr)\.?|ông|bà|anh|chị|đồng chí)\s*$/iu, ""),
    )
  )
    return undefined;
  return m[1];
}

/** A sentence opening on who leads ("Led by", "Headed by", "Do", "Dưới sự dẫn đầu của"), its subject the delegation after a comma. */
const LED_OPENING = /^\s*(?:(?:On|In|From)\s+[^,]{1,40},\s*)?(?:led by|headed by|under the leadership of|do|dưới sự dẫn đầu của)\s+/iu;
const DELEGATION_SUBJECT =
  /,\s*(?:(?:the|a|an|our|this|their)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:delegation|mission|team|group|study tour|đoàn(?:\s+công tác|\s+công tác của[^,]{0,60}?)?)(?!\p{L})/iu;
const LEADS_VERB_END = /(?<!\p{L})(?:làm trưởng đoàn|dẫn đầu|dẫn đoàn|làm trưởng)\s*$/iu;

/**
 * (events5) A person named in an opening that says who led the delegation the sentence is about: "Led by Ms A and Mr
 * B, the delegation visited …", "Headed by A, director of X, the mission met …", "Dưới sự dẫn đầu của ông A, đoàn công
 * tác …", "Do ông A, Chủ tịch …, dẫn đầu, đoàn đã …". The person lies between the cue and the delegation, the subject after
 * a comma (in Vietnamese after "Do", the leading verb before that comma). Not read: "led by" in the middle of a clause
 * about something else ("a cooperative led by A"), a delegation word that is not the subject.
 */
export function ledOpening(text: string, sentence: { start: number; end: number }, person: NamedSpan): boolean {
  const sText = text.slice(sentence.start, sentence.end);
  const cue = LED_OPENING.exec(sText);
  if (!cue) return false;
  const from = sentence.start + cue.index + cue[0].length;
  if (person.start < from) return false;
  const rest = text.slice(person.end, sentence.end);
  const subject = DELEGATION_SUBJECT.exec(rest);
  if (!subject) return false;
  const before = rest.slice(0, subject.index);
  if (VERB.test(before.replace(/(?:làm trưởng đoàn|dẫn đầu|dẫn đoàn|làm trưởng)\s*$/iu, ""))) return false;
  // "Do ông A … dẫn đầu, đoàn …": the leading verb closes the opening
  return !/^do$/iu.test(cue[0].trim().split(/\s+/u).pop() ?? "") || LEADS_VERB_END.test(before);
}

/** An English title in a "<Body> <title> <name>" or "<name>, <Body> <title>" phrase. */
const anyCase = (words: string): string => words.replace(/(?<![\p{L}\\])(\p{Ll})/gu, (c: string) => `[${c.toUpperCase()}${c}]`);
const EN_TITLE = anyCase(
  String.raw`(?:(?:deputy|vice|acting|country|general|executive|managing|project)\s+)*(?:director(?:-general)?|chair(?:man|woman|person)?|president|head|representative|manager|coordinator|officer|founder)`,
);
const BODY_WORDS = String.raw`((?:\p{Lu}[\p{L}&'’-]*\s+){1,4}?)`;
const BODY_TITLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${BODY_WORDS}(${EN_TITLE})\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$`, "u");
const BODY_TITLE_AFTER = new RegExp(String.raw`^\s*,\s*${BODY_WORDS}(${EN_TITLE})(?!\p{L})`, "u");
/** "National Agricultural Extension Centre" → "NAEC": the initials of a name's capitalised words. */
const initials = (name: string): string =>
  name
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

/**
 * (events5) A body the sentence names only by its initials or another casing, with an English title, right at the name:
 * "NAEC Director Le Van A" (the draft holds "National Agricultural Extension Centre"), "Mr A, Traphaco SaPa Director"
 * (the draft holds "TRAPHACO SAPA"). The words before the title must be one drafted body's initials or its name with
 * other capitals; two bodies fitting, or none: nothing. Not read: a body the draft does not hold, a Vietnamese title.
 */
export function titledByInitials(text: string, person: NamedSpan, sentence: { start: number; end: number }, bodies: readonly { id: string; name: string }[]): Post | undefined {
  const m =
    BODY_TITLE_BEFORE.exec(text.slice(Math.max(sentence.start, person.start - 80), person.start)) ??
    BODY_TITLE_AFTER.exec(text.slice(person.end, Math.min(sentence.end, person.end + 80)));
  if (!m) return undefined;
  const words = m[1].trim();
  const key = foldKey(words);
  const found = bodies.filter((b) => (words.length >= 2 && !/\s/u.test(words) && initials(b.name) === words) || (key.length >= 4 && foldKey(b.name) === key));
  if (found.length !== 1) return undefined;
  return { org: found[0].id, position: m[2], why: `"${words} ${m[2]}": the body's ${initials(found[0].name) === words ? "initials" : "name"} and the title at the name` };
}

/** A verb of reporting that opens what was said: "cho biết,", "nói:", "said (that)", "chia sẻ,". */
const REPORTING = /(?<!\p{L})(?:cho biết|thông tin|nói|chia sẻ|nhấn mạnh|khẳng định|said|says|noted|explained)(?!\p{L})\s*(?:[,:]|that(?!\p{L}))/iu;
/**
 * (events5) Is there a verb of reporting in `between` (the text from a body's name to an organizing verb)? Then the body is
 * the speaker's ("Ông A - Trưởng ban X (Hội Y) cho biết, Hội Y đã tổ chức …"): the verb's subject is inside what was said.
 */
export const reportedAfter = (between: string): boolean => REPORTING.test(between);

/** (people7) A post right before a body: "Phó Chủ tịch ", "Vice Chairman of the ", at the end of the text before the body. */
const POST_BEFORE_BODY = new RegExp(String.raw`(?:^|[^\p{L}])(${POST_TITLES})(?:\s+(?:of|của)(?:\s+the)?)?\s+$`, "iu");
/** Between a body and the name the post is for: "in Vietnam", spaces, a comma, an honorific ("…, ông", "… Mr."). */
const BODY_TO_NAME = /^(?:[ \t]+(?:in|tại)[ \t]+(?:Vietnam|Viet Nam|Việt Nam))?[ \t]*,?[ \t]*(?:(?:ông|bà|anh|chị|đồng chí|mr|ms|mrs|dr)\.?[ \t]+)?$/iu;

/**
 * (people7) A post and its body before the name: "Phó Chủ tịch UBND xã Bảo Nam Lương Văn A", "Chủ tịch Hội Nông dân tỉnh,
 * ông Lò Văn B", "Vice Chairman of the Ky Son District People's Committee Mr. Nguyen Van C". The body ends right before the
 * name (a comma and an honorific between allowed) and the post ends right before the body (an "of/của" between allowed).
 * Not read: a post and a body with a verb or "và/and/cùng" between them and the name, a body named inside the post's words
 * ("Trưởng phòng Nông nghiệp …" is read elsewhere), a body two sentences back.
 */
export function postBeforeBody(text: string, person: NamedSpan, orgs: readonly NamedSpan[]): Post | undefined {
  const body = orgs.filter((o) => o.end <= person.start && BODY_TO_NAME.test(text.slice(o.end, person.start))).pop();
  if (!body) return undefined;
  const before = text.slice(Math.max(0, body.start - 60), body.start);
  const post = POST_BEFORE_BODY.exec(before);
  if (!post) return undefined;
  const position = capitalizeFirst(tidy(post[1]));
  return { org: body.id, position, why: `"${squashed(`${post[1]} ${text.slice(body.start, person.end)}`)}": the post and its body before the name` };
}
const capitalizeFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
