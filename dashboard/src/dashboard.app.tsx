/**
 * The 3W dashboard: one filter state (in the URL) drives everything. The map, the four bar
 * charts and the selects all change it (cross-filtering: click a province or a bar to filter on
 * it, click it again to clear); every change reloads the summary (facets) and the rows of the
 * same filter, and the CSV link downloads those rows from /export/3w.csv.
 *
 * Loaded once: the provinces (to map legacy provinces to the 34 of 2025) and the unfiltered
 * summary (the selects' choices). Per filter: whoWhatWhereSummary and up to MAX_ROWS rows, in
 * pages of PAGE_SIZE. A response to a superseded filter is dropped (AbortController).
 */
import {
  DashboardProvincesDocument,
  type DashboardProvincesQuery,
  DashboardRowsDocument,
  type DashboardRowsQuery,
  type DashboardSummaryQuery,
  DashboardSummaryDocument,
  type WhoWhatWhereFilter,
} from "@client/generated/graphql";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FacetBars } from "./bars.chart";
import { communePoints } from "./communes.model";
import { FiltersBar, type SelectOption } from "./filters.bar";
import { type DashboardFilter, exportUrl, type FilterKey, fromSearchParams, toApiFilter, toggleFilter, toSearchParams } from "./filters.model";
import { apiUrl } from "./base-path";
import { runQuery } from "./graphql.client";
import { ACTIVITIES, activityLabel, type Lang, LANGS, nameIn, roleLabel, t } from "./labels.i18n";
import { ProvinceMap } from "./map.chart";
import { countsByCurrentCode, highlightedCode, indexProvinces, type FacetBucket, type ProvinceNode, unplaced } from "./provinces.model";
import { type DashboardRow, RowsTable } from "./rows.table";

type Summary = DashboardSummaryQuery["whoWhatWhereSummary"];

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
  let total = 0;
  let after: string | null = null;
  do {
    const { whoWhatWhere }: DashboardRowsQuery = await runQuery(DashboardRowsDocument, { filter, first: PAGE_SIZE, after }, signal);
    rows.push(...whoWhatWhere.nodes);
    total = whoWhatWhere.totalCount;
    after = whoWhatWhere.pageInfo.hasNextPage && rows.length < MAX_ROWS ? whoWhatWhere.pageInfo.endCursor : null;
  } while (after);
  return { rows, total };
}

const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === "AbortError";

