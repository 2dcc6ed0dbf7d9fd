/**
 * The dashboard's filters: one value per dimension, kept in the page URL (so a view can be
 * bookmarked and shared), sent to the API as a WhoWhatWhereFilter and to the CSV export as the
 * same query parameters. Pure: no DOM, unit-tested in test/unit/dashboard.model.test.ts.
 */

/** Dimensions a bar, the map or a select can filter on; each holds one id (or enum value). */
export const FILTER_KEYS = ["organization", "model", "program", "place", "role", "activity"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface DashboardFilter {
  organization?: string;
  model?: string;
  program?: string;
  /** Any place id: a 2025 province from the map, a commune from a point, a legacy unit from a link. */
  place?: string;
  role?: string;
  activity?: string;
  /** ISO days (YYYY-MM-DD): activities overlapping [from, to]. */
  from?: string;
  to?: string;
  /** With from/to: keep activities the sources give no date for. */
  includeUndated?: boolean;
}

/** The API's WhoWhatWhereFilter, as sent in `variables.filter`. */
export interface ApiFilter {
  organization?: string;
  model?: string;
  program?: string;
  place?: string;
  roles?: string[];
  activities?: string[];
  from?: string;
  to?: string;
  includeUndated?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter without empty values, so that equal filters compare and serialise equally. */
export function cleanFilter(filter: DashboardFilter): DashboardFilter {
  const out: DashboardFilter = {};
  for (const key of FILTER_KEYS) {
    const value = filter[key]?.trim();
    if (value) out[key] = value;
  }
  if (filter.from && ISO_DAY.test(filter.from)) out.from = filter.from;
  if (filter.to && ISO_DAY.test(filter.to)) out.to = filter.to;
  if (filter.includeUndated && (out.from || out.to)) out.includeUndated = true;
  return out;
}

/** `variables.filter` for whoWhatWhere and whoWhatWhereSummary; null when nothing is filtered. */
export function toApiFilter(filter: DashboardFilter): ApiFilter | null {
  const f = cleanFilter(filter);
  const api: ApiFilter = {};
  if (f.organization) api.organization = f.organization;
  if (f.model) api.model = f.model;
  if (f.program) api.program = f.program;
  if (f.place) api.place = f.place;
  if (f.role) api.roles = [f.role];
  if (f.activity) api.activities = [f.activity];
  if (f.from) api.from = f.from;
  if (f.to) api.to = f.to;
  if (f.includeUndated) api.includeUndated = true;
  return Object.keys(api).length ? api : null;
}

/**
 * The filter as query parameters, in the export endpoints' vocabulary (the API's filter field
 * names; a list as one comma-separated value): the page URL and the CSV link use the same.
 */
export function toSearchParams(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams();
  const api = toApiFilter(filter);
  if (!api) return params;
  for (const key of ["organization", "model", "program", "place"] as const) {
    if (api[key]) params.set(key, api[key]);
  }
  if (api.roles) params.set("roles", api.roles.join(","));
  if (api.activities) params.set("activities", api.activities.join(","));
  if (api.from) params.set("from", api.from);
  if (api.to) params.set("to", api.to);
  if (api.includeUndated) params.set("includeUndated", "true");
  return params;
}

/** Reads what toSearchParams wrote (a page URL); unknown parameters are ignored. */
export function fromSearchParams(params: URLSearchParams): DashboardFilter {
  const first = (name: string): string | undefined => params.get(name)?.split(",")[0] || undefined;
  return cleanFilter({
    organization: first("organization"),
    model: first("model"),
    program: first("program"),
    place: first("place"),
    role: first("roles"),
    activity: first("activities"),
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
    includeUndated: params.get("includeUndated") === "true",
  });
}

/** The formats of src/export/export.router.ts: the rows as CSV, XLSX or HXL, the places as GeoJSON. */
export type ExportFormat = "csv" | "xlsx" | "hxl.csv" | "geojson";

/**
 * The download link of what the dashboard shows, with the same filters: /export/3w.<format> for
 * the rows, /export/places.geojson for the places. A path at the API's root: the page puts it
 * under the API's prefix (base-path.ts apiUrl).
 */
export function exportUrl(filter: DashboardFilter, format: ExportFormat = "csv"): string {
  const query = toSearchParams(filter).toString();
  const path = format === "geojson" ? "/export/places.geojson" : `/export/3w.${format}`;
  return `${path}${query ? `?${query}` : ""}`;
}

/**
 * Cross-filtering: clicking a bar or a region sets its dimension to that value, and clicking the
 * value already selected clears it again.
 */
export function toggleFilter(filter: DashboardFilter, key: FilterKey, value: string | null | undefined): DashboardFilter {
  const next = { ...filter };
  if (!value || filter[key] === value) delete next[key];
  else next[key] = value;
  return cleanFilter(next);
}

export function sameFilter(a: DashboardFilter, b: DashboardFilter): boolean {
  return toSearchParams(a).toString() === toSearchParams(b).toString();
}
