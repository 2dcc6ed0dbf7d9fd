/**
 * Round 9 (sites9): where an activity happened, read above the sentence. Pure functions over a sentence's text; the sites
 * stage (sites.stage.ts) finds the sentences, the places and the one event they belong to, and drafts LOCATED_IN.
 * Contract:
 * - visitStop: a sentence whose subject is the visitors ("Đoàn", "the delegation", "the pair", "the two", "chuyến khảo sát")
 *   and whose verb takes them somewhere ("thăm", "làm việc tại", "tham quan", "khảo sát", "visited", "went on to", "then to")
 *   names a stop of the visit: the offset where the stops start, and whether the verb only says they talked with someone
 *   ("discussed … with the authorities of A": inferred, not stated);
 * - peopleFrom: a sentence that says who a course or a handover was for, with their units ("cho các cán bộ thú y của 5 xã A,
 *   B …", "Học viên là hội viên của xã A và B", "participants came from A and B communes", "the households receiving … live
 *   in A"): the offset where their units start, and which kind of event it speaks of;
 * - thereOpening: a sentence that opens on the place the sentence before names ("Tại đây, …", "Ở đó, …", "There, …", "At
 *   the site, …"): the opening words;
 * - unitOfNext: a body named with a sub-unit's head word ("Phòng", "Ban", "Trung tâm", "… Department", "… Centre") right before
 *   a broader body, joined by a dash or a bracket ("Trung tâm Dịch vụ việc làm - Sở Nội vụ tỉnh A", "Ban Kinh tế (Hội Nông
 *   dân tỉnh B)"): true when the join and the two names read so (the sub-unit is where the broader body is);
 * - notReported: a cue that the sentence speaks of another time or of a plan ("sẽ", "will", "năm ngoái", "next month",
 *   another year than the event's), a negation or a history (background.rules' unstatedCue): nothing is drafted from it.
 * Each returns undefined when the sentence is not of its kind.
 */
import { EventType } from "../../graph/graph.enums";
import { unstatedCue } from "./background.rules";

/** Who the visitors are, as the sentence's subject (after an opening "Tại tỉnh A," / "Sau đó," / "On 3 May,"). */
const VISITORS =
  /^\s*(?:[^,.;]{0,40},\s*)?(?:(?:on|in|during)\s+the\s+(?:first|second|third|next|last|final|following)\s+(?:day|morning|afternoon),?\s+|the\s+(?:next|following)\s+day,?\s+|(?:ngày|buổi)\s+(?:đầu|đầu\s+tiên|thứ\s+hai|cuối|sau)\s*,?\s+|hôm\s+sau\s*,?\s+)?(?:(?:sau đó|tiếp đó|tiếp theo|then|next|afterwards|later)\s*,?\s*)?(?:the\s+(?:two(?:\s+(?:guests|visitors|officials|delegates))?|pair|guests|visitors|delegation|delegates|visiting\s+team|study\s+tours?|tours?|trips?|visits?)|both\s+(?:guests|visitors)|(?:các\s+thành\s+viên\s+(?:trong\s+|của\s+)?)?đoàn(?:\s+công\s+tác|\s+khảo\s+sát|\s+học\s+tập)?|hai\s+vị\s+khách|chuyến\s+(?:công\s+tác|khảo\s+sát|tham\s+quan|học\s+tập|thăm))(?!\p{L})/iu;
/** "Đoàn Thanh niên", "đoàn viên", "đoàn kết", "Đoàn Luật sư", "Đoàn xã A": a body or another word, not the visitors. */
const NOT_VISITORS_AFTER = /^\s+(?:\p{Lu}|(?:viên|thanh|kết|thể|tụ|TN|luật|nghệ|văn|xã|phường|thị|huyện|tỉnh|trường|cơ\s+sở|khối)(?!\p{L}))/u;
/** A verb that takes the visitors to a place. */
const GOES =
  /(?<!\p{L})(?:đến\s+thăm|thăm|tham\s+quan|làm\s+việc|khảo\s+sát|học\s+tập|ghé|(?<!(?:trở|quay)\s)(?:đến|tới|về)(?!\s+(?:lại|nước|nhà))|visited|toured|went(?:\s+on)?\s+to|travel(?:l)?ed\s+to|moved\s+on\s+to|stopped\s+(?:at|in)|called\s+(?:at|on)|took\s+(?:them|the\s+\p{L}+)\s+to|then\s+(?:to|on\s+to)|arrived\s+(?:at|in))(?!\p{L})/iu;
