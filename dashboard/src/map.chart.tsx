/**
 * The choropleth: the 34 provinces of 2025 (data/boundaries/provinces-2025.geojson, bundled as a
 * hashed asset and registered with echarts.registerMap), with Hoàng Sa and Trường Sa drawn as
 * part of Đà Nẵng and Khánh Hòa (archipelagos.model.ts) and named on the map, coloured by
 * activities (interventions and events) or by organizations (the `metric` toggle, as OCHA's 3W maps do), and the
 * communes with coordinates as points. A province's tooltip gives its name in the page's
 * language and both counts. Clicking a province (or one of its islands) filters on that 2025
 * province (the API's place filter includes the provinces merged into it); clicking a point
 * filters on the commune.
 *
 * For tests, `window.__dashboardMap` answers where a province or a position is on the page, so
 * that a test can hover or click it like a user does (ECharts hit-tests the mouse event itself,
 * whatever the renderer), and what the registered map holds of the archipelagos.
 */
import boundariesUrl from "@boundaries/provinces-2025.geojson?url";
import archipelagoData from "@boundaries/archipelagos.json";
import { useEffect, useMemo, useRef, useState } from "react";
import { type Archipelago, type ProvinceCollection, withArchipelagos } from "./archipelagos.model";
import { apiUrl } from "./base-path";
import type { CommunePoint } from "./communes.model";
import { type ChartClick, EChartView } from "./echart.view";
import { echarts, escapeHtml, type EChartsCoreOption, type EChartsType } from "./echarts.setup";
import { type Lang, nameIn, t } from "./labels.i18n";
import type { ProvinceCounts, ProvinceIndex } from "./provinces.model";

const MAP_NAME = "vn-provinces-2025";
/** Provinces without activities. */
const NO_DATA = "#eef1f4";
/** From 1 to the most any province has. */
const RAMP = ["#c7e9c0", "#74c476", "#238b45", "#00441b"];
const ARCHIPELAGOS = archipelagoData.archipelagos as Archipelago[];

/** What the map colours the provinces by. */
export type MapMetric = "activities" | "organizations";
export const MAP_METRICS: readonly MapMetric[] = ["activities", "organizations"];

/** The colour of `count` on RAMP, interpolated linearly between its stops. */
function areaColor(count: number, max: number): string {
  if (count <= 0) return NO_DATA;
  const at = max > 1 ? ((count - 1) / (max - 1)) * (RAMP.length - 1) : RAMP.length - 1;
  const i = Math.min(Math.floor(at), RAMP.length - 2);
  const f = at - i;
  const rgb = (hex: string): number[] => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  const [a, b] = [rgb(RAMP[i]), rgb(RAMP[i + 1])];
  return `rgb(${a.map((v, k) => Math.round(v + (b[k] - v) * f)).join(",")})`;
}

/** What the registered map holds of an archipelago: the feature it is part of and how many islands. */
export interface RegisteredArchipelago {
  id: string;
  name: string;
  nameEn: string;
  provinceCode: string;
  islands: number;
}

export interface DashboardMapHook {
  /** Page coordinates (CSS pixels) of a 2025 province, by its code; null before the map is drawn. */
  provincePoint(code: string): { x: number; y: number } | null;
  /** Page coordinates of a position ([longitude, latitude]); null before the map is drawn. */
  lonLatPoint(longitude: number, latitude: number): { x: number; y: number } | null;
  /** The archipelagos as the registered GeoJSON carries them, with the islands' positions. */
  archipelagos(): (RegisteredArchipelago & { positions: [number, number][] })[];
  /** Shows a province's tooltip as hovering it does (ECharts' showTip action); false before the map is drawn. */
  showTip(code: string): boolean;
}

declare global {
  interface Window {
    __dashboardMap?: DashboardMapHook;
  }
}

let registered: Promise<string[]> | null = null;
/** The archipelagos as registered (read back from the GeoJSON handed to ECharts). */
let registeredArchipelagos: RegisteredArchipelago[] = [];

/**
 * The boundaries' URL under the API's prefix: Vite writes a root-absolute URL for base
 * "/dashboard/" (then the prefix goes in front) and a full one for a relative base (left as is).
 */
const boundariesHref = (): string => (boundariesUrl.startsWith("/") ? apiUrl(boundariesUrl) : boundariesUrl);

/**
 * Fetches the bundled boundaries once, adds the archipelagos to their provinces and registers
 * the result with ECharts; resolves with the features' codes.
 */
