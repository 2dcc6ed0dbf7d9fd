import { DatePrecision } from "../graph/graph.enums";
import type { NodeRow } from "../graph/graph.node";
import type { WhoWhatWhereRow } from "../who-what-where/who-what-where.module";

/** A date cell of the XLSX: the day at UTC midnight, shown to the precision the graph knows. */
export interface DateCell {
  value: Date;
  /** Excel number format: `yyyy`, `yyyy-mm` or `yyyy-mm-dd`. */
  numFmt: string;
}

/** One column of the 3W exports: its header, its HXL hashtag, its value in a row. */
export interface ExportColumn {
  header: string;
  /** HXL 1.1 hashtag with attributes (https://hxlstandard.org/standard/1-1final/dictionary/). */
  hxl: string;
  /** Width in the XLSX sheet, in characters. */
  width: number;
  value(row: WhoWhatWhereRow): string;
  /** Date columns: the cell of the XLSX as a real date (null when the row has none). */
  date?(row: WhoWhatWhereRow): DateCell | null;
}

/** Several values in one cell: "; " between them (no name or id holds that). */
const list = (nodes: NodeRow[], key: "id" | "name"): string => nodes.map((n) => n[key]).join("; ");
const text = (v: unknown): string => (typeof v === "string" ? v : v == null ? "" : String(v));

const FORMAT: Record<DatePrecision, string> = { [DatePrecision.YEAR]: "yyyy", [DatePrecision.MONTH]: "yyyy-mm", [DatePrecision.DAY]: "yyyy-mm-dd" };

/**
 * An ISO day (`2021-11-01`, as LocalDate gives it) as a date cell, formatted to its precision
 * (a year-only start shows `2021`); null for no date or anything that is not a calendar day.
 */
export function dateCell(day: string | null | undefined, precision: DatePrecision | string | null | undefined): DateCell | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? "");
  if (!m) return null;
  const value = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (value.toISOString().slice(0, 10) !== day) return null;
  const known = Object.values(DatePrecision).find((p) => p === precision);
  return { value, numFmt: known ? FORMAT[known] : FORMAT.DAY };
}

/**
 * The columns of /export/3w.csv, .xlsx and .hxl.csv, in order: one row per 3W row, as
 * whoWhatWhere returns it. Places are the row's place and the units above it; a model is given
 * for model runs only, other activities name the models they were about under `topics`. An
 * event's row (activity EVENT) has the event under `event_*` and no intervention. `inferred` is
 * `true` when a fact of the row was inferred by a curator (its reasons in `inferred_reasons`),
 * `false` when the sources state them all.
 * Headers and their order are what dashboards read: never rename or reorder them; new columns
 * go at the end.
 *
 * HXL: every hashtag is one of the HXL 1.1 dictionary's (hxlstandard.org/standard/1-1final/
 * dictionary); `+role`, `+topic` and `+quote` are attributes of this dataset (HXL allows any).
 * A livelihood model (beekeeping, watermelon) is a sub-sector of livelihoods, not a cluster, so
 * it is `#subsector`; `for_whom` is prose, so `#beneficiary` (`#targeted` is a number in HXL:
 * libhxl's default schema refuses text there). An event is HXL's `#event`; whether a row is
 * inferred is a `#status` (`+inferred`), its reasons a `#description`. No column here holds a
 * number.
 */
export const COLUMNS: readonly ExportColumn[] = [
  { header: "organization_id", hxl: "#org+code", width: 28, value: (r) => r.organization.id },
  { header: "organization_name", hxl: "#org+name", width: 40, value: (r) => r.organization.name },
  { header: "organization_type", hxl: "#org+type", width: 20, value: (r) => text(r.organization.orgType) },
  { header: "role", hxl: "#org+role", width: 16, value: (r) => r.role },
  { header: "activity", hxl: "#activity+type", width: 16, value: (r) => r.activity },
  { header: "model_id", hxl: "#subsector+code", width: 28, value: (r) => r.model?.id ?? "" },
  { header: "model_name", hxl: "#subsector+name", width: 30, value: (r) => r.model?.name ?? "" },
  { header: "topics", hxl: "#subsector+topic+name", width: 30, value: (r) => list(r.topics, "name") },
  { header: "intervention_id", hxl: "#activity+code", width: 36, value: (r) => r.intervention?.id ?? "" },
  { header: "intervention_name", hxl: "#activity+name", width: 40, value: (r) => r.intervention?.name ?? "" },
  { header: "province_name", hxl: "#adm1+name", width: 16, value: (r) => r.province?.name ?? "" },
  { header: "province_code", hxl: "#adm1+code", width: 8, value: (r) => text(r.province?.code) },
  { header: "district_name", hxl: "#adm2+name", width: 16, value: (r) => r.district?.name ?? "" },
  { header: "district_code", hxl: "#adm2+code", width: 8, value: (r) => text(r.district?.code) },
  { header: "commune_name", hxl: "#adm3+name", width: 16, value: (r) => r.commune?.name ?? "" },
  { header: "commune_code", hxl: "#adm3+code", width: 8, value: (r) => text(r.commune?.code) },
  { header: "village_name", hxl: "#loc+name", width: 16, value: (r) => r.village?.name ?? "" },
  { header: "village_code", hxl: "#loc+code", width: 8, value: (r) => text(r.village?.code) },
  { header: "place_id", hxl: "#loc+id", width: 36, value: (r) => r.place?.id ?? "" },
  { header: "start", hxl: "#date+start", width: 11, value: (r) => r.period?.start ?? "", date: (r) => dateCell(r.period?.start, r.period?.startPrecision) },
  { header: "end", hxl: "#date+end", width: 11, value: (r) => r.period?.end ?? "", date: (r) => dateCell(r.period?.end, r.period?.endPrecision) },
  { header: "for_whom", hxl: "#beneficiary", width: 30, value: (r) => r.forWhom ?? "" },
  { header: "project_ids", hxl: "#activity+project+code", width: 36, value: (r) => list(r.projects, "id") },
  { header: "project_names", hxl: "#activity+project+name", width: 40, value: (r) => list(r.projects, "name") },
  { header: "program_ids", hxl: "#activity+programme+code", width: 36, value: (r) => list(r.programs, "id") },
  { header: "program_names", hxl: "#activity+programme+name", width: 40, value: (r) => list(r.programs, "name") },
  { header: "source_id", hxl: "#meta+source", width: 36, value: (r) => r.provenance?.sourceId ?? "" },
  { header: "quote", hxl: "#meta+quote", width: 80, value: (r) => r.provenance?.quote ?? "" },
  // Added after the columns above (their order stays): events as activities, the inferred mark.
  { header: "event_id", hxl: "#event+code", width: 36, value: (r) => r.event?.id ?? "" },
  { header: "event_name", hxl: "#event+name", width: 40, value: (r) => r.event?.name ?? "" },
  { header: "event_type", hxl: "#event+type", width: 14, value: (r) => text(r.event?.eventType) },
  { header: "inferred", hxl: "#status+inferred", width: 9, value: (r) => (r.inferred ? "true" : "false") },
  { header: "inferred_reasons", hxl: "#description+inferred", width: 60, value: (r) => r.inferredReasons.join("; ") },
  // What the sources say came of the row's activity (Outcome names, the curator's words); HXL's
  // #impact is the qualitative result of an activity.
  { header: "outcomes", hxl: "#impact", width: 60, value: (r) => list(r.outcomes, "name") },
];

/** A 3W row as the cells of one export line, in COLUMNS order. */
export const toRecord = (row: WhoWhatWhereRow): string[] => COLUMNS.map((c) => c.value(row));
