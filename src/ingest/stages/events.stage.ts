/**
 * Stage 6, events: an event named in a sentence that holds it (a verb of holding, or a date near
 * it) is drafted, dated by the day nearest it in its sentence; its other mentions, and mentions
 * that only point at it ("Hội thảo", "the workshop"), are the same event; verbs of one type
 * (handing over, visiting, launching) are one event unless their sentences give other dates.
 * When the body drafts none, the title's event is drafted.
 */
import { EventType } from "../../graph/graph.enums";
import { Label, RelType } from "../../graph/graph.model";
import { DATE_GUESSED_FROM_ARTICLE, type DateMention, isDateline } from "../ingest.dates";
import { clauseBefore, unstatedCue } from "./background.rules";
import { addAlias, type ArticleDraft, declareKnown, declareNew, type DraftEntity, relate, sentenceOf, surface } from "../ingest.draft";
import { EN_EVENT_HEADS, EVENT_VERBS, VI_EVENT_HEADS } from "../ingest.lexicon";
import { matchMention } from "../ingest.match";
import { type EntityMention, phraseAt } from "../ingest.mentions";
import { NUMBER_WORDS } from "../ingest.numbers";
import { levelRank } from "../ingest.gazetteer";
import { capitalize, dice, foldKey, nameWords, type Span } from "../ingest.text";
import { isDateLineAt } from "./datelines.rules";
import { namesAThing } from "./eventheads.rules";

/** One compiled alternation per word list (the lists are module constants): any of the words, as a whole word. */
const wordPatterns = new WeakMap<readonly string[], RegExp>();
const hasWord = (s: string, words: readonly string[]): boolean => {
  let re = wordPatterns.get(words);
  if (!re) wordPatterns.set(words, (re = new RegExp(`(^|[^\\p{L}])(?:${words.join("|")})([^\\p{L}]|$)`, "iu")));
  return re.test(s);
};

/** A year the work aims at, not when anything happened: "định hướng đến năm 2025", "tầm nhìn 2030", "by 2030", "until 2025". */
const TARGET_YEAR_BEFORE = /(?:(?<!\p{L})đến|(?<!\p{L})tới|định hướng|tầm nhìn|\bby|\buntil|\bthrough|\btowards?)(?: năm)?\s*$/iu;
export const isTargetYear = (text: string, x: DateMention): boolean =>
  x.from.length === 4 && x.to === x.from && TARGET_YEAR_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start));

/** A day something must be done by, not when anything happened: "trước ngày 30/3", "hạn chót ngày …", "no later than 5 March", "by 5 March". */
const DEADLINE_BEFORE =
  /(?:(?<!\p{L})trước|hạn chót|hạn cuối|thời hạn|chậm nhất(?: là)?|muộn nhất(?: là)?|\bbefore|\bby|\bdeadline(?: is| of)?|no later than)\s*(?:ngày\s*)?(?:the\s+)?$/iu;
const isDeadline = (text: string, x: DateMention): boolean => DEADLINE_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start));

/** The date of an event in its sentence: a day before a month or a year ("Sáng 13/12, … năm 2025" is dated the 13th), nearest first. */
export function eventDate(d: ArticleDraft, s: Span, near: number): DateMention | undefined {
  const documents = d.mentions.filter((m) => m.kind === Label.Document);
  const here = d.dates.filter(
    (x) =>
      !x.period &&
      x.start >= s.start &&
      x.end <= s.end &&
      !documents.some((doc) => x.start >= doc.start && x.start <= doc.end + 2) &&
      !isTargetYear(d.text, x) &&
      !isDeadline(d.text, x) &&
      !isDateline(d.text, x),
  );
  // a day inside a range of the same sentence is a part of it ("từ 13 đến 16/5 … Như Xuân (16/5)"): the range dates the event
  const inRange = (x: DateMention): boolean => x.from === x.to && here.some((y) => y !== x && y.from < y.to && y.from <= x.from && x.from <= y.to);
  return here
    .filter((x) => !inRange(x))
    .sort((a, b) => Math.abs(a.start - near) + (a.from.length === 10 ? 0 : 150) - (Math.abs(b.start - near) + (b.from.length === 10 ? 0 : 150)))[0];
}

/** A date that says the same as an event's date, more precisely (or the event has none): "2021-08-26" refines "2021". */
const refines = (date: DateMention, e: DraftEntity): boolean => {
  const start = e.props.startDate;
  return typeof start !== "string" || (date.from.startsWith(start) && date.from.length >= start.length);
};

/** Words that introduce a bare head as one more event: "another training", "a second workshop", "một lớp tập huấn khác", "… tiếp theo". */
const ANOTHER = /\b(?:another|a second|a third|a further|one more)\s+(?:\p{L}+\s+)?\||\|\s*(?:khác|tiếp theo|thứ (?:hai|ba))(?!\p{L})/iu;

/** Two events on different days: both dated by days, neither inside the other's span. */
const otherDays = (date: DateMention, e: DraftEntity): boolean => {
  const { startDate: start, endDate: end } = e.props;
  if (date.from.length !== 10 || typeof start !== "string" || start.length !== 10) return false;
  const last = typeof end === "string" ? end : start;
  return (date.from < start || date.from > last) && (start < date.from || start > date.to);
};

/** A range that starts on an event's day and ends later: the event lasted those days. */
const extends_ = (date: DateMention, e: DraftEntity): boolean =>
  date.from.length === 10 && date.from === e.props.startDate && typeof e.props.endDate === "string" && date.to > e.props.endDate && !date.period;

/**
 * A meeting that reviews a programme's or project's period ("hội nghị tổng kết", "hội thảo sơ kết",
 * "summation workshop", "review workshop"): a CONFERENCE, whatever head word names it.
 */
const REVIEW_MEETING = /(?<!\p{L})(tổng kết|sơ kết|summation|summing[- ]up|review (?:workshop|meeting|conference))(?!\p{L})/iu;
/** A meeting held to train ("hội thảo tập huấn", "a capacity-building workshop", "training seminar"): a TRAINING, as the curators type "hội nghị tập huấn". */
const TRAINING_MEETING =
  /(?:^|\s)(?:(?:hội thảo|hội nghị|tọa đàm|toạ đàm) (?:tập huấn|đào tạo|bồi dưỡng)|capacity[- ]building (?:workshop|seminar|meeting)|training (?:seminar|meeting))(?!\p{L})/iu;
const REVIEW_TYPES: readonly string[] = [EventType.WORKSHOP, EventType.MEETING, EventType.CONFERENCE];

/** A passive that says the activity happened to someone: "các hộ còn được tập huấn", "farmers were trained". */
const RECEIVED_BEFORE = /(?<!\p{L})(được|đã được|còn được|were|was|have been|has been)\s*$/iu;

/** What the learners' trip was for, when a visit's sentence or the title says they came to learn: a study tour. */
const LEARNING =
  /(học tập|học hỏi|trao đổi kinh nghiệm|study (?:tour|trip|visit)|learning (?:route|journey|visit|trip|tour)|exposure (?:visit|trip)|cross[- ]visit|exchange (?:visit|trip)|learn from|to learn)/iu;
const CHECKING = /(giám sát|kiểm tra|monitoring|inspect)/iu;

