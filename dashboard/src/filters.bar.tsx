/**
 * The period control (from/to, undated) and one select per dimension: organization, model,
 * program, place, role, activity kind. Each control is labelled, so tests and screen readers find
 * it by its label; every change applies at once (the map and bars filter the same state).
 */
import type { ChangeEvent } from "react";
import type { DashboardFilter, FilterKey } from "./filters.model";
import { type Lang, t, type UiKey } from "./labels.i18n";

export interface SelectOption {
  value: string;
  label: string;
}

export interface FiltersBarProps {
  lang: Lang;
  filter: DashboardFilter;
  options: Record<FilterKey, SelectOption[]>;
  onChange(next: DashboardFilter): void;
}

const SELECTS: { key: FilterKey; label: UiKey }[] = [
  { key: "organization", label: "organization" },
  { key: "model", label: "model" },
  { key: "program", label: "program" },
  { key: "place", label: "place" },
  { key: "role", label: "role" },
  { key: "activity", label: "activity" },
];

export function FiltersBar({ lang, filter, options, onChange }: FiltersBarProps) {
  const set = (key: keyof DashboardFilter) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = event.target instanceof HTMLInputElement && event.target.type === "checkbox" ? event.target.checked : event.target.value;
    onChange({ ...filter, [key]: value || undefined });
  };
  const datesBackwards = !!filter.from && !!filter.to && filter.from > filter.to;

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="filters">
      <fieldset className="period">
        <label>
          {t(lang, "from")}
          <input type="date" name="from" value={filter.from ?? ""} max={filter.to} onChange={set("from")} />
        </label>
        <label>
          {t(lang, "to")}
          <input type="date" name="to" value={filter.to ?? ""} min={filter.from} onChange={set("to")} />
        </label>
        <label className="check">
          <input type="checkbox" name="includeUndated" checked={!!filter.includeUndated} disabled={!filter.from && !filter.to} onChange={set("includeUndated")} />
          {t(lang, "includeUndated")}
        </label>
        {datesBackwards ? <span className="warning">{t(lang, "badDates")}</span> : null}
      </fieldset>
      {SELECTS.map(({ key, label }) => (
        <label key={key} className={filter[key] ? "active" : undefined}>
          {t(lang, label)}
          <select name={key} value={filter[key] ?? ""} onChange={set(key)}>
            <option value="">{t(lang, "all")}</option>
            {options[key].map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
    </form>
  );
}
