/**
 * The calendar the date rules share (ingest.dates.ts, stages/datelines.rules.ts): English month names, and seed dates
 * ("YYYY", "YYYY-MM", "YYYY-MM-DD") that exist, between 1900 and 2100; an impossible date is null.
 */

/** English month names and their short forms, to the month's number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** A regular-expression group matching any key of MONTHS, longest first (use with the `i` flag). */
export const MONTH_NAMES = `(?:${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

/** The number of a month named as MONTH_NAMES matches it, in any case. */
export const monthOf = (name: string): number => MONTHS[name.toLowerCase()];

export const pad = (n: number): string => String(n).padStart(2, "0");

export function day(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export const month = (y: number, m: number): string | null => (y >= 1900 && y <= 2100 && m >= 1 && m <= 12 ? `${y}-${pad(m)}` : null);

export const year = (y: number): string | null => (y >= 1900 && y <= 2100 ? String(y) : null);