/** Verbs of an activity the event heads do not list (a field visit, a handover, a launch), read only in a dated sentence. */
const MORE_VERBS: readonly { type: EventType; cue: RegExp }[] = [
  // learners' trips before visits: "đi tham quan học tập mô hình …", "tham quan, học tập kinh nghiệm", "a study trip", "an exposure visit"
  {
    type: EventType.STUDY_TOUR,
    cue: /(?<!\p{L})(tham quan,? học tập|học tập kinh nghiệm|trao đổi kinh nghiệm|học hỏi kinh nghiệm|tham quan (?:mô hình|thực tế)|study (?:trip|visit)|learning (?:visit|trip|tour|journey)|exposure (?:visit|trip)|cross[- ]visit)(?!\p{L})/iu,
  },
  {
    type: EventType.FIELD_VISIT,
    // (events7) a delegation that came to a place: "đoàn công tác của tổ chức … đến xã …", "đoàn cán bộ tỉnh về làm việc tại huyện …"
    cue: /(?<!\p{L})(làm việc (?:với|tại)|khảo sát|kiểm tra thực tế|(?:đến|tới|về|xuống|lên|đi) thăm|thăm(?:,| và) (?:kiểm tra|làm việc|động viên)|thăm (?:mô hình|các hộ|hộ|gia đình|điểm|vùng|xã|huyện|thôn|bản|làng|phường|tỉnh|hợp tác xã|HTX|trang trại|cơ sở|dự án|khu)|visiting|chuyến (?:thăm|công tác)|toured|paid a visit|made a (?:field |site |working )?visit|(?:travell?ed|went|came|returned) to [^.;\n]{1,60}? to (?:see|visit|observe|monitor|inspect|check on|meet)|đoàn (?:công tác |liên ngành )?(?:kiểm tra|giám sát)|(?:kiểm tra|giám sát) (?:thực tế|tiến độ|tình hình|việc triển khai|kết quả)|(?:monitoring|supervision|supervisory|joint|field|donor|working) mission|(?:welcomed|received|hosted) (?:a |the )?(?:[\p{L}-]+ )?(?:delegation|mission|visitors)|đón (?:tiếp )?đoàn|đoàn (?:công tác|cán bộ|đại biểu|khảo sát|giám sát)(?: (?:(?!sẽ |sắp |dự kiến )[^.;\n]){1,80}?)? (?:đã |vừa )?(?:đến|tới|về|xuống|lên) (?:làm việc (?:tại|với) )?(?:các xã|xã|huyện|tỉnh|thôn|bản|làng|phường|thị trấn|hợp tác xã|HTX|địa bàn))(?!\p{L})/iu,
  },
  // a handover said by its verb and what was given: counted stock ("nhận 40 con bò", "hỗ trợ 300 cây quế") or stock by its kind
  // ("được hỗ trợ con giống", "cấp cây giống"); money alone ("hỗ trợ 2 tỷ đồng") is no handover
  {
    type: EventType.HANDOVER,
    cue: /(?<!\p{L})((?:tặng|trao) (?:\d+ )?(?:suất )?quà|(?:được |đã )?(?:nhận|nhận được|hỗ trợ|cấp|phát|tặng|trao|chuyển giao|giao) (?:\d[\d.,]* (?:con|cây|chiếc|bộ|tấn|kg|máy|bao|suất)|(?:con|cây) giống|giống (?:cây|con|vật nuôi)|vật tư|(?:cây |con )?\p{L}+(?: \p{L}+)? giống(?! như| nhau| với)(?= |,|\.|$))|(?:were|was) given (?:\d|more than|about|some)|handover|hand(?:s|ing)? over|handed|(?:gave|delivered|supplied|provided|presented) (?:over |more than |about |some )?\d[\d,.]*[^.;\n]{0,50}?\bto\b|(?:presented|gave|handed out) (?:\d+|the|gifts|cows|seedlings|livestock|vouchers))(?!\p{L})/iu,
  },
  {
    type: EventType.LAUNCH,
    cue: /(?<!\p{L})(kicked off|kick-off|inaugurated|unveiled|(?:the |its )?launch(?:ing)? of|signing of|officially (?:started|began|opened)|mark(?:ed|ing|s)? the (?:official )?(?:start|beginning|launch) of|chính thức (?:triển khai|khởi động|bắt đầu)|khai trương|khánh thành)(?!\p{L})/iu,
  },
  // meetings the heads do not name: "a round-table on …", "a policy dialogue", "a symposium"
  { type: EventType.WORKSHOP, cue: /(?<!\p{L})(round[- ]?table|policy dialogue|consultation meeting|tọa đàm|toạ đàm)(?!\p{L})/iu },
  { type: EventType.CONFERENCE, cue: /(?<!\p{L})(symposium|summit)(?!\p{L})/iu },
  // a training said by its teacher: "the centre trained 30 women … in mushroom growing", "đào tạo nghề cho 30 lao động"
  {
    type: EventType.TRAINING,
    cue: /(?<![\p{L}-])((?<!well |un|the |a |an |of |for |with )(?:trained|taught|coached|instructed)(?= (?:[^.;\n]{1,60}? )?(?:in|on|how to|to)\b)|(?:đào tạo(?: nghề)?|dạy nghề|truyền nghề) cho (?=\d|các|hơn|gần|trên)|khai giảng(?! năm)|bế giảng|(?:vocational|farming|technical|cooking|sewing|literacy|short|evening) (?:class|course)(?:es|s)?|(?:class|course)(?:es|s)?(?= (?:on|about) )|lớp (?:sơ cấp|bồi dưỡng|học nghề|truyền nghề|huấn luyện|hướng dẫn)|khóa (?:học|bồi dưỡng|huấn luyện))/iu,
  },
];

/** Words that say an activity is yet to happen, before a verb the heads do not list: "sẽ", "dự kiến", "will", "plans to" (not "kế hoạch": "Thực hiện Kế hoạch số …, ngày …, huyện đã …" reports one held). */
const PLANNED = /(?<!\p{L})(?:sẽ|dự kiến|will|is expected to|are expected to|plans? to|planned to|scheduled to)(?!\p{L})/iu;

/** A sentence that opens by pointing back at the event before it: "Tại đây", "Nhân dịp này", "During the visit", "On the same occasion". */
const POINTS_BACK =
  /^\s*(?:tại đây|tại buổi (?:lễ|làm việc|gặp mặt|hội thảo|hội nghị|tập huấn)|(?:cũng )?(?:nhân|trong|tại) dịp (?:này|đó)|dịp này|cùng ngày|cũng trong (?:buổi|chuyến|chương trình) (?:này|đó)|trong (?:chuyến|buổi) (?:thăm|làm việc|công tác)(?: này| đó)?|trong khuôn khổ (?:chuyến|buổi|đợt) (?:thăm|làm việc|công tác)(?: này| đó)?|as part of (?:the|this|her|his|their) (?:visit|trip|mission)|(?:cũng )?tại (?:buổi )?(?:lễ|hội nghị|hội thảo|tập huấn|ngày hội|sự kiện)(?=\s*,)|at the (?:conference|training|festival|launch|handover|session|gathering)(?=\s*,)|during (?:the|this|her|his|their) (?:visit|trip|mission|event|ceremony|workshop|training|meeting)|on (?:the same|this|that) (?:occasion|day)|at the (?:event|ceremony|meeting|workshop)|there,|the same day)(?!\p{L})/iu;

/** A sentence that tells what happened before or after the article's event, an aside a later "Tại đây" does not point back at. */
const ASIDE = /^\s*(?:trước đó|trước đây|sau đó|earlier|previously|before that|prior to (?:this|that)|later)(?!\p{L})/iu;

/** Receiving, said of the people who got something: "received", "were given", "được nhận", "nhận được", "được cấp". */
const RECEIVED = /(?<!\p{L})(received|were given|được nhận|nhận được|được cấp|được trao)(?!\p{L})/iu;
/** A count of households or people before the verb: "259 households", "40 hộ". */
const COUNTED_PEOPLE = /\d[\d.,]*\s+(households?|families|farmers|people|women|hộ|gia đình|người|nông dân|hội viên)(?!\p{L})/iu;

/** What may come before the day that opens a lede: a time of day, "ngày", "on" ("Sáng 11/12, …", "On 3 May, …"); not "Posted at". */
const LEDE_OPENING = /^\s*(?:(?:sáng|chiều|tối|trưa|hôm|đêm|on|from|từ)\s+)?(?:(?:nay|ngày)\s+)?$/iu;