export function DashboardApp() {
  const params = new URLSearchParams(window.location.search);
  const [lang, setLang] = useState<Lang>(() => initialLang(params));
  const [filter, setFilter] = useState<DashboardFilter>(() => fromSearchParams(params));
  const [provinces, setProvinces] = useState<ProvinceNode[]>([]);
  const [choices, setChoices] = useState<Summary | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [data, setData] = useState<{ rows: DashboardRow[]; total: number }>({ rows: [], total: 0 });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  /** Names of the entities seen in rows, for labels in English (facets carry `name` only). */
  const names = useRef(new Map<string, Named>());

  // Once: provinces and the selects' choices.
  useEffect(() => {
    const abort = new AbortController();
    loadProvinces(abort.signal).then(setProvinces, (err: Error) => !isAbort(err) && setError(err.message));
    runQuery(DashboardSummaryDocument, { filter: null }, abort.signal).then(
      (d) => setChoices(d.whoWhatWhereSummary),
      (err: Error) => !isAbort(err) && setError(err.message),
    );
    return () => abort.abort();
  }, []);

  // The URL follows the state, so that a view can be bookmarked, reloaded and shared.
  useEffect(() => {
    const query = toSearchParams(filter);
    if (lang !== "vi") query.set("lang", lang);
    const search = query.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${search ? `?${search}` : ""}`);
    document.documentElement.lang = lang;
  }, [filter, lang]);

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
    Promise.all([runQuery(DashboardSummaryDocument, { filter: apiFilter }, abort.signal), loadRows(apiFilter, abort.signal)]).then(
      ([s, r]) => {
        for (const row of r.rows) {
          for (const e of [row.organization, row.model, row.intervention, ...row.topics, ...row.programs, ...row.projects]) if (e) names.current.set(e.id, e);
        }
        setSummary(s.whoWhatWhereSummary);
        setData(r);
        setLoading(false);
      },
      (err: Error) => {
        if (isAbort(err)) return;
        setError(err.message);
        setLoading(false);
      },
    );
    return () => abort.abort();
  }, [apiKey, datesBackwards]);

  const index = useMemo(() => indexProvinces(provinces), [provinces]);
  const counts = useMemo(() => countsByCurrentCode(index, summary?.provinces ?? []), [index, summary]);
  const points = useMemo(() => communePoints(data.rows), [data.rows]);
  const withoutProvince = useMemo(() => (provinces.length ? unplaced(index, summary?.provinces ?? []) : 0), [index, summary, provinces.length]);

  const entityLabel = useCallback(
    (bucket: FacetBucket): string => {
      const known = bucket.key ? names.current.get(bucket.key) : undefined;
      return known ? nameIn(lang, known) : (bucket.name ?? bucket.key ?? "");
    },
    // names fill in with the rows: relabel when they change.
    [lang, data],
  );
  const roleOf = useCallback((bucket: FacetBucket): string => roleLabel(lang, bucket.key ?? ""), [lang]);

  const cross = (key: FilterKey) => (value: string) => setFilter(toggleFilter(filter, key, value));

  const placeName = (id: string): string => {
    const province = index.byId.get(id);
    if (province) return nameIn(lang, province);
    const point = points.find((p) => p.id === id);
    if (point) return point.name;
    for (const row of data.rows) {
      for (const p of [row.village, row.commune, row.district, row.province, ...(row.commune?.successors ?? [])]) if (p?.id === id) return p.name;
    }
    return id;
  };

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
    // placeName reads index, points and rows, all covered by data and index.
  }, [choices, index, lang, filter, entityLabel, roleOf, data]);

  const anyFilter = toSearchParams(filter).toString() !== "";

  return (
    <div className="dashboard">
      <header>
        <div>
          <h1>{t(lang, "title")}</h1>
          <p className="subtitle">{t(lang, "subtitle")}</p>
        </div>
        <div className="header-tools">
          <div className="totals" data-testid="totals">
            <strong>{summary?.interventions ?? "…"}</strong> {t(lang, "interventions")} · <strong>{summary?.rows ?? "…"}</strong> {t(lang, "rows")}
          </div>
          <a className="button" href={apiUrl(exportUrl(filter))} download data-testid="csv">
            {t(lang, "downloadCsv")}
          </a>
          <div className="langs" role="group" aria-label={t(lang, "language")}>
            {LANGS.map((l) => (
              <button key={l} type="button" aria-pressed={l === lang} onClick={() => setLang(l)}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
      </header>

      <div className="filters-row">
        <FiltersBar lang={lang} filter={filter} options={selectOptions} onChange={setFilter} />
        <button type="button" className="button secondary" disabled={!anyFilter} onClick={() => setFilter({})}>
          {t(lang, "clear")}
        </button>
      </div>

      {error ? (
        <p className="error" role="alert">
          {t(lang, "error")}: {error}
        </p>
      ) : null}

      <main aria-busy={loading}>
        <section className="panel map-panel">
          <h2>{t(lang, "mapTitle")}</h2>
          <p className="hint">{t(lang, "mapHint")}</p>
          <ProvinceMap
            lang={lang}
            index={index}
            counts={counts}
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
          <FacetBars lang={lang} title={t(lang, "byOrganization")} buckets={summary?.organizations ?? []} labelOf={entityLabel} selected={filter.organization} onSelect={cross("organization")} testId="bars-organization" />
          <FacetBars lang={lang} title={t(lang, "byModel")} buckets={summary?.models ?? []} labelOf={entityLabel} selected={filter.model} onSelect={cross("model")} testId="bars-model" />
          <FacetBars lang={lang} title={t(lang, "byRole")} buckets={summary?.roles ?? []} labelOf={roleOf} selected={filter.role} onSelect={cross("role")} testId="bars-role" />
          <FacetBars lang={lang} title={t(lang, "byProgram")} buckets={summary?.programs ?? []} labelOf={entityLabel} selected={filter.program} onSelect={cross("program")} testId="bars-program" />
        </div>
      </main>

      <RowsTable lang={lang} rows={data.rows} total={data.total} loading={loading} />
    </div>
  );
}
