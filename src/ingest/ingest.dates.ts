/**
 * Dates and periods in an article, as seed dates ("YYYY", "YYYY-MM", "YYYY-MM-DD"):
 * "Sáng ngày 31/01/2024", "ngày 14/5" (the year from the article's date), "từ tháng 11/2021 đến
 * tháng 4/2024", "Từ ngày 11-16/3/2024", "ngày 04 – 6/10/2023", "năm 2024", "giai đoạn
 * 2021-2025", "23 June 2015", "June 23, 2015", "from November 2021 to April 2024",
 * "11–16 March 2024". Impossible dates are skipped.
 */
import { day, month, MONTH_NAMES, MONTHS, year } from "./ingest.calendar";
import type { Span } from "./ingest.text";
import { dateLineDay, MONTH_FIRST_RANGES, sentenceHasDay, WEEKDAY_RULES } from "./stages/datelines.rules";

/**
 * Said in an event's reason when its date is only the month or year of the article's date: a guess for the curator to
 * check. The draft says so as `dateGuessed`, which same-event resolution reads as no date of its own (another outlet's
 * report of an event of 28 February may be dated March).
 */
export const DATE_GUESSED_FROM_ARTICLE = "(a guess from the article's date)";

export interface DateMention extends Span {
  /** First day of the period, as precise as the text. */
  from: string;
  /** Last day of a period; equal to `from` for a single date. */
  to: string;
  /** A year range of a plan or program ("giai đoạn 2021-2025"), not when something happened. */
  period: boolean;
}

const D = String.raw`(\d{1,2})`;
const M = String.raw`(\d{1,2})`;
const Y = String.raw`(\d{4})`;
const SEP = String.raw`\s*[/.\-]\s*`;
const DASH = String.raw`\s*[-–—]\s*`;

/** "may" in lower case is the verb ("the class may open"), not the month: only "May" or "MAY" names it. */
const modalMay = (word: string): boolean => word.toLowerCase() === "may" && !/^May/.test(word);

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray, refYear?: number, refMonth?: number, published?: string) => { from: string | null; to: string | null; period?: boolean } | null;
}

/** (events2) The year of a month said as past ("last October", "tháng 10 vừa qua"): the article's, or the year before when that month is not yet over. */
const pastMonth = (mo: number, refYear?: number, refMonth?: number): { from: string | null; to: string | null } | null => {
  if (!refYear || !mo || mo > 12) return null;
  const y = refMonth && mo > refMonth ? refYear - 1 : refYear;
  return { from: month(y, mo), to: month(y, mo) };
};

