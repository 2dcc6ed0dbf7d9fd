/**
 * The 3W dashboard: one filter state (in the URL) drives everything. The map, the four bar
 * charts and the selects all change it (cross-filtering: click a province or a bar to filter on
 * it, click it again to clear); every change reloads the summary (facets), the rows and the map's
 * counts of the same filter, and the download links (CSV, XLSX, HXL, GeoJSON) carry it to /export.
 *
 * Loaded once: the provinces (to map legacy provinces to the 34 of 2025) and the unfiltered
 * summary (the selects' choices). Per filter: whoWhatWhereSummary, up to MAX_ROWS rows in pages
 * of PAGE_SIZE, and /export/places.geojson (activities and organizations per province, for the
 * map). Per set of filter ids: whether each exists (DashboardFilterIds), so that an unknown id
 * from a link is a visible warning rather than a silent 0. A response to a superseded filter is
 * dropped (AbortController). States do not mislead: "loading" until the data is there (never "no
 * rows" meanwhile), and a failure is a message in the page's language, by error code.
 */
import {
  DashboardFilterIdsDocument,
  type DashboardFilterIdsQueryVariables,
  DashboardProvincesDocument,
  type DashboardProvincesQuery,
  DashboardRowsV2Document,
  type DashboardRowsV2Query,
  type DashboardSummaryV2Query,
  DashboardSummaryV2Document,
  type WhoWhatWhereFilter,
} from "@client/generated/graphql";
import { useCallback, useEffect, useMemo, useState } from "react";
import { FacetBars } from "./bars.chart";
import { apiUrl } from "./base-path";
import { communePoints } from "./communes.model";
import { FiltersBar, type SelectOption } from "./filters.bar";
import { type DashboardFilter, type ExportFormat, exportUrl, type FilterKey, fromSearchParams, toApiFilter, toggleFilter, toSearchParams } from "./filters.model";
import { ApiError, runQuery, runQueryPartial } from "./graphql.client";
import { ACTIVITIES, activityLabel, type Lang, LANGS, nameIn, roleLabel, t, type UiKey } from "./labels.i18n";
import { MAP_METRICS, type MapMetric, ProvinceMap } from "./map.chart";
import {
  countsFromPlaces,
  highlightedCode,
  indexProvinces,
  type FacetBucket,
  type PlaceCountFeature,
  type ProvinceCounts,
  type ProvinceIndex,
  type ProvinceNode,
  unplaced,
} from "./provinces.model";
import { type DashboardRow, type PanelState, RowsTable } from "./rows.table";

type Summary = DashboardSummaryV2Query["whoWhatWhereSummary"];

/** Rows per request (the API's default maximum page size). */
const PAGE_SIZE = 100;
/** Rows the table and the commune points hold at most; the CSV has all of them. */
const MAX_ROWS = 1000;

interface Named {
  name: string;
  nameEn?: string | null;
}

function initialLang(params: URLSearchParams): Lang {
  const asked = params.get("lang");
  return LANGS.find((l) => l === asked) ?? "vi";
}