function registerBoundaries(): Promise<string[]> {
  registered ??= fetch(boundariesHref())
    .then((res) => {
      if (!res.ok) throw new Error(`boundaries: HTTP ${res.status}`);
      return res.json() as Promise<ProvinceCollection>;
    })
    .then((provinces) => {
      const geoJson = withArchipelagos(provinces, ARCHIPELAGOS);
      echarts.registerMap(MAP_NAME, geoJson as unknown as Parameters<typeof echarts.registerMap>[1]);
      registeredArchipelagos = geoJson.features.flatMap((f) =>
        ((f.properties.archipelagos ?? []) as Omit<RegisteredArchipelago, "provinceCode">[]).map((a) => ({ ...a, provinceCode: f.properties.code })),
      );
      return geoJson.features.map((f) => f.properties.code);
    })
    .catch((err: unknown) => {
      registered = null;
      throw err;
    });
  return registered;
}

export interface ProvinceMapProps {
  lang: Lang;
  index: ProvinceIndex;
  /** Interventions and organizations per 2025 province code; null while they load or failed. */
  counts: Map<string, ProvinceCounts> | null;
  metric: MapMetric;
  onMetric(metric: MapMetric): void;
  points: CommunePoint[];
  /** The 2025 province the place filter points at, outlined. */
  highlighted: string | null;
  selectedPlace: string | undefined;
  onProvince(code: string): void;
  onCommune(placeId: string): void;
}

