/**
 * The 3W rows the filters select: who (organization, role), what (activity, model or topics,
 * intervention or event), where (village → province), under which program or project, when,
 * and the source's own words with the source. Each row is `tr[data-row-id]`, its province in
 * `data-province`, `data-inferred` when a fact of it was inferred by a curator (marked, with
 * the reasons as its title), for tests and for copying.
 */
import type { DashboardRowsV2Query } from "@client/generated/graphql";
import { activityLabel, eventTypeLabel, formatDay, type Lang, nameIn, roleLabel, t } from "./labels.i18n";
import { type ProvinceIndex, successorsToday } from "./provinces.model";

export type DashboardRow = DashboardRowsV2Query["whoWhatWhere"]["nodes"][number];

/**
 * Where a row is, village to province, as the source names it: a province replaced in July 2025
 * says which province it is part of now ("Đắk Nông (now Đắk Lắk)"), so that the row of Đắk
 * Nông's department under a filter on today's Đắk Lắk does not read as Đắk Lắk's own.
 */
function placeOf(lang: Lang, index: ProvinceIndex, row: DashboardRow): string {
  const parts = [row.village, row.commune, row.district, row.province].filter((p): p is { id: string; name: string } => !!p).map((p) => p.name);
  // Several places with no unit holding them all (a programme of two provinces): each of them.
  if (!parts.length) return row.place?.name ?? (row.places.map((p) => p.name).join("; ") || "—");
  const now = row.province ? successorsToday(index, row.province.id) : [];
  const today = now.length ? ` (${t(lang, "nowIn", { province: now.map((p) => nameIn(lang, p)).join(", ") })})` : "";
  return `${parts.join(", ")}${today}`;
}

function periodOf(lang: Lang, row: DashboardRow): string {
  if (!row.period?.start && !row.period?.end) return t(lang, "undated");
  return `${formatDay(lang, row.period.start)} – ${formatDay(lang, row.period.end)}`;
}

/** What a panel shows: its data, a loading state, or nothing (the page says why) after a failure. */
export type PanelState = "loading" | "ready" | "error";

export interface RowsTableProps {
  lang: Lang;
  rows: readonly DashboardRow[];
  total: number;
  state: PanelState;
  /** The provinces, legacy and 2025, to say where a legacy province's row is today. */
  index: ProvinceIndex;
}

export function RowsTable({ lang, rows: loaded, total, state, index }: RowsTableProps) {
  const loading = state === "loading";
  // After a failure the rows of an earlier filter would pass for this one's: none are shown.
  const rows = state === "error" ? [] : loaded;
  return (
    <section className="panel table-panel">
      <h2>
        {t(lang, "tableTitle")} <span className="count">({state === "ready" ? total : state === "loading" ? "…" : t(lang, "unavailable")})</span>
      </h2>
      {state === "ready" && rows.length < total ? <p className="hint">{t(lang, "truncated", { shown: rows.length, total })}</p> : null}
      <div className="table-scroll">
        <table data-testid="rows" data-state={state} aria-busy={loading}>
          <colgroup>
            <col className="who" />
            <col className="what" />
            <col className="where" />
            <col className="program" />
            <col className="when" />
            <col className="source" />
          </colgroup>
          <thead>
            <tr>
              <th>{t(lang, "colWho")}</th>
              <th>{t(lang, "colWhat")}</th>
              <th>{t(lang, "colWhere")}</th>
              <th>{t(lang, "colProgram")}</th>
              <th>{t(lang, "colWhen")}</th>
              <th>{t(lang, "colSource")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={6} className={loading ? "loading" : "empty"} role={loading ? "status" : undefined}>
                  {t(lang, loading ? "loading" : state === "error" ? "unavailable" : "noRows")}
                </td>
              </tr>
            ) : null}
            {rows.map((row) => (
              <tr key={row.id} data-row-id={row.id} data-province={row.province?.id ?? ""} data-inferred={row.inferred ? "true" : undefined}>
                <td>
                  <strong>{nameIn(lang, row.organization)}</strong>
                  <div className="sub">{roleLabel(lang, row.role)}</div>
                </td>
                <td>
                  <div>{activityLabel(lang, row.activity)}</div>
                  {row.model ? <strong>{nameIn(lang, row.model)}</strong> : null}
                  {row.topics.length ? (
                    <div className="sub">
                      {t(lang, "topics")}: {row.topics.map((m) => nameIn(lang, m)).join(", ")}
                    </div>
                  ) : null}
                  {row.event ? (
                    <div className="sub">
                      {row.event.eventType ? `${eventTypeLabel(lang, row.event.eventType)}: ` : ""}
                      {nameIn(lang, row.event)}
                    </div>
                  ) : null}
                  {row.intervention ? <div className="sub">{nameIn(lang, row.intervention)}</div> : null}
                  {row.forWhom ? (
                    <div className="sub">
                      {t(lang, "forWhom")}: {row.forWhom}
                    </div>
                  ) : null}
                </td>
                <td>{placeOf(lang, index, row)}</td>
                <td>
                  {row.programs.map((p) => (
                    <div key={p.id}>{nameIn(lang, p)}</div>
                  ))}
                  {row.projects.map((p) => (
                    <div key={p.id} className="sub">
                      {nameIn(lang, p)}
                    </div>
                  ))}
                  {!row.programs.length && !row.projects.length ? "—" : null}
                </td>
                <td>{periodOf(lang, row)}</td>
                <td className="source">
                  {row.inferred ? (
                    <span className="badge inferred" data-testid="inferred" title={t(lang, "inferredHint", { reasons: row.inferredReasons.join(" · ") })}>
                      {t(lang, "inferred")}
                    </span>
                  ) : null}
                  {row.provenance ? (
                    <>
                      <blockquote lang="vi">{row.provenance.quote}</blockquote>
                      <cite>
                        {row.provenance.source.url ? (
                          <a href={row.provenance.source.url} target="_blank" rel="noopener noreferrer">
                            {row.provenance.source.title}
                          </a>
                        ) : (
                          row.provenance.source.title
                        )}
                        {row.provenance.source.publisher ? ` · ${row.provenance.source.publisher}` : ""}
                        {row.provenance.source.publishedOn ? ` · ${formatDay(lang, row.provenance.source.publishedOn)}` : ""}
                      </cite>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