/** (events7) The day `days` days after the article's date ("2023-09-14", -1 → "2023-09-13"), or null without a full date. */
const shiftDay = (published: string | undefined, days: number): string | null => {
  if (!published || published.length !== 10) return null;
  const t = new Date(`${published}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};
/** (events7) The month `back` months before the article's date. */
const monthBack = (published: string | undefined, back: number): string | null => {
  if (!published || published.length < 7) return null;
  const n = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1 - back;
  return month(Math.floor(n / 12), (n % 12) + 1);
};
const COUNT_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, a: 1 };
const count = (w: string): number => COUNT_WORDS[w.toLowerCase()] ?? Number(w);

/**
 * (events7) Words that date by the article's own day: "hôm qua", "yesterday" (the day before), "hôm nay", "sáng nay", "today"
 * (its day), "last week", "tuần trước", "tuần qua" (the months of the seven days before), "last month", "tháng trước" (the
 * month before), "three days ago", "two months ago". Only with a full date line; never before a date of their own ("Hôm qua
 * (11/6)", "Sáng nay 5/3": that date dates it), never after a count ("3 tuần qua": a span, not a week), never "the day before".
 */
const RELATIVE_RULES: Rule[] = [
  {
    re: /(?<!\p{L})(?:(?:ngày )?hôm qua|yesterday)(?!\p{L})(?!\s*(?:\(|,?\s*(?:ngày\s*)?\d))/giu,
    read: (_m, _y, _mo, published) => ({ from: shiftDay(published, -1), to: shiftDay(published, -1) }),
  },
  {
    re: /(?<!\p{L})(?:(?:sáng|chiều|tối|trưa) nay|hôm nay|today|this (?:morning|afternoon))(?!\p{L})(?!\s*(?:\(|,?\s*(?:ngày\s*)?\d))/giu,
    read: (_m, _y, _mo, published) => ({ from: shiftDay(published, 0), to: shiftDay(published, 0) }),
  },
  {
    re: /(?<!\d\s?)(?<!(?:hai|ba|bốn|vài|mấy|những|các|several|few|past|the) )(?:last week|tuần (?:trước|vừa qua|vừa rồi|qua))(?!\p{L})(?!\s+(?:đó|khi|nữa))/giu,
    read: (_m, _y, _mo, published) => {
      const [a, b] = [shiftDay(published, -7), shiftDay(published, -1)];
      return a && b ? { from: a.slice(0, 7), to: b.slice(0, 7) } : null;
    },
  },
  {
    re: /(?<!\d\s?)(?<!(?:hai|ba|bốn|vài|mấy|những|các|several|few|past|the) )(?:last month|tháng (?:trước|vừa qua|vừa rồi))(?!\p{L})(?!\s+(?:đó|khi|nữa))/giu,
    read: (_m, _y, _mo, published) => ({ from: monthBack(published, 1), to: monthBack(published, 1) }),
  },
  {
    re: /\b(\d|one|two|three|four|five|six|a) (day|month)s? ago\b/giu,
    read: (m, _y, _mo, published) =>
      m[2].toLowerCase() === "day"
        ? { from: shiftDay(published, -count(m[1])), to: shiftDay(published, -count(m[1])) }
        : { from: monthBack(published, count(m[1])), to: monthBack(published, count(m[1])) },
  },
];

/** Rules, most specific first; a later rule never takes text an earlier one took. */
const RULES: Rule[] = [
  // từ ngày 04/10/2023 đến ngày 06/10/2023 · from 4/10/2023 to 6/10/2023
  {
    re: new RegExp(String.raw`(?:từ|from)\s+(?:ngày\s+)?${D}${SEP}${M}${SEP}${Y}\s*(?:đến(?:\s+hết)?|tới|to|until|[-–—])\s*(?:ngày\s+)?${D}${SEP}${M}${SEP}${Y}`, "giu"),
    read: (m) => ({ from: day(+m[3], +m[2], +m[1]), to: day(+m[6], +m[5], +m[4]) }),
  },
  // từ ngày 13 đến 16/5/2025 · từ 13 đến ngày 16/5/2025: the start takes the end's month and year
  {
    re: new RegExp(String.raw`(?:từ|from)\s+(?:ngày\s+)?${D}\s*(?:đến(?:\s+hết)?|tới)\s*(?:ngày\s+)?${D}${SEP}${M}${SEP}${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[4], +m[3], +m[1]), to: day(+m[4], +m[3], +m[2]) }),
  },
  // từ ngày 3 đến 7/3 · từ 3 đến ngày 7/3 (no year: the article's)
  {
    re: new RegExp(String.raw`(?:từ|from)\s+(?:ngày\s+)?${D}\s*(?:đến(?:\s+hết)?|tới)\s*(?:ngày\s+)?${D}\s*[/.-]\s*${M}\b(?!\s*[/.-]\s*\d)`, "giu"),
    read: (m, refYear) => (refYear && +m[1] < +m[2] ? { from: day(refYear, +m[3], +m[1]), to: day(refYear, +m[3], +m[2]) } : null),
  },
  // từ ngày 28/11 đến ngày 2/12/2025: the start takes the end's year (the year before when its month is later)
  {
    re: new RegExp(
      String.raw`(?:(?:từ|from)\s+(?:ngày\s+)?|(?<![\d/.])\b)${D}${SEP}${M}\s*(?:(?<=\s)đến(?:\s+hết)?|(?<=\s)tới|[-–—])\s*(?:ngày\s+)?${D}${SEP}${M}${SEP}${Y}\b`,
      "giu",
    ),
    read: (m) => ({ from: day(+m[2] > +m[4] ? +m[5] - 1 : +m[5], +m[2], +m[1]), to: day(+m[5], +m[4], +m[3]) }),
  },
  // từ 28/2 đến 2/3 · từ ngày 3/3 - 5/3 (no year: the article's; the start the year before when its month is later)
  {
    re: new RegExp(String.raw`(?:từ|from)\s+(?:ngày\s+)?${D}\s*[/.-]\s*${M}\s*(?:đến(?:\s+hết)?|tới|[-–—])\s*(?:ngày\s+)?${D}\s*[/.-]\s*${M}\b(?!\s*[/.-]\s*\d)`, "giu"),
    read: (m, refYear) => (refYear ? { from: day(+m[2] > +m[4] ? refYear - 1 : refYear, +m[2], +m[1]), to: day(refYear, +m[4], +m[3]) } : null),
  },
  // từ ngày 3-5/3 · ngày 3 - 5/3 (days of one month, no year: the article's)
  {
    re: new RegExp(String.raw`(?:từ\s+)?ngày\s+(?:(?:mùng|mồng)\s+)?${D}${DASH}${D}\s*[/.]\s*${M}\b(?!\s*[/.-]\s*\d)`, "giu"),
    read: (m, refYear) => (refYear && +m[1] < +m[2] ? { from: day(refYear, +m[3], +m[1]), to: day(refYear, +m[3], +m[2]) } : null),
  },
  // trong 2 ngày 3 và 4/3/2025 · các ngày 3, 4 và 5/3 · ngày 3 và 4-3: days listed before their month, one span (year from
  // the article when the text gives none); "ngày" before the first day is required, so a count ("3 và 4 hộ") is no date
  {
    re: new RegExp(String.raw`(?:trong\s+(?:\d+|hai|ba|bốn|năm)\s+)?(?:các\s+)?ngày\s+${D}((?:\s*,\s*\d{1,2})*)\s*(?:và|,)\s*${D}${SEP}${M}(?:${SEP}${Y})?\b(?![/.]\d)`, "giu"),
    read: (m, refYear) => {
      const y = m[5] ? +m[5] : refYear;
      return y && +m[1] < +m[3] && +m[3] - +m[1] <= 14 ? { from: day(y, +m[4], +m[1]), to: day(y, +m[4], +m[3]) } : null;
    },
  },
  // từ tháng 11/2021 đến tháng 4/2024
  {
    re: new RegExp(String.raw`(?:từ\s+)?tháng\s+${M}${SEP}${Y}\s*(?:đến|tới|[-–—])\s*(?:tháng\s+)?${M}${SEP}${Y}`, "giu"),
    read: (m) => ({ from: month(+m[2], +m[1]), to: month(+m[4], +m[3]) }),
  },
  // (events2) từ tháng 3 đến tháng 5/2025 · từ tháng 1 đến hết tháng 2 (the end's year, else the article's; the start the year before when its month is later)
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:từ\s+)?tháng\s+${M}\s*(?:đến(?:\s+hết)?|tới|[-–—])\s*(?:hết\s+)?tháng\s+${M}(?:${SEP}${Y}|\s+năm\s+${Y})?\b(?!\s*[/.-]\s*\d)`, "giu"),
    read: (m, refYear) => {
      const y = m[3] ? +m[3] : m[4] ? +m[4] : refYear;
      if (!y) return null;
      return { from: month(+m[1] > +m[2] ? y - 1 : y, +m[1]), to: month(y, +m[2]) };
    },
  },
  // 11-16/3/2024 · 04 – 6/10/2023 (with "từ ngày" or "ngày" before, or bare)
  {
    re: new RegExp(String.raw`(?:(?:từ\s+)?ngày\s+)?\b${D}${DASH}${D}${SEP}${M}${SEP}${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[4], +m[3], +m[1]), to: day(+m[4], +m[3], +m[2]) }),
  },
  // ngày 15 tháng 8 năm 2025 · ngày mùng 5 tháng 3 năm 2025
  {
    re: new RegExp(String.raw`(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?\b${D}\s+tháng\s+${M}\s+năm\s+${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[3], +m[2], +m[1]), to: day(+m[3], +m[2], +m[1]) }),
  },
  // ngày 5 tháng 3 · sáng mùng 5 tháng 3 (no year: the article's)
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?${D}\s+tháng\s+${M}\b(?!\s*(?:năm\s+|[/.-]\s*)\d)`, "giu"),
    read: (m, refYear) => (refYear ? { from: day(refYear, +m[2], +m[1]), to: day(refYear, +m[2], +m[1]) } : null),
  },
  // 31/01/2024 · 18.9.2023 · ngày 14/05/2024
  {
    re: new RegExp(String.raw`(?:ngày\s+)?(?<![\d/.])\b${D}${SEP}${M}${SEP}${Y}\b(?![/.]\d)`, "giu"),
    read: (m) => ({ from: day(+m[3], +m[2], +m[1]), to: day(+m[3], +m[2], +m[1]) }),
  },
  // tháng 11/2021 · tháng 11 năm 2021
  {
    re: new RegExp(String.raw`tháng\s+${M}(?:${SEP}|\s+năm\s+)${Y}\b`, "giu"),
    read: (m) => ({ from: month(+m[2], +m[1]), to: month(+m[2], +m[1]) }),
  },
  // ngày 14/5 (year from the article)
  {
    re: new RegExp(String.raw`ngày\s+(?:(?:mùng|mồng)\s+)?${D}\s*[/-]\s*${M}\b(?!\s*[/-]\s*\d)`, "giu"),
    read: (m, refYear) => (refYear ? { from: day(refYear, +m[2], +m[1]), to: day(refYear, +m[2], +m[1]) } : null),
  },
  // Sáng 13/12 · Chiều 06/7 · sáng 10-3 · Sáng 11.9 · hôm 5/6 (a time of day before a day and month; year from the article)
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:sáng|chiều|tối|trưa|hôm|đêm)\s+(?:nay\s+)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?${D}\s*[/.\-]\s*${M}\b(?!\s*[/.\-]\s*\d)`, "giu"),
    read: (m, refYear) => (refYear ? { from: day(refYear, +m[2], +m[1]), to: day(refYear, +m[2], +m[1]) } : null),
  },
  // sáng thứ Tư, 5/3 · Chủ nhật 9/3 (a weekday before a day and month; year from the article)
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*[,(–-]?\s*(?:ngày\s+)?${D}\s*[/.\-]\s*${M}\b(?!\s*[/.\-]\s*\d)`, "giu"),
    read: (m, refYear) => (refYear ? { from: day(refYear, +m[2], +m[1]), to: day(refYear, +m[2], +m[1]) } : null),
  },
  // Wednesday (March 5) · (5 March): a day and month in parentheses (year from the article)
  {
    re: new RegExp(String.raw`(?<=\(\s*)(?:${D}(?:st|nd|rd|th)?\s+(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+${D}(?:st|nd|rd|th)?)(?=\s*\))`, "giu"),
    read: (m, refYear) => {
      if (!refYear) return null;
      const d = m[1] ? day(refYear, MONTHS[m[2].toLowerCase()], +m[1]) : day(refYear, MONTHS[m[3].toLowerCase()], +m[4]);
      return { from: d, to: d };
    },
  },
  // Như Xuân (16/5) · Quan Hóa (13-5): a day and month in parentheses after a place, the day of its part (year from the article)
  {
    re: new RegExp(String.raw`(?<=\(\s*)${D}\s*[/.\-]\s*${M}(?=\s*\))`, "gu"),
    read: (m, refYear) => (refYear ? { from: day(refYear, +m[2], +m[1]), to: day(refYear, +m[2], +m[1]) } : null),
  },
  // (events8) from March 3 to 5, 2024 · between March 3 and 5 · March 3 to 5, 2024
  ...MONTH_FIRST_RANGES,
  // English: from November 2021 to April 2024
  {
    re: new RegExp(String.raw`\bfrom\s+(${MONTH_NAMES})\.?\s+${Y}\s+(?:to|until|through)\s+(${MONTH_NAMES})\.?\s+${Y}\b`, "giu"),
    read: (m) => ({ from: month(+m[2], MONTHS[m[1].toLowerCase()]), to: month(+m[4], MONTHS[m[3].toLowerCase()]) }),
  },
  // from 28 February to 2 March 2025 · from February 28 to March 2, 2025 · from 28 December to 2 January (across months;
  // the start takes the end's year, the year before when its month is later; without a year, the article's)
  {
    re: new RegExp(
      String.raw`\bfrom\s+(?:the\s+)?(?:${D}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+${D}(?:st|nd|rd|th)?)\.?,?\s+(?:to|until|through|till)\s+(?:the\s+)?(?:${D}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+${D}(?:st|nd|rd|th)?)\.?(?:,?\s+${Y})?\b`,
      "giu",
    ),
    read: (m, refYear) => {
      const y = m[9] ? +m[9] : refYear;
      if (!y) return null;
      const [d1, m1] = m[1] ? [+m[1], MONTHS[m[2].toLowerCase()]] : [+m[4], MONTHS[m[3].toLowerCase()]];
      const [d2, m2] = m[5] ? [+m[5], MONTHS[m[6].toLowerCase()]] : [+m[8], MONTHS[m[7].toLowerCase()]];
      if (m1 === m2) return null; // one month: the rule below
      return { from: day(m1 > m2 ? y - 1 : y, m1, d1), to: day(y, m2, d2) };
    },
  },
  // From 23rd to 25th September 2019 · from 2 to 3 November (year from the article)
  {
    re: new RegExp(
      String.raw`\b(?:from|between)\s+(?:the\s+)?${D}(?:st|nd|rd|th)?\s*(?:to|until|through|and|[-–—])\s*(?:the\s+)?${D}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})\.?(?:,?\s+${Y})?\b`,
      "giu",
    ),
    read: (m, refYear) => {
      const y = m[4] ? +m[4] : refYear;
      return y ? { from: day(y, MONTHS[m[3].toLowerCase()], +m[1]), to: day(y, MONTHS[m[3].toLowerCase()], +m[2]) } : null;
    },
  },
  // 11–16 March 2024
  {
    re: new RegExp(String.raw`\b${D}${DASH}${D}\s+(${MONTH_NAMES})\.?,?\s+${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[4], MONTHS[m[3].toLowerCase()], +m[1]), to: day(+m[4], MONTHS[m[3].toLowerCase()], +m[2]) }),
  },
  // March 11–16, 2024
  {
    re: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+${D}${DASH}${D},?\s+${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[4], MONTHS[m[1].toLowerCase()], +m[2]), to: day(+m[4], MONTHS[m[1].toLowerCase()], +m[3]) }),
  },
  // on 5 and 6 March (2025) · on March 5 and 6(, 2025): two days of one month, one span
  {
    re: new RegExp(
      String.raw`\b(?:on|from)\s+(?:the\s+)?(?:${D}(?:st|nd|rd|th)?\s+and\s+(?:the\s+)?${D}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+${D}(?:st|nd|rd|th)?\s+and\s+${D}(?:st|nd|rd|th)?)\.?(?:,?\s+${Y})?\b`,
      "giu",
    ),
    read: (m, refYear) => {
      const y = m[7] ? +m[7] : refYear;
      if (!y) return null;
      const [mo, d1, d2] = m[3] ? [MONTHS[m[3].toLowerCase()], +m[1], +m[2]] : [MONTHS[m[4].toLowerCase()], +m[5], +m[6]];
      return d1 < d2 && d2 - d1 <= 14 ? { from: day(y, mo, d1), to: day(y, mo, d2) } : null;
    },
  },
  // 5-7 March · March 5-7 (no year: the article's)
  {
    re: new RegExp(String.raw`\b(?:${D}${DASH}${D}\s+(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+${D}${DASH}${D})\b(?!,?\s*\d)`, "giu"),
    read: (m, refYear) => {
      if (!refYear) return null;
      const [mo, d1, d2] = m[3] ? [MONTHS[m[3].toLowerCase()], +m[1], +m[2]] : [MONTHS[m[4].toLowerCase()], +m[5], +m[6]];
      return { from: day(refYear, mo, d1), to: day(refYear, mo, d2) };
    },
  },
  // 23 June 2015
  {
    re: new RegExp(String.raw`\b${D}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})\.?,?\s+${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[3], MONTHS[m[2].toLowerCase()], +m[1]), to: day(+m[3], MONTHS[m[2].toLowerCase()], +m[1]) }),
  },
  // June 23, 2015
  {
    re: new RegExp(String.raw`\b(${MONTH_NAMES})\.?\s+${D}(?:st|nd|rd|th)?,?\s+${Y}\b`, "giu"),
    read: (m) => ({ from: day(+m[3], MONTHS[m[1].toLowerCase()], +m[2]), to: day(+m[3], MONTHS[m[1].toLowerCase()], +m[2]) }),
  },
  // on 2 November · on December 26 (no year: the article's year)
  {
    re: new RegExp(
      String.raw`\b(?:on|from|since|until)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:the\s+)?(?:${D}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAMES})|(${MONTH_NAMES})\.?\s+${D}(?:st|nd|rd|th)?)\b(?!,?\s*\d)`,
      "giu",
    ),
    read: (m, refYear) => {
      if (!refYear) return null;
      const d = m[1] ? day(refYear, MONTHS[m[2].toLowerCase()], +m[1]) : day(refYear, MONTHS[m[3].toLowerCase()], +m[4]);
      return { from: d, to: d };
    },
  },
  // (events2) tháng 2 vừa qua · trong tháng 2 vừa rồi · last October: a month said as past, the article's year or the one before
  {
    re: new RegExp(
      String.raw`(?:(?<![\p{L}])(?:(?:đầu|giữa|cuối|trong|vào|hồi)\s+)?tháng\s+${M}\s+(?:vừa qua|vừa rồi|trước|qua)(?![\p{L}])|\blast\s+(${MONTH_NAMES})\b(?!\.?,?\s*\d))`,
      "giu",
    ),
    read: (m, refYear, refMonth) => {
      if (m[1]) return pastMonth(+m[1], refYear, refMonth);
      if (modalMay(m[2])) return null;
      return m[2].length >= 3 ? pastMonth(MONTHS[m[2].toLowerCase()], refYear, refMonth) : null;
    },
  },
  // đầu tháng 3 · trong tháng 3 · in early March · in March (a month without a year: the article's)
  {
    re: new RegExp(
      String.raw`(?:(?<![\p{L}])(?:đầu|giữa|cuối|trong|vào|hồi)\s+tháng\s+${M}\b(?!\s*(?:[/.-]\s*\d|năm\s+\d))|\b(?:in|since|during)\s+(?:(?:early|mid|late)[- ])?(${MONTH_NAMES})\b(?!\.?,?\s*\d))`,
      "giu",
    ),
    read: (m, refYear) => {
      if (!refYear) return null;
      if (m[1]) return { from: month(refYear, +m[1]), to: month(refYear, +m[1]) };
      if (modalMay(m[2])) return null;
      const mo = MONTHS[m[2].toLowerCase()];
      return mo && m[2].length >= 3 ? { from: month(refYear, mo), to: month(refYear, mo) } : null;
    },
  },
  // June 2015
  {
    re: new RegExp(String.raw`\b(${MONTH_NAMES})\.?,?\s+${Y}\b`, "giu"),
    read: (m) => (modalMay(m[1]) ? null : { from: month(+m[2], MONTHS[m[1].toLowerCase()]), to: month(+m[2], MONTHS[m[1].toLowerCase()]) }),
  },
  // giai đoạn 2021-2025 · 2021 – 2025 · period 2021-2025 (a plan's period)
  {
    re: new RegExp(String.raw`(?:(?:giai\s+đoạn|period|phase)\s+)?\b${Y}${DASH}${Y}\b`, "giu"),
    read: (m) => (+m[2] > +m[1] ? { from: year(+m[1]), to: year(+m[2]), period: true } : null),
  },
  // năm 2024 · in 2024
  {
    re: new RegExp(String.raw`\b(?:năm|in|year)\s+${Y}\b`, "giu"),
    read: (m) => ({ from: year(+m[1]), to: year(+m[1]) }),
  },
];

