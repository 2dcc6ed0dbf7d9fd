import { BadInputError } from "./errors";
import { foldDiacritics } from "./text";

const MAX_WORDS = 12;

/**
 * Splits free text into folded words ([a-z0-9] only, so no query syntax survives) for name
 * matching and full-text search. BAD_USER_INPUT when nothing is left or there are too many.
 */
export function toSearchWords(text: string, argumentName: string): string[] {
  const words = foldDiacritics(text).split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 0) throw new BadInputError(`\`${argumentName}\` must contain letters or digits`, argumentName);
  if (words.length > MAX_WORDS) throw new BadInputError(`\`${argumentName}\` may have at most ${MAX_WORDS} words`, argumentName);
  return words;
}

/**
 * Validates an optional date range given as LocalDate values (strings): keeps the calendar dates
 * and refuses a range that ends before it starts.
 */
export function toDateRange(from: unknown, to: unknown, argumentPrefix: string): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from != null) range.from = String(from).slice(0, 10);
  if (to != null) range.to = String(to).slice(0, 10);
  if (range.from && range.to && range.from > range.to) {
    throw new BadInputError("`from` must not be after `to`", `${argumentPrefix}.from`);
  }
  return range;
}
