import { parse } from "csv-parse/sync";

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) as rows of fields, read by csv-parse. */
export function parseCsv(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}
