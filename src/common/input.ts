import { DatePrecision, parsePartialDate } from "./dates";
import { BadInputError } from "./errors";
import { foldDiacritics } from "./text";

/** Most words in one search text or name filter. */
export const MAX_WORDS = 12;
/**
 * Longest word, after folding. Lucene builds an automaton per prefix query and refuses words of
 * 1,000+ characters ("input automaton is too large"); no name has a word near 50 characters.
 */
export const MAX_WORD_LENGTH = 50;
/** Longest search text, in characters as sent (before folding): 12 words of 50 and then some. */
export const MAX_TEXT_LENGTH = 500;

/**
 * Splits free text into folded words ([a-z0-9] only, so no query syntax survives) for name
 * matching and full-text search. BAD_USER_INPUT when the text is too long, when nothing is left,
 * or when there are too many words or a word is too long.
 */
export function toSearchWords(text: string, argumentName: string): string[] {
  if (typeof text !== "string") throw new BadInputError(`\`${argumentName}\` must be a string`, argumentName);
  if (text.length > MAX_TEXT_LENGTH) {
    throw new BadInputError(`\`${argumentName}\` may have at most ${MAX_TEXT_LENGTH} characters`, argumentName);
  }
  const words = foldDiacritics(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) throw new BadInputError(`\`${argumentName}\` must contain letters or digits`, argumentName);
  if (words.length > MAX_WORDS) throw new BadInputError(`\`${argumentName}\` may have at most ${MAX_WORDS} words`, argumentName);
  if (words.some((w) => w.length > MAX_WORD_LENGTH)) {
    throw new BadInputError(`\`${argumentName}\` may not have words longer than ${MAX_WORD_LENGTH} characters`, argumentName);
  }
  return words;
}

/** A calendar date YYYY-MM-DD (what the LocalDate scalar lets through), or BAD_USER_INPUT. */
function toCalendarDate(value: unknown, argumentName: string): string {
  const parsed = typeof value === "string" ? parsePartialDate(value, "start") : null;
  if (!parsed || parsed.precision !== DatePrecision.DAY) {
    throw new BadInputError(`\`${argumentName}\` must be a date YYYY-MM-DD`, argumentName);
  }
  return parsed.date;
}

/**
 * Validates an optional date range given as LocalDate values (strings): keeps the calendar dates
 * and refuses anything else, and a range that ends before it starts.
 */
export function toDateRange(from: unknown, to: unknown, argumentPrefix: string): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from != null) range.from = toCalendarDate(from, `${argumentPrefix}.from`);
  if (to != null) range.to = toCalendarDate(to, `${argumentPrefix}.to`);
  if (range.from && range.to && range.from > range.to) {
    throw new BadInputError("`from` must not be after `to`", `${argumentPrefix}.from`);
  }
  return range;
}