async function loadProvinces(signal: AbortSignal): Promise<ProvinceNode[]> {
  const nodes: ProvinceNode[] = [];
  let after: string | null = null;
  do {
    const { places }: DashboardProvincesQuery = await runQuery(DashboardProvincesDocument, { first: PAGE_SIZE, after }, signal);
    nodes.push(...places.nodes);
    after = places.pageInfo.hasNextPage ? places.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

async function loadRows(filter: WhoWhatWhereFilter | null, signal: AbortSignal): Promise<{ rows: DashboardRow[]; total: number }> {
  const rows: DashboardRow[] = [];
  let total: number;
  let after: string | null = null;
  do {
    const { whoWhatWhere }: DashboardRowsV2Query = await runQuery(DashboardRowsV2Document, { filter, first: PAGE_SIZE, after }, signal);
    rows.push(...whoWhatWhere.nodes);
    total = whoWhatWhere.totalCount;
    after = whoWhatWhere.pageInfo.hasNextPage && rows.length < MAX_ROWS ? whoWhatWhere.pageInfo.endCursor : null;
  } while (after);
  return { rows, total };
}

const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === "AbortError";

/** The filters whose value is an id the API can look up. */
const ID_KEYS = ["organization", "model", "program", "place"] as const;
type IdKey = (typeof ID_KEYS)[number];

/** The downloads of the current filter: /export/<path>, by format. */
const DOWNLOADS: { format: ExportFormat; label: UiKey; testId: string; text: string }[] = [
  { format: "csv", label: "downloadCsv", testId: "csv", text: "CSV" },
  { format: "xlsx", label: "downloadXlsx", testId: "xlsx", text: "XLSX" },
  { format: "hxl.csv", label: "downloadHxl", testId: "hxl", text: "HXL" },
  { format: "geojson", label: "downloadGeojson", testId: "geojson", text: "GeoJSON" },
];

/** A failure, as the page says it: by the API's error code, in the page's language. */
interface LoadError {
  key: UiKey;
  code: string | undefined;
}

function loadError(err: unknown): LoadError {
  if (err instanceof ApiError) {
    const key: UiKey =
      err.code === "BAD_USER_INPUT" ? "errorBadInput" : err.code === "RATE_LIMITED" ? "errorRateLimited" : err.code === "SERVICE_UNAVAILABLE" ? "errorUnavailable" : "errorOther";
    return { key, code: err.code };
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (err instanceof TypeError) return { key: "errorNetwork", code: undefined };
  return { key: "errorOther", code: undefined };
}

/**
 * Interventions and organizations per 2025 province, from /export/places.geojson of the filter.
 * An unknown id (404 NOT_FOUND) counts nothing: the page warns about the id itself.
 */
async function loadProvinceCounts(query: string, index: ProvinceIndex, signal: AbortSignal): Promise<Map<string, ProvinceCounts>> {
  const res = await fetch(apiUrl(`/export/places.geojson${query ? `?${query}` : ""}`), { headers: { accept: "application/geo+json, application/json" }, signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const first = body.errors?.[0];
    if (res.status === 404 && first?.extensions?.code === "NOT_FOUND") return new Map();
    throw new ApiError(first?.message ?? `HTTP ${res.status} from /export/places.geojson`, first?.extensions?.code);
  }
  const geoJson = (await res.json()) as { features: PlaceCountFeature[] };
  return countsFromPlaces(index, geoJson.features);
}

/** The ids of the filter that the API does not know (NOT_FOUND), by filter key. */
async function unknownIds(ids: Partial<Record<IdKey, string>>, signal: AbortSignal): Promise<IdKey[]> {
  if (!ID_KEYS.some((key) => ids[key])) return [];
  // An id left undefined is dropped from the JSON variables; its lookup is skipped (@include).
  const variables: DashboardFilterIdsQueryVariables = {
    organization: ids.organization || undefined,
    withOrganization: !!ids.organization,
    model: ids.model || undefined,
    withModel: !!ids.model,
    program: ids.program || undefined,
    withProgram: !!ids.program,
    place: ids.place || undefined,
    withPlace: !!ids.place,
  };
  const { errors } = await runQueryPartial(DashboardFilterIdsDocument, variables, signal);
  return ID_KEYS.filter((key) => errors.some((e) => e.code === "NOT_FOUND" && e.path[0] === key));
}

function initialMetric(params: URLSearchParams): MapMetric {
  const asked = params.get("map");
  // `map=interventions` from a link made before events counted: the activities.
  return MAP_METRICS.find((m) => m === asked) ?? "activities";
}

export function DashboardApp() {
  const params = new URLSearchParams(window.location.search);
  const [lang, setLang] = useState<Lang>(() => initialLang(params));
  const [filter, setFilter] = useState<DashboardFilter>(() => fromSearchParams(params));
  const [provinces, setProvinces] = useState<ProvinceNode[]>([]);
  const [choices, setChoices] = useState<Summary | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [data, setData] = useState<{ rows: DashboardRow[]; total: number }>({ rows: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<LoadError | null>(null);
  /** The map's counts; null while they load (or when they failed). */
  const [provinceCounts, setProvinceCounts] = useState<Map<string, ProvinceCounts> | null>(null);
  const [metric, setMetric] = useState<MapMetric>(() => initialMetric(params));
  /** Filter keys whose id the API does not know. */
  const [unknown, setUnknown] = useState<IdKey[]>([]);
  /** Bumped by "try again": reruns the loads of the current filter. */
  const [attempt, setAttempt] = useState(0);
  /** Names of the entities seen in rows, for labels in English (facets carry `name` only). */
  const [names, setNames] = useState<ReadonlyMap<string, Named>>(() => new Map());

  // Once: provinces and the selects' choices.
  useEffect(() => {
    const abort = new AbortController();
    loadProvinces(abort.signal).then(setProvinces, (err: Error) => !isAbort(err) && setError(loadError(err)));
    runQuery(DashboardSummaryV2Document, { filter: null }, abort.signal).then(
      (d) => setChoices(d.whoWhatWhereSummary),
      (err: Error) => !isAbort(err) && setError(loadError(err)),
    );
    return () => abort.abort();
  }, [attempt]);

  // The URL follows the state, so that a view can be bookmarked, reloaded and shared.
  useEffect(() => {
    const query = toSearchParams(filter);
    if (lang !== "vi") query.set("lang", lang);
    if (metric !== "activities") query.set("map", metric);
    const search = query.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
    document.documentElement.lang = lang;
  }, [filter, lang, metric]);

  // Per filter: the summary and the rows.
  // Keyed by the filter as sent, so that edits that do not change it (a half-typed date) load nothing.
  const apiKey = JSON.stringify(toApiFilter(filter));
  const datesBackwards = !!filter.from && !!filter.to && filter.from > filter.to;
  useEffect(() => {
    if (datesBackwards) return;
    const apiFilter = JSON.parse(apiKey) as WhoWhatWhereFilter | null;
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    Promise.all([runQuery(DashboardSummaryV2Document, { filter: apiFilter }, abort.signal), loadRows(apiFilter, abort.signal)]).then(
      ([s, r]) => {
        setNames((seen) => {
          const next = new Map(seen);
          for (const row of r.rows) {
            for (const e of [row.organization, row.model, row.intervention, row.event, ...row.topics, ...row.programs, ...row.projects]) if (e) next.set(e.id, e);
          }
          return next;
        });
        setSummary(s.whoWhatWhereSummary);
        setData(r);
        setLoading(false);
      },
      (err: Error) => {
        if (isAbort(err)) return;
        // An unknown id in the filter: nothing matches, and the warning below says why.
        if (err instanceof ApiError && err.code === "NOT_FOUND") {
          setSummary(null);
          setData({ rows: [], total: 0 });
        } else setError(loadError(err));
        setLoading(false);
      },
    );
    return () => abort.abort();
  }, [apiKey, datesBackwards, attempt]);

  const index = useMemo(() => indexProvinces(provinces), [provinces]);

  // Per filter, once the provinces are known: the map's counts.
  const exportQuery = toSearchParams(filter).toString();
  useEffect(() => {
    if (datesBackwards || !provinces.length) return;
    const abort = new AbortController();
    setProvinceCounts(null);
    loadProvinceCounts(exportQuery, index, abort.signal).then(setProvinceCounts, (err: Error) => !isAbort(err) && setError(loadError(err)));
    return () => abort.abort();
  }, [exportQuery, datesBackwards, index, provinces.length, attempt]);

  // Per set of ids in the filter: which ones the API does not know.
  const idsKey = JSON.stringify(ID_KEYS.map((key) => filter[key] ?? ""));
  useEffect(() => {
    const ids = Object.fromEntries(ID_KEYS.map((key, i) => [key, (JSON.parse(idsKey) as string[])[i]])) as Record<IdKey, string>;
    const abort = new AbortController();
    setUnknown([]);
    // A malformed id fails the whole lookup with BAD_USER_INPUT; the main load reports that.
    unknownIds(ids, abort.signal).then(setUnknown, () => undefined);
    return () => abort.abort();
  }, [idsKey, attempt]);
  const points = useMemo(() => communePoints(data.rows), [data.rows]);
  const withoutProvince = useMemo(() => (provinces.length ? unplaced(index, summary?.provinces ?? []) : 0), [index, summary, provinces.length]);

  const entityLabel = useCallback(
    (bucket: FacetBucket): string => {
      const known = bucket.key ? names.get(bucket.key) : undefined;
      return known ? nameIn(lang, known) : (bucket.name ?? bucket.key ?? "");
    },
    // names fill in with the rows: relabel when they change.
    [lang, names],
  );
  const roleOf = useCallback((bucket: FacetBucket): string => roleLabel(lang, bucket.key ?? ""), [lang]);

  const cross = (key: FilterKey) => (value: string) => setFilter(toggleFilter(filter, key, value));

  const placeName = useCallback(
    (id: string): string => {
      const province = index.byId.get(id);
      if (province) return nameIn(lang, province);
      const point = points.find((p) => p.id === id);
      if (point) return point.name;
      for (const row of data.rows) {
        for (const p of [row.village, row.commune, row.district, row.province, ...(row.commune?.successors ?? [])]) if (p?.id === id) return p.name;
      }
      return id;
    },
    [index, lang, points, data.rows],
  );

  const selectOptions = useMemo((): Record<FilterKey, SelectOption[]> => {
    const fromFacet = (buckets: readonly FacetBucket[] | undefined, labelOf: (b: FacetBucket) => string): SelectOption[] =>
      (buckets ?? []).filter((b) => b.key).map((b) => ({ value: b.key as string, label: labelOf(b) }));
    const byLabel = (a: SelectOption, b: SelectOption): number => a.label.localeCompare(b.label, lang);
    const provincesNow = [...index.currentByCode.values()].map((p) => ({ value: p.id, label: nameIn(lang, p) }));
    const options: Record<FilterKey, SelectOption[]> = {
      organization: fromFacet(choices?.organizations, entityLabel).sort(byLabel),
      model: fromFacet(choices?.models, entityLabel).sort(byLabel),
      program: fromFacet(choices?.programs, entityLabel).sort(byLabel),
      place: provincesNow.sort(byLabel),
      role: fromFacet(choices?.roles, roleOf).sort(byLabel),
      activity: Object.keys(ACTIVITIES).map((a) => ({ value: a, label: activityLabel(lang, a) })),
    };
    // A value from a click or a shared link that is not among the choices still shows.
    for (const key of Object.keys(options) as FilterKey[]) {
      const value = filter[key];
      if (value && !options[key].some((o) => o.value === value)) {
        options[key].unshift({ value, label: key === "place" ? placeName(value) : key === "role" ? roleLabel(lang, value) : entityLabel({ key: value, count: 0 }) });
      }
    }
    return options;
  }, [choices, index, lang, filter, entityLabel, roleOf, placeName]);

  const anyFilter = exportQuery !== "";
  /** What the panels show: the data, a loading state, or (after a failure) neither. */
  const state: PanelState = error ? "error" : loading ? "loading" : "ready";
  const total = (n: number | undefined): string => (state === "error" ? t(lang, "unavailable") : state === "loading" || n == null ? "…" : String(n));

  return (
    <div className="dashboard">
      <header>
        <div>
          <h1>{t(lang, "title")}</h1>
          <p className="subtitle">{t(lang, "subtitle")}</p>
        </div>
        <div className="header-tools">
          <div className="totals" data-testid="totals" data-state={state}>
            <strong>{total(summary?.activities)}</strong> {t(lang, "activities")} · <strong>{total(summary?.rows)}</strong> {t(lang, "rows")}
          </div>
          <div className="langs" role="group" aria-label={t(lang, "language")}>
            {LANGS.map((l) => (
              <button key={l} type="button" aria-pressed={l === lang} onClick={() => setLang(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
      </header>

      <nav className="downloads" aria-label={t(lang, "download")} data-testid="downloads">
        <span>{t(lang, "download")}:</span>
        {DOWNLOADS.map((d) => (
          <a key={d.format} className="button secondary" href={apiUrl(exportUrl(filter, d.format))} download title={t(lang, d.label)} data-testid={d.testId}>
            {d.text}
          </a>
        ))}
      </nav>

      <div className="filters-row">
        <FiltersBar lang={lang} filter={filter} options={selectOptions} onChange={setFilter} />
        <button type="button" className="button secondary" disabled={!anyFilter} onClick={() => setFilter({})}>
          {t(lang, "clear")}
        </button>
      </div>

      {error ? (
        <div className="error" role="alert" data-testid="error" data-code={error.code ?? ""}>
          <strong>{t(lang, "error")}.</strong> {t(lang, error.key)}
          {error.code ? (
            <span className="sub">
              {" "}
              ({t(lang, "errorCode")}: {error.code})
            </span>
          ) : null}{" "}
          <button type="button" className="button secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t(lang, "retry")}
          </button>
        </div>
      ) : null}

      {unknown.map((key) => (
        <div key={key} className="warning-box" role="alert" data-testid="unknown-id" data-key={key}>
          {t(lang, "unknownId", { what: t(lang, key).toLowerCase(), id: filter[key] ?? "" })}{" "}
          <button type="button" className="button secondary" onClick={() => setFilter(toggleFilter(filter, key, null))}>
            {t(lang, "removeFilter")}
          </button>
        </div>
      ))}

      <main aria-busy={loading}>
        <section className="panel map-panel">
          <h2>{t(lang, "mapTitle")}</h2>
          <p className="hint">{t(lang, "mapHint")}</p>
          <ProvinceMap
            lang={lang}
            index={index}
            counts={provinceCounts}
            metric={metric}
            onMetric={setMetric}
            points={points}
            highlighted={highlightedCode(index, filter.place)}
            selectedPlace={filter.place}
            onProvince={(code) => {
              const province = index.currentByCode.get(code);
              if (province) cross("place")(province.id);
            }}
            onCommune={cross("place")}
          />
          <p className="hint">
            {points.length} {t(lang, "communes").toLowerCase()}
            {withoutProvince ? ` · ${withoutProvince} ${t(lang, "unplaced")}` : ""}
          </p>
        </section>
        <div className="bars-grid">
          <FacetBars
            lang={lang}
            state={state}
            title={t(lang, "byOrganization")}
            buckets={summary?.organizations ?? []}
            labelOf={entityLabel}
            selected={filter.organization}
            onSelect={cross("organization")}
            testId="bars-organization"
          />
          <FacetBars
            lang={lang}
            state={state}
            title={t(lang, "byModel")}
            buckets={summary?.models ?? []}
            labelOf={entityLabel}
            selected={filter.model}
            onSelect={cross("model")}
            testId="bars-model"
          />
          <FacetBars
            lang={lang}
            state={state}
            title={t(lang, "byRole")}
            buckets={summary?.roles ?? []}
            labelOf={roleOf}
            selected={filter.role}
            onSelect={cross("role")}
            testId="bars-role"
          />
          <FacetBars
            lang={lang}
            state={state}
            title={t(lang, "byProgram")}
            buckets={summary?.programs ?? []}
            labelOf={entityLabel}
            selected={filter.program}
            onSelect={cross("program")}
            testId="bars-program"
          />
        </div>
      </main>

      <RowsTable lang={lang} rows={data.rows} total={data.total} state={state} index={index} />
    </div>
  );
}
