/**
 * Round 9 (numbers9): which activity a number belongs to when its sentence does not name it. Pure functions over a
 * sentence's text (and the periods it states); numbers.stage.ts asks them only about a number whose entity is not named in
 * the number's own sentence (the sentence before, the article's one handover, the article's main event):
 * - `otherPeriod`: the sentence states a time (a year, a period) that does not hold the activity's year ("Năm 2022, huyện
 *   đã hỗ trợ 500 con bò", "In 2021, the province gave 300 cows", "Since 2019, …"): another year's figures, not the activity's,
 *   unless `currentOccasionCue` finds the sentence speaking of this round ("Đợt này, …", "this time": a year there qualifies
 *   who was helped, "hộ mới thoát nghèo từ năm 2023");
 * - `placeRecordCue`: the sentence gives a place's own standing ("Toàn huyện có 1.200 hộ nghèo", "the province has 4,000
 *   poor households"), with nobody given or helped in it: background, not a count of the activity;
 * - `referredEventType`: the sentence opens by pointing back at an activity ("Lớp học …", "Buổi bàn giao …", "The training
 *   …", "At the handover, …"): the count goes to the nearest earlier event of that type, not to a body of the sentence;
 * - `gatheredBy`: people counted by what they did at an activity (learners, trainees) are counted on a training;
 * - `perHouseholdCue`: "mỗi hộ", "each household" before the number in its sentence: so much per household, which a
 *   handover gives, not the program or body the sentence before names.
 */
import { EventType } from "../../graph/graph.enums";

/** A stated time of a sentence: its first and last day ("2022", "2022-01-01", "2021-11", …). */
export interface StatedPeriod {
  from: string;
  to: string;
}

/** The first period the sentence states that does not hold `year`, or undefined (no period stated, or one holds it). */
export function otherPeriod(periods: readonly StatedPeriod[], year: number | undefined): StatedPeriod | undefined {
  if (year === undefined || !periods.length) return undefined;
  const holds = (p: StatedPeriod): boolean => Number(p.from.slice(0, 4)) <= year && year <= Number(p.to.slice(0, 4));
  return periods.some(holds) ? undefined : periods[0];
}

const CURRENT = /(?<!\p{L})(?:đợt này|lần này|dịp này|đợt hỗ trợ này|đợt trao này|this time|this round|on this occasion)(?!\p{L})/iu;

/** Words of the sentence that say it speaks of the activity at hand ("Đợt này", "this time"), or undefined. */
export function currentOccasionCue(sentence: string): string | undefined {
  return CURRENT.exec(sentence)?.[0];
}

/** "Toàn huyện có …", "cả tỉnh hiện có", "the whole district has", "the province has/had", "is home to": a place's own standing. */
const PLACE_RECORD =
  /(?<!\p{L})(?:(?:toàn|cả|trên địa bàn)\s+(?:huyện|tỉnh|xã|thị xã|thành phố|nước)(?:\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?)?\s+(?:hiện\s+|vẫn\s+|còn\s+)*(?:có|còn)|(?:the\s+(?:whole\s+)?(?:province|district|commune|country)|nationwide)\s+(?:still\s+|now\s+|currently\s+)*(?:has|had|have|counts|is home to|was home to))(?!\p{L})/iu;
/** Someone given or helped in the sentence: then it may be the activity's after all. */
const GIVING =
  /(?<!\p{L})(?:hỗ trợ|nhận|trao|tặng|cấp|bàn giao|hưởng lợi|tham gia|tham dự|receiv\p{L}*|gave|given|provid\p{L}*|distribut\p{L}*|donat\p{L}*|handed|benefit\p{L}*|attend\p{L}*|join\p{L}*)(?!\p{L})/iu;

/** The words of the sentence that give a place's own standing, or undefined. */
export function placeRecordCue(sentence: string): string | undefined {
  const m = PLACE_RECORD.exec(sentence);
  return m && !GIVING.test(sentence) ? m[0] : undefined;
}

/** Heads that point back at an activity when they open a sentence (after "Tại"/"At"), and the type they point at. */
const REFERRING: readonly (readonly [RegExp, EventType])[] = [
  [/^(?:tại\s+)?(?:các\s+|mỗi\s+)?(?:lớp học|lớp tập huấn|lớp dạy nghề|khóa học|khoá học|khóa tập huấn|khoá tập huấn|buổi tập huấn|đợt tập huấn)(?!\p{L})/iu, EventType.TRAINING],
  [/^(?:tại\s+)?(?:buổi|đợt|lễ)\s+(?:bàn giao|trao tặng|trao|cấp phát)(?!\p{L})/iu, EventType.HANDOVER],
  [/^(?:at\s+)?(?:the|each)\s+(?:training|course|class|training course|training session)(?!\p{L})/iu, EventType.TRAINING],
  [/^(?:at\s+)?the\s+(?:handover|hand-over|distribution)(?:\s+ceremony)?(?!\p{L})/iu, EventType.HANDOVER],
];

/** The type of the activity the sentence opens by pointing back at, or undefined. */
export function referredEventType(sentence: string): EventType | undefined {
  const head = sentence.replace(/^[\s"“”'‘’(–-]+/u, "");
  return REFERRING.find(([re]) => re.test(head))?.[1];
}

/** People counted by what they did at an activity: the type of activity that gathers them. */
export function gatheredBy(unitEn: string): EventType | undefined {
  return ["learners", "trainees", "students"].includes(unitEn) ? EventType.TRAINING : undefined;
}

const EACH_HOUSEHOLD = /(?<!\p{L})(?:(?:mỗi|từng)\s+hộ|(?:each|every)\s+(?:[\p{L}-]+\s+){0,2}?household)(?!\p{L})/iu;

/** "mỗi hộ", "each household" in the stretch of the sentence before the number, in a sentence of giving: the words, or undefined. */
export function perHouseholdCue(before: string, sentence: string): string | undefined {
  return GIVING.test(sentence) ? EACH_HOUSEHOLD.exec(before)?.[0] : undefined;
}