export function ProvinceMap({ lang, index, counts, metric, onMetric, points, highlighted, selectedPlace, onProvince, onCommune }: ProvinceMapProps) {
  /** The features' codes once the boundaries are registered. */
  const [codes, setCodes] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    let live = true;
    registerBoundaries().then(
      (registeredCodes) => live && setCodes(registeredCodes),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const max = Math.max(1, ...[...(counts?.values() ?? [])].map((c) => c[metric]));

  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!codes) return null;
    const provinceName = (code: string): string => {
      const p = index.currentByCode.get(code);
      return p ? nameIn(lang, p) : "";
    };
    const maxPoint = Math.max(1, ...points.map((p) => p.count));
    // Colours per region (geo.regions) rather than visualMap, so that provinces without
    // activities stay grey and the legend is plain HTML.
    const regions = codes.map((code) => ({
      name: code,
      itemStyle: {
        areaColor: areaColor(counts?.get(code)?.[metric] ?? 0, max),
        ...(code === highlighted ? { borderColor: "#b35806", borderWidth: 2.5 } : {}),
      },
    }));
    const countsLine = (code: string): string => {
      const c = counts?.get(code);
      if (!counts) return escapeHtml(t(lang, "loading"));
      return `${c?.activities ?? 0} ${escapeHtml(t(lang, "activities"))} · ${c?.organizations ?? 0} ${escapeHtml(t(lang, "organizations"))}`;
    };
    // The geo component's own tooltip option takes precedence over the chart's: both get it.
    const formatter = (params: { componentType: string; seriesType?: string; name: string; data?: { point?: CommunePoint } }) => {
      const point = params.data?.point;
      if (params.seriesType === "scatter" && point) {
        const merged = point.merged.length ? `<br/>${escapeHtml(t(lang, "mergedFrom"))} ${escapeHtml(point.merged.join(", "))}` : "";
        return `<b>${escapeHtml(point.name)}</b>${merged}<br/>${point.count} ${escapeHtml(t(lang, "activities"))}`;
      }
      // A region's name is its code (nameProperty): show the province's name, never the code.
      const name = provinceName(params.name);
      if (!name) return "";
      const islands = ARCHIPELAGOS.filter((a) => a.provinceCode === params.name).map((a) => (lang === "en" ? a.nameEn : a.name));
      // No style attributes: the page's CSP refuses inline styles in markup.
      const incl = islands.length ? `<br/><i>${escapeHtml(t(lang, "including"))} ${escapeHtml(islands.join(", "))}</i>` : "";
      return `<b>${escapeHtml(name)}</b>${incl}<br/>${countsLine(params.name)}`;
    };
    return {
      animation: false,
      tooltip: { trigger: "item", formatter },
      geo: {
        map: MAP_NAME,
        nameProperty: "code",
        roam: true,
        scaleLimit: { min: 1, max: 12 },
        aspectScale: 0.96,
        top: 8,
        bottom: 8,
        left: 4,
        right: 4,
        tooltip: { show: true, formatter },
        itemStyle: { areaColor: NO_DATA, borderColor: "#8795a6", borderWidth: 0.6 },
        emphasis: { itemStyle: { areaColor: "#fdd49e" }, label: { show: false } },
        select: { disabled: true },
        label: { show: false },
        regions,
      },
      series: [
        {
          type: "scatter",
          coordinateSystem: "geo",
          geoIndex: 0,
          symbolSize: (value: number[]) => 7 + 9 * Math.sqrt(value[2] / maxPoint),
          itemStyle: { color: "#d94801", borderColor: "#fff", borderWidth: 1, opacity: 0.9 },
          emphasis: { itemStyle: { color: "#7f2704" } },
          data: points.map((point) => ({
            name: point.name,
            value: [point.longitude, point.latitude, point.count],
            point,
            itemStyle: point.id === selectedPlace ? { color: "#7f2704", borderColor: "#000" } : undefined,
          })),
        },
        {
          // The archipelagos' names, written on the map; silent, so the islands under them hover and click as their province.
          type: "scatter",
          coordinateSystem: "geo",
          geoIndex: 0,
          silent: true,
          tooltip: { show: false },
          symbolSize: 0,
          label: { show: true, formatter: "{b}", position: "inside", color: "#3d4b5c", fontSize: 11, fontStyle: "italic" },
          data: ARCHIPELAGOS.map((a) => ({ name: lang === "en" ? a.nameEn : a.name, value: a.label })),
        },
      ],
    };
  }, [codes, counts, metric, max, points, highlighted, selectedPlace, lang, index]);

  useEffect(() => {
    const toPage = (lonLat: number[]): { x: number; y: number } | null => {
      const instance = chart.current;
      if (!instance) return null;
      const pixel = instance.convertToPixel({ geoIndex: 0 }, lonLat) as number[] | undefined;
      if (!pixel) return null;
      const rect = instance.getDom().getBoundingClientRect();
      return { x: rect.left + pixel[0], y: rect.top + pixel[1] };
    };
    window.__dashboardMap = {
      provincePoint(code) {
        const seat = index.currentByCode.get(code);
        if (seat?.latitude == null || seat.longitude == null) return null;
        return toPage([seat.longitude, seat.latitude]);
      },
      lonLatPoint: (longitude, latitude) => toPage([longitude, latitude]),
      showTip(code) {
        const instance = chart.current;
        if (!instance) return false;
        instance.dispatchAction({ type: "showTip", geoIndex: 0, name: code });
        return true;
      },
      archipelagos: () =>
        registeredArchipelagos.map((a) => ({
          ...a,
          positions: (ARCHIPELAGOS.find((x) => x.id === a.id)?.islands ?? []).map((i): [number, number] => [i.longitude, i.latitude]),
        })),
    };
    return () => {
      delete window.__dashboardMap;
    };
  }, [index]);

  const onClick = (event: ChartClick): void => {
    if (event.seriesType === "scatter") {
      const point = (event.data as { point?: CommunePoint } | undefined)?.point;
      if (point) onCommune(point.id);
    } else if (event.componentType === "geo" && index.currentByCode.has(event.name)) {
      onProvince(event.name);
    }
  };

  return (
    <>
      <div className="map-tools" role="group" aria-label={t(lang, "colourBy")}>
        <span>{t(lang, "colourBy")}</span>
        {MAP_METRICS.map((m) => (
          <button key={m} type="button" aria-pressed={m === metric} onClick={() => onMetric(m)} data-testid={`metric-${m}`}>
            {t(lang, m)}
          </button>
        ))}
      </div>
      {failed ? (
        <div className="map map--failed" role="alert">
          {t(lang, "mapFailed")}
        </div>
      ) : (
        <EChartView
          className="map"
          option={option}
          label={t(lang, "mapTitle")}
          testId="map"
          onClick={onClick}
          onReady={(instance) => {
            chart.current = instance;
          }}
        />
      )}
      <div className="legend" aria-hidden="true">
        <span className="swatch" style={{ background: NO_DATA }} /> 0
        <span className="ramp" style={{ background: `linear-gradient(to right, ${RAMP.join(", ")})` }} />
        <span>
          1{max > 1 ? `–${max}` : ""} {t(lang, metric)}
        </span>
        <span className="swatch point" /> {t(lang, "communes")}
      </div>
    </>
  );
}
