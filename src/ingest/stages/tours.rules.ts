/**
 * Round 6 (tours6): visits and study tours, who is in them. Pure functions over the article's text and spans; the
 * relationships stage calls them and drafts what they say.
 */
import { EventType } from "../../graph/graph.enums";
import { foldKey, type Span } from "../ingest.text";

/** A visit of either kind: a field visit or a study tour. */
export const isVisit = (type: unknown): boolean => type === EventType.FIELD_VISIT || type === EventType.STUDY_TOUR;

/** A date an event's span may open on: "từ (ngày) 11/4", "ngày 3/5", "trong 5 ngày", "on 4 May", "from 2 to 5 June", "In May 2020". */
const DATE_OPENING =
  /^(?:(?:trong\s+\d+\s+ngày,?\s*)?(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}|(?:on|from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\s+\d{4})/iu;

/**
 * An event's span that opens on its date and holds its own organizing verb ("từ 11/4 đến 15/4, Sở A phối hợp với B đã tổ
 * chức chuyến đi"): where its noun starts, right after the last such verb, as an offset into the span; 0 for any other span
 * (the noun is where the span starts). `verbs` are the organizing verbs, lower case.
 */
export function datedSpanHead(span: string, verbs: readonly string[]): number {
  if (!DATE_OPENING.test(span.trim())) return 0;
  const lower = span.toLowerCase();
  let head = 0;
  for (const v of verbs)
    for (let at = lower.indexOf(v); at >= 0; at = lower.indexOf(v, at + 1)) {
      const end = at + v.length;
      if (!/\p{L}/u.test(lower[at - 1] ?? " ") && !/\p{L}/u.test(lower[end] ?? " ")) head = Math.max(head, end);
    }
  return head;
}

/**
 * "Ban điều hành, giám sát Chương trình X (Ban GS)": the first name was cut where the name goes on in lower case
 * after a comma, and the parenthesis that follows gives the body's short name. True when `first` is such a cut name and
 * `second` its short name in the parenthesis (the short one is the body to draft).
 */
export function cutBeforeShortName(text: string, first: Span, second: Span): boolean {
  if (second.start <= first.end || text[second.end] !== ")") return false;
  return /^,\s+\p{Ll}[^;()]{0,80}\($/u.test(text.slice(first.end, second.start));
}

/**
 * The body a delegation comes from, read from its own name: "Đoàn công tác của Hội Nông dân huyện A", "Delegation of the
 * Embassy of X", "a delegation from X": the id of the drafted body whose whole name is what follows "của/of/from". The
 * delegation is PART_OF it. Undefined when the name holds no such body.
 */
export function delegationSender(delegationName: string, bodies: readonly { id: string; name: string }[]): string | undefined {
  const m = /(?<!\p{L})(?:của|từ|of|from)\s+(?:the\s+)?(.+)$/iu.exec(delegationName);
  if (!m) return undefined;
  const tail = foldKey(m[1]);
  return bodies.find((b) => foldKey(b.name) === tail)?.id;
}

/** The visitors as a sentence's subject, by a word for them: "The two (guests)", "The pair", "The visitors", "Đoàn", "Hai vị khách". */
const VISITORS_SUBJECT =
  /^\s*(?:[^,.;]{0,30},\s*)?(?:the\s+(?:two(?:\s+(?:guests|visitors|officials))?|pair|guests|visitors|delegation|delegates|visiting\s+team)|both\s+(?:guests|visitors)|đoàn(?:\s+công tác)?|hai\s+vị\s+khách|các\s+thành\s+viên\s+(?:trong\s+|của\s+)?đoàn)(?!\p{L})/iu;
/** A verb of talking with someone, then "with/với": what follows is who the visitors met. */
const TALKED_WITH =
  /(?<!\p{L})(?:discussed|talked|spoke|met|exchanged\s+views|held\s+talks|had\s+a\s+meeting|trao\s+đổi|thảo\s+luận|gặp\s+gỡ|tọa\s+đàm|trò\s+chuyện)(?!\p{L})[^.;]{0,160}?(?<!\p{L})(?:with|với)(?!\p{L})/iu;

/**
 * "The two also discussed the market with the local authorities of A", "Đoàn đã trao đổi kinh nghiệm với Hội Nông dân xã B":
 * the visitors, named by their word as the subject, talked with the bodies after "with/với". Returns the offset in the
 * sentence after "with/với" (those bodies took part in the visit), or undefined.
 */
export function visitorsTalkedWith(sentence: string): number | undefined {
  const subject = VISITORS_SUBJECT.exec(sentence);
  // "Đoàn Thanh niên", "Đoàn viên", "đoàn kết": a body or a word of its own, not the visitors
  if (!subject || /^\s+(?:\p{Lu}|viên|thanh|kết|thể|tụ|TN)/u.test(sentence.slice(subject.index + subject[0].length))) return undefined;
  const rest = sentence.slice(subject.index + subject[0].length);
  const talk = TALKED_WITH.exec(rest);
  if (!talk) return undefined;
  // the subject's own verb, not a clause of someone else's ("Đoàn được ông A, người đã trao đổi với …")
  if (/[,]/u.test(rest.slice(0, talk.index)) && talk.index > 40) return undefined;
  // "Đoàn đã làm việc và trao đổi với A", "visited and talked with A": A received the visitors, a host (the visit rules' reading)
  if (/(?<!\p{L})(?:làm\s+việc|thăm|tham\s+quan|visited|worked)(?!\p{L})/iu.test(rest.slice(0, talk.index + talk[0].length))) return undefined;
  return subject.index + subject[0].length + talk.index + talk[0].length;
}

/**
 * A visit's list of stops goes on over ";" ("đoàn làm việc tại HTX A; Công ty B tại xã C; tham quan mô hình D"): an item that
 * opens on a body (at `bodyStarts`, offsets in the sentence), on a visit verb, or on a model or farm word is one more stop.
 * Returns the end (offset in the sentence) of the visit's list, starting from the clause end at `from`.
 */
export function stopsListEnd(sentence: string, from: number, bodyStarts: readonly number[]): number {
  let end = from;
  while (sentence[end] === ";") {
    const next = sentence.slice(end + 1).search(/[;.]/u);
    const itemEnd = next < 0 ? sentence.length : end + 1 + next;
    const lead = end + 1 + (sentence.slice(end + 1).length - sentence.slice(end + 1).trimStart().length);
    const item = sentence.slice(lead, itemEnd);
    const opensOnBody = bodyStarts.some((b) => b >= lead && /^(?:the\s+|các\s+)?$/iu.test(sentence.slice(lead, b)));
    if (
      !opensOnBody &&
      !/^(?:và\s+|and\s+)?(?:đến\s+thăm|thăm|tham\s+quan|làm\s+việc|visited|toured|a\s+visit\s+to|mô\s+hình|cơ\s+sở|trang\s+trại|the\s+farm|farms?\s+of|models?\s+of)(?!\p{L})/iu.test(
        item,
      )
    )
      break;
    end = itemEnd;
  }
  return end;
}

/**
 * A model's words that name a place the visitors went to, not the model they were shown: "the voucher distribution site",
 * "cow sheds", "the seed distribution point", "điểm cấp phát giống". True when the model mention at `m` is followed, within
 * two words, by a word for a site or a shed, or follows "điểm/nơi cấp phát/trao".
 */
export function modelNamesASite(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 40);
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  return (
    /^(?:[\s-]+\p{L}+){0,2}?[\s-]*(?:site|sites|point|points|venue|venues|shed|sheds|barn|barns|stable|stables|warehouse|warehouses)(?!\p{L})/iu.test(after) ||
    /(?:sheds?|barns?|stables?)$/iu.test(text.slice(m.start, m.end)) ||
    /(?<!\p{L})(?:điểm|nơi|địa điểm)\s+(?:cấp phát|phát|trao|phân phối)\s+(?:\p{L}+\s+){0,2}$/iu.test(before)
  );
}

/**
 * The body whose hall or seat an event was held in: "tại Hội trường (của) A", "tại trụ sở A", "at the hall of A", "at the
 * headquarters of the A". True when the words right before the body's name (`before`, up to its start) say so; the body is
 * the event's host, as the venue.
 */
export function venueBodyBefore(before: string): boolean {
  return (
    /(?<!\p{L})(?:tại|ở)\s+(?:hội\s+trường|trụ\s+sở|phòng\s+họp|hội\s+sở)(?:\s+(?:lớn|chính|số\s+\d+))?\s+(?:của\s+)?$/iu.test(before) ||
    /(?<!\p{L})(?:at|in)\s+the\s+(?:(?:main|meeting|conference)\s+)?(?:hall|headquarters|premises|meeting\s+room|conference\s+room)\s+of\s+(?:the\s+)?$/iu.test(before)
  );
}

/**
 * A handover told from the receivers' side: "40 households have received 3,000 plants from A", "các hộ đã nhận được 20 con bò
 * từ A": true when `between` (from the event's words "received/nhận" to a body's name) ends on "from/từ" in one clause, and
 * names no money ("received funding from A": a funder, left to the funders' rules). The body gave the things: the organizer.
 */
export function receivedFromGiver(between: string): boolean {
  const m = /^(?:have\s+|has\s+|had\s+|đã\s+)?(?:received|nhận(?:\s+được)?)(?!\p{L})([^;.]{0,120}?)(?<!\p{L})(?:from|từ)\s+(?:the\s+)?$/iu.exec(between);
  return !!m && !/(?<!\p{L})(?:fund\w*|grants?|money|loans?|tài trợ|kinh phí|vốn|tiền)(?!\p{L})/iu.test(m[1]);
}

/**
 * Who an event was for, named as people of a body: "tập huấn … cho nhân viên kỹ thuật thuộc Ban Quản lý dự án A", "a course for
 * officials of the A", "cho hội viên của Hội B". True when `before` (the words right before the body's name, from the event's
 * words on) ends so; that body took part through its people.
 */
export function peopleOfBodyBefore(before: string): boolean {
  return /(?<!\p{L})(?:cho|for)\s+(?:các\s+|những\s+|the\s+|\d+\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|hội\s+viên|thành\s+viên|đoàn\s+viên|nhân\s+viên|officials|officers|staff|members|employees|leaders)(?:\s+[^\s,;.:()]+){0,3}?\s+(?:thuộc|của|from|of)\s+(?:the\s+)?$/iu.test(
    before,
  );
}