/** "16 tháng 5 năm 2025" (a day needs no cue when its year follows). */
const WORD_DAY_YEAR = /(?<![\p{L}\d])(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/giu;
/** "tháng 3 năm 2022". */
const WORD_MONTH_YEAR = /(?<![\p{L}\d])tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/giu;
/** "ngày 7 tháng 6", "mùng 5 tháng 3": without its year a day needs "ngày" or "mùng" before it ("4 tháng 5 ngày" is a count). */
const WORD_DAY = /(?<=(?:ngày|mùng|mồng)\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?![\p{L}\d])(?!\s*(?:năm\s+)?\d)/giu;

/**
 * The text with every Vietnamese date in words written in figures ("ngày 16 tháng 5 năm 2025" → "ngày 16/5/2025"),
 * padded with spaces to the words' length so that offsets hold, and the spans rewritten: the date rules, written for
 * figures, then read both forms.
 */
export function figureDates(text: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  const rewrite = (s: string, re: RegExp, figures: (m: string[]) => string): string =>
    s.replace(re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as string[];
      const at = args.at(-2) as number;
      const out = figures(m);
      spans.push({ start: at, end: at + m[0].length });
      return out + " ".repeat(m[0].length - out.length);
    });
  let out = rewrite(text, WORD_DAY_YEAR, (m) => `${m[1]}/${m[2]}/${m[3]}`);
  out = rewrite(out, WORD_MONTH_YEAR, (m) => `tháng ${m[1]}/${m[2]}`);
  out = rewrite(out, WORD_DAY, (m) => `${m[1]}/${m[2]}`);
  return { text: out, spans };
}

