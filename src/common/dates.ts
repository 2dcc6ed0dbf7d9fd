/**
 * How much of a stored date is known: "2021" is stored as 2021-01-01 with precision YEAR. One of
 * the graph's enums (graph.enums.ts hands it on); declared here, beside the dates it qualifies,
 * so that common/ stands below graph/.
 */
export enum DatePrecision {
  YEAR = "YEAR",
  MONTH = "MONTH",
  DAY = "DAY",
}

export interface PartialDate {
  /** ISO calendar date, YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** A UTC date of year/month/day; unlike Date.UTC, years 0–99 stay themselves (not 1900–1999). */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD". A period's start becomes its first day and its end
 * its last day, so that overlap tests on stored dates stay correct: "2024-04" as an end date
 * is 2024-04-30. Returns null for anything else (impossible days, month 00, non-ASCII digits).
 */
export function parsePartialDate(value: string, bound: "start" | "end"): PartialDate | null {
  if (typeof value !== "string" || value.length > 10) return null;
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = utcDate(year, month - 1, day);
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
    return { date: `${m[1]}-${m[2]}-${m[3]}`, precision: DatePrecision.DAY };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const day = bound === "start" ? 1 : utcDate(year, month, 0).getUTCDate();
    return { date: `${m[1]}-${m[2]}-${pad(day)}`, precision: DatePrecision.MONTH };
  }
  return { date: bound === "start" ? `${m[1]}-01-01` : `${m[1]}-12-31`, precision: DatePrecision.YEAR };
}