/** A verb of talking with someone: the visitors met people of a place; the article does not say they went there. */
const TALKS =
  /(?<!\p{L})(?:discussed|talked|spoke|met|exchanged\s+views|held\s+talks|trao\s+đổi|thảo\s+luận|gặp\s+gỡ|tọa\s+đàm|trò\s+chuyện)(?!\p{L})[^.;]{0,160}?(?<!\p{L})(?:with|với)(?!\p{L})/iu;

/** A visit's stop in `sentence`: where its places start (after the verb), and whether it only says they talked with someone there. */
export function visitStop(sentence: string): { from: number; talk: boolean } | undefined {
  const subject = VISITORS.exec(sentence);
  if (!subject) return undefined;
  const after = subject.index + subject[0].length;
  if (NOT_VISITORS_AFTER.test(sentence.slice(after))) return undefined;
  const rest = sentence.slice(after);
  // going home is no stop ("Đoàn trở về tỉnh A", "the delegation returned to A")
  const go = /(?<!\p{L})(?:trở\s+về|quay\s+về|về\s+lại|returned|went\s+back|flew\s+back|headed\s+home)(?!\p{L})/iu.test(rest) ? null : GOES.exec(rest);
  const talk = TALKS.exec(rest);
  // the subject's own verb, within its clause
  const near = (m: RegExpExecArray | null): boolean => !!m && m.index <= 60 && !/[;]/u.test(rest.slice(0, m.index));
  if (near(go) && (!near(talk) || go!.index <= talk!.index)) return { from: after + go!.index, talk: false };
  if (near(talk)) return { from: after + talk!.index + talk![0].length, talk: true };
  return undefined;
}

/** Who a course or a handover was for, by a word for people. */
const PEOPLE =
  "(?:cán\\s+bộ|công\\s+chức|viên\\s+chức|hội\\s+viên|học\\s+viên|nông\\s+dân|người\\s+dân|bà\\s+con|hộ(?:\\s+dân|\\s+nghèo|\\s+gia\\s+đình)?|thú\\s+y\\s+viên|đoàn\\s+viên|phụ\\s+nữ|chị\\s+em|thanh\\s+niên|trưởng\\s+thôn|nhân\\s+viên|officials|officers|staff|members|farmers|households|families|women|residents|villagers|trainees|learners|veterinarians|vets|animal\\s+health\\s+workers|extension\\s+workers|growers|people)";
/** "cho (các|40|hơn 30) <people> …", "for (the|40|more than 30) <people> …": those it was for, their units after. */
const FOR_PEOPLE = new RegExp(
  `(?<!\\p{L})(?:cho|for)\\s+(?:(?:các|những|hơn|gần|trên|khoảng|the|local|some|about|over|nearly|more\\s+than|\\d+)\\s+){0,3}${PEOPLE}(?!\\p{L})`,
  "iu",
);
/** The sentence's subject is the learners or the recipients: "Học viên là …", "Các hộ được nhận bò ở …", "Participants came from …". */
const LEARNERS_SUBJECT =
  /^\s*(?:[^,.;]{0,30},\s*)?(?:(?:các|những|\d+)\s+)?(?:học\s+viên|người\s+(?:tham\s+gia|tham\s+dự|học)|thành\s+phần\s+tham\s+(?:gia|dự)|tham\s+(?:gia|dự)\s+(?:lớp|khóa|buổi|tập\s+huấn)[^,.;]{0,30}?\s+(?:có|gồm|là)|(?:the\s+)?(?:\d+\s+)?(?:participants|trainees|learners|attendees|those\s+attending|course\s+participants))(?!\p{L})/iu;
const RECIPIENTS_SUBJECT =
  /^\s*(?:[^,.;]{0,30},\s*)?(?:(?:các|những|\d+)\s+)?(?:hộ(?:\s+dân|\s+nghèo|\s+gia\s+đình)?|gia\s+đình|người)\s+(?:được\s+)?(?:nhận|thụ\s+hưởng|hưởng\s+lợi)|^\s*(?:[^,.;]{0,30},\s*)?(?:the\s+)?(?:\d+\s+)?(?:recipients|beneficiaries|(?:households|families|farmers)\s+(?:who\s+)?(?:receiving|received|that\s+received|who\s+received))(?!\p{L})/iu;

/**
 * The people a course or a handover was for, with their units, in `sentence`: where the units may start, and the kind of
 * event the words speak of (a course's learners, a handover's recipients; "cho/for" people fits either), and whether the
 * sentence must name the event itself ("cho/for" people: "a lifeline for farmers in A" is no course's).
 */
