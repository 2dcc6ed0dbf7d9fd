/**
 * Round 8 (events8): a page's date line in the forms `publishedDate` did not read, weekdays resolved against that date
 * line, and ranges that name the month first. Pure functions over text; no clock.
 *
 * Contract: `dateLineDay(head)` returns the day ("YYYY-MM-DD") of the first line of `head` that is only a date (a weekday,
 * "Ngày đăng", "Cập nhật lúc", "Posted on", a time around it) or undefined. `isDateLineAt(text, span)` says a date mention
 * stands alone on such a line. A date line may open with the place it was filed at ("Kỳ Sơn, 06/10/2023"). `WEEKDAY_RULES` read "on Monday", "last Tuesday", "thứ Hai tuần trước", "chiều thứ Sáu" as a
 * day, only from a full date line (`published`), never a weekday followed by a date of its own, never one to come ("next
 * Monday", "thứ Hai tuần tới"), never a recurring one ("every Monday", "thứ Hai hằng tuần"). `MONTH_FIRST_RANGES` read "from
 * March 3 to 5, 2024", "between March 3 and 5", "March 3 to 5, 2024".
 */

import { day, MONTH_NAMES, monthOf } from "../ingest.calendar";

/** A date rule of `ingest.dates.ts`: a pattern and how its match reads as a period. */
export interface DateRule {
  re: RegExp;
  read: (m: RegExpExecArray, refYear?: number, refMonth?: number, published?: string) => { from: string | null; to: string | null } | null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Date lines

/** What a date line may say besides its date: a weekday, a label, a time, separators. */
const VI_WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)`;
const EN_WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const LABEL = String.raw`(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?|xuất\s+bản|published(?:\s+on|\s+at)?|posted(?:\s+on|\s+at)?|updated(?:\s+on|\s+at)?|last\s+updated)`;
const TIME = String.raw`(?:(?:lúc|at)\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?(?:\s*\(?(?:gmt|utc|ict)\s*[+]?\s*\d{0,2}\)?)?`;
const SEPS = String.raw`[\s,|–—:-]*`;
/** The rest of a date line once its date is cut out: labels, a weekday, "ngày", a time, separators, and nothing else. */
const DATE_LINE_REST = new RegExp(String.raw`^${SEPS}(?:(?:${LABEL}|${VI_WEEKDAY}|${EN_WEEKDAY}|ngày|${TIME})${SEPS})*$`, "iu");
/** Where the page was filed, before its date and a comma: "Kỳ Sơn, ", "HÀ NỘI, ", "TP. Hồ Chí Minh, ". Case-sensitive: every word capitalised. */
const PLACE_LEAD = /^[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,4}[ \t]*,/u;
/** Is what is around a date on its line (`before`, `after`) only what a date line may say, a place first? */
const onlyDateLine = (before: string, after: string): boolean => DATE_LINE_REST.test(before.replace(PLACE_LEAD, "") + " " + after);

/** The dates a date line may print: "06-10-2023", "06.10.2023", "6 tháng 10 năm 2023", "2023-10-06", "6 October 2023", "October 6, 2023". */
const LINE_DATES: readonly { re: RegExp; read: (m: RegExpExecArray) => string | null }[] = [
  { re: /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.-])/u, read: (m) => day(+m[3], +m[2], +m[1]) },
  { re: /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+)năm\s+(\d{4})(?!\d)/iu, read: (m) => day(+m[3], +m[2], +m[1]) },
  { re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/u, read: (m) => day(+m[1], +m[2], +m[3]) },
  {
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})(?!\d)`, "iu"),
    read: (m) => day(+m[3], monthOf(m[2]), +m[1]),
  },
  {
    re: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, "iu"),
    read: (m) => day(+m[3], monthOf(m[1]), +m[2]),
  },
];

/** The date a line prints and where, when the line is only a date: `[day, start, end]` inside the line. */
function lineDate(line: string): [string, number, number] | undefined {
  if (line.trim().length > 70) return undefined;
  for (const { re, read } of LINE_DATES) {
    const m = re.exec(line);
    if (!m) continue;
    if (!onlyDateLine(line.slice(0, m.index), line.slice(m.index + m[0].length))) continue;
    const d = read(m);
    if (d) return [d, m.index, m.index + m[0].length];
  }
  return undefined;
}

/** (events8) The day of the first line of `head` that is only a date, in a form the older patterns do not read. */
export function dateLineDay(head: string): string | undefined {
  for (const line of head.split("\n")) {
    const found = lineDate(line);
    if (found) return found[0];
  }
  return undefined;
}