/** Every date and period of the text before `end`, in text order, without overlaps. */
export function findDates(text: string, end: number, refYear?: number, refMonth?: number, published?: string): DateMention[] {
  const out: DateMention[] = [];
  const taken = (s: number, e: number): boolean => out.some((d) => s < d.end && d.start < e);
  const { text: body, spans } = figureDates(text.slice(0, end));
  for (const rule of published ? RULES.concat(WEEKDAY_RULES, RELATIVE_RULES) : RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(body); m; m = rule.re.exec(body)) {
      const start = m.index;
      const stop = m.index + m[0].length;
      if (taken(start, stop)) continue;
      if (WEEKDAY_RULES.includes(rule) && sentenceHasDay(body, { start, end: stop }, out)) continue; // (events8) the sentence's own day dates it
      const read = rule.read(m, refYear, refMonth, published);
      if (!read?.from || !read.to || read.to < read.from) continue;
      // a date read from words spans the words as written
      const words = spans.filter((w) => w.start < stop && start < w.end);
      out.push({
        start: Math.min(start, ...words.map((w) => w.start)),
        end: Math.max(stop, ...words.map((w) => w.end)),
        from: read.from,
        to: read.to,
        period: read.period ?? false,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The publication date a news page prints near its top ("Thứ ba - 14/05/2024 23:47",
 * "Ngày đăng: 14/05/2024", "Published: 23 June 2015"), if any.
 */
export function publishedDate(text: string): string | undefined {
  const head = text.slice(0, 600);
  const patterns = [
    /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*[-,–|]\s*(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
    /(?:ngày\s+đăng|đăng\s+ngày|cập\s+nhật|published|posted|updated)\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/iu,
    /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:[|,–-]\s*)?\d{1,2}[:h]\d{2}/u,
    /\d{1,2}:\d{2}(?:\s*(?:AM|PM|SA|CH))?\s*(?:[|,–-]\s*)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})/iu, // "08:15 | 10/03/2025"
    /^[ \t]*(\d{1,2})\/(\d{1,2})\/(\d{4})[ \t]*$/mu, // a line that is only a date
  ];
  const iso = /(?:^|[\s(])date\s+(\d{4})-(\d{2})-(\d{2})\b/iu.exec(head); // "date 2026-03-10": a corpus date stamp
  if (iso) {
    const d = day(+iso[1], +iso[2], +iso[3]);
    if (d) return d;
  }
  for (const re of patterns) {
    const m = re.exec(head);
    if (m) {
      const d = day(+m[3], +m[2], +m[1]);
      if (d) return d;
    }
  }
  const en = new RegExp(String.raw`(?:published|posted|updated)\s*(?:on)?\s*:?\s*(\d{1,2})\s+(${MONTH_NAMES})\.?,?\s+(\d{4})`, "iu").exec(head);
  if (en) return day(+en[3], MONTHS[en[2].toLowerCase()], +en[1]) ?? undefined;
  // "Posted at July 5, 2015", "Published on March 3 2020"
  const enMonthFirst = new RegExp(String.raw`(?:published|posted|updated)\s*(?:on|at)?\s*:?\s*(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`, "iu").exec(head);
  if (enMonthFirst) return day(+enMonthFirst[3], MONTHS[enMonthFirst[1].toLowerCase()], +enMonthFirst[2]) ?? undefined;
  // an English date on a line of its own: "March 10, 2025", "Monday, 10 March 2025"
  const own = new RegExp(
    String.raw`^[ \t]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?(?:(\d{1,2})(?:st|nd|rd|th)?[ \t]+(${MONTH_NAMES})\.?|(${MONTH_NAMES})\.?[ \t]+(\d{1,2})(?:st|nd|rd|th)?),?[ \t]+(\d{4})[ \t]*$`,
    "imu",
  ).exec(head);
  if (own) return day(+own[5], MONTHS[(own[2] ?? own[3]).toLowerCase()], +(own[1] ?? own[4])) ?? undefined;
  // a news wire's dateline opening the body: "HANOI, March 5, 2025 –", "Lao Cai, 5 March 2025 (VNA) –"
  const wire = isDatelineAt(head);
  if (wire) return wire;
  // a dateline: "Lao Cai – 26. September 2019", a line of its own
  const line = new RegExp(String.raw`^[^\n]{0,40}?[–—-][ \t]*(\d{1,2})\.?[ \t]+(${MONTH_NAMES})\.?,?[ \t]+(\d{4})[ \t]*$`, "imu").exec(head);
  if (line) return day(+line[3], MONTHS[line[2].toLowerCase()], +line[1]) ?? undefined;
  // (events8) a line that is only a date in another form: "Ngày đăng: 06-10-2023", "Thứ Sáu, ngày 6 tháng 10 năm 2023", "2023-10-06", "Friday, October 6, 2023 10:15"
  return dateLineDay(head);
}

/** A wire dateline's place, up to the date: "HANOI, ", "Lao Cai, ". */
const WIRE_PLACE = String.raw`[ \t]*[\p{Lu}][\p{L} .'-]{1,30},[ \t]*`;
/** What follows a wire dateline's date: an agency in brackets, then a dash ("(VNA) – "). */
const WIRE_TAIL = String.raw`[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?[–—-][ \t]`;
const WIRE_DATELINE = new RegExp(String.raw`^${WIRE_PLACE}(?:(\d{1,2})[ \t]+(${MONTH_NAMES})\.?|(${MONTH_NAMES})\.?[ \t]+(\d{1,2})),?[ \t]+(\d{4})${WIRE_TAIL}`, "imu");
/** The same with a date in figures, every word of the place capitalised: "HÀ NỘI, 6/10/2023 – …", "Kỳ Sơn, ngày 06/10/2023 (Báo X) - …". */
const WIRE_DATELINE_FIGURES = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,4},[ \t]*(?:ngày[ \t]+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${WIRE_TAIL}`,
  "mu",
);
/** The two halves of WIRE_DATELINE around a date already found. */
const BEFORE_WIRE_DATE = new RegExp(`^${WIRE_PLACE}(?:ngày[ \t]+)?$`, "u");
const AFTER_WIRE_DATE = new RegExp(`^${WIRE_TAIL}`, "u");
function isDatelineAt(head: string): string | undefined {
  const f = WIRE_DATELINE_FIGURES.exec(head);
  if (f) return day(+f[3], +f[2], +f[1]) ?? undefined;
  const m = WIRE_DATELINE.exec(head);
  if (!m) return undefined;
  const mo = MONTHS[(m[2] ?? m[3]).toLowerCase()];
  return day(+m[5], mo, +(m[1] ?? m[4])) ?? undefined;
}

/**
 * A date that is a news wire's dateline ("HANOI, March 5, 2025 – …"): the day the story was filed, which dates the
 * article, not the event it reports (an event without a date of its own takes only its month, as from a date line).
 */
export function isDateline(text: string, x: Span): boolean {
  const lineStart = text.lastIndexOf("\n", x.start - 1) + 1;
  return BEFORE_WIRE_DATE.test(text.slice(lineStart, x.start)) && AFTER_WIRE_DATE.test(text.slice(x.end, x.end + 30));
}