export function peopleFrom(sentence: string): { from: number; kinds: readonly EventType[]; named: boolean } | undefined {
  const learners = LEARNERS_SUBJECT.exec(sentence);
  if (learners) return { from: learners.index + learners[0].length, kinds: [EventType.TRAINING], named: false };
  const recipients = RECIPIENTS_SUBJECT.exec(sentence);
  if (recipients) return { from: recipients.index + recipients[0].length, kinds: [EventType.HANDOVER], named: false };
  const forPeople = FOR_PEOPLE.exec(sentence);
  if (forPeople) return { from: forPeople.index + forPeople[0].length, kinds: [EventType.TRAINING, EventType.HANDOVER], named: true };
  return undefined;
}

/** The people's units end where the clause does (";"), or where the sentence goes on to another place word ("tại", "at"): the venue. */
export function unitsEnd(sentence: string, from: number): number {
  // the sentence's own end is its end: a dot inside it is an abbreviation's ("T.X", "TP.")
  const m = /;|(?<!\p{L})(?:tại|at|held\s+in|trong\s+(?:2|hai|ba|\d+)\s+ngày)(?!\p{L})/iu.exec(sentence.slice(from));
  return m ? from + m.index : sentence.length;
}

/** "Tại đây,", "Ở đó,", "There,", "At the site,", "Once there,": the place the sentence before names, with a comma after it. */
const THERE = /^\s*(tại\s+đây|ở\s+đây|tại\s+đó|ở\s+đó|there|at\s+the\s+site|on\s+site|once\s+there)\s*,/iu;

/** The words a sentence opens on when they point at the place the sentence before names, else undefined. */
export function thereOpening(sentence: string): string | undefined {
  return THERE.exec(sentence)?.[1];
}

/** Another time or a plan: "sẽ", "will", "năm ngoái", "last year", "next month", "dự kiến" … */
const OTHER_TIME =
  /(?<!\p{L})(?:sẽ|sắp|tới\s+đây|năm\s+(?:ngoái|trước|sau|tới)|tháng\s+(?:tới|sau)|will|would|shall|is\s+to|are\s+to|next\s+(?:week|month|year|season)|last\s+(?:year|month|season)|the\s+previous\s+year|a\s+year\s+(?:earlier|before)|similar|tương\s+tự|khác)(?!\p{L})/iu;

/**
 * Why the sentence does not report this event's place: a cue of another time, a plan, a negation or a history, or a year it
 * names other than `year` (the event's). Undefined when it reports it.
 */
export function notReported(sentence: string, year: number | undefined): string | undefined {
  const other = OTHER_TIME.exec(sentence);
  if (other) return other[0];
  const cue = unstatedCue(sentence);
  if (cue) return cue;
  for (const m of sentence.matchAll(/(?<!\d)(19\d\d|20\d\d)(?!\d)/gu)) if (year === undefined || Number(m[1]) !== year) return m[1];
  return undefined;
}

/** A sub-unit's head word: "Phòng", "Ban", "Trung tâm", "Văn phòng", "Chi cục", "… Department", "… Centre", "… Office". */
const SUB_UNIT =
  /^(?:phòng|ban|trung\s+tâm|văn\s+phòng|chi\s+cục|chi\s+hội|bộ\s+phận|đội)(?!\p{L})|(?<!\p{L})(?:department|division|cent(?:er|re)|office|board|unit|section|bureau)$/iu;
/** A broader body's head word: "Sở", "Hội", "UBND", "Bộ", "Department of", "… Union", "… Committee". */
const PARENT_BODY =
  /^(?:sở|hội|ubnd|ủy\s+ban|uỷ\s+ban|bộ|tổng\s+cục|cục|liên\s+minh|liên\s+hiệp|tỉnh\s+đoàn|huyện\s+đoàn)(?!\p{L})|(?<!\p{L})(?:department|ministry)\s+of(?!\p{L})|(?<!\p{L})(?:union|committee|association|federation|council)(?!\p{L})/iu;
/** What joins a sub-unit to the body after it: a dash, or an opening bracket. */
const UNIT_JOIN = /^\s*(?:[-–—]|\()\s*$/u;

/** Is `sub` a sub-unit of `parent`, by their names and the words between them (`join`: from the end of one to the start of the other)? */
export function unitOfNext(sub: string, join: string, parent: string): boolean {
  return UNIT_JOIN.test(join) && SUB_UNIT.test(sub.trim()) && PARENT_BODY.test(parent.trim());
}