/** (events8) A date mention alone on its line with at most a weekday, a label and a time: the page's date line, not an event's day. */
export function isDateLineAt(text: string, x: { start: number; end: number }): boolean {
  const lineStart = text.lastIndexOf("\n", x.start - 1) + 1;
  const nl = text.indexOf("\n", x.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const line = text.slice(lineStart, lineEnd);
  if (line.trim().length > 70) return false;
  return onlyDateLine(text.slice(lineStart, x.start), text.slice(x.end, lineEnd));
}

// ---------------------------------------------------------------------------------------------------------------------
// Weekdays

/** Monday 0 … Sunday 6. */
const VI_DAY_INDEX: Readonly<Record<string, number>> = { hai: 0, "2": 0, ba: 1, "3": 1, tư: 2, "4": 2, năm: 3, "5": 3, sáu: 4, "6": 4, bảy: 5, "7": 5 };
const EN_DAY_INDEX: Readonly<Record<string, number>> = { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };

/** The date line's weekday, Monday 0 … Sunday 6, and the day `days` after it. */
const weekdayOf = (published: string): number => (new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7;
const shift = (published: string, days: number): string => {
  const t = new Date(`${published}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
};

type Which = "onOrBefore" | "before" | "lastWeek" | "thisWeek";
/** The day of weekday `idx` relative to the date line: the latest on or before it, the latest before it, in the week before, in its week (not after it). */
function resolve(published: string | undefined, idx: number, which: Which): string | null {
  if (!published || published.length !== 10) return null;
  const w = weekdayOf(published);
  const back = which === "lastWeek" ? w + 7 - idx : which === "thisWeek" ? w - idx : which === "before" ? ((w - idx + 6) % 7) + 1 : (w - idx + 7) % 7;
  return back < 0 ? null : shift(published, -back);
}
const both = (d: string | null): { from: string | null; to: string | null } => ({ from: d, to: d });

/** No date of its own after the weekday ("thứ Hai (25/9)", "Monday, 11 September"), nothing to come, nothing recurring. */
const VI_NOT_AFTER = String.raw`(?!\s*[,(–-]?\s*(?:ngày\s+)?\d)(?!\s+(?:tuần\s+(?:tới|sau|kế tiếp)|tới|sắp tới|hằng tuần|hàng tuần|mỗi tuần|các tuần))(?![^.;\n]{0,30}?(?:hằng|hàng|mỗi) tuần)`;
const EN_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const EN_NOT_AFTER = String.raw`(?!\s*,?\s*\(?\s*(?:the\s+)?(?:\d|${MONTH_NAMES}\b))`;
const EN_NOT_BEFORE = String.raw`(?<!(?:next|every|each|following|coming|until|till|by|before|Good|Black|Cyber|Ash|Holy|Easter|Super|Blue|Giving|Green|Maundy)\s)(?<!\b(?:every|each|next)\s+\w+day(?:,|\s+and|\s+or)\s+)`;

export const WEEKDAY_RULES: readonly DateRule[] = [
  // thứ Hai tuần trước · chủ nhật tuần qua · thứ Tư tuần này · sáng thứ Ba vừa qua
  {
    re: new RegExp(
      String.raw`(?<!\p{L})(?:(?:sáng|chiều|tối|trưa|đêm|hôm|vào)\s+)?(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật))\s+(tuần\s+(?:trước|qua|vừa qua|rồi)|tuần\s+này|vừa qua|vừa rồi)(?!\p{L})${VI_NOT_AFTER}`,
      "giu",
    ),
    read: (m, _y, _mo, published) => {
      const idx = m[2] ? 6 : VI_DAY_INDEX[m[1].toLowerCase()];
      const q = m[3].toLowerCase();
      return both(resolve(published, idx, q.startsWith("tuần này") ? "thisWeek" : q.startsWith("tuần") ? "lastWeek" : "before"));
    },
  },
  // chiều thứ Sáu · hôm thứ Tư · vào chủ nhật: a time of day or "hôm/vào" before it, the latest such day on or before the date line
  {
    re: new RegExp(String.raw`(?<!\p{L})(?:sáng|chiều|tối|trưa|đêm|hôm|vào)\s+(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật))(?!\p{L})${VI_NOT_AFTER}`, "giu"),
    read: (m, _y, _mo, published) => both(resolve(published, m[2] ? 6 : VI_DAY_INDEX[m[1].toLowerCase()], "onOrBefore")),
  },
  // last Tuesday · this past Monday
  {
    re: new RegExp(String.raw`\b(?:[Ll]ast|[Tt]his past)\s+(${EN_DAY_NAMES})\b${EN_NOT_AFTER}`, "gu"),
    read: (m, _y, _mo, published) => both(resolve(published, EN_DAY_INDEX[m[1].toLowerCase()], "before")),
  },
  // on Monday · Wednesday afternoon · held Thursday: a capitalised day name, the latest such day on or before the date line
  {
    re: new RegExp(String.raw`${EN_NOT_BEFORE}\b(?:[Oo]n\s+)?(${EN_DAY_NAMES})\b(?!s\b)(?!\s+next\b)${EN_NOT_AFTER}`, "gu"),
    read: (m, _y, _mo, published) => both(resolve(published, EN_DAY_INDEX[m[1].toLowerCase()], "onOrBefore")),
  },
];

/** (events8) A weekday's sentence that gives a day of its own: that day dates it, not the weekday. */
export function sentenceHasDay(text: string, x: { start: number; end: number }, dates: readonly { start: number; end: number; from: string }[]): boolean {
  const before = text.slice(0, x.start);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("! "), before.lastIndexOf("? ")) + 1;
  const after = /[.!?](?:\s|$)|\n/u.exec(text.slice(x.end));
  const end = after ? x.end + after.index : text.length;
  return dates.some((y) => y.start >= start && y.end <= end && y.from.length === 10 && (y.end <= x.start || y.start >= x.end));
}

// ---------------------------------------------------------------------------------------------------------------------
// Ranges

/** (events8) "from March 3 to 5, 2024", "between March 3 and 5", "March 3 to 5, 2024": the month first, two days of it. */
export const MONTH_FIRST_RANGES: readonly DateRule[] = [
  {
    re: new RegExp(
      String.raw`\b(?:(?:from|between)\s+(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|through|till|and|[-–—])\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|through)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b(?!\s*[/.:]\d)(?!\s*(?:[ap]\.?m\b|o'clock|giờ))`,
      "giu",
    ),
    read: (m, refYear) => {
      const [name, d1, d2, y] = m[1] ? [m[1], +m[2], +m[3], m[4] ? +m[4] : refYear] : [m[5], +m[6], +m[7], +m[8]];
      if (!y || !(d1 < d2) || d2 - d1 > 14 || (name.toLowerCase() === "may" && !/^May/u.test(name))) return null;
      const mo = monthOf(name);
      return { from: day(y, mo, d1), to: day(y, mo, d2) };
    },
  },
];
