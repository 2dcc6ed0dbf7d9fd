/**
 * One facet of whoWhatWhereSummary as horizontal bars, largest first (the top BAR_LIMIT; the rest
 * summed in the caption). Clicking a bar or its label filters on its key; the bucket without a
 * key (no model, no program) is drawn grey and does not filter.
 */
import { useMemo } from "react";
import { type ChartClick, EChartView } from "./echart.view";
import { escapeHtml, type EChartsCoreOption } from "./echarts.setup";
import { type Lang, t } from "./labels.i18n";
import type { FacetBucket } from "./provinces.model";
import type { PanelState } from "./rows.table";

const BAR_LIMIT = 12;
const BAR_HEIGHT = 24;

export interface FacetBarsProps {
  lang: Lang;
  /** Bars only when ready: while loading or after a failure, never "no rows match". */
  state: PanelState;
  title: string;
  buckets: readonly FacetBucket[];
  /** The label of a bucket's key (an entity's name in the language, a role's label). */
  labelOf(bucket: FacetBucket): string;
  selected: string | undefined;
  onSelect(key: string): void;
  testId: string;
}

export function FacetBars({ lang, state, title, buckets, labelOf, selected, onSelect, testId }: FacetBarsProps) {
  const shown = buckets.slice(0, BAR_LIMIT);
  const rest = buckets.slice(BAR_LIMIT).reduce((n, b) => n + b.count, 0);

  // ECharts draws the first category at the bottom: reverse, so the largest is on top.
  const items = useMemo(() => [...buckets.slice(0, BAR_LIMIT)].reverse(), [buckets]);

  const option = useMemo<EChartsCoreOption>(() => {
    return {
      animation: false,
      grid: { left: 8, right: 28, top: 4, bottom: 4, containLabel: true },
      tooltip: {
        trigger: "item",
        formatter: (p: { name: string; value: number }) => `${escapeHtml(p.name)}<br/>${p.value} ${escapeHtml(t(lang, "activities"))}`,
      },
      xAxis: { type: "value", minInterval: 1, show: false },
      yAxis: {
        type: "category",
        data: items.map((b) => (b.key ? labelOf(b) : t(lang, "none"))),
        axisTick: { show: false },
        // Labels are clickable too: a bar of 1 beside one of 30 is a small target.
        triggerEvent: true,
        axisLabel: { width: 210, overflow: "truncate", color: "#223" },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 16,
          label: { show: true, position: "right", color: "#223" },
          data: items.map((b) => ({
            value: b.count,
            key: b.key,
            itemStyle: { color: !b.key ? "#b8c0ca" : b.key === selected ? "#b35806" : "#2c7fb8" },
          })),
        },
      ],
    };
  }, [items, selected, lang, labelOf]);

  const onClick = (event: ChartClick): void => {
    const key = event.componentType === "yAxis" ? items[event.dataIndex ?? -1]?.key : (event.data as { key?: string | null } | undefined)?.key;
    if (key) onSelect(key);
  };

  return (
    <section className="panel bars" data-testid={testId} data-state={state} aria-busy={state === "loading"}>
      <h2>{title}</h2>
      <p className="hint">
        {t(lang, "barHint")}
        {rest ? ` · ${t(lang, "more", { count: rest })}` : ""}
      </p>
      {state === "loading" ? (
        <p className="loading" role="status">
          {t(lang, "loading")}
        </p>
      ) : state === "error" ? (
        <p className="empty">{t(lang, "unavailable")}</p>
      ) : shown.length ? (
        <EChartView option={option} onClick={onClick} label={title} style={{ height: Math.max(60, shown.length * BAR_HEIGHT + 12) }} />
      ) : (
        <p className="empty">{t(lang, "noRows")}</p>
      )}
    </section>
  );
}