/** "Như Xuân (16/5)": a place named with the day of its part of a series, in parentheses. */
const PLACE_BEFORE_DAY = /([\p{Lu}][\p{L}]*(?:[ \t]+[\p{Lu}][\p{L}]*){0,3})[ \t]*\($/u;

/** "Trong N ngày, từ ngày D/M đến ngày D/M/YYYY, Đoàn công tác …": a delegation's trip of several days. */
const DELEGATION = /(?<!\p{L})(đoàn công tác|đoàn cán bộ|đoàn đại biểu|đoàn|chuyến (?:đi|công tác|tham quan|học tập|khảo sát|thực tế)|delegation|trip)(?!\p{L})/iu;
/** What the trip was for: learning from others (a study tour) or checking the work (a field visit). */
const TRIP_TYPES: readonly { type: EventType; cue: RegExp }[] = [
  { type: EventType.STUDY_TOUR, cue: /(học tập|tham quan|trao đổi kinh nghiệm|học hỏi|study|learn|exchange)/iu },
  { type: EventType.FIELD_VISIT, cue: /(giám sát|kiểm tra|khảo sát|monitoring|field visit|inspect)/iu },
];
const MAX_TOUR_DAYS = 14;

/**
 * (events2) An event the sentence names as yet to be held: a plan, a target or an obligation before it in its clause
 * ("sẽ tổ chức hội thảo …", "Dự kiến trong tháng 4, … tổ chức lớp tập huấn", "phải hoàn thành việc cấp phát …", "plans to hold
 * a training", "must finish the distribution") unless a past marker follows the cue ("Theo kế hoạch, ngày 5/3 huyện đã tổ chức …"),
 * or "will be held", "sẽ được tổ chức" right after it ("A workshop … will be held on 20 March").
 */
const NOT_YET_BEFORE =
  /(?<!\p{L})(?:sẽ|sắp|dự kiến|phấn đấu|phải|upcoming|forthcoming|will|is expected to|are expected to|plans? to|planning to|planned to|scheduled to|intends? to|aims? to|must|has to|have to|needs? to)(?!\p{L})/giu;
const PAST_MARKER = /(?<!\p{L})(?:đã|vừa|was|were|had|has been|have been)(?!\p{L})/iu;
const NOT_YET_AFTER =
  /^[^.;\n]{0,80}?(?<!\p{L})(?:will (?:be (?:held|organi[sz]ed|opened|launched|conducted)|take place|open|run|start|begin)|(?:is|are) (?:scheduled|planned|expected) (?:to|for)|sẽ (?:được )?(?:tổ chức|diễn ra|khai mạc|khai giảng|bắt đầu)|dự kiến (?:sẽ )?(?:được )?(?:tổ chức|diễn ra|khai mạc))(?!\p{L})/iu;
/** (events2) More of a kind of event, said before its head: "thêm 2 lớp", "2 lớp … nữa", "two more", "another", "additional". */
const MORE_OF_KIND = /(?<!\p{L})(?:thêm(?:\s+\d+|\s+(?:hai|ba|bốn|năm))?|\d+\s+more|(?:two|three|four|five)\s+more|another|additional)\s+$/iu;
const COUNT_BEFORE = /(?<!\p{L})(\d|hai|ba|bốn|năm|two|three|four|five)\s+(?:more\s+|additional\s+)?$/iu;

/**
 * (events2) "Trung tâm tổ chức thêm 2 lớp dạy nghề … cho nông dân xã A (huyện X) và phường B (huyện Y), mỗi lớp …", "held two
 * workshops, in A and B communes": as many events as the count, one at each place the sentence lists after it, when the
 * smallest units it names there are exactly that many (a class per place, as the curators read them).
 */
function splitCountedByPlaces(d: ArticleDraft): void {
  const { text } = d;
  for (const x of [...d.events]) {
    const m = x.mention;
    const c = COUNT_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (!c) continue;
    const n = NUMBER_WORDS.get(c[1].toLowerCase())?.value ?? Number(c[1]);
    if (!(n >= 2 && n <= 5)) continue;
    const s = sentenceOf(d, m.start);
    // the smallest units named after it (resolved or not: "phường Chí Minh" the gazetteer may lack), each once
    const rank = (pm: (typeof d.places.mentions)[number]): number => Math.max(0, ...pm.levels.map((l) => levelRank(l) + 1));
    const here = d.places.mentions.filter((pm) => pm.start >= m.start && pm.end <= s.end && pm.levels.length === 1);
    const depth = Math.max(0, ...here.map(rank));
    const smallest = here.filter((pm) => rank(pm) === depth);
    const ids = [...new Set(smallest.map((pm) => pm.placeId ?? foldKey(pm.name)))];
    if (depth < 2 || ids.length !== n) continue;
    const quote = { start: m.start, end: s.end };
    ids.forEach((id, k) => {
      const pm = smallest.find((p) => (p.placeId ?? foldKey(p.name)) === id);
      const name = `${x.bodyName} ${d.lang === "vi" ? "tại" : "in"} ${pm?.name ?? id}`;
      const e =
        k === 0
          ? x.draft
          : declareNew(
              d,
              Label.Event,
              name,
              { ...x.draft.props },
              quote,
              `new: one of the ${n} "${x.bodyName}" its sentence counts, at "${pm?.name ?? id}"`,
              `${String(x.draft.props.startDate ?? "undated")} ${name}`,
            );
      if (k === 0) x.draft.reason += `; one of the ${n} its sentence counts, at "${pm?.name ?? id}"`;
      else d.events.push({ draft: e, type: x.type, mention: { ...m, name }, bodyName: name });
      if (pm?.placeId) relate(d, e.id, RelType.LOCATED_IN, pm.placeId, quote, `one of the ${n} events its sentence counts, at the place it lists`);
    });
  }
}

const PURPOSE_BEFORE = /(?<!\p{L})(?:nhằm|với mục (?:đích|tiêu)|mục tiêu|aims? to|aimed at|in order to|so as to|with the aim of|designed to|intended to)(?!\p{L})/giu;
/** "Kế hoạch tổ chức hội nghị …", "the plan for a workshop", "preparations for the festival": the plan, not the event. */
const PLAN_OF = /(?:kế hoạch|chuẩn bị|plans? (?:for|to hold)|preparations? for|prepare for)\s+(?:tổ chức\s+|cho\s+)?(?:the\s+|a\s+|an\s+)?$/iu;
export function notYetHeld(text: string, sentence: Span, m: Span): boolean {
  const clauseStart = Math.max(sentence.start, text.lastIndexOf(";", m.start) + 1);
  const before = text.slice(clauseStart, m.start);
  const cues = [...before.matchAll(NOT_YET_BEFORE)];
  const last = cues.at(-1);
  if (last && !PAST_MARKER.test(before.slice((last.index ?? 0) + last[0].length))) return true;
  if (PLAN_OF.test(before)) return true;
  // a means of a purpose ("Dự án … nhằm hỗ trợ người dân … thông qua … tập huấn", "The project aims to raise incomes through trainings"):
  // an activity the work is to include, unless a verb of holding or a past marker follows the purpose ("Nhằm …, ngày 5/3 Hội đã tổ chức …")
  const purpose = [...before.matchAll(PURPOSE_BEFORE)].at(-1);
  if (purpose) {
    const after = before.slice((purpose.index ?? 0) + purpose[0].length);
    if (!PAST_MARKER.test(after) && !hasWord(after, EVENT_VERBS)) return true;
  }
  // "Vào ngày 25/3 tới, …", "trong tháng 4 tới": a day or month still to come
  if (/(?:\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|tháng\s+\d{1,2})\s+(?:tới|sắp tới|tới đây)(?!\p{L})(?!\s*(?:ngày|\d))/iu.test(text.slice(clauseStart, sentence.end)))
    return true;
  return NOT_YET_AFTER.test(text.slice(m.start, sentence.end));
}

/**
 * (events7) A head that names no one occasion: what it costs ("kinh phí tổ chức hội nghị", "the cost of the training"), many of
 * its kind or each one ("nhiều hội nghị", "many workshops", "từng lớp tập huấn"), one's experience ("từng tham dự …").
 */
const NO_OCCASION_BEFORE =
  /(?:(?<!\p{L})(?:kinh phí|chi phí|ngân sách)\s+(?:cho\s+|để\s+)?(?:tổ chức\s+)?(?:các\s+)?|\b(?:costs?|budget|funding)\s+(?:of|for)\s+(?:organi[sz]ing\s+|holding\s+)?(?:the\s+|a\s+)?|(?<!\p{L})(?:nhiều|many|numerous)\s+|(?<!\p{L})từng\s+(?:\p{L}+\s+){0,3})$/iu;

/** A verb of holding right before a bare event head ("held a meeting", "tổ chức"): the head is an event held of its own. */
const HELD_ITSELF_BEFORE = /(?:held|had|organi[sz]ed|hosted|convened|ran|conducted|tổ chức|dự)\s+(?:(?:a|an|the|one)\s+)?$/iu;
/** The event verbs, and the verbs a second event in a visit is held with. */
const EVENT_VERBS_HELD = EVENT_VERBS.concat(["ran", "conducted", "had", "dự"]);

/** Folds event `x` into `into`: `x` leaves the article's events and entities, its mentions and spans become `into`'s. */
function foldEvent(d: ArticleDraft, x: ArticleDraft["events"][number], into: DraftEntity): void {
  d.events.splice(d.events.indexOf(x), 1);
  d.entities.delete(x.draft.id);
  for (const [mm, id] of d.idOf) if (id === x.draft.id) d.idOf.set(mm, into.id);
  into.spans.push(...x.draft.spans);
}

export function draftEvents(d: ArticleDraft): ArticleDraft {
  const { text, doc, lang, titleText, mentions, idOf, index, refYear } = d;
  const titleIsCaps = titleText === titleText.toUpperCase();
  const heads = lang === "vi" ? VI_EVENT_HEADS : EN_EVENT_HEADS;
  const titleToken = doc.tokens.findIndex((t) => t.start >= doc.title.start);
  const titleHeads = heads.filter((h) => titleToken >= 0 && doc.tokens[titleToken].start < doc.title.end && phraseAt(doc, titleToken, h.words) > 0);
  const instances = d.events;
  const makeInstance = (m: EntityMention, name: string, reason: string): void => {
    const s = sentenceOf(d, m.start);
    const date = eventDate(d, s, m.start);
    const type = String(m.props.eventType);
    let finalName = name;
    const aliases: string[] = [];
    if (!m.quotedName && titleHeads.some((h) => h.eventType === type) && !titleIsCaps && foldKey(titleText) !== foldKey(name)) {
      finalName = titleText;
      aliases.push(name);
    }
    const props: Record<string, unknown> = { eventType: type, ...(date ? { startDate: date.from, endDate: date.to } : {}) };
    const quote = { start: Math.min(m.start, date?.start ?? m.start), end: Math.max(m.end, date?.end ?? m.end) };
    const e = declareNew(
      d,
      Label.Event,
      finalName,
      props,
      quote,
      `${reason}${date ? `; dated by "${surface(d, date)}" in its sentence` : "; no date in its sentence"}`,
      `${date?.from ?? "undated"} ${finalName}`,
    );
    for (const a of aliases) addAlias(e, a);
    instances.push({ draft: e, type, mention: m, bodyName: name });
    idOf.set(m, e.id);
  };
  // (events8b) a clause that negates, plans, proposes, supposes or recalls the act speaks of an event, it does not state one
  const spokenOf = (at: number): boolean => !!unstatedCue(clauseBefore(text, sentenceOf(d, at).start, at));
  // held: a verb of holding right before or after it, or a date near it in its sentence
  const held = (m: EntityMention): boolean => {
    if (notYetHeld(text, sentenceOf(d, m.start), m) || spokenOf(m.start)) return false;
    const before = text.slice(Math.max(sentenceOf(d, m.start).start, m.start - 32), m.start).toLowerCase();
    const after = text.slice(m.end, m.end + 32).toLowerCase();
    const date = eventDate(d, sentenceOf(d, m.start), m.start);
    return (
      hasWord(before, EVENT_VERBS) ||
      (RECEIVED_BEFORE.test(before) && !m.props.verbal) ||
      /^\s*,?\s*(diễn ra|được tổ chức|khai mạc|was held|took place|was organi[sz]ed|opened)/u.test(after) ||
      (!!date && (Math.abs(date.start - m.start) < 160 || !!m.props.verbal)) // a verb of handing over or visiting is held on its sentence's date
    );
  };
  // "the distribution site", "điểm cấp phát": a place named after an activity, not the activity
  const namesAPlace = (m: EntityMention): boolean =>
    !!m.props.verbal &&
    (/^\s+(site|venue|point|centre|center|area)\b/iu.test(text.slice(m.end, m.end + 12)) ||
      /^\S+\s(site|venue|point)$/iu.test(m.name) ||
      /(địa điểm|điểm)\s*$/iu.test(text.slice(Math.max(0, m.start - 10), m.start)));
  const eventMentions = mentions.filter(
    (m) =>
      m.kind === Label.Event && !namesAPlace(m) && !namesAThing(text, m) && !NO_OCCASION_BEFORE.test(text.slice(Math.max(sentenceOf(d, m.start).start, m.start - 40), m.start)),
  );
  for (const m of eventMentions) {
    const dated = eventDate(d, sentenceOf(d, m.start), m.start);
    // a bare head introduced as another one ("another training took place on 14 May", "một lớp tập huấn khác") on a day no drafted
    // event of its type holds is an event of its own; a bare head otherwise points back at the event named before, whatever
    // day its sentence gives (an article may misstate its event's day: the curators keep one event and a claim)
    const otherDay =
      !!dated &&
      ANOTHER.test(`${text.slice(Math.max(0, m.start - 16), m.start)}|${text.slice(m.end, m.end + 12)}`) &&
      instances.some((x) => x.type === m.props.eventType) &&
      instances.every((x) => x.type !== m.props.eventType || otherDays(dated, x.draft));
    if (m.ref && !otherDay) continue;
    if (!held(m)) continue;
    const known = matchMention(m, index, refYear);
    // the same name again is the same event, unless the two are held on different days ("Ngày 13/5, tập huấn nuôi vịt tại A. Ngày 14/5, tập huấn nuôi vịt tại B.")
    // (events2) "tổ chức thêm 2 lớp …", "held two more workshops", "another training": more of the kind, not the one named before
    const more = MORE_OF_KIND.test(text.slice(Math.max(0, m.start - 20), m.start));
    const same = instances.find(
      (x) =>
        !more &&
        x.type === m.props.eventType &&
        !(dated && otherDays(dated, x.draft)) &&
        (dice(nameWords(x.bodyName), nameWords(m.name)) >= 0.6 || (m.quotedName && x.mention.quotedName && foldKey(x.mention.quotedName) === foldKey(m.quotedName))),
    );
    // a verb of handing over, launching or visiting again: the same event unless its sentence gives another date
    const sameVerbal = m.props.verbal ? instances.find((x) => x.type === m.props.eventType && (!dated || !x.draft.props.startDate || refines(dated, x.draft))) : undefined;
    const into = same ?? sameVerbal;
    if (into) {
      idOf.set(m, into.draft.id);
      into.draft.spans.push({ start: m.start, end: m.end });
      // "năm 2021" in a repeated headline, "Sáng ngày 26/8/2021" in the body: the day refines the year
      if (dated && refines(dated, into.draft) && dated.from !== into.draft.props.startDate) {
        Object.assign(into.draft.props, { startDate: dated.from, endDate: dated.to });
        into.draft.reason += `; dated by "${surface(d, dated)}", which refines it`;
      } else if (dated && extends_(dated, into.draft)) {
        // "on 2 November" then "From 2 to 3 November … received": the range that starts on its day is its span
        into.draft.props.endDate = dated.to;
        into.draft.reason += `; over "${surface(d, dated)}", a range from its day`;
      }
      continue;
    }
    if (known && (!dated || !known.entity.props.startDate || String(known.entity.props.startDate) === dated.from)) {
      idOf.set(m, declareKnown(d, known.entity, { start: m.start, end: m.end }, known.reason).id);
      continue;
    }
    // a bare head ("the workshop", "a meeting") on the day of an event drafted already: that event, named otherwise
    const bare = !m.quotedName && !m.props.verbal && nameWords(m.name).length <= 2;
    const sameDay = bare && dated ? instances.find((x) => x.draft.props.startDate === dated.from && dated.from.length === 10) : undefined;
    if (sameDay) {
      idOf.set(m, sameDay.draft.id);
      sameDay.draft.spans.push({ start: m.start, end: m.end });
      continue;
    }
    makeInstance(m, m.name, `new: ${m.pattern}, held in its sentence`);
  }
  for (const m of eventMentions) {
    if (idOf.has(m)) continue;
    const type = String(m.props.eventType);
    const prior = [...instances].reverse().find((x) => x.type === type && x.mention.start <= m.start) ?? instances.find((x) => x.type === type);
    if (prior) {
      idOf.set(m, prior.draft.id);
      prior.draft.spans.push({ start: m.start, end: m.end });
      continue;
    }
    // no named instance: the article's title names it, or the sentence holds it
    if (held(m)) {
      const byTitle = titleHeads.some((h) => h.eventType === type);
      makeInstance(m, byTitle && !titleIsCaps ? titleText : capitalize(surface(d, m)), `new: ${m.pattern}, held in its sentence${byTitle ? ", named by the title" : ""}`);
    }
  }
  // a bare head drafted before the named or verbal event of its day ("the workshop to launch the project on June 6"): that event
  const isBare = (x: (typeof instances)[number]): boolean => !x.mention.quotedName && !x.mention.props.verbal && nameWords(x.bodyName).length <= 2;
  for (const x of [...instances]) {
    const day = x.draft.props.startDate;
    if (!isBare(x) || typeof day !== "string" || day.length !== 10) continue;
    const other = instances.find((y) => y !== x && !isBare(y) && y.draft.props.startDate === day);
    if (!other) continue;
    // (events2) "During a visit …, the team held a meeting with … and a training on …": a bare head held as an item of its own,
    // of another type, with no event named right after it as its purpose ("a workshop to launch …"), is an event of its own
    const heldItself = HELD_ITSELF_BEFORE.test(text.slice(Math.max(0, x.mention.start - 24), x.mention.start));
    const purposeAfter = other.draft.spans.some((sp) => sp.start >= x.mention.end && sp.start - x.mention.end < 40);
    if (heldItself && !purposeAfter && other.type !== x.type) continue;
    foldEvent(d, x, other.draft);
  }

  // a delegation's trip of several days that no head names as a study tour: one study tour over those days,
  // named by the title when the title names one ("Tham quan học tập …")
  if (!instances.some((x) => x.type === EventType.STUDY_TOUR || x.type === EventType.FIELD_VISIT)) {
    for (const s of doc.sentences) {
      if (s.start < doc.title.end) continue;
      const sentence = text.slice(s.start, s.end);
      const who = DELEGATION.exec(sentence);
      const range = d.dates.find((x) => x.start >= s.start && x.end <= s.end && !x.period && x.from.length === 10 && x.to.length === 10 && x.from < x.to);
      if (!who || !range || (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 > MAX_TOUR_DAYS) continue;
      const trip = TRIP_TYPES.find((x) => x.cue.test(sentence)) ?? TRIP_TYPES.find((x) => x.cue.test(titleText));
      if (!trip) continue;
      const titleTour = heads.some((h) => h.eventType === trip.type && titleToken >= 0 && phraseAt(doc, titleToken, h.words) > 0);
      const at = s.start + who.index;
      const m: EntityMention = {
        kind: Label.Event,
        start: Math.min(at, range.start),
        end: Math.max(at + who[0].length, range.end),
        name: titleTour && !titleIsCaps ? titleText : capitalize(who[0]),
        pattern: `a delegation ("${who[0]}") on a trip of several days ("${surface(d, range)}")`,
        props: { eventType: trip.type },
      };
      makeInstance(m, m.name, `new: ${m.pattern}`);
      // its visits on those days are the tour's
      for (const x of [...instances]) {
        const start = x.draft.props.startDate;
        if (x.type !== EventType.FIELD_VISIT || x.draft === instances[instances.length - 1].draft || (typeof start === "string" && (start < range.from || start > range.to)))
          continue;
        foldEvent(d, x, instances[instances.length - 1].draft);
      }
      break;
    }
  }
  // the title reports an event the body only describes ("Project … launched", "Closing workshop …"): one event of
  // the title's type when the body drafted none, dated only by a date in the title
  if (!instances.length && !titleIsCaps) {
    const titleTokens = doc.tokens.map((t, i) => [t, i] as const).filter(([t]) => t.start >= doc.title.start && t.end <= doc.title.end);
    const head = heads.find((h) => !h.needsDelegation && titleTokens.some(([, i]) => phraseAt(doc, i, h.words) > 0));
    if (head) {
      const m: EntityMention = {
        kind: Label.Event,
        start: doc.title.start,
        end: doc.title.end,
        name: titleText,
        pattern: `the title's "${head.words.join(" ")}"`,
        props: { eventType: head.eventType },
      };
      makeInstance(m, titleText, `new: ${m.pattern}, an event the article reports`);
    }
  }
  // verbs of visiting, handing over or launching the heads do not list, in a dated sentence whose day no event of that
  // type holds yet: "Sáng 3/4, lãnh đạo huyện làm việc với xã …", "khảo sát mô hình", "tặng 50 suất quà", "kicked off"
  for (const s of doc.sentences) {
    if (s.start < doc.title.end) continue;
    const sentence = text.slice(s.start, s.end);
    for (const { type, cue } of MORE_VERBS) {
      const v = cue.exec(sentence);
      if (!v) continue;
      const at = s.start + v.index;
      if (PLANNED.test(text.slice(s.start, at)) || notYetHeld(text, s, { start: at, end: at + v[0].length }) || spokenOf(at)) continue; // "sẽ trao …", "will hand over …": not held yet
      const own = eventDate(d, s, at);
      // undated here, dated by the next sentence when it names the event back ("… a course on mushroom growing. The course, which ran from 3 to 7 March, …")
      const date = own ?? dateInNextSentence(d, s) ?? dateInPreviousSentence(d, s);
      // a day, a month or a range: a year alone dates a summary of the year's work ("Năm 2024, huyện đã hỗ trợ 300 con bò"), not an event
      if (
        !date ||
        date.from.length < 7 ||
        (own && Math.abs(own.start - at) > 160) ||
        instances.some((x) => x.type === type && (x.draft.props.startDate === date.from || !x.draft.props.startDate))
      )
        continue;
      if (instances.some((x) => x.draft.spans.some((sp) => sp.start >= s.start && sp.end <= s.end))) continue; // the sentence's event is drafted already
      const m: EntityMention = {
        kind: Label.Event,
        start: at,
        end: at + v[0].length,
        name: capitalize(v[0]),
        pattern: `verb "${v[0]}" in a dated sentence`,
        props: { eventType: type, verbal: true },
      };
      makeInstance(m, m.name, `new: ${m.pattern}`);
    }
  }
  // "Ngày 5/3, đoàn … đến thăm xã A. Tại đây, đoàn đã trao tặng 20 con bò …", "During the visit, she handed over …": a sentence
  // that points back at the event before it tells a second event of that day (or more of the same one)
  for (const s of doc.sentences) {
    if (s.start < doc.title.end || !POINTS_BACK.test(text.slice(s.start, s.end))) continue;
    const before = instances
      .filter((x) => x.draft.spans.some((sp) => sp.end <= s.start) && typeof x.draft.props.startDate === "string" && !ASIDE.test(surface(d, sentenceOf(d, x.mention.start))))
      .sort(
        (a, b) =>
          Math.max(...b.draft.spans.filter((sp) => sp.end <= s.start).map((sp) => sp.end)) - Math.max(...a.draft.spans.filter((sp) => sp.end <= s.start).map((sp) => sp.end)),
      )[0];
    if (!before) continue;
    // (events2) what the sentence lists ("During the visit, the team held a meeting with …, a training on … and a workshop
    // with …"), and the bullets after it when it ends with a colon ("There, the team:\n- held a workshop …;\n- ran a training …"):
    // each a second event of that day, a bare head too when a verb of holding comes before it
    const sentences = [s];
    if (/:\s*$/u.test(text.slice(s.start, s.end)))
      for (const n of doc.sentences.filter((x) => x.start >= s.end)) {
        if (!/^[-–•+*]\s/u.test(text.slice(n.start, n.end))) break;
        sentences.push(n);
      }
    const opener = s.start + (POINTS_BACK.exec(text.slice(s.start, s.end))?.[0].length ?? 0);
    const scope = { start: opener, end: sentences[sentences.length - 1].end };
    const inScope = (x: Span): boolean => x.start >= scope.start && x.end <= scope.end;
    const verbBefore = (x: Span): boolean => hasWord(text.slice(sentences.find((y) => y.start <= x.start && x.start < y.end)?.start ?? scope.start, x.start), EVENT_VERBS_HELD);
    for (const x of instances) {
      if (x.draft.props.startDate !== undefined || !x.draft.spans.every(inScope)) continue;
      Object.assign(x.draft.props, { startDate: before.draft.props.startDate, endDate: before.draft.props.endDate });
      x.draft.reason += `; dated as "${before.bodyName}", the event its sentence points back at`;
    }
    for (const m of eventMentions.filter((x) => inScope(x) && !idOf.has(x) && (!x.ref || verbBefore(x)))) {
      const same = instances.find((x) => x.type === m.props.eventType && x.draft.props.startDate === before.draft.props.startDate);
      if (same) {
        idOf.set(m, same.draft.id);
        same.draft.spans.push({ start: m.start, end: m.end });
        continue;
      }
      makeInstance(m, capitalize(surface(d, m)), `new: ${m.pattern}, in a sentence that points back at "${before.bodyName}"`);
      const made = instances[instances.length - 1].draft;
      if (made.props.startDate === undefined) {
        Object.assign(made.props, { startDate: before.draft.props.startDate, endDate: before.draft.props.endDate });
        made.reason += `; dated as "${before.bodyName}", the event its sentence points back at`;
      }
    }
  }
  // "From 2 to 3 November …, 259 households received a voucher", "Ngày 5/6, 40 hộ được nhận 200 con gà": people who
  // received something on stated days are a handover, when no handover is drafted yet
  if (!instances.some((x) => x.type === EventType.HANDOVER)) {
    for (const s of doc.sentences) {
      if (s.start < doc.title.end) continue;
      const sentence = text.slice(s.start, s.end);
      const got = RECEIVED.exec(sentence);
      if (!got || !COUNTED_PEOPLE.test(sentence.slice(0, got.index))) continue;
      const at = s.start + got.index;
      const date = eventDate(d, s, at);
      if (!date) continue;
      const m: EntityMention = {
        kind: Label.Event,
        start: at,
        end: at + got[0].length,
        name: capitalize(got[0]),
        pattern: `people counted who "${got[0]}" something on a stated day`,
        props: { eventType: EventType.HANDOVER, verbal: true },
      };
      makeInstance(m, m.name, `new: ${m.pattern}`);
      break;
    }
  }
  // still none: the article speaks of one event without a verb of holding or a date beside it ("a visit to the
  // cooperative", "the signing ceremony" in a caption, "Trao 6.000 con gà giống"): its first mention, named by the title
  if (!instances.length) {
    // not one named in a plan, nor in a sentence dated only by a deadline ("đăng ký tham gia ngày hội … trước ngày 20/3")
    const byDeadline = (s: Span): boolean => d.dates.some((x) => x.start >= s.start && x.end <= s.end && isDeadline(text, x));
    const told = eventMentions.filter((m) => m.start >= doc.title.end && !notYetHeld(text, sentenceOf(d, m.start), m) && !spokenOf(m.start) && !byDeadline(sentenceOf(d, m.start)));
    const first = told.find((m) => m.props.eventType !== EventType.MEETING) ?? told[0];
    // a title of three words or fewer that names no event is a header ("Tin", "Tin tức", "News"), no name
    const titleNames = !titleIsCaps && (titleHeads.length > 0 || titleText.trim().split(/\s+/).length > 3);
    if (first) makeInstance(first, titleNames ? titleText : capitalize(surface(d, first)), `new: ${first.pattern}, the only event the article speaks of`);
  }
  retypeEvents(d);
  foldCoarseDates(d);
  foldYearSummaries(d);
  lengthInDays(d);
  splitSeries(d);
  splitCountedByPlaces(d);
  dateByNextSentence(d);
  dateBySameDay(d);
  dateByArticle(d);
  openEnded(d);
  periodOfProjects(d);
  return d;
}

/**
 * (events2) A festival or a series of activities that opens on a day and says no end ("Ngày hội … khai mạc ngày 21/11",
 * "Chuỗi hoạt động … bắt đầu từ ngày 21/11", "From 21 November, a series of activities …", "The festival opened on 21
 * November"): its start, and no end. A one-day festival ("Ngày 5/3, … tổ chức ngày hội …") keeps its day as both.
 */
const OPENS_BEFORE_DAY =
  /(?:khai mạc|bắt đầu|khởi động|(?<!\p{L})từ|\bfrom|\bstarting|\bopened|\bopens|\bbegan|\bbegins|\bstarted|\bstarts|\bkicked off|\blaunched)(?:\s+(?:vào|on|from|từ))?(?:\s+(?:sáng|chiều|tối|trưa|hôm))?(?:\s+(?:ngày|the))?\s*$/iu;
const OPENS_IN_SENTENCE = /(?<!\p{L})(?:khai mạc|bắt đầu|opened|opens|began|begins|kicked off)(?!\p{L})/iu;
function openEnded(d: ArticleDraft): void {
  const { text } = d;
  for (const x of d.events) {
    const { startDate: start, endDate: end } = x.draft.props;
    if (x.type !== EventType.FESTIVAL || typeof start !== "string" || start.length !== 10 || end !== start) continue;
    const s = sentenceOf(d, x.mention.start);
    const day = d.dates.find((y) => y.start >= s.start && y.end <= s.end && y.from === start && y.to === start);
    if (!day) continue;
    const before = text.slice(Math.max(s.start, day.start - 32), day.start);
    if (!OPENS_BEFORE_DAY.test(before) && !OPENS_IN_SENTENCE.test(text.slice(s.start, s.end))) continue;
    // "khai mạc vào tối 21/11 và kéo dài đến hết ngày 23/11": the later day its sentence says it runs to is its end
    const last = d.dates.find(
      (y) =>
        y.start >= day.end &&
        y.end <= s.end &&
        y.from.length === 10 &&
        y.to > start &&
        /(?:đến|tới|until|till|through|to)\s+(?:hết\s+)?(?:ngày\s+|the\s+)?$/iu.test(text.slice(day.end, y.start)),
    );
    if (last) {
      x.draft.props.endDate = last.to;
      x.draft.reason += `; opens on "${surface(d, day)}" and runs to "${surface(d, last)}"`;
      continue;
    }
    if (d.dates.some((y) => y.start >= day.end && y.end <= s.end && y.from.length === 10)) continue; // another day in its sentence: not said to be open
    delete x.draft.props.endDate;
    x.draft.reason += `; opens on "${surface(d, day)}", no end stated`;
  }
}

const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Periods the date mentions hold as two ends ("Từ tháng 9/2023 đến hết tháng 7/2024", "from 1st September
 * 2023 to 31st July 2024") or that name the first end by its month alone ("từ tháng 3 đến tháng 12/2025",
 * "from March to December 2025", "from 2022 to 2026").
 */
function periodsBetween(d: ArticleDraft): DateMention[] {
  const out: DateMention[] = [];
  const { text } = d;
  const sorted = [...d.dates].sort((a, b) => a.start - b.start);
  sorted.forEach((a, i) => {
    const b = sorted[i + 1];
    if (!b || !(a.to < b.from)) return;
    if (!/^\s*(?:to|until|till|through|[-–]|đến(?:\s+hết)?|tới|cho đến(?:\s+hết)?)\s*(?:ngày\s+|tháng\s+)?$/iu.test(text.slice(a.end, b.start))) return;
    if (!/(?:from|từ|between)\s*(?:ngày\s+|tháng\s+|the\s+)?$/iu.test(text.slice(Math.max(0, a.start - 12), a.start))) return;
    out.push({ start: a.start, end: b.end, from: a.from, to: b.to, period: false });
  });
  for (const m of text.matchAll(/(?<!\p{L})(?:từ|from)\s+(?:tháng\s+)?(\d{1,2})\s+(?:đến|tới|to)\s+(?:hết\s+)?tháng\s+(\d{1,2})\s*[/.-]\s*(\d{4})/giu)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (from >= 1 && from < to && to <= 12) out.push({ start: m.index, end: m.index + m[0].length, from: `${m[3]}-${pad(from)}`, to: `${m[3]}-${pad(to)}`, period: false });
  }
  for (const m of text.matchAll(/\bfrom\s+([A-Z][a-z]+)\s+(?:to|until|till)\s+([A-Z][a-z]+),?\s+(\d{4})\b/gu)) {
    const [from, to] = [EN_MONTHS.indexOf(m[1].toLowerCase()) + 1, EN_MONTHS.indexOf(m[2].toLowerCase()) + 1];
    if (from >= 1 && from < to) out.push({ start: m.index, end: m.index + m[0].length, from: `${m[3]}-${pad(from)}`, to: `${m[3]}-${pad(to)}`, period: false });
  }
  for (const m of text.matchAll(/\b(?:from|between)\s+((?:19|20)\d{2})\s+(?:to|and|until|till)\s+((?:19|20)\d{2})\b/giu)) {
    if (m[1] < m[2]) out.push({ start: m.index, end: m.index + m[0].length, from: m[1], to: m[2], period: true });
  }
  return out;
}

/** A word that points back at the article's project ("dự án", "the project", "chương trình"), for a sentence that gives its period without its name. */
const PROJECT_WORD = /(?<!\p{L})(dự án|the project|this project|project|chương trình|programme|program)(?!\p{L})/iu;

/**
 * A project's or program's period, from a sentence that names it (or points at the article's only
 * new one): "from 1st September 2023 to 31st July 2024", "thời gian thực hiện từ tháng 3 đến tháng
 * 12/2025", "in the 2018-2019 period", "giai đoạn 2021-2025". Only a range (never a day: that is an
 * event's), never an event's own dates, never a target year; a known entity keeps its own period.
 */
function periodOfProjects(d: ArticleDraft): void {
  const owners = [...d.entities.values()].filter((e) => (e.kind === Label.Project || e.kind === Label.Program) && !e.known && e.props.startDate === undefined);
  if (!owners.length) return;
  const eventDates = new Set(d.events.map((x) => `${String(x.draft.props.startDate)}/${String(x.draft.props.endDate)}`));
  const ranges = [...d.dates.filter((x) => x.from < x.to), ...periodsBetween(d)]
    .filter((x) => !eventDates.has(`${x.from}/${x.to}`) && x.start >= d.doc.title.end)
    .sort((a, b) => a.start - b.start);
  const only = owners.filter((e) => e.kind === Label.Project).length === 1 ? owners.find((e) => e.kind === Label.Project) : undefined;
  for (const range of ranges) {
    const s = sentenceOf(d, range.start);
    // the owner named in the sentence, nearest the range; else the article's only project when the sentence points at it
    const named = owners
      .filter((e) => e.props.startDate === undefined && e.spans.some((x) => x.start >= s.start && x.end <= s.end))
      .sort((a, b) => Math.min(...a.spans.map((x) => Math.abs(x.start - range.start))) - Math.min(...b.spans.map((x) => Math.abs(x.start - range.start))))[0];
    const owner = named ?? (only && only.props.startDate === undefined && PROJECT_WORD.test(d.text.slice(s.start, s.end)) ? only : undefined);
    if (!owner) continue;
    Object.assign(owner.props, { startDate: range.from, endDate: range.to });
    owner.reason += `; period ${range.from}…${range.to} from "${surface(d, range)}"${named ? "" : " (its sentence speaks of the project)"}`;
  }
}

/**
 * What a ceremony was for, said in its sentence or the next: "a ceremony to hand over 20 cows", "… gathered for a ceremony.
 * There, the project handed over …", "a ceremony to sign the agreement". A ceremony is a MEETING only when nothing says this.
 */
const CEREMONY_PURPOSES: readonly { type: EventType; cue: RegExp }[] = [
  {
    type: EventType.HANDOVER,
    cue: /(?<!\p{L})(hand(?:ed|ing|s)? over|hand(?:ed|ing|s)? (?:out )?(?:\d|more than|about|some)|gave (?:away )?\d|handover|donat(?:e|ed|ing)|distribut(?:e|ed|ing)|present(?:ed|ing)? (?:\d|the|cows|seedlings)|bàn giao|trao tặng|cấp phát|trao \d)/iu,
  },
  {
    type: EventType.LAUNCH,
    cue: /(?<!\p{L})(launch(?:ed|ing)?|kick(?:ed|ing)?[- ]off|sign(?:ed|ing)?|inaugurat(?:e|ed|ing)|unveil(?:ed|ing)?|mark(?:ed|ing|s)? the (?:official )?(?:start|beginning|launch)|khởi động|ra mắt|ký kết)(?!\p{L})/iu,
  },
  { type: EventType.TRAINING, cue: /(?<!\p{L})(opening of the (?:training|course|class)|graduation|khai giảng(?! năm)|bế giảng)(?!\p{L})/iu },
];
const BARE_CEREMONY = /^(?:(?:the|a|an|this)\s+)?(?:\p{L}+\s+)?(?:ceremony|lễ)$/iu;

/** A visit whose sentence or title says the visitors came to learn is a study tour; a meeting that reviews a period is a conference. */
function retypeEvents(d: ArticleDraft): void {
  const { text, titleText } = d;
  for (const x of [...d.events]) {
    if (x.type !== EventType.MEETING || !BARE_CEREMONY.test(x.bodyName.trim())) continue;
    const s = sentenceOf(d, x.mention.start);
    const next = d.doc.sentences.find((y) => y.start >= s.end);
    const around = text.slice(s.start, next ? next.end : s.end);
    const purpose = CEREMONY_PURPOSES.map((p) => ({ ...p, at: p.cue.exec(around)?.index ?? -1 }))
      .filter((p) => p.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!purpose) continue;
    const other = d.events.find((y) => y !== x && y.type === purpose.type);
    if (other && (!other.draft.props.startDate || other.draft.props.startDate === x.draft.props.startDate)) {
      // the ceremony is that event: its mentions are the event's
      foldEvent(d, x, other.draft);
      if (!other.draft.props.startDate && x.draft.props.startDate) Object.assign(other.draft.props, { startDate: x.draft.props.startDate, endDate: x.draft.props.endDate });
      other.draft.reason += `; the ceremony "${x.bodyName}" beside it is this event`;
      continue;
    }
    x.draft.reason += `; typed ${purpose.type}: the ceremony's sentence says what it was for`;
    x.draft.props.eventType = purpose.type;
    x.type = purpose.type;
  }
  for (const x of d.events) {
    const spans = x.draft.spans.length ? x.draft.spans : [x.mention];
    const around = spans.map((sp) => text.slice(Math.max(0, sp.start - 24), sp.end + 24)).join(" ");
    const sentences = spans.map((sp) => surface(d, sentenceOf(d, sp.start))).join(" ");
    let type: string | undefined;
    if (REVIEW_TYPES.includes(x.type) && x.type !== EventType.CONFERENCE && (REVIEW_MEETING.test(around) || REVIEW_MEETING.test(x.draft.name))) type = EventType.CONFERENCE;
    if (REVIEW_TYPES.includes(x.type) && (TRAINING_MEETING.test(x.draft.name) || TRAINING_MEETING.test(around))) type = EventType.TRAINING;
    if (x.type === EventType.FIELD_VISIT && (LEARNING.test(sentences) || LEARNING.test(titleText)) && !CHECKING.test(sentences) && !CHECKING.test(titleText))
      type = EventType.STUDY_TOUR;
    if (!type) continue;
    const why = type === EventType.CONFERENCE ? "a meeting that reviews a period" : type === EventType.TRAINING ? "a meeting held to train" : "the visitors came to learn";
    x.draft.reason += `; typed ${type}: ${why}`;
    x.draft.props.eventType = type;
    x.type = type;
  }
}

/** "HỘI NGHỊ TẬP HUẤN … NĂM 2025" in the headline, "ngày 04/11/2025" in the body: one event, dated by the day inside the year. */
function foldCoarseDates(d: ArticleDraft): void {
  for (const x of [...d.events]) {
    const start = x.draft.props.startDate;
    if (typeof start !== "string" || start.length === 10) continue;
    if (MORE_OF_KIND.test(d.text.slice(Math.max(0, x.mention.start - 20), x.mention.start))) continue; // (events2) "thêm 2 lớp …": more of the kind
    const finer = d.events.find(
      (y) =>
        y !== x &&
        y.type === x.type &&
        typeof y.draft.props.startDate === "string" &&
        y.draft.props.startDate.length === 10 &&
        y.draft.props.startDate.startsWith(start) &&
        (x.mention.start < d.doc.title.end || dice(nameWords(x.bodyName), nameWords(y.bodyName)) >= 0.4),
    );
    if (!finer) continue;
    foldEvent(d, x, finer.draft);
    finer.draft.reason += `; the same as "${x.bodyName}" (${start}), whose date it refines`;
  }
}

/** How long an event lasted, said in words: "a two-day workshop", "a 3-day course", "for three days", "kéo dài 3 ngày", "trong hai ngày". */
const LENGTH_IN_DAYS =
  /(?:\b(\d{1,2}|two|three|four|five|six|seven)[- ]day\b|\b(?:for|over) (\d{1,2}|two|three|four|five|six|seven) days\b|(?<!\p{L})(?:kéo dài|diễn ra trong|trong|gồm) (\d{1,2}|hai|ba|bốn|năm|sáu|bảy) ngày(?!\p{L}))/iu;

/**
 * An event dated by one day whose sentence says how many days it lasted ("A two-day workshop … on 5 March", "lớp tập
 * huấn kéo dài 3 ngày"): it ends that many days later (at most 14).
 */
function lengthInDays(d: ArticleDraft): void {
  for (const x of d.events) {
    const { startDate: start, endDate: end } = x.draft.props;
    if (typeof start !== "string" || start.length !== 10 || end !== start) continue;
    const m = LENGTH_IN_DAYS.exec(surface(d, sentenceOf(d, x.mention.start)));
    if (!m) continue;
    const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
    const days = Number(word) || NUMBER_WORDS.get(word)?.value;
    if (!days || days < 2 || days > 14) continue;
    const last = new Date(Date.parse(start) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
    x.draft.props.endDate = last;
    x.draft.reason += `; it lasted "${m[0].trim()}": until ${last}`;
  }
}

/**
 * "Năm 2024, huyện đã trao tặng 150 con bò …", "In 2024, the project had handed over 150 cows" beside "Ngày 10/3/2025, huyện trao
 * tặng 20 con bò …": a verb of the event's type dated by a year alone, in an article that dates an event of that type by a day,
 * sums up the year's work; it is not a second event (its mention is the dated event's).
 */
function foldYearSummaries(d: ArticleDraft): void {
  for (const x of [...d.events]) {
    const start = x.draft.props.startDate;
    if (!x.mention.props.verbal || typeof start !== "string" || start.length !== 4) continue;
    const dated = d.events.find((y) => y !== x && y.type === x.type && typeof y.draft.props.startDate === "string" && y.draft.props.startDate.length === 10);
    if (!dated) continue;
    foldEvent(d, x, dated.draft);
    dated.draft.reason += `; "${x.bodyName}" (${start}) sums up a year, not a second event`;
  }
}

/**
 * "Từ ngày 2 đến 5/6 … tập huấn tại ba huyện A (5/6), B (3/6) và C (2/6)": a series over
 * the range, and one event per place on its day, PART_OF the series, at that place.
 */
function splitSeries(d: ArticleDraft): void {
  const { text } = d;
  for (const x of [...d.events]) {
    const { startDate: from, endDate: to } = x.draft.props;
    if (typeof from !== "string" || typeof to !== "string" || from.length !== 10 || from >= to) continue;
    const s = sentenceOf(d, x.mention.start);
    const days = d.dates.filter((y) => y.start >= s.start && y.end <= s.end && y.from.length === 10 && y.from === y.to && y.from >= from && y.from <= to);
    const parts = days.flatMap((y) => {
      const base = Math.max(s.start, y.start - 40);
      const place = PLACE_BEFORE_DAY.exec(text.slice(base, y.start));
      return place ? [{ date: y, place: place[1], at: base + place.index }] : [];
    });
    if (parts.length < 2 || new Set(parts.map((p) => p.date.from)).size < 2) continue;
    for (const { date, place, at: placeStart } of parts) {
      const placeEnd = placeStart + place.length;
      const at =
        d.places.mentions.find((pm) => pm.placeId && pm.nameSpan.start < placeEnd && pm.nameSpan.end > placeStart) ??
        d.places.mentions.find((pm) => pm.placeId && foldKey(pm.name) === foldKey(place)); // the same name resolved elsewhere in the article
      const name = `${x.bodyName} ${d.lang === "vi" ? "tại" : "in"} ${place}`;
      const quote = { start: placeStart, end: Math.min(s.end, date.end + 1) };
      const e = declareNew(
        d,
        Label.Event,
        name,
        { eventType: x.type, startDate: date.from, endDate: date.to },
        quote,
        `new: one day of the series "${x.bodyName}", at "${place}" on "${surface(d, date)}"`,
        `${date.from} ${name}`,
      );
      d.events.push({ draft: e, type: x.type, mention: { ...x.mention, start: quote.start, end: quote.end, name }, bodyName: name });
      relate(d, e.id, RelType.PART_OF, x.draft.id, quote, `a day of the series "${x.bodyName}", named with its place and day in one sentence`);
      if (at?.placeId) relate(d, e.id, RelType.LOCATED_IN, at.placeId, quote, `the series' day at "${place}", written before the day`);
    }
  }
}

/**
 * A sentence that opens by naming back the event of the sentence before: "The course, which ran from 3 to 7 March, …",
 * "Lớp học diễn ra từ ngày 3 đến 7/3", "Buổi bàn giao diễn ra sáng 10/3".
 */
const NAMES_BACK =
  /^\s*(?:(?:the|this|that|its)\s+(?:[\p{L}-]+\s+)?(?:course|class|training|workshop|event|ceremony|session|visit|trip|tour|meeting|conference|handover|distribution|launch)s?(?!\p{L})|(?:lớp|khóa|khoá|buổi|hoạt động|sự kiện|lễ|hội nghị|hội thảo|chuyến|đợt)(?!\p{L}))/iu;

/** The date of the sentence after `s` when that sentence names back the event of `s` (a day, a month or a range; not a year). */
function dateInNextSentence(d: ArticleDraft, s: Span): DateMention | undefined {
  const n = d.doc.sentences.find((y) => y.start >= s.end);
  if (!n || !NAMES_BACK.test(d.text.slice(n.start, n.end))) return undefined;
  const date = eventDate(d, n, n.start);
  return date && date.from.length >= 7 ? date : undefined;
}

/** (events2) A subject that points back at who the sentence before spoke of: "Đoàn đã tặng …", "Họ …", "The delegation then …", "They …". */
const SUBJECT_BACK =
  /^\s*(?:(?:sau đó|tiếp đó|then|next|afterwards),?\s+)?(?:đoàn(?: công tác| cán bộ| đại biểu)?|họ|the (?:delegation|team|group|donors?|visitors?|mission)|they|he|she)(?!\p{L})/iu;

/**
 * (events2) The day of the sentence before `s`, in its paragraph, when `s` has no date and opens with a subject that points back
 * at that sentence's people ("Ngày 6/3, đoàn … có mặt tại xã A. Đoàn đã tặng 40 con dê …") and no event is drafted there.
 */
function dateInPreviousSentence(d: ArticleDraft, s: Span): DateMention | undefined {
  const p = [...d.doc.sentences].reverse().find((y) => y.end <= s.start);
  if (!p || p.start < d.doc.title.end || d.text.slice(p.end, s.start).includes("\n") || !SUBJECT_BACK.test(d.text.slice(s.start, s.end))) return undefined;
  if (d.events.some((x) => x.draft.spans.some((sp) => sp.start >= p.start && sp.end <= p.end))) return undefined;
  const date = eventDate(d, p, p.start);
  return date && date.from.length === 10 ? date : undefined;
}

/** An event with no date in its sentence, dated by the next sentence that names it back ("… attended a training. The training, from 3 to 7 March, …"). */
function dateByNextSentence(d: ArticleDraft): void {
  for (const x of d.events) {
    if (typeof x.draft.props.startDate === "string") continue;
    for (const sp of x.draft.spans.length ? x.draft.spans : [x.mention]) {
      const date = dateInNextSentence(d, sentenceOf(d, sp.start));
      if (!date) continue;
      Object.assign(x.draft.props, { startDate: date.from, endDate: date.to });
      x.draft.reason += `; dated by "${surface(d, date)}" in the next sentence, which names it back`;
      break;
    }
  }
}

/** "Chiều cùng ngày", "cùng ngày", "the same day", "later that day", "that afternoon": the day of the sentence before. */
const SAME_DAY =
  /(?<!\p{L})(?:(?:sáng|chiều|tối|trưa)\s+)?cùng\s+ngày(?!\p{L})(?!\s+(?:hội|lễ|kỷ niệm|truyền thống))|(?<!\p{L})(?:on\s+)?the\s+same\s+day(?!\p{L})|(?<!\p{L})later\s+(?:that|the\s+same)\s+day(?!\p{L})|(?<!\p{L})that\s+(?:afternoon|evening|morning)(?!\p{L})/iu;

/**
 * (lead, round 9, seen by numbers9) An undated event whose sentence says it was the same day ("Chiều cùng ngày, Hội tổ chức
 * lớp tập huấn …", "Later that day, …"): the last full day of the sentences before it, when that day is no date line's.
 */
function dateBySameDay(d: ArticleDraft): void {
  const { text } = d;
  for (const x of d.events) {
    if (typeof x.draft.props.startDate === "string") continue;
    const s = sentenceOf(d, x.mention.start);
    if (!SAME_DAY.test(text.slice(s.start, s.end))) continue;
    const before = d.dates.filter((y) => y.end <= s.start && y.from.length === 10 && y.from === y.to && !y.period && !isDateLineAt(text, y)).at(-1);
    if (!before) continue;
    Object.assign(x.draft.props, { startDate: before.from, endDate: before.to });
    x.draft.reason += `; "the same day" as "${surface(d, before)}" before it`;
  }
}

/**
 * An event with no date of its own: the day that opens the lede ("Sáng 11/12, huyện … triển khai …") for the
 * article's main event, else the month of the article's date line ("Posted at July 5, 2015"), else the only year
 * the article is dated by; marked in the reason, and the month or year as `dateGuessed`.
 */
function dateByArticle(d: ArticleDraft): void {
  const { text, doc } = d;
  const body = doc.sentences.filter((s) => s.start >= doc.title.end).slice(0, 2);
  // (events8) not the page's date line ("06/10/2023 09:30"), whatever its form: a headline takes its month, as from any date line
  const lede = d.dates.find(
    (x) => x.from.length === 10 && !x.period && !isDateLineAt(text, x) && body.some((s) => x.start >= s.start && x.end <= s.end && LEDE_OPENING.test(text.slice(s.start, x.start))),
  );
  const hasDay = d.dates.some((x) => x.from.length === 10 && !x.period && !isTargetYear(text, x));
  d.events.forEach((x, i) => {
    if (typeof x.draft.props.startDate === "string") return;
    const [date, why, guessed] =
      i === 0 && lede
        ? [lede.from, `the day that opens the article ("${surface(d, lede)}")`, false]
        : d.published
          ? [d.published.slice(0, 7), `the month of the article's date (${d.published}) ${DATE_GUESSED_FROM_ARTICLE}`, true]
          : !hasDay && d.refYear
            ? [String(d.refYear), `the year the article is dated by (${d.refYear}) ${DATE_GUESSED_FROM_ARTICLE}`, true]
            : [undefined, "", false];
    if (!date) return;
    Object.assign(x.draft.props, { startDate: date, endDate: date });
    if (guessed) x.draft.dateGuessed = true;
    x.draft.reason += `; no date of its own: ${why}`;
  });
}
